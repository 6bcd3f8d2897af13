import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'

/**
 * A small stand-in for the `electron` module. The real one tries to download the Electron binary
 * when imported, so no test may load it; modules under test that import `electron` get this.
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
  quit: vi.fn(),
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
export const dialog = { showMessageBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
export const screen = { getAllDisplays: vi.fn(() => []) }
export class BrowserWindow {}

export default { app, ipcMain, shell, dialog, Menu, protocol, screen, BrowserWindow }
