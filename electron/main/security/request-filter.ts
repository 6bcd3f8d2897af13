import { isAppUrl } from './trusted-url'

/**
 * Whether the session may load a URL at all. The app is offline by design: only its own bundle,
 * inline data for images and fonts, and the developer tools. Remote content is never fetched.
 */
export function isAllowedRequestUrl(value: string): boolean {
  if (isAppUrl(value)) return true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return url.protocol === 'data:' || url.protocol === 'devtools:'
}

/** Navigation is never allowed: the app is a single page and has nowhere to go. */
export function isAllowedNavigation(_url: string): boolean {
  return false
}
