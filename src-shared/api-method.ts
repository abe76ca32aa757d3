// How the contract declares a method: its input's schema, and its output's type (carried as a
// phantom), shared by the contract's parts (api.ts, api-archive.ts).
import type { z } from 'zod'

export interface MethodSpec<I extends z.ZodType, O> {
  input: I
  /** Phantom: carries the output type (boxed, so a nullable output survives); never set. */
  output?: { type: O }
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input })
}
