import { describe, expect, it } from 'vitest'
import {
  DOCUMENTATION_URL,
  EXTERNAL_LINK_HOSTS,
  isAllowedExternalUrl,
} from '../../../../electron/main/security/external-links'

describe('links the app may open in the browser', () => {
  it.each([
    'https://un.org/',
    'https://www.un.org/en/disarmament',
    'https://documents.un.org/doc/A/70/174',
    'https://unidir.org/cpp',
    'https://UNIDIR.ORG/x',
    'https://undocs.org/A/RES/70/237',
    'https://github.com/cyber-capacity-needs/cyber-capacity-needs',
    'https://github.com/cyber-capacity-needs/cyber-capacity-needs/blob/main/README.md',
    // The default port written out is the same URL: the parser drops it.
    'https://un.org:443/',
    // Full-width letters are the same host once the URL parser has normalised them.
    'https://ｕｎ.org/',
    'HTTPS://un.org/',
  ])('opens the allow-listed https page %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    ['plain http', 'http://un.org/'],
    ['a look-alike suffix', 'https://un.org.evil.example/'],
    ['a look-alike prefix', 'https://evilun.org/'],
    ['an allowed name as a subfolder', 'https://evil.example/un.org'],
    ['credentials that hide the real host', 'https://un.org@evil.example/'],
    ['user info on an allowed host', 'https://user:pw@un.org/'],
    ['a non-default port', 'https://un.org:8443/'],
    ['a backslash that ends the host early', 'https://evil.example\\@un.org/'],
    ['an encoded dot in the host', 'https://un.org%2eevil.example/'],
    ['a trailing dot (a different name to the resolver)', 'https://un.org./'],
    ['a Cyrillic look-alike (punycode)', 'https://un.оrg/'],
    ['a punycode look-alike written out', 'https://xn--n-0gb.org/'],
    ['an IP address', 'https://157.150.185.49/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with mixed case and spaces', ' JavaScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['a UNC path', 'file://server/share/x.exe'],
    ['mailto:', 'mailto:someone@un.org'],
    ['a Windows shell protocol', 'ms-msdt:/id PCWDiagnostic'],
    ['the app itself', 'app://bundle/index.html'],
    ['not a URL', 'un.org'],
    ['an empty string', ''],
    ['another repository on GitHub', 'https://github.com/someone/else'],
    [
      'a repository that only starts like ours',
      'https://github.com/cyber-capacity-needs/cyber-capacity-needs-evil',
    ],
    [
      'a path that climbs out of ours',
      'https://github.com/cyber-capacity-needs/cyber-capacity-needs/../../x',
    ],
    [
      'an encoded climb out of ours',
      'https://github.com/cyber-capacity-needs/cyber-capacity-needs/%2e%2e/%2e%2e/x',
    ],
    ['a GitHub subdomain', 'https://gist.github.com/cyber-capacity-needs/cyber-capacity-needs'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('lets Help → Documentation through', () => {
    expect(isAllowedExternalUrl(DOCUMENTATION_URL)).toBe(true)
  })

  it('allows only bare registrable names, so no entry can smuggle a path or port', () => {
    for (const host of EXTERNAL_LINK_HOSTS) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
  })
})
