import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { MenuCommand } from '../../../shared/api/contract'
import { createAppServices } from '../../../electron/main/services/app-services'
import { installApiBridge } from './api-bridge'
import { CHROMIUM_ARGS, findChromium } from '../../../cli/chromium'
import { chromiumPdfPrinter } from './chromium-printer'
import { startRendererServer } from './renderer-server'
import { ScriptedDialogs } from './scripted-dialogs'

export interface RunningApp {
  page: Page
  context: BrowserContext
  /** The temporary user-data folder the real services store assessments in. */
  dataDir: string
  origin: string
  /** Answers the app's open and save dialogs as the test scripts them. */
  dialogs: ScriptedDialogs
  sendMenuCommand: (command: MenuCommand) => Promise<void>
  /** Closes the window and opens the app again over the same data, like a restart. */
  restart: () => Promise<Page>
  close: () => Promise<void>
}

let browser: Browser | undefined

export async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  return browser
}

/** Closes the Chromium shared by a test file; call from `afterAll`. */
export async function closeBrowser(): Promise<void> {
  await browser?.close()
  browser = undefined
}

/**
 * Starts the app as a user would see it: the built renderer in Chromium, backed by the real
 * main-process services over a fresh temporary data folder (or `dataDir`, to reuse one).
 */
export async function startApp(
  options: { dataDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<RunningApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ccna-e2e-')))
  const server = await startRendererServer()
  const viewport = options.viewport ?? { width: 1280, height: 800 }
  const dialogs = new ScriptedDialogs()

  async function openWindow(): Promise<{ context: BrowserContext; page: Page }> {
    const services = await createAppServices({
      dataDir: join(dataDir, 'assessments'),
      appInfo: { name: 'Cyber Capacity Needs Assessment', version: 'test', isDesktop: false },
      dialogs,
      printer: chromiumPdfPrinter(sharedBrowser),
      keysDir: join(dataDir, 'keys'),
      collectionsDir: join(dataDir, 'collections'),
    })
    const context = await (await sharedBrowser()).newContext({ viewport })
    await installApiBridge(context, services, server.origin)
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('[page error]', error))
    await page.goto(`${server.origin}/index.html`)
    return { context, page }
  }

  let current = await openWindow()
  const app: RunningApp = {
    get page() {
      return current.page
    },
    get context() {
      return current.context
    },
    dataDir,
    origin: server.origin,
    dialogs,
    sendMenuCommand: async (command) => {
      await current.page.evaluate(
        (c) => (window as unknown as { __ccnaMenu: (c: string) => void }).__ccnaMenu(c),
        command,
      )
    },
    restart: async () => {
      await current.context.close()
      current = await openWindow()
      return current.page
    },
    close: async () => {
      await current.context.close()
      await server.close()
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
  return app
}
