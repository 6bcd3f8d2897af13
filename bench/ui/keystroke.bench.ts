import type { Page } from 'playwright-core'
import type { AppApi } from '../../shared/api/contract'
import type { Assessment } from '../../shared/assessment/assessment'
import type { Questionnaire } from '../../shared/questionnaire/schema'
import { closeBrowser, startApp } from '../../test/e2e/support/app-harness'
import { summarize, type BenchResult } from '../support/statistics'

const TYPED = 'The national CERT was established by decree in 2019 and has six analysts. '

/** Every item answered, so the store and the views hold a full assessment while typing. */
async function openFullAssessment(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (window as unknown as { api: AppApi }).api
    const list = await api.listQuestionnaires()
    if (!list.ok || !list.value[0]) throw new Error('no questionnaire')
    const ref = { id: list.value[0].id, version: list.value[0].version }
    const questionnaire = (await api.getQuestionnaire(ref)) as { ok: true; value: Questionnaire }
    const created = (await api.createAssessment({
      profile: { country: 'KEN', period: '2026' },
      questionnaire: ref,
    })) as {
      ok: true
      value: Assessment
    }
    const answers: Assessment['answers'] = {}
    let index = 0
    for (const section of questionnaire.value.sections) {
      for (const item of section.items) {
        const level = (index++ % 4) as 0 | 1 | 2 | 3
        answers[item.id] = {
          current: { kind: 'level', level },
          target: 3,
          priority: 'high',
          evidence: { notes: 'Existing notes for this item.', references: [] },
          supportKinds: ['training'],
          modalities: ['bilateral'],
          readiness: { hasCounterpart: true, hasStaff: false, hasCoFunding: false },
          canOffer: false,
          offerKinds: [],
          context: '',
        }
      }
    }
    await api.saveAssessment({ ...created.value, answers })
  })
  await page.reload()
  await page.getByRole('button', { name: /^Kenya.*open the assessment/ }).click()
  await page.getByRole('tab', { name: 'Questionnaire' }).click()
  await page.getByLabel('View').selectOption('list')
}

/**
 * Keystroke-to-paint while typing evidence notes in a full assessment: from the keydown event to
 * the first task after the next animation frame, i.e. after React re-rendered and Chromium painted.
 * That figure includes waiting for the next frame (up to 16.7 ms at 60 Hz), so the time the app
 * itself spends — keydown until React has committed the change — is reported beside it.
 */
export async function benchKeystroke(): Promise<{ toPaint: BenchResult; processing: BenchResult }> {
  const app = await startApp()
  try {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor()
    await openFullAssessment(page)
    const notes = page.getByLabel('Evidence notes').first()
    await notes.click()
    await page.keyboard.press('End')
    await page.evaluate(() => {
      const timings = { toPaint: [] as number[], processing: [] as number[] }
      ;(window as unknown as { __keystrokes: typeof timings }).__keystrokes = timings
      let start = 0
      document.addEventListener(
        'keydown',
        (event) => {
          start = event.timeStamp
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => timings.toPaint.push(performance.now() - start)
            channel.port2.postMessage(null)
          })
        },
        { capture: true },
      )
      // React commits discrete input synchronously at its root; a document listener runs after it.
      document.addEventListener('input', () => timings.processing.push(performance.now() - start))
    })
    await page.keyboard.type(TYPED, { delay: 40 })
    await page.waitForTimeout(100)
    const samples = await page.evaluate(
      () =>
        (window as unknown as { __keystrokes: { toPaint: number[]; processing: number[] } })
          .__keystrokes,
    )
    const typed = await notes.inputValue()
    if (!typed.endsWith(TYPED)) throw new Error('The typed text did not reach the notes field.')
    return {
      toPaint: summarize(
        'keystroke → next paint, notes field, full assessment',
        samples.toPaint,
        'ms',
      ),
      processing: summarize(
        'keystroke → DOM updated (React commit), same field',
        samples.processing,
        'ms',
      ),
    }
  } finally {
    await app.close()
    await closeBrowser()
  }
}
