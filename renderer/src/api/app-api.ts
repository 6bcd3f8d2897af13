import type { AppApi } from '../../../shared/api/contract'
import type { ApiError, ApiResult } from '../../../shared/api/result'

declare global {
  interface Window {
    /** Exposed by the preload (or the browser test transport); the renderer's only way out. */
    api?: AppApi
  }
}

/** The app's API. Throws at start-up if the page was opened outside the app. */
export function appApi(): AppApi {
  if (!window.api) throw new Error('window.api is missing: open this page from the app.')
  return window.api
}

/** An API failure carried as an exception inside the renderer, for async flows that need one. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
  }
}

/** Returns the value of a successful result, or throws an `ApiFailure`. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiFailure(result.error)
  return result.value
}
