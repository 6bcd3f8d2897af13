import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../../../electron/main/security/external-links'
import {
  isAllowedNavigation,
  isAllowedRequestUrl,
} from '../../../../electron/main/security/request-filter'

describe('external links', () => {
  it.each([
    'https://un.org/',
    'https://www.un.org/en/disarmament',
    'https://documents.un.org/doc/A/70/174',
    'https://unidir.org/cpp',
    'https://UNIDIR.ORG/x',
  ])('opens allow-listed https page %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    ['plain http', 'http://un.org/'],
    ['a look-alike suffix', 'https://un.org.evil.example/'],
    ['a look-alike prefix', 'https://evilun.org/'],
    ['credentials in the URL', 'https://un.org@evil.example/'],
    ['user info on an allowed host', 'https://user:pw@un.org/'],
    ['a non-default port', 'https://un.org:8443/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a punycode look-alike', 'https://xn--n-0gb.org/'],
    ['not a URL', 'un.org'],
    ['the app itself', 'app://bundle/index.html'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})

describe('requests and navigation', () => {
  it('loads only the bundle, inline data and devtools', () => {
    expect(isAllowedRequestUrl('app://bundle/assets/index.js')).toBe(true)
    expect(isAllowedRequestUrl('data:font/woff2;base64,AAAA')).toBe(true)
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true)
    for (const url of [
      'https://un.org/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://evil/x',
      'ws://x',
      'junk',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false)
    }
  })

  it('never navigates, not even within the app', () => {
    expect(isAllowedNavigation('app://bundle/index.html')).toBe(false)
    expect(isAllowedNavigation('https://un.org/')).toBe(false)
  })
})
