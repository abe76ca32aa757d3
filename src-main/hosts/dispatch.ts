// The one entry point both hosts call: checks that the method exists, validates the input
// against the contract's schema, runs the handler, and turns anything thrown into a Result.
import {
  contract,
  describeInvalidInput,
  isMethod,
  type Handlers,
  type Method,
} from '../../src-shared/api'
import { err, type Result } from '../../src-shared/result'
import { reasonOf } from '../core/error-reason'
import { verbatim } from '../../src-shared/i18n/translate'

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>

export function createDispatcher(
  handlers: Handlers,
  log: (message: string) => void = console.error,
): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) return err('unknown_method', { key: 'api.noMethod', values: { method } })
    const parsed = contract[method].input.safeParse(input ?? {})
    if (!parsed.success) {
      const detail = verbatim(describeInvalidInput(parsed.error))
      return err('invalid_input', { key: 'api.invalidInput', values: { detail } })
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<Result<unknown>>
      return await handler(parsed.data)
    } catch (error) {
      log(`[scholion] ${method as Method} failed: ${(error as Error).stack ?? String(error)}`)
      return err('internal', { key: 'api.failed', values: { method, reason: reasonOf(error) } })
    }
  }
}
