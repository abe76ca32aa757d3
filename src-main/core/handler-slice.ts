// A subsystem's slice of the API contract: the methods under one prefix ("annotations" →
// annotations.create, annotations.update, …), typed by the contract. create-core.ts joins the
// slices into the handlers the hosts serve.
import type { Handlers } from '../../src-shared/api'

export type HandlerSlice<P extends string> = Pick<
  Handlers,
  Extract<keyof Handlers, `${P}.${string}`>
>
