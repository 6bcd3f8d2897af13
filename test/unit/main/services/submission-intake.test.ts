import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  intakeSubmissions,
  MAX_SUBMISSION_BYTES,
} from '../../../../electron/main/services/submission-intake'
import { createSubmission } from '../../../../electron/main/services/submission-files'
import { Submission } from '../../../../shared/submission/submission'

const KNOWN = { knownQuestionnaires: [{ id: 'cyber-capacity-core', version: '1.0.0' }] }
const EXAMPLE = 'examples/XAA-2026.ccna-submission'
let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-intake-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

const result = (intake: Awaited<ReturnType<typeof intakeSubmissions>>, fileName: string) =>
  intake.results.find((entry) => entry.fileName === fileName)

describe('importing a batch of submissions', () => {
  it('accepts the examples from a folder and keeps their exact bytes', async () => {
    const intake = await intakeSubmissions(['examples'], KNOWN)
    expect(intake.accepted.map((entry) => entry.report.meta.country)).toEqual([
      'XAA',
      'XAB',
      'XAC',
      'XAD',
      'XAE',
    ])
    const first = intake.accepted[0]!
    expect(intake.bytes.get(first.digest)).toEqual(await readFile(EXAMPLE))
  })

  it('rejects hostile files with reasons, and none of them reaches the accepted list', async () => {
    const text = await readFile(EXAMPLE, 'utf8')
    const files: Record<string, string> = {
      'altered.json': text.replace('"period": "2026"', '"period": "2027"'),
      'not-json.ccna-submission': 'PK\u0003\u0004 this is a zip, not JSON',
      'nested.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'proto.json': text.replace(
        '"format": "cyber-capacity-needs/submission",',
        '"__proto__": {"polluted": true}, "format": "cyber-capacity-needs/submission",',
      ),
      'future.json': text.replace('"formatVersion": 1', '"formatVersion": 9'),
      'other-questionnaire.json': JSON.stringify(
        createSubmission({
          ...Submission.parse(JSON.parse(text)).content,
          meta: {
            ...Submission.parse(JSON.parse(text)).content.meta,
            questionnaire: { id: 'unknown-q', version: '1.0.0', title: 'x' },
          },
        }),
      ),
    }
    for (const [name, contents] of Object.entries(files))
      await writeFile(join(folder, name), contents)
    await writeFile(join(folder, 'huge.json'), '')
    await truncate(join(folder, 'huge.json'), 200 * 1024 * 1024)
    const intake = await intakeSubmissions([folder], KNOWN)
    expect(intake.accepted).toEqual([])
    expect(result(intake, 'altered.json')?.reason).toContain('has been altered')
    expect(result(intake, 'not-json.ccna-submission')?.reason).toContain('not valid JSON')
    expect(result(intake, 'nested.json')?.reason).toContain('not a needs submission')
    expect(result(intake, 'proto.json')?.status).toBe('rejected')
    expect(result(intake, 'future.json')?.reason).toContain('newer version')
    expect(result(intake, 'other-questionnaire.json')?.reason).toContain(
      'questionnaire this app does not know',
    )
    expect(result(intake, 'huge.json')?.reason).toContain('too large')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(MAX_SUBMISSION_BYTES).toBeLessThan(200 * 1024 * 1024)
  })

  it('keeps one copy of an identical file and rejects a conflicting claim of the same country and time', async () => {
    const text = await readFile(EXAMPLE, 'utf8')
    const submission = Submission.parse(JSON.parse(text))
    await mkdir(join(folder, 'batch'))
    await copyFile(EXAMPLE, join(folder, 'batch', 'a.json'))
    await copyFile(EXAMPLE, join(folder, 'batch', 'b.json'))
    const tweaked = {
      ...submission.content,
      meta: { ...submission.content.meta, leadAgency: 'Someone else' },
    }
    await writeFile(join(folder, 'batch', 'c.json'), JSON.stringify(createSubmission(tweaked)))
    const intake = await intakeSubmissions([join(folder, 'batch')], KNOWN)
    expect(intake.accepted.map((entry) => entry.fileName)).toEqual(['a.json'])
    expect(result(intake, 'b.json')).toMatchObject({
      status: 'duplicate',
      reason: 'the same submission as a.json',
    })
    expect(result(intake, 'c.json')?.reason).toContain('same country and export time as a.json')
  })
})
