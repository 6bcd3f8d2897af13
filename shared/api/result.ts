/** Why an operation failed, in a form the UI can show and tests can assert. */
export type ApiErrorCode =
  | 'invalid-request'
  | 'untrusted-sender'
  | 'not-found'
  | 'corrupt-file'
  | 'unsupported-version'
  | 'io-error'
  | 'cancelled'
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  /** A sentence a user can read. */
  message: string
}

/** Expected failures are values, not exceptions: they cross the IPC bridge intact. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ApiErrorCode, message: string): ApiResult<T> {
  return { ok: false, error: { code, message } }
}
