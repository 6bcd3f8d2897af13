import { beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL } from '../../../../electron/main/security/trusted-url'
import { secureWebPreferences } from '../../../../electron/main/security/window-options'
import { INVOKE_CHANNELS } from '../../../../shared/api/contract'
import type * as FakeElectron from '../../../fakes/electron'

// electron/main/index.ts run against the fake `electron`: not Electron itself, but it shows that
// the shell wires every tested decision in, and in the right order.
type Electron = typeof FakeElectron

/** Imports the main entry afresh with the fake, and waits until it has opened its window. */
async function startApp(configure: (electron: Electron) => void = () => {}) {
  vi.resetModules()
  const electron = (await import('electron')) as unknown as Electron
  electron.BrowserWindow.opened.length = 0
  vi.clearAllMocks()
  configure(electron)
  await import('../../../../electron/main/index')
  return electron
}

const order = (mock: { mock: { invocationCallOrder: number[] } }) =>
  mock.mock.invocationCallOrder[0] ?? Number.POSITIVE_INFINITY

describe('starting the app', () => {
  let electron: Electron
  beforeAll(async () => {
    electron = await startApp()
    await vi.waitFor(() => expect(electron.BrowserWindow.opened).toHaveLength(1), {
      timeout: 5000,
    })
  })

  it('sandboxes every renderer and registers app:// as a secure scheme before ready', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1)
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(order(electron.protocol.registerSchemesAsPrivileged)).toBeLessThan(
      order(electron.app.whenReady),
    )
  })

  it('guards every web contents the app will ever create', () => {
    const events = electron.app.on.mock.calls.map(([event]) => event)
    expect(events).toContain('web-contents-created')
  })

  it('denies permissions and remote requests, and serves app://, before the window exists', () => {
    const { defaultSession } = electron.session
    const window = electron.BrowserWindow.opened[0]!
    for (const installed of [
      defaultSession.setPermissionRequestHandler,
      defaultSession.setPermissionCheckHandler,
      defaultSession.setDevicePermissionHandler,
      defaultSession.webRequest.onBeforeRequest,
      electron.protocol.handle,
    ]) {
      expect(installed).toHaveBeenCalledTimes(1)
      expect(order(installed)).toBeLessThan(order(window.loadURL))
    }
    expect(electron.protocol.handle.mock.calls[0]?.[0]).toBe('app')
  })

  it('registers one IPC handler per operation of the contract', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort())
  })

  it('opens one hidden window with the secure preferences on the app entry', () => {
    const window = electron.BrowserWindow.opened[0]!
    const options = window.options as { show?: boolean; webPreferences?: { preload?: string } }
    expect(options.show).toBe(false)
    expect(options.webPreferences).toEqual(
      secureWebPreferences(options.webPreferences?.preload ?? ''),
    )
    expect(options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/)
    expect(window.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL)
  })

  it('shows the window at its first paint, and remembers its place when it closes', async () => {
    const window = electron.BrowserWindow.opened[0]!
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
    window.getNormalBounds.mockReturnValue({ x: 30, y: 40, width: 1100, height: 700 })
    window.emit('close')
    const { createSettingsStore } = await import('../../../../electron/main/settings')
    expect(createSettingsStore().get('windowBounds')).toEqual({
      x: 30,
      y: 40,
      width: 1100,
      height: 700,
    })
  })

  it('brings the window forward when the app is launched a second time', () => {
    const window = electron.BrowserWindow.opened[0]!
    window.isMinimized.mockReturnValue(true)
    const secondInstance = electron.app.on.mock.calls.find(([event]) => event === 'second-instance')
    ;(secondInstance?.[1] as (event: unknown, argv: string[]) => void)({}, ['cyber-capacity-needs'])
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(electron.BrowserWindow.opened).toHaveLength(1)
  })
})

describe('starting a second copy', () => {
  it('quits at once, without a window, a protocol or IPC', async () => {
    const electron = await startApp((fake) =>
      fake.app.requestSingleInstanceLock.mockReturnValue(false),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(electron.app.quit).toHaveBeenCalledTimes(1)
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.opened).toHaveLength(0)
  })
})
