// The Electron shell: window, protocol, menu, dialogs and IPC registration. Every decision it
// applies lives in a tested module beside it; this file only wires them to Electron.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron'
import { EVENT_CHANNELS, type MenuCommand } from '../../shared/api/contract'
import { nativeFileDialogs } from './dialogs'
import { registerIpcHandlers } from './ipc/register-ipc'
import { isTrustedSender } from './ipc/trusted-sender'
import { buildMenuTemplate } from './menu'
import { createAppProtocolHandler } from './security/app-protocol'
import { isAllowedExternalUrl } from './security/external-links'
import { guardSession, guardWebContents } from './security/install-guards'
import { APP_ENTRY_URL, APP_SCHEME } from './security/trusted-url'
import { mainWindowOptions } from './security/window-options'
import { createAppServices } from './services/app-services'
import { createSettingsStore } from './settings'
import { restoreBounds } from './window-state'

const here = dirname(fileURLToPath(import.meta.url))
const PRELOAD_PATH = join(here, '../preload/index.cjs')
const RENDERER_ROOT = join(here, '../renderer')
const PRODUCT_NAME = 'Cyber Capacity Needs Assessment'
const DOCUMENTATION_URL = 'https://github.com/cyber-capacity-needs/cyber-capacity-needs#readme'

// A second launch focuses the first window instead of opening a second copy over the same files.
if (!app.requestSingleInstanceLock()) app.quit()

// Must happen before 'ready': app:// behaves like https (standard, secure) for the renderer.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let mainWindow: BrowserWindow | null = null

function openExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url)
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: `About ${PRODUCT_NAME}`,
    message: PRODUCT_NAME,
    detail: `Version ${app.getVersion()}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}\n\nEverything you enter stays on this computer unless you export it.`,
  })
}

function createMainWindow(settings: ReturnType<typeof createSettingsStore>): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const window = new BrowserWindow(
    mainWindowOptions(
      PRELOAD_PATH,
      restoreBounds(settings.get('windowBounds'), workAreas),
      PRODUCT_NAME,
    ),
  )
  window.once('ready-to-show', () => window.show())
  window.on('close', () => settings.set('windowBounds', window.getNormalBounds()))
  window.on('closed', () => {
    mainWindow = null
  })
  void window.loadURL(APP_ENTRY_URL)
  return window
}

app.on('second-instance', () => {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
})

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal))

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

void app.whenReady().then(async () => {
  guardSession(session.defaultSession)
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT))

  const settings = createSettingsStore()
  const services = await createAppServices({
    dataDir: join(app.getPath('userData'), 'assessments'),
    appInfo: { name: PRODUCT_NAME, version: app.getVersion(), isDesktop: true },
    dialogs: nativeFileDialogs(() => mainWindow),
  })
  registerIpcHandlers(ipcMain, services, isTrustedSender)

  const send = (command: MenuCommand) =>
    mainWindow?.webContents.send(EVENT_CHANNELS.menuCommand, command)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        appName: PRODUCT_NAME,
        send,
        showAbout,
        openDocumentation: () => openExternal(DOCUMENTATION_URL),
      }),
    ),
  )

  mainWindow = createMainWindow(settings)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(settings)
  })
})
