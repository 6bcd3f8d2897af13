import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSigningKey, keyFingerprint } from '../../electron/main/services/integrity'
import { renderReport } from '../../electron/main/services/report-export'
import { SigningKeyStore } from '../../electron/main/services/signing-key-store'
import { checkSubmission, createSubmission } from '../../electron/main/services/submission-files'
import { buildReportModel } from '../../shared/report/build-report'
import type { ReportModel } from '../../shared/report/report-model'
import { DEFAULT_SHARING } from '../../shared/report/sharing'
import { assessmentFixture } from '../support/assessment-fixtures'
import { fullAnswers, questionnaire } from '../support/full-assessment'
import { closeBrowser, sharedBrowser } from './support/app-harness'
import { chromiumPdfPrinter } from './support/chromium-printer'

const SECRET = 'SECRET-7f3a'
const HOSTILE =
  '=HYPERLINK("http://evil.example","x") <script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) \u202Eexe.pdf'
const sensitive = questionnaire.sections.flatMap((s) => s.items).find((item) => item.isSensitive)!

function fixtureModel(): ReportModel {
  const answers = fullAnswers()
  for (const [id, answer] of Object.entries(answers)) {
    answers[id] = { ...answer, evidence: { notes: SECRET, references: [] }, context: HOSTILE }
  }
  answers[sensitive.id] = {
    ...answers[sensitive.id]!,
    current: { kind: 'level', level: 0 },
    target: 4,
    priority: 'critical',
  }
  const assessment = assessmentFixture({
    answers,
    profile: {
      country: 'KEN',
      period: '2026',
      leadAgency: HOSTILE,
      title: '',
      team: [{ name: SECRET, agency: '', role: '' }],
    },
  })
  return buildReportModel({
    questionnaire,
    assessment,
    choices: DEFAULT_SHARING,
    createdAt: new Date('2026-11-20T10:00:00Z'),
    appVersion: '0.1.0',
  })
}

let folder: string
let keys: SigningKeyStore
const model = fixtureModel()
const render = (format: Parameters<typeof renderReport>[1]) =>
  renderReport(model, format, { printer: chromiumPdfPrinter(sharedBrowser), keys })

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-formats-'))
  keys = new SigningKeyStore(join(folder, 'keys'))
})
afterAll(async () => {
  await closeBrowser()
  await rm(folder, { recursive: true, force: true })
})

/** What a reader of each format sees, as text: the place to look for leaks. */
async function textOf(format: 'html' | 'pdf' | 'csv' | 'xlsx' | 'json'): Promise<string> {
  const output = await render(format)
  if (format === 'pdf') {
    const path = join(folder, 'report.pdf')
    await writeFile(path, output)
    return (
      execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) +
      execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    )
  }
  if (format === 'xlsx') {
    const files = unzipSync(output as Uint8Array)
    return Object.values(files)
      .map((file) => strFromU8(file))
      .join('\n')
  }
  return output as string
}

describe('every export format, from one report model', () => {
  it.each(['html', 'pdf', 'csv', 'xlsx', 'json'] as const)(
    '%s leaves out what the team kept internal',
    async (format) => {
      const text = await textOf(format)
      expect(text).not.toContain(SECRET)
      expect(text).not.toContain(sensitive.id)
      expect(text).not.toContain(sensitive.statement.en.slice(0, 50))
      expect(text).toContain(model.needs[0]!.code)
    },
  )

  it('HTML lists the needs in the engine’s order and keeps hostile text inert', async () => {
    const html = (await render('html')) as string
    const codes = [
      ...html.matchAll(/<tr>\s*<td class="n">\d+<\/td>\s*<td>\s*<b>([A-I]\d+)<\/b>/g),
    ].map((m) => m[1])
    expect(codes).toEqual(model.needs.map((need) => need.code))
    expect(html).not.toMatch(/<script|<img src=x/)
  })

  it('PDF has the needs in order, page numbers and the report title, and renders to pages', async () => {
    const pdf = (await render('pdf')) as Uint8Array
    const path = join(folder, 'check.pdf')
    await writeFile(path, pdf)
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    const positions = model.needs
      .slice(0, 8)
      .map((need) => text.indexOf(`${need.code} ${need.statement.slice(0, 20)}`))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).toMatch(/1 \/ \d+/)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, join(folder, 'page')])
    expect(execFileSync('ls', [folder], { encoding: 'utf8' })).toMatch(/page-0?1\.png/)
  })

  it('CSV has one row per need, a byte-order mark, and formulas neutralised', async () => {
    const csv = (await render('csv')) as string
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data
    expect(rows).toHaveLength(model.needs.length + 1)
    expect(rows.slice(1).map((row) => row[3])).toEqual(model.needs.map((need) => need.code))
    const context = rows[0]!.indexOf('Context')
    expect(rows[1]![context]).toBe(`'${HOSTILE}`)
    const leadAgency = rows
      .slice(1)
      .flat()
      .filter((cell) => /^[=+\-@]/.test(cell))
    expect(leadAgency).toEqual([])
  })

  it('XLSX writes text as text cells, never formulas', async () => {
    const xml = await textOf('xlsx')
    expect(xml).not.toMatch(/<f>/)
    expect(xml).toContain('HYPERLINK') // present, as inert text
  })
})

describe('submissions', () => {
  it('verify as intact, and as altered after one character changes', () => {
    const text = JSON.stringify(createSubmission(model))
    expect(checkSubmission(JSON.parse(text), 'ken.json')).toMatchObject({
      ok: true,
      value: { isIntact: true },
    })
    const tampered = text.replace('"period":"2026"', '"period":"2025"')
    expect(tampered).not.toBe(text)
    const result = checkSubmission(JSON.parse(tampered), 'ken.json')
    expect(result).toMatchObject({ ok: true, value: { isIntact: false } })
    expect(result.ok && result.value.verdict).toContain('has been altered')
  })

  it('report a valid signature from another key under that key’s fingerprint, not the expected one', () => {
    const team = generateSigningKey()
    const impostor = generateSigningKey()
    const check = checkSubmission(
      JSON.parse(JSON.stringify(createSubmission(model, impostor))),
      'ken.json',
    )
    expect(check).toMatchObject({
      ok: true,
      value: { isIntact: true, signature: { status: 'valid' } },
    })
    const fingerprint =
      check.ok && check.value.signature.status === 'valid' ? check.value.signature.fingerprint : ''
    expect(fingerprint).toBe(keyFingerprint(impostor.publicKeyDer))
    expect(fingerprint).not.toBe(keyFingerprint(team.publicKeyDer))
  })

  it('reject a malformed or future-version file with a reason', () => {
    expect(
      checkSubmission({ format: 'cyber-capacity-needs/submission', formatVersion: 1 }, 'x.json'),
    ).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file' },
    })
    expect(
      checkSubmission({ format: 'cyber-capacity-needs/submission', formatVersion: 3 }, 'x.json'),
    ).toMatchObject({
      ok: false,
      error: { code: 'unsupported-version' },
    })
  })
})
