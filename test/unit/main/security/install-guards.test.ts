import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { guardSession, guardWebContents } from '../../../../electron/main/security/install-guards'

/** Just enough of a WebContents to emit its navigation events. */
function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  })
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn()
    emitter.emit(event, { preventDefault }, url)
    return preventDefault
  }
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler!({ url }),
  }
}

describe('the window guards', () => {
  it('block navigation to another origin and send allow-listed links to the browser instead', () => {
    const openExternal = vi.fn()
    const { contents, fire } = fakeContents()
    guardWebContents(contents, openExternal)
    expect(fire('will-navigate', 'https://evil.example/phish')).toHaveBeenCalled()
    expect(openExternal).not.toHaveBeenCalled()
    expect(fire('will-navigate', 'https://www.un.org/disarmament')).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledWith('https://www.un.org/disarmament')
    expect(fire('will-navigate', 'app://bundle/other.html')).toHaveBeenCalled()
  })

  it('block redirects, <webview> and every new window', () => {
    const openExternal = vi.fn()
    const { contents, fire, open } = fakeContents()
    guardWebContents(contents, openExternal)
    expect(fire('will-redirect', 'https://evil.example/')).toHaveBeenCalled()
    expect(fire('will-attach-webview')).toHaveBeenCalled()
    expect(open('https://evil.example/')).toEqual({ action: 'deny' })
    expect(open('https://unidir.org/')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('deny every permission and cancel every request that is not the bundle', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: never) => (handlers.beforeRequest = h) },
    } as unknown as Session
    guardSession(session)
    const granted = vi.fn()
    ;(handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
      null,
      'media',
      granted,
    )
    expect(granted).toHaveBeenCalledWith(false)
    expect((handlers.check as () => boolean)()).toBe(false)
    expect((handlers.device as () => boolean)()).toBe(false)
    const decide = (url: string) => {
      let cancel: boolean | undefined
      ;(
        handlers.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void
      )({ url }, (r) => {
        cancel = r.cancel
      })
      return cancel
    }
    expect(decide('app://bundle/assets/index.js')).toBe(false)
    expect(decide('https://tracker.example/pixel.gif')).toBe(true)
  })
})
