import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../../cli/cyber-needs'
import { createSubmission } from '../../../electron/main/services/submission-files'
import { generateSigningKey, keyFingerprint } from '../../../electron/main/services/integrity'
import { Submission } from '../../../shared/submission/submission'
import { assessmentFixture } from '../../support/assessment-fixtures'
import { fullAnswers } from '../../support/full-assessment'

const EXAMPLE = 'examples/XAA-2026.ccna-submission'
let folder: string
let output: string[]

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-cli-'))
  output = []
  vi.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line))
  vi.spyOn(console, 'error').mockImplementation((line: string) => void output.push(line))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(folder, { recursive: true, force: true })
})

const said = () => output.join('\n')

describe('cyber-needs verify', () => {
  it('exits 0 for an intact submission and 1 for one changed by a single character', async () => {
    expect(await main(['verify', EXAMPLE])).toBe(0)
    expect(said()).toContain('is intact')
    const altered = join(folder, 'altered.json')
    await writeFile(
      altered,
      (await readFile(EXAMPLE, 'utf8')).replace('"period": "2026"', '"period": "2027"'),
    )
    expect(await main(['verify', altered])).toBe(1)
    expect(said()).toContain('altered.json has been altered since it was exported')
  })

  it('exits 1 when a valid signature comes from another key than the expected fingerprint', async () => {
    const example = Submission.parse(JSON.parse(await readFile(EXAMPLE, 'utf8')))
    const team = generateSigningKey()
    const impostor = generateSigningKey()
    const signed = join(folder, 'signed.json')
    await writeFile(signed, JSON.stringify(createSubmission(example.content, impostor)))
    expect(
      await main(['verify', signed, '--fingerprint', keyFingerprint(impostor.publicKeyDer)]),
    ).toBe(0)
    expect(await main(['verify', signed, '--fingerprint', keyFingerprint(team.publicKeyDer)])).toBe(
      1,
    )
    expect(said()).toContain('not the one you expected')
  })

  it('explains malformed input and misuse without a stack trace', async () => {
    const broken = join(folder, 'broken.json')
    await writeFile(broken, '{"format": "cyber-capacity-needs/submission"')
    expect(await main(['verify', broken])).toBe(2)
    expect(await main(['verify'])).toBe(2)
    expect(await main(['frobnicate'])).toBe(2)
    expect(said()).toContain('broken.json is not valid JSON')
    expect(said()).toContain('Unknown command "frobnicate"')
    expect(said()).not.toMatch(/^\s+at /m)
  })
})

describe('cyber-needs report', () => {
  it('renders a submission to HTML and CSV', async () => {
    const html = join(folder, 'report.html')
    expect(await main(['report', EXAMPLE, '--format', 'html', '--out', html])).toBe(0)
    expect(await readFile(html, 'utf8')).toContain('Example country XAA')
    const csv = join(folder, 'needs.csv')
    expect(await main(['report', EXAMPLE, '--format', 'csv', '--out', csv])).toBe(0)
    const example = Submission.parse(JSON.parse(await readFile(EXAMPLE, 'utf8')))
    expect((await readFile(csv, 'utf8')).trim().split('\r\n')).toHaveLength(
      example.content.needs.length + 1,
    )
  })

  it('scores a saved assessment, keeping evidence out unless asked', async () => {
    const saved = join(folder, 'kenya.assessment.json')
    const answers = fullAnswers()
    const first = Object.keys(answers)[0]!
    answers[first] = { ...answers[first]!, evidence: { notes: 'INTERNAL-NOTE', references: [] } }
    await writeFile(saved, JSON.stringify(assessmentFixture({ answers })))
    const out = join(folder, 'kenya.json')
    expect(await main(['report', saved, '--format', 'json', '--out', out])).toBe(0)
    expect(await readFile(out, 'utf8')).not.toContain('INTERNAL-NOTE')
    expect(
      await main(['report', saved, '--format', 'json', '--out', out, '--include-evidence']),
    ).toBe(0)
    expect(await readFile(out, 'utf8')).toContain('INTERNAL-NOTE')
    expect(await main(['verify', out])).toBe(0)
  })

  it('refuses an altered submission and an unknown format', async () => {
    const altered = join(folder, 'altered.json')
    await writeFile(
      altered,
      (await readFile(EXAMPLE, 'utf8')).replace('"period": "2026"', '"period": "2027"'),
    )
    expect(
      await main(['report', altered, '--format', 'html', '--out', join(folder, 'x.html')]),
    ).toBe(2)
    expect(
      await main(['report', EXAMPLE, '--format', 'docx', '--out', join(folder, 'x.docx')]),
    ).toBe(2)
    expect(said()).toContain('Unknown format "docx"')
  })

  it('has --help on every command', async () => {
    for (const args of [
      ['--help'],
      ['report', '--help'],
      ['verify', '--help'],
      ['help', 'report'],
    ]) {
      expect(await main(args)).toBe(0)
    }
    expect(said()).toContain('Usage: cyber-needs report')
    expect(said()).toContain('Usage: cyber-needs verify')
  })
})

describe('cyber-needs aggregate', () => {
  it('refuses to write when a file is rejected, names each rejection, and aggregates with --allow-rejects', async () => {
    const { aggregateRegion } = await import('../../../shared/aggregation/aggregate')
    const { questionnaire } = await import('../../support/full-assessment')
    const { exampleReports } = await import('../../support/example-reports')
    const altered = join(folder, 'altered.json')
    await writeFile(
      altered,
      (await readFile(EXAMPLE, 'utf8')).replace('"period": "2026"', '"period": "2027"'),
    )
    const malformed = join(folder, 'malformed.ccna-submission')
    await writeFile(malformed, 'not json at all')
    const out = join(folder, 'region.json')

    expect(
      await main(['aggregate', 'examples', altered, malformed, '--format', 'json', '--out', out]),
    ).toBe(1)
    expect(said()).toContain('✗ altered.json: has been altered since it was exported')
    expect(said()).toContain(
      '✗ malformed.ccna-submission: it is not a submission: the content is not valid JSON',
    )
    await expect(readFile(out)).rejects.toThrow()

    expect(
      await main([
        'aggregate',
        'examples',
        altered,
        malformed,
        '--format',
        'json',
        '--out',
        out,
        '--allow-rejects',
      ]),
    ).toBe(0)
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(
      aggregateRegion(questionnaire, exampleReports()),
    )
  })
})
