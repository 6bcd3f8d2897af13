import { describe, expect, it } from 'vitest'
import {
  isAllowedNavigation,
  isAllowedRequestUrl,
} from '../../../../electron/main/security/request-filter'

describe('requests the session may make', () => {
  it.each([
    'app://bundle/index.html',
    'app://bundle/assets/index-abc.js',
    // Schemes are case-insensitive; Chromium hands over canonical (lower-case) hosts.
    'APP://bundle/assets/font.woff2',
    'data:font/woff2;base64,AAAA',
    'data:image/png;base64,AAAA',
    'devtools://devtools/bundled/inspector.html',
  ])('loads %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true)
  })

  it.each([
    ['a website', 'https://un.org/'],
    ['a plain-http website', 'http://example.org/'],
    ['the dev server on loopback', 'http://127.0.0.1:5173/'],
    ['localhost', 'http://localhost/'],
    ['a websocket', 'ws://localhost:5173/'],
    ['a local file', 'file:///etc/passwd'],
    ['another app:// host', 'app://evil/x'],
    ['an app:// host that only starts like ours', 'app://bundle.evil/x'],
    ['app:// with credentials', 'app://user@bundle/x'],
    ['app:// on a port', 'app://bundle:8080/x'],
    ['an FTP server', 'ftp://example.org/x'],
    ['a Chrome extension', 'chrome-extension://abc/x.js'],
    ['not a URL', 'junk'],
    ['an empty string', ''],
  ])('blocks %s', (_why, url) => {
    expect(isAllowedRequestUrl(url)).toBe(false)
  })
})

describe('navigation', () => {
  it.each([
    'app://bundle/index.html',
    'app://bundle/other.html',
    'https://un.org/',
    'file:///etc/passwd',
    'about:blank',
    'javascript:alert(1)',
  ])('never leaves the single page, not even for %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false)
  })
})
