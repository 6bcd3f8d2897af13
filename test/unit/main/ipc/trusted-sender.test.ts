import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../../electron/main/ipc/trusted-sender'

describe('only the app’s own top frame is a trusted sender', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle.evil/index.html', false],
    ['app://user@bundle/index.html', false],
    ['app://bundle:8080/index.html', false],
    ['http://bundle/index.html', false],
    ['file:///work/out/renderer/index.html', false],
    ['about:blank', false],
    ['', false],
  ])('a top frame at %s is trusted: %s', (url, expected) => {
    expect(isTrustedSender({ url, parent: null })).toBe(expected)
  })

  it('a subframe is never trusted, even at the app origin', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: {} })).toBe(false)
  })

  it('a missing frame is not trusted', () => {
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })
})
