/**
 * Hosts whose pages the app may open in the user's browser: the UN and UNIDIR documents the
 * questionnaire cites, and the project's documentation. Subdomains are allowed; nothing else is.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'un.org',
  'unidir.org',
  'undocs.org',
  'github.com',
]

/**
 * Whether a link may be handed to the operating system's browser. Parsed, never prefix-matched:
 * only `https:` on the default port, no credentials, and a host that is an allow-listed domain or
 * one of its subdomains (`un.org.evil.example` is not; punycode look-alikes do not match).
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
  const host = url.hostname.toLowerCase()
  return EXTERNAL_LINK_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
}
