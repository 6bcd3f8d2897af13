/** The renderer is served from this origin only (a custom, privileged, standard scheme). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Whether `value` is a URL of the app's own bundle. Parsed, never prefix-matched:
 * `app://bundle.evil`, `app://user@bundle` and `app://bundle:8080` are all foreign.
 */
export function isAppUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  )
}
