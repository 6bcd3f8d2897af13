import { describe, expect, it, vi } from 'vitest'
import { guardSession, guardWebContents } from '../../../../electron/main/security/install-guards'
import { fakeSession, fakeWebContents } from '../../../fakes/electron'

function guardedContents() {
  const fake = fakeWebContents()
  const openExternal = vi.fn<(url: string) => void>()
  guardWebContents(fake.contents, openExternal)
  return { ...fake, openExternal }
}

describe('the guards on every web contents', () => {
  it.each(['https://un.org/', 'https://evil.example/', 'app://bundle/index.html', 'file:///x'])(
    'cancel navigation to %s',
    (url) => {
      expect(guardedContents().emit('will-navigate', url)).toBe(true)
    },
  )

  it('send an allow-listed link the page tries to follow to the browser, and nothing else', () => {
    const { emit, openExternal } = guardedContents()
    emit('will-navigate', 'https://www.un.org/en/disarmament')
    emit('will-navigate', 'https://evil.example/')
    emit('will-navigate', 'javascript:alert(1)')
    expect(openExternal.mock.calls).toEqual([['https://www.un.org/en/disarmament']])
  })

  it('cancel every redirect and every <webview>', () => {
    const { emit } = guardedContents()
    expect(emit('will-redirect', 'https://un.org/')).toBe(true)
    expect(emit('will-redirect', 'app://bundle/index.html')).toBe(true)
    expect(emit('will-attach-webview', {}, {})).toBe(true)
  })

  it('deny every new window, opening only allow-listed links in the browser', () => {
    const { openWindow, openExternal } = guardedContents()
    expect(openWindow('https://unidir.org/cpp')).toEqual({ action: 'deny' })
    expect(openWindow('https://un.org.evil.example/')).toEqual({ action: 'deny' })
    expect(openWindow('app://bundle/index.html')).toEqual({ action: 'deny' })
    expect(openWindow('about:blank')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://unidir.org/cpp']])
  })
})

describe('the guards on the session', () => {
  function guarded() {
    const { session, spies } = fakeSession()
    guardSession(session)
    const only = <T>(mock: { mock: { calls: T[][] } }): T => {
      expect(mock.mock.calls).toHaveLength(1)
      return mock.mock.calls[0]![0]!
    }
    return { spies, only }
  }

  it('refuse every permission request, whatever it is for', () => {
    const { spies, only } = guarded()
    const handler = only(spies.setPermissionRequestHandler) as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn()
      handler({}, permission, callback, { requestingUrl: 'app://bundle/index.html' })
      expect(callback, permission).toHaveBeenCalledWith(false)
    }
  })

  it('answer no to every permission check and every device', () => {
    const { spies, only } = guarded()
    const check = only(spies.setPermissionCheckHandler) as (...args: unknown[]) => boolean
    const device = only(spies.setDevicePermissionHandler) as (...args: unknown[]) => boolean
    expect(check({}, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(false)
    expect(device({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false)
  })

  it('cancel every request that is not to the bundle', () => {
    const { spies, only } = guarded()
    const filter = only(spies.webRequest.onBeforeRequest) as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void
    const decide = (url: string) => {
      const callback = vi.fn()
      filter({ url }, callback)
      return callback.mock.calls[0]?.[0]
    }
    expect(decide('app://bundle/assets/index.js')).toEqual({ cancel: false })
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true })
    expect(decide('http://127.0.0.1:8080/exfiltrate?data=x')).toEqual({ cancel: true })
  })
})
