import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Answer } from '../../shared/assessment/answer'
import { Assessment } from '../../shared/assessment/assessment'
import { WorkingCopy } from '../../shared/assessment/working-copy'
import { Questionnaire } from '../../shared/questionnaire/schema'
import { NEED_TIERS, scoreAssessment } from '../../shared/scoring'
import { formatNumber, formatPercent } from '../../renderer/src/features/results/format-number'
import coreQuestionnaire from '../../questionnaires/cyber-capacity-core.json'
import { AssessmentPage } from './pages/assessment-page'
import { HomePage } from './pages/home-page'
import { WalkthroughPage } from './pages/walkthrough-page'
import { closeBrowser, startApp, type RunningApp } from './support/app-harness'

const questionnaire = Questionnaire.parse(coreQuestionnaire)
const [firstSection, secondSection] = questionnaire.sections
if (!firstSection || !secondSection) throw new Error('the default questionnaire needs two sections')
const PRIORITY_KEYS = ['l', 'm', 'h', 'c'] as const
const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const

/** What the test answers for the n-th item of the two sections it walks through. */
function plannedAnswer(
  index: number,
):
  | { kind: 'level'; level: number; target: number; priority: number }
  | { kind: 'dont-know' }
  | { kind: 'not-applicable' } {
  if (index === 1) return { kind: 'dont-know' }
  if (index === 2) return { kind: 'not-applicable' }
  return { kind: 'level', level: index % 4, target: 3 + (index % 2), priority: index % 4 }
}

let app: RunningApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})
afterAll(closeBrowser)

async function savedAssessments(dataDir: string): Promise<Assessment[]> {
  const folder = join(dataDir, 'assessments')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.assessment.json'))
  return Promise.all(
    names.map(async (name) =>
      Assessment.parse(JSON.parse(await readFile(join(folder, name), 'utf8'))),
    ),
  )
}

async function createKenya(running: RunningApp): Promise<AssessmentPage> {
  const home = new HomePage(running.page)
  await home.waitUntilReady()
  await home.createAssessment({ country: 'Kenya', period: '2026', leadAgency: 'Ministry of ICT' })
  const assessment = new AssessmentPage(running.page)
  await assessment.waitUntilSaved()
  return assessment
}

describe('a national team answering the questionnaire', () => {
  it('answers two sections by keyboard only, and finds every answer again after a restart', async () => {
    app = await startApp()
    const assessment = await createKenya(app)
    const walkthrough = new WalkthroughPage(app.page)
    await walkthrough.open()
    await walkthrough.tabIntoCard()

    const items = [...firstSection.items, ...secondSection.items]
    for (const [index, item] of items.entries()) {
      expect(await walkthrough.focusedItemCode()).toBe(item.code)
      const plan = plannedAnswer(index)
      if (plan.kind === 'dont-know') await app.page.keyboard.press('d')
      else if (plan.kind === 'not-applicable') {
        await app.page.keyboard.press('n')
        await walkthrough.tabTo('Why it does not apply')
        await app.page.keyboard.type('No such body exists in our system')
        await app.page.keyboard.press('Shift+Tab')
      } else {
        await app.page.keyboard.press(`Digit${plan.level}`)
        await app.page.keyboard.press(`Shift+Digit${plan.target}`)
        await app.page.keyboard.press(PRIORITY_KEYS[plan.priority]!)
      }
      await app.page.keyboard.press('PageDown')
    }
    await assessment.waitUntilSaved()

    const [saved] = await savedAssessments(app.dataDir)
    for (const [index, item] of items.entries()) {
      const plan = plannedAnswer(index)
      const answer = saved?.answers[item.id]
      if (plan.kind === 'level') {
        expect(answer, item.code).toMatchObject({
          current: { kind: 'level', level: plan.level },
          target: plan.target,
          priority: PRIORITIES[plan.priority],
        })
      } else if (plan.kind === 'dont-know') {
        expect(answer?.current).toEqual({ kind: 'dont-know' })
      } else {
        expect(answer?.current).toEqual({
          kind: 'not-applicable',
          reason: 'No such body exists in our system',
        })
      }
    }

    const page = await app.restart()
    await new HomePage(page)
      .row('Kenya')
      .getByRole('button', { name: /open the assessment/ })
      .click()
    const reopened = new WalkthroughPage(page)
    const overview = page.getByRole('region', { name: 'Sections' })
    await overview.waitFor()
    for (const section of [firstSection, secondSection]) {
      const count = section.items.length
      expect(
        await overview.getByRole('listitem').filter({ hasText: section.title.en }).textContent(),
      ).toContain(`${count} of ${count} answered`)
    }
    await reopened.open()
    const first = firstSection.items[0]!
    expect(
      await reopened.card(first.code).getByRole('radio', { name: /^0 / }).first().isChecked(),
    ).toBe(true)

    // The dashboard shows exactly what shared/scoring computes from the saved answers.
    const expected = scoreAssessment(questionnaire, saved!.answers)
    await page.getByRole('tab', { name: 'Results' }).click()
    for (const tier of NEED_TIERS) {
      expect(await page.getByTestId(`tier-count-${tier}`).textContent(), tier).toBe(
        String(expected.tierCounts[tier]),
      )
    }
    expect(await page.getByTestId('tier-count-assessment-gaps').textContent()).toBe(
      String(expected.assessmentGaps.length),
    )
    for (const section of expected.sections) {
      const cells = await page
        .locator(`tr[data-section-id="${section.sectionId}"] td`)
        .allTextContents()
      expect(cells, section.sectionId).toEqual([
        formatNumber(section.current?.mean, 'en'),
        section.current ? `${section.current.min}–${section.current.max}` : '—',
        formatNumber(section.meanTarget, 'en'),
        formatPercent(section.gapPercent, 'en'),
        formatPercent(section.weightedGapPercent, 'en'),
      ])
    }
    const shownNeeds = await page
      .locator('section[aria-labelledby="needs-chart-title"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id')))
    expect(shownNeeds).toEqual(expected.needs.slice(0, 10).map((need) => need.itemId))
  })
})

describe('a follow-up assessment', () => {
  it('shows what changed since the assessment it was duplicated from', async () => {
    app = await startApp()
    const assessment = await createKenya(app)
    const walkthrough = new WalkthroughPage(app.page)
    await walkthrough.open()
    await walkthrough.tabIntoCard()
    for (let index = 0; index < 3; index++) {
      await app.page.keyboard.press('Digit1')
      await app.page.keyboard.press('PageDown')
    }
    await assessment.waitUntilSaved()
    await assessment.backButton.click()

    const home = new HomePage(app.page)
    await home.page.getByRole('button', { name: 'Start a follow-up of Kenya, 2026' }).click()
    await assessment.waitUntilSaved()
    await walkthrough.open()
    await walkthrough.tabIntoCard()
    await app.page.keyboard.press('Digit3') // first item: 1 → 3
    await app.page.keyboard.press('PageDown')
    await app.page.keyboard.press('PageDown')
    await app.page.keyboard.press('Digit0') // third item: 1 → 0
    await assessment.waitUntilSaved()

    await app.page.getByRole('tab', { name: 'Changes since the earlier assessment' }).click()
    const changes = app.page.getByRole('region', { name: /Changes since the 2026 assessment/ })
    await changes.waitFor()
    expect(await changes.textContent()).toContain('2 items changed')
    const rows = changes.getByRole('row')
    const items = firstSection.items
    expect(await rows.filter({ hasText: items[0]!.code }).textContent()).toContain('+2')
    expect(await rows.filter({ hasText: items[2]!.code }).textContent()).toContain('-1')
  })
})

describe('working copies', () => {
  it('merges a colleague’s copy: takes their one-sided change and lets the coordinator settle a conflict', async () => {
    app = await startApp()
    const assessment = await createKenya(app)
    const walkthrough = new WalkthroughPage(app.page)
    await walkthrough.open()
    await walkthrough.tabIntoCard()
    await app.page.keyboard.press('Digit1')
    await assessment.waitUntilSaved()

    const copyPath = join(app.dataDir, 'kenya.ccna-working')
    app.dialogs.willSaveTo(copyPath)
    await app.page.getByRole('button', { name: 'Export working copy…' }).click()
    await app.page
      .getByRole('status')
      .filter({ hasText: 'Working copy saved as kenya.ccna-working' })
      .waitFor()

    // The colleague at the foreign ministry changes the first item and answers the second section.
    const [conflicted, onlyTheirs] = [firstSection.items[0]!, secondSection.items[0]!]
    const copy = WorkingCopy.parse(JSON.parse(await readFile(copyPath, 'utf8')))
    const theirAnswer = (level: 0 | 1 | 2 | 3 | 4): Answer => ({
      ...(copy.assessment.answers[conflicted.id] as Answer),
      current: { kind: 'level', level },
    })
    copy.assessment.answers[conflicted.id] = theirAnswer(4)
    copy.assessment.answers[onlyTheirs.id] = {
      ...theirAnswer(2),
      evidence: { notes: 'Position paper 2025', references: [] },
    }
    await writeFile(copyPath, JSON.stringify(copy))

    // Meanwhile the coordinator changes the first item too.
    await walkthrough.card(conflicted.code).focus()
    await app.page.keyboard.press('Digit2')
    await assessment.waitUntilSaved()

    app.dialogs.willOpen(copyPath)
    await app.page.getByRole('button', { name: 'Import working copy…' }).click()
    const dialog = app.page.getByRole('dialog', { name: /Bring back the working copy/ })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('1 answer changed only in the copy will be taken')
    expect(await dialog.textContent()).toContain('1 answer changed on both sides')
    const conflict = dialog.getByRole('group', { name: new RegExp(`^${conflicted.code} `) })
    expect(await conflict.textContent()).toContain('Current: 2')
    expect(await conflict.textContent()).toContain('Current: 4')
    await conflict.getByLabel(/Take the working copy's answer/).check()
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await assessment.waitUntilSaved()

    const [saved] = await savedAssessments(app.dataDir)
    expect(saved?.answers[conflicted.id]?.current).toEqual({ kind: 'level', level: 4 })
    expect(saved?.answers[onlyTheirs.id]?.evidence.notes).toBe('Position paper 2025')
  })

  it('reports a damaged working copy plainly and changes nothing', async () => {
    app = await startApp()
    const assessment = await createKenya(app)
    const path = join(app.dataDir, 'damaged.ccna-working')
    await writeFile(path, '{"format":"cyber-capacity-needs/working-copy","formatVersion":1,"assess')
    app.dialogs.willOpen(path)
    await app.page.getByRole('button', { name: 'Import working copy…' }).click()
    await app.page
      .getByRole('alert')
      .filter({ hasText: 'damaged.ccna-working is not a valid file' })
      .waitFor()
    await assessment.waitUntilSaved()
    expect((await savedAssessments(app.dataDir)).length).toBe(1)
  })
})
