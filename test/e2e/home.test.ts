import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { AppApi } from '../../shared/api/contract'
import { AssessmentPage } from './pages/assessment-page'
import { HomePage } from './pages/home-page'
import { closeBrowser, startApp, type RunningApp } from './support/app-harness'

let app: RunningApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})
afterAll(closeBrowser)

describe('the home screen', () => {
  it('creates an assessment that is still listed, with its country and date, after a restart', async () => {
    app = await startApp()
    const home = new HomePage(app.page)
    await home.waitUntilReady()
    await expect(
      home.page.getByRole('heading', { name: 'No assessments yet' }).isVisible(),
    ).resolves.toBe(true)

    await home.createAssessment({
      country: 'Kenya',
      period: '2026',
      leadAgency: 'National KE-CIRT/CC',
    })

    const assessment = new AssessmentPage(app.page)
    await assessment.heading.filter({ hasText: 'Kenya · 2026' }).waitFor()
    await assessment.waitUntilSaved()

    const page = await app.restart()
    const reopened = new HomePage(page)
    await reopened.waitUntilReady()
    const row = reopened.row('Kenya')
    await row.waitFor()
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date())
    expect(await row.textContent()).toContain('2026')
    expect(await row.textContent()).toContain(today)
    expect(await row.textContent()).toContain('National KE-CIRT/CC')
  })

  it('autosaves an edit within about a second and shows "Saved"', async () => {
    app = await startApp()
    const home = new HomePage(app.page)
    await home.waitUntilReady()
    await home.createAssessment({ country: 'Fiji', period: '2026' })
    const assessment = new AssessmentPage(app.page)
    await assessment.waitUntilSaved()

    await assessment.field('Title').fill('First national review')
    await assessment.saveStatus.filter({ hasText: /Saving…|Unsaved changes/ }).waitFor()
    const started = Date.now()
    await assessment.waitUntilSaved()
    expect(Date.now() - started).toBeLessThan(1_500)

    const page = await app.restart()
    const reopened = new HomePage(page)
    await reopened.row('Fiji').waitFor()
    expect(await reopened.row('Fiji').textContent()).toContain('First national review')
  })

  it('reports a corrupt assessment file by name and still lists the others', async () => {
    app = await startApp()
    const home = new HomePage(app.page)
    await home.waitUntilReady()
    await home.createAssessment({ country: 'Chile', period: '2025' })
    await new AssessmentPage(app.page).waitUntilSaved()

    const folder = join(app.dataDir, 'assessments')
    await writeFile(join(folder, 'broken-file.assessment.json'), '{"format": "cyber-capa', 'utf8')

    const page = await app.restart()
    const reopened = new HomePage(page)
    await reopened.problems.waitFor()
    expect(await reopened.problems.textContent()).toContain('broken-file.assessment.json')
    await reopened.row('Chile').waitFor()
    // Set aside, not deleted: the damaged bytes are still on disk for recovery.
    expect(await readdir(join(folder, 'set-aside'))).toEqual(
      expect.arrayContaining([expect.stringContaining('broken-file.assessment.json')]),
    )
  })

  it('rejects a malformed request from the page with a clear message and stores nothing', async () => {
    app = await startApp()
    await new HomePage(app.page).waitUntilReady()
    const result = await app.page.evaluate(() =>
      (window as unknown as { api: AppApi }).api.createAssessment({
        profile: { country: 'NOT-A-COUNTRY', period: '' },
        questionnaire: { id: 'cyber-capacity-core', version: '1.0.0' },
      }),
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await readdir(join(app.dataDir, 'assessments'))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/\.assessment\.json$/)]),
    )
  })
})
