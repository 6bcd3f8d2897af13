import { z } from 'zod'
import type { AppApi, InvokeMethod } from '../../../shared/api/contract'
import { INVOKE_PAYLOADS } from '../../../shared/api/payloads'
import { fail, type ApiResult } from '../../../shared/api/result'
import type { SenderFrame } from './trusted-sender'

/** What the main process implements: every request/response operation of the contract. */
export type AppServices = Pick<AppApi, InvokeMethod>

/** Where a message came from, and whether that place may use the API. */
export interface InvokeSource {
  frame: SenderFrame | null
  isTrusted: (frame: SenderFrame | null) => boolean
}

/**
 * Handles one incoming API call, whatever carried it (Electron IPC or the test transport):
 * (1) refuse untrusted senders, (2) validate the payload against the contract's schema,
 * (3) call the plain service, (4) return plain data or a typed error — never a thrown stack.
 */
export async function dispatchInvoke(
  services: AppServices,
  method: InvokeMethod,
  source: InvokeSource,
  args: readonly unknown[],
): Promise<ApiResult<unknown>> {
  if (!source.isTrusted(source.frame)) {
    return fail('untrusted-sender', 'This request did not come from the application window.')
  }
  const schema: z.ZodType | null = INVOKE_PAYLOADS[method]
  const expectedArgs = schema === null ? 0 : 1
  if (args.length !== expectedArgs) {
    return fail(
      'invalid-request',
      `${method} takes ${expectedArgs} argument(s), got ${args.length}.`,
    )
  }
  try {
    if (schema === null) return await (services[method] as () => Promise<ApiResult<unknown>>)()
    const parsed = schema.safeParse(args[0])
    if (!parsed.success) {
      return fail('invalid-request', `Invalid ${method} request: ${z.prettifyError(parsed.error)}`)
    }
    const call = services[method] as (payload: unknown) => Promise<ApiResult<unknown>>
    return await call(parsed.data)
  } catch (error) {
    // Services return expected failures as values; anything thrown is a bug, reported plainly.
    console.error(`[ipc] ${method} failed`, error)
    return fail('internal', `Something went wrong while running ${method}.`)
  }
}

/** Whether a string names a request/response operation of the contract. */
export function isInvokeMethod(value: string): value is InvokeMethod {
  return Object.hasOwn(INVOKE_PAYLOADS, value)
}
