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
  type MessageBoxOptions,
} from 'electron'
import { EVENT_CHANNELS, type MenuCommand } from '../../shared/api/contract'
import { nativeFileDialogs } from './dialogs'
import { registerIpcHandlers } from './ipc/register-ipc'
import { openablePathsFromArgv } from './opened-files'
import { electronPdfPrinter } from './pdf-window'
import { isTrustedSender } from './ipc/trusted-sender'
import { buildMenuTemplate } from './menu'
import { createAppProtocolHandler } from './security/app-protocol'
import { DOCUMENTATION_URL, isAllowedExternalUrl } from './security/external-links'
import { guardSession, guardWebContents } from './security/install-guards'
import { APP_ENTRY_URL, APP_SCHEME } from './security/trusted-url'
import { mainWindowOptions } from './security/window-options'
import { createAppServices } from './services/app-services'
import { createSettingsStore, type SettingsStore } from './settings'
import { restoreBounds } from './window-state'

// Main is ESM (package.json "type": "module"), so there is no __dirname.
const here = dirname(fileURLToPath(import.meta.url))
const PRELOAD_PATH = join(here, '../preload/index.cjs')
const RENDERER_ROOT = join(here, '../renderer')
const PRODUCT_NAME = 'Cyber Capacity Needs Assessment'

let mainWindow: BrowserWindow | null = null

/** Hands a link to the user's browser, but only one that passes the allow-list. */
function openExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url)
}

function showAbout(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: `About ${PRODUCT_NAME}`,
    message: PRODUCT_NAME,
    detail: [
      `Version ${app.getVersion()}`,
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
      '',
      'Everything you enter stays on this computer unless you export it.',
    ].join('\n'),
  }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(EVENT_CHANNELS.menuCommand, command)
}

/**
 * The one window. It always loads the built bundle over app://, also in development: the request
 * filter, the CSP and the IPC sender check all accept only app://bundle, so pointing the window at
 * electron-vite's http dev server (ELECTRON_RENDERER_URL) would mean relaxing all three.
 */
function createMainWindow(settings: SettingsStore): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const bounds = restoreBounds(settings.get('windowBounds'), workAreas)
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH, bounds, PRODUCT_NAME))
  const isMaximized = settings.get('isMaximized')
  window.once('ready-to-show', () => {
    // Not before: maximize() also shows the window, which would flash white before its first paint.
    if (isMaximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    // The normal bounds, so a maximised window comes back maximised over its usual place.
    settings.set('windowBounds', window.getNormalBounds())
    settings.set('isMaximized', window.isMaximized())
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  void window.loadURL(APP_ENTRY_URL)
  return window
}

function installMenu(): void {
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    appName: PRODUCT_NAME,
    send: sendMenuCommand,
    showAbout,
    openDocumentation: () => openExternal(DOCUMENTATION_URL),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** Files the OS asked to open before the window existed (macOS sends them before 'ready'). */
const pendingFiles: string[] = []
let openFiles: ((paths: string[]) => Promise<void>) | null = null

async function startWhenReady(): Promise<void> {
  await app.whenReady()
  guardSession(session.defaultSession)
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT))

  const settings = createSettingsStore()
  const services = await createAppServices({
    dataDir: join(app.getPath('userData'), 'assessments'),
    appInfo: { name: PRODUCT_NAME, version: app.getVersion(), isDesktop: true },
    dialogs: nativeFileDialogs(() => mainWindow),
    printer: electronPdfPrinter(),
    keysDir: join(app.getPath('userData'), 'keys'),
    collectionsDir: join(app.getPath('userData'), 'collections'),
    onImportProgress: (done, total) =>
      mainWindow?.webContents.send(EVENT_CHANNELS.importProgress, { done, total }),
  })
  registerIpcHandlers(ipcMain, services, isTrustedSender)
  installMenu()

  mainWindow = createMainWindow(settings)
  // Files double-clicked in the file manager: opened by the services, sent once the page is ready.
  openFiles = async (paths) => {
    const window = mainWindow
    if (!window || paths.length === 0) return
    if (window.webContents.isLoading()) {
      await new Promise<void>((done) => window.webContents.once('did-finish-load', () => done()))
    }
    for (const path of paths) {
      const result = await services.openPath(path)
      if (result.ok) window.webContents.send(EVENT_CHANNELS.fileOpened, result.value)
      else void dialog.showMessageBox(window, { type: 'warning', message: result.error.message })
    }
  }
  void openFiles?.([...pendingFiles, ...openablePathsFromArgv(process.argv)])
  pendingFiles.length = 0
  // A second launch brings this window forward rather than open a second copy on the same files.
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) {
      mainWindow = createMainWindow(settings)
    } else {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
    void openFiles?.(openablePathsFromArgv(argv))
  })
  // macOS keeps the app running without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(settings)
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another copy is running; it receives 'second-instance' and comes forward.
  app.quit()
} else {
  // Sandbox every renderer, including any a future change forgets to configure.
  app.enableSandbox()
  // Before 'ready': app:// behaves like https (standard, secure origin) for the renderer.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
  // Every web contents, including devtools and any the page tries to open, gets the guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal))
  // macOS: double-clicked files arrive as events, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (openFiles) void openFiles([path])
    else pendingFiles.push(path)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  startWhenReady().catch((error: unknown) => {
    // Without services there is nothing useful to show; say why instead of a blank window.
    dialog.showErrorBox(`${PRODUCT_NAME} could not start`, String(error))
    app.exit(1)
  })
}
