import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { AssessmentPage } from './pages/assessment-page'
import { HomePage } from './pages/home-page'
import { WalkthroughPage } from './pages/walkthrough-page'
import { seriousAccessibilityViolations } from './support/axe'
import { closeBrowser, startApp, type RunningApp } from './support/app-harness'

let app: RunningApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})
afterAll(closeBrowser)

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it('on every screen a national team uses', async () => {
    app = await startApp()
    const { page } = app
    const screens: Record<string, unknown> = {}
    const check = async (name: string) => {
      screens[name] = await seriousAccessibilityViolations(page)
    }

    const home = new HomePage(page)
    await home.waitUntilReady()
    await page.getByRole('heading', { name: 'No assessments yet' }).waitFor()
    await check('home, empty')
    await home.newAssessmentButton.click()
    await home.dialog.waitFor()
    await check('new assessment dialog')
    await home.dialog.getByLabel('Country').selectOption({ label: 'Kenya' })
    await home.dialog.getByLabel('Assessment period').fill('2026')
    await home.dialog.getByRole('button', { name: 'Create assessment' }).click()
    const assessment = new AssessmentPage(page)
    await assessment.waitUntilSaved()
    await check('assessment overview')

    const walkthrough = new WalkthroughPage(page)
    await walkthrough.open()
    await walkthrough.tabIntoCard()
    for (const key of [
      'Digit1',
      'Shift+Digit3',
      'h',
      'PageDown',
      'd',
      'PageDown',
      'n',
      'PageDown',
      'Digit0',
      'c',
    ]) {
      await page.keyboard.press(key)
    }
    await check('questionnaire, one item with the support panel')
    await page.getByLabel('View').selectOption('list')
    await check('questionnaire, whole section')
    await page.getByRole('tab', { name: 'Results' }).click()
    await page.getByRole('heading', { name: 'Summary' }).waitFor()
    await check('results')

    await assessment.waitUntilSaved()
    await assessment.backButton.click()
    await home.row('Kenya').waitFor()
    await check('home, with an assessment')
    await page.getByRole('button', { name: 'Start a follow-up of Kenya, 2026' }).click()
    await assessment.waitUntilSaved()
    await page.getByRole('tab', { name: 'Changes since the earlier assessment' }).click()
    await page.getByRole('heading', { name: /Changes since the 2026 assessment/ }).waitFor()
    await check('follow-up changes')

    expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((name) => [name, []])))
  })
})
