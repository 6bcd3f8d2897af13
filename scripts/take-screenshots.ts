// Regenerates the README's screenshots from the built renderer: `npm run screenshots`.
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { closeBrowser, startApp } from '../test/e2e/support/app-harness'

const OUT = 'docs/screenshots'
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const

async function answerSomeItems(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Questionnaire' }).click()
  await page.getByRole('article').first().focus()
  const plan = ['1', '2', '0', '3', 'd', '1', '2', '4', '1', '0', '2', '3']
  for (const [index, key] of plan.entries()) {
    await page.keyboard.press(key === 'd' ? 'd' : `Digit${key}`)
    if (key !== 'd') await page.keyboard.press(`Shift+Digit${index % 3 === 0 ? 4 : 3}`)
    await page.keyboard.press(['h', 'c', 'm', 'l'][index % 4]!)
    await page.keyboard.press('PageDown')
  }
  await page.keyboard.press('PageUp')
}

await mkdir(OUT, { recursive: true })
for (const viewport of SIZES) {
  const app = await startApp({ viewport })
  const { page } = app
  const suffix = viewport.width === 1280 ? '' : `-${viewport.width}`
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor({ timeout: 30_000 })
  for (const [country, period] of [
    ['Kenya', '2026'],
    ['Fiji', '2025–2026'],
  ]) {
    await page.getByRole('button', { name: 'New assessment' }).first().click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Country').selectOption({ label: country! })
    await dialog.getByLabel('Assessment period').fill(period!)
    await dialog
      .getByLabel('Lead agency')
      .fill(
        country === 'Kenya' ? 'Ministry of ICT and Digital Economy' : 'Ministry of Foreign Affairs',
      )
    await dialog.getByRole('button', { name: 'Create assessment' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor()
    await answerSomeItems(page)
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor()
    if (country === 'Kenya') {
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `${OUT}/walkthrough${suffix}.png` })
      await page.getByRole('tab', { name: 'Results' }).click()
      await page.getByRole('heading', { name: 'Summary' }).waitFor()
      await page.screenshot({ path: `${OUT}/results${suffix}.png` })
    }
    await page.getByRole('button', { name: 'All assessments' }).click()
  }
  await page.screenshot({ path: `${OUT}/home${suffix}.png` })

  if (viewport.width === 1280) {
    const examples = (await readdir('examples'))
      .filter((name) => name.endsWith('.ccna-submission'))
      .map((name) => join('examples', name))
    app.dialogs.willOpen(examples[1]!)
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await page.getByRole('heading', { level: 1, name: /Needs of/ }).waitFor()
    await page.screenshot({ path: `${OUT}/review.png` })
    await page.getByRole('button', { name: 'All assessments' }).click()

    await page.getByRole('button', { name: 'Regional collections' }).click()
    await page.getByLabel('New collection').fill('Regional round 2026')
    await page.getByRole('button', { name: 'Create collection' }).click()
    app.dialogs.willOpenMany(examples)
    await page.getByRole('button', { name: 'Import files…' }).click()
    await page.getByRole('heading', { name: /Coverage/ }).waitFor()
    await page.getByRole('heading', { name: /Gap by section/ }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${OUT}/regional.png` })
  }
  await app.close()
}
await closeBrowser()
console.log(`Screenshots written to ${OUT}/`)
