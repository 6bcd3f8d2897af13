import { execFileSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../cli/cyber-needs'
import { matchmakingPairs } from '../../shared/aggregation/aggregate'
import { RegionalPicture } from '../../shared/aggregation/regional-picture'
import { Submission } from '../../shared/submission/submission'
import { createSubmission } from '../../electron/main/services/submission-files'
import { formatPercent } from '../../renderer/src/features/results/format-number'
import { HomePage } from './pages/home-page'
import { seriousAccessibilityViolations } from './support/axe'
import { closeBrowser, startApp, type RunningApp } from './support/app-harness'

let app: RunningApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})
afterAll(closeBrowser)

describe('a regional organization', () => {
  it('imports the examples plus an altered and a malformed file, sees both rejections, and the same picture as the command line', async () => {
    app = await startApp()
    const { page } = app
    const examples = (await readdir('examples'))
      .filter((name) => name.endsWith('.ccna-submission'))
      .map((name) => join('examples', name))
    const altered = join(app.dataDir, 'XAF-altered.ccna-submission')
    await writeFile(
      altered,
      (await readFile(examples[0]!, 'utf8')).replace('"period": "2026"', '"period": "2030"'),
    )
    const malformed = join(app.dataDir, 'XAG-malformed.ccna-submission')
    await writeFile(malformed, '{"format": "cyber-capacity-needs/submission", "content": ')

    await new HomePage(page).waitUntilReady()
    await page.getByRole('button', { name: 'Regional collections' }).click()
    await page.getByLabel('New collection').fill('ASEAN 2026 round')
    await page.getByRole('button', { name: 'Create collection' }).click()
    await page.getByRole('heading', { level: 1, name: 'ASEAN 2026 round' }).waitFor()

    app.dialogs.willOpenMany([...examples, altered, malformed])
    await page.getByRole('button', { name: 'Import files…' }).click()
    const results = page.getByRole('region', { name: /Import: 5 accepted, 2 rejected/ })
    await results.waitFor()
    expect(await results.textContent()).toContain(
      'XAF-altered.ccna-submission: rejected — has been altered since it was exported',
    )
    expect(await results.textContent()).toContain(
      'XAG-malformed.ccna-submission: rejected — it is not a submission: the content is not valid JSON',
    )

    // The same accepted files through the command line.
    const out = join(app.dataDir, 'region.json')
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await main(['aggregate', ...examples, '--format', 'json', '--out', out])).toBe(0)
    vi.restoreAllMocks()
    const picture = RegionalPicture.parse(JSON.parse(await readFile(out, 'utf8')))

    for (const row of picture.heatmap) {
      const cells = await page
        .locator(`table.heatmap tr[data-country="${row.country}"] td`)
        .allTextContents()
      expect(cells, row.country).toEqual(row.gapPercents.map((value) => formatPercent(value, 'en')))
    }
    for (const item of picture.items.slice(0, 10)) {
      const cells = await page.locator(`tr[data-item-id="${item.itemId}"] td`).allTextContents()
      expect(cells).toEqual([
        item.levelCounts.join(' / '),
        String(item.needCount),
        String(item.actNowCount),
      ])
    }
    const [pair] = matchmakingPairs(picture)
    expect(pair).toBeDefined()
    await page.locator(`tr[data-pair="${pair!.code}:${pair!.needs}:${pair!.offers}"]`).waitFor()

    expect(await seriousAccessibilityViolations(page)).toEqual([])

    // The regional report: the same picture, no ranking, in HTML and PDF.
    const html = join(app.dataDir, 'region.html')
    app.dialogs.willSaveTo(html)
    await page.getByRole('button', { name: 'HTML', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Regional report exported as region.html' })
      .waitFor()
    const htmlText = await readFile(html, 'utf8')
    for (const entry of picture.coverage) expect(htmlText).toContain(`(${entry.country})`)
    expect(htmlText).toContain('no country is ranked')
    const pdf = join(app.dataDir, 'region.pdf')
    app.dialogs.willSaveTo(pdf)
    await page.getByRole('button', { name: 'PDF', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Regional report exported as region.pdf' })
      .waitFor()
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Matchmaking')

    // Collections survive a restart, files kept byte for byte.
    const restarted = await app.restart()
    await restarted.getByRole('button', { name: 'Regional collections' }).click()
    await restarted.getByRole('button', { name: 'ASEAN 2026 round' }).click()
    await restarted.getByRole('heading', { name: 'Coverage: 5 members' }).waitFor()
  })

  it('imports files dropped on the collection, keeps a country’s history and lets the user pick which one counts', async () => {
    app = await startApp()
    const { page } = app
    const example = Submission.parse(
      JSON.parse(await readFile('examples/XAA-2026.ccna-submission', 'utf8')),
    )
    const older = createSubmission({
      ...example.content,
      meta: { ...example.content.meta, period: '2025', createdAt: '2025-11-20T12:00:00.000Z' },
    })
    await new HomePage(page).waitUntilReady()
    await page.getByRole('button', { name: 'Regional collections' }).click()
    await page.getByLabel('New collection').fill('OAS working group')
    await page.getByRole('button', { name: 'Create collection' }).click()
    await page.getByRole('heading', { level: 1, name: 'OAS working group' }).waitFor()

    await page.evaluate(
      (files) => {
        const transfer = new DataTransfer()
        for (const [name, content] of files) transfer.items.add(new File([content!], name!))
        document
          .querySelector('main')!
          .dispatchEvent(
            new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          )
      },
      [
        ['XAA-2026.ccna-submission', JSON.stringify(example)],
        ['XAA-2025.ccna-submission', JSON.stringify(older)],
      ],
    )
    await page.getByRole('region', { name: /Import: 2 accepted, 0 rejected/ }).waitFor()
    const row = page.locator('tr[data-country="XAA"]').first()
    expect(await row.textContent()).toContain('2026')
    await page
      .getByLabel('Submission that counts for XAA')
      .selectOption({ label: '2025-11-20 12:00 · XAA-2025.ccna-submission' })
    await page.locator('tr[data-country="XAA"]').first().filter({ hasText: '2025' }).waitFor()
    expect(await page.getByText('1 older submission is kept as history.').count()).toBe(1)
  })
})
