/**
 * Sites whose pages the app may open in the user's browser: the UN and UNIDIR documents the
 * questionnaire cites. The domain and its subdomains are allowed; nothing else is.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['un.org', 'unidir.org', 'undocs.org']

/** The project's own pages on GitHub: only this repository, not everything GitHub hosts. */
const PROJECT_HOST = 'github.com'
const PROJECT_PATH = '/cyber-capacity-needs/cyber-capacity-needs'

/** Where Help → Documentation goes. */
export const DOCUMENTATION_URL = `https://${PROJECT_HOST}${PROJECT_PATH}#readme`

/**
 * Whether a link may be handed to the operating system's browser. Parsed, never prefix-matched:
 * only `https:` on the default port, no credentials, and a host that is an allow-listed domain or
 * one of its subdomains (`un.org.evil.example` is not; punycode look-alikes do not match), or the
 * project's repository on GitHub.
 */
export function isAllowedExternalUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '')
    return false
  const host = url.hostname
  if (host === PROJECT_HOST) {
    // The parser has already resolved `..` and `%2e%2e`, so the path cannot climb out.
    return url.pathname === PROJECT_PATH || url.pathname.startsWith(`${PROJECT_PATH}/`)
  }
  return EXTERNAL_LINK_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
}
