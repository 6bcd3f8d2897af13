import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { Submission } from '../../shared/submission/submission'
import { HomePage } from './pages/home-page'
import { AssessmentPage } from './pages/assessment-page'
import { WalkthroughPage } from './pages/walkthrough-page'
import { closeBrowser, startApp, type RunningApp } from './support/app-harness'

const EXAMPLE = 'examples/XAB-2026.ccna-submission'

let app: RunningApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})
afterAll(closeBrowser)

describe('exporting the needs report', () => {
  it('previews what leaves the machine and exports a verifiable submission without the kept-internal items', async () => {
    app = await startApp()
    const home = new HomePage(app.page)
    await home.waitUntilReady()
    await home.createAssessment({ country: 'Kenya', period: '2026' })
    const assessment = new AssessmentPage(app.page)
    await assessment.waitUntilSaved()
    const walkthrough = new WalkthroughPage(app.page)
    await walkthrough.open()
    await walkthrough.tabIntoCard()
    for (let index = 0; index < 6; index++) {
      await app.page.keyboard.press('Digit1')
      await app.page.keyboard.press('PageDown')
    }
    await assessment.waitUntilSaved()

    await app.page.getByRole('button', { name: 'Export report…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Export the needs report' })
    const preview = dialog.getByRole('region', { name: 'What will leave this computer' })
    expect(await preview.textContent()).toContain('No evidence notes or references')
    expect(await preview.textContent()).toContain('No team member names')
    await dialog.getByLabel(/Submission \(JSON\)/).check()
    const path = join(app.dataDir, 'kenya.ccna-submission')
    app.dialogs.willSaveTo(path)
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Exported kenya.ccna-submission' })
      .waitFor()

    const submission = Submission.parse(JSON.parse(await readFile(path, 'utf8')))
    expect(submission.content.meta).toMatchObject({ country: 'KEN', period: '2026' })
    expect(submission.content.answers.length).toBeGreaterThan(0)
    expect(submission.content.answers.every((answer) => answer.evidence === null)).toBe(true)
  })
})

describe('review mode for donors', () => {
  it('opens a submission read-only, says it is intact, filters needs and exports the shortlist', async () => {
    app = await startApp()
    const home = new HomePage(app.page)
    await home.waitUntilReady()
    app.dialogs.willOpen(EXAMPLE)
    await app.page.getByRole('button', { name: 'Open a file…' }).click()
    await app.page
      .getByRole('heading', { level: 1, name: /Needs of Example country XAB, 2026/ })
      .waitFor()
    expect(await app.page.getByRole('status').first().textContent()).toContain('is intact')

    const example = Submission.parse(JSON.parse(await readFile(EXAMPLE, 'utf8')))
    const heading = app.page.getByRole('heading', { name: /of \d+ needs/ })
    expect(await heading.textContent()).toBe(
      `${example.content.needs.length} of ${example.content.needs.length} needs`,
    )
    await app.page
      .getByRole('group', { name: 'Kind of support' })
      .getByLabel('Training and education')
      .check()
    const training = example.content.needs.filter((need) =>
      need.supportKinds.some((kind) => kind.id === 'training'),
    )
    expect(await heading.textContent()).toBe(
      `${training.length} of ${example.content.needs.length} needs`,
    )

    const path = join(app.dataDir, 'shortlist.csv')
    app.dialogs.willSaveTo(path)
    await app.page.getByRole('button', { name: 'Export CSV…' }).click()
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Shortlist exported as shortlist.csv' })
      .waitFor()
    const rows = Papa.parse<string[]>((await readFile(path, 'utf8')).slice(1).trim()).data
    expect(rows.slice(1).map((row) => row[3])).toEqual(training.map((need) => need.code))
  })

  it('explains that an altered submission was changed and shows none of its content', async () => {
    app = await startApp()
    const home = new HomePage(app.page)
    await home.waitUntilReady()
    const altered = join(app.dataDir, 'altered.ccna-submission')
    await writeFile(
      altered,
      (await readFile(EXAMPLE, 'utf8')).replace('"period": "2026"', '"period": "2027"'),
    )
    app.dialogs.willOpen(altered)
    await app.page.getByRole('button', { name: 'Open a file…' }).click()
    const alert = app.page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      'altered.ccna-submission has been altered since it was exported',
    )
    expect(await app.page.getByRole('table').count()).toBe(0)
  })
})

describe('dropping a file on the window', () => {
  it('opens a submission for review, as File › Import… would', async () => {
    app = await startApp()
    await new HomePage(app.page).waitUntilReady()
    const text = await readFile(EXAMPLE, 'utf8')
    await app.page.evaluate((content) => {
      const transfer = new DataTransfer()
      transfer.items.add(
        new File([content], 'XAB-2026.ccna-submission', { type: 'application/json' }),
      )
      document
        .querySelector('.app')!
        .dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        )
    }, text)
    await app.page
      .getByRole('heading', { level: 1, name: /Needs of Example country XAB, 2026/ })
      .waitFor()
  })
})
