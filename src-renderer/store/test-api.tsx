// For the renderer's component tests: an API client answering from the handlers a test gives
// (each call recorded), anything else answered "unavailable"; and `renderWithApi`, which renders
// a component inside the ApiProvider with a fresh app state. Never shipped (tests only).
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import {
  createClient,
  type ApiClient,
  type Input,
  type Method,
  type Output,
} from '../../src-shared/api'
import { verbatim } from '../../src-shared/i18n/translate'
import { err, ok, type Result } from '../../src-shared/result'
import { ApiProvider, appState, initialAppState } from './app-state'

export type FakeHandlers = {
  [M in Method]?: (
    input: Input<M>,
  ) => Output<M> | Result<Output<M>> | Promise<Output<M> | Result<Output<M>>>
}

export interface FakeApi {
  api: ApiClient
  calls: { method: Method; input: unknown }[]
}

// jsdom has no modal dialogs: open and close them the way the browser's own methods do.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

const isResult = (v: unknown): v is Result<unknown> =>
  typeof v === 'object' && v !== null && 'ok' in v && typeof (v as { ok: unknown }).ok === 'boolean'

export function fakeApi(handlers: FakeHandlers): FakeApi {
  const calls: FakeApi['calls'] = []
  const api = createClient(async (method, input) => {
    calls.push({ method, input })
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined
    if (!handler) return err('unavailable', verbatim(`${method} is not answered in this test`))
    const value = await handler(input)
    return isResult(value) ? value : ok(value)
  })
  return { api, calls }
}

/** Renders `ui` with the API given, after resetting the shared app state. */
export function renderWithApi(ui: ReactElement, api: ApiClient): RenderResult {
  appState.set(initialAppState())

  return render(<ApiProvider api={api}>{ui}</ApiProvider>)
}
