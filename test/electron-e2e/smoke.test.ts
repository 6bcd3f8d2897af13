import { spawnSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Runs only where the Electron runtime exists (`npm run test:electron` checks that first).
let app: ElectronApplication

beforeAll(async () => {
  expect(
    spawnSync(process.execPath, ['scripts/start.mjs', '--check-only']).status,
    'Electron runtime',
  ).toBe(0)
  const userData = await mkdtemp(join(tmpdir(), 'ccna-electron-'))
  app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`] })
})
afterAll(async () => {
  await app?.close()
})

describe('the real Electron app', () => {
  it('opens the home screen from app://bundle with the preload API and no Node in the page', async () => {
    const window = await app.firstWindow()
    await window.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor()
    expect(window.url()).toBe('app://bundle/index.html')
    expect(await window.title()).toBe('Cyber Capacity Needs Assessment')
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined')
    expect(
      await window.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process),
    ).toBe('undefined')
    const info = await window.evaluate(() =>
      (window as unknown as { api: { getAppInfo(): Promise<unknown> } }).api.getAppInfo(),
    )
    expect(info).toMatchObject({ ok: true, value: { isDesktop: true } })
  })

  it('denies new windows and navigation away from the bundle', async () => {
    const page = await app.firstWindow()
    await page.evaluate(() => window.open('https://example.com/'))
    await page.evaluate(() => {
      location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(app.windows()).toHaveLength(1)
    expect(page.url()).toBe('app://bundle/index.html')
  })
})
