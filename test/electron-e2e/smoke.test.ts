import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The real Electron app, for machines that have the runtime: `npm run test:electron` builds,
// checks the runtime, then runs this. Without the runtime the suite skips itself and says why.
// It launches the unpackaged app: a packaged one has the inspector fuse off, and Playwright
// drives Electron through `--inspect`.

/** The launcher's own check, without a download attempt (that is `npm start`'s job). */
function runtimeCheck(): { ok: boolean; message: string } {
  const result = spawnSync(process.execPath, ['scripts/start.mjs', '--check-only'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  })
  return { ok: result.status === 0, message: (result.stdout + result.stderr).trim() }
}

const runtime = runtimeCheck()
if (!runtime.ok) {
  console.warn(
    `Skipping the Electron smoke suite: the Electron runtime is missing.\n${runtime.message}`,
  )
}

describe.skipIf(!runtime.ok)('the real Electron app', () => {
  let app: ElectronApplication
  let page: Page
  let userData: string

  beforeAll(async () => {
    expect(existsSync('out/main/index.js'), 'the app is built (npm run build)').toBe(true)
    userData = await mkdtemp(join(tmpdir(), 'ccna-electron-'))
    // A terminal inside another Electron app may export ELECTRON_RUN_AS_NODE; it would start
    // Electron as plain Node.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          entry[0] !== 'ELECTRON_RUN_AS_NODE' && entry[1] !== undefined,
      ),
    )
    // A fresh profile, so the test neither reads nor changes the user's assessments.
    app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`], env })
    page = await app.firstWindow()
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor()
  })

  afterAll(async () => {
    await app?.close()
    if (userData) await rm(userData, { recursive: true, force: true })
  })

  it('opens the home screen from app://bundle under the product name', async () => {
    expect(page.url()).toBe('app://bundle/index.html')
    expect(await page.title()).toBe('Cyber Capacity Needs Assessment')
    const windowTitle = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    )
    expect(windowTitle).toBe('Cyber Capacity Needs Assessment')
  })

  it('gives the page the preload API and no Node', async () => {
    const globals = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
        api: typeof scope.api,
      }
    })
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      api: 'object',
    })
    const info = await page.evaluate(() =>
      (globalThis as unknown as { api: { getAppInfo(): Promise<unknown> } }).api.getAppInfo(),
    )
    expect(info).toMatchObject({ ok: true, value: { isDesktop: true } })
  })

  it('reaches nothing on the network', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    )
    expect(outcome).toBe('blocked')
  })

  it('denies new windows and navigation away from the bundle', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null)
    expect(opened).toBe(true)
    await page.evaluate(() => {
      location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(app.windows()).toHaveLength(1)
    expect(page.url()).toBe('app://bundle/index.html')
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor()
  })
})
