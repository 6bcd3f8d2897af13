import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron'
import { vi } from 'vitest'

/**
 * A small stand-in for the `electron` module. The real one tries to download the Electron binary
 * when imported, so no test may load it; modules under test that import `electron` get this.
 * It holds only what those modules touch: keep it that way rather than growing a second Electron.
 */
const userData = mkdtempSync(join(tmpdir(), 'ccna-user-data-'))

export const app = {
  name: 'Cyber Capacity Needs Assessment',
  isPackaged: false,
  getPath: vi.fn((name: string) => join(userData, name === 'userData' ? '' : name)),
  getVersion: vi.fn(() => '0.0.0-test'),
  getName: vi.fn(() => 'Cyber Capacity Needs Assessment'),
  on: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
}

export const ipcMain = {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
    ipcMain.handlers.set(channel, handler)
  }),
  removeHandler: vi.fn((channel: string) => ipcMain.handlers.delete(channel)),
  on: vi.fn(),
}

export const shell = { openExternal: vi.fn(async () => undefined) }
export const dialog = {
  showMessageBox: vi.fn(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  showErrorBox: vi.fn(),
}
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
export const screen = { getAllDisplays: vi.fn(() => []) }
export const session = { defaultSession: fakeSession().spies }

/** Records every window the code under test opens, with its options, and answers like a window. */
export class BrowserWindow extends EventEmitter {
  static readonly opened: BrowserWindow[] = []
  static getAllWindows = vi.fn(() => BrowserWindow.opened)
  readonly webContents = { send: vi.fn() }
  loadURL = vi.fn(async (_url: string) => undefined)
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  maximize = vi.fn()
  isMaximized = vi.fn(() => false)
  isMinimized = vi.fn(() => false)
  getNormalBounds = vi.fn(() => ({ x: 0, y: 0, ...this.size() }))

  constructor(readonly options: { width?: number; height?: number } = {}) {
    super()
    BrowserWindow.opened.push(this)
  }

  private size() {
    return { width: this.options.width ?? 800, height: this.options.height ?? 600 }
  }
}

/** A navigation or attach event: records whether the handler cancelled it. */
export function fakeEvent(): { preventDefault: () => void; readonly isPrevented: boolean } {
  let isPrevented = false
  return {
    preventDefault: () => {
      isPrevented = true
    },
    get isPrevented() {
      return isPrevented
    },
  }
}

/**
 * A web contents that emits the events the guards listen to and keeps the window-open handler.
 * Cast to `WebContents` because that interface is hundreds of members the guards never touch.
 */
export function fakeWebContents() {
  const emitter = new EventEmitter()
  let windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: HandlerDetails) => WindowOpenHandlerResponse) => {
      windowOpenHandler = handler
    },
  })
  return {
    contents: contents as unknown as WebContents,
    /** Emits `name` with a fresh event; returns whether a listener called preventDefault. */
    emit(name: string, ...args: unknown[]): boolean {
      const event = fakeEvent()
      emitter.emit(name, event, ...args)
      return event.isPrevented
    },
    listenerCount: (name: string) => emitter.listenerCount(name),
    openWindow(url: string): WindowOpenHandlerResponse | undefined {
      return windowOpenHandler?.({
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: '', policy: 'no-referrer' },
      } satisfies HandlerDetails)
    },
  }
}

/** A session whose handlers are spies, so tests can call what the guards installed. */
export function fakeSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  }
  return { spies: session, session: session as unknown as Session }
}

export default {
  app,
  ipcMain,
  shell,
  dialog,
  Menu,
  protocol,
  screen,
  session,
  BrowserWindow,
}
