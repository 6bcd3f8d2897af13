import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssessmentRepository } from '../../../../electron/main/services/assessment-repository'
import { Answer } from '../../../../shared/assessment/answer'
import { assessmentFixture, CORE_QUESTIONNAIRE } from '../../../support/assessment-fixtures'

let folder: string
let repository: AssessmentRepository
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-repo-'))
  repository = new AssessmentRepository(folder)
  await repository.prepare()
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('the assessment repository', () => {
  it('creates an assessment that a new repository over the same folder lists and loads', async () => {
    const created = await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    const reopened = new AssessmentRepository(folder)
    const list = await reopened.list()
    expect(list.assessments).toEqual([
      expect.objectContaining({ id: created.id, country: 'KEN', period: '2026', answeredCount: 0 }),
    ])
    expect(list.problems).toEqual([])
    expect(await reopened.load(created.id)).toEqual({ ok: true, value: created })
  })

  it('lists the most recently changed assessment first', async () => {
    const older = await repository.create({ country: 'KEN', period: '2025' }, CORE_QUESTIONNAIRE)
    const newer = await repository.create({ country: 'FJI', period: '2026' }, CORE_QUESTIONNAIRE)
    await repository.save(older, new Date('2030-01-01T00:00:00Z'))
    const ids = (await repository.list()).assessments.map((a) => a.id)
    expect(ids).toEqual([older.id, newer.id])
  })

  it('saves answers and stamps the time of the change', async () => {
    const created = await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    const edited = {
      ...created,
      answers: { 'cbm.poc-designated': Answer.parse({ current: { kind: 'level', level: 2 } }) },
    }
    const { updatedAt } = await repository.save(edited, new Date('2027-02-03T04:05:06Z'))
    expect(updatedAt).toBe('2027-02-03T04:05:06.000Z')
    const loaded = await repository.load(created.id)
    expect(loaded.ok && loaded.value.updatedAt).toBe(updatedAt)
    expect(loaded.ok && loaded.value.answers['cbm.poc-designated']?.current).toEqual({
      kind: 'level',
      level: 2,
    })
  })

  it('sets a corrupt file aside, reports it by name, and still loads the others', async () => {
    const good = await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    await writeFile(
      join(folder, 'damaged.assessment.json'),
      '{"format":"cyber-capacity-needs/assess',
    )
    await writeFile(join(folder, 'wrong-shape.assessment.json'), '{"hello":"world"}')

    const list = await repository.list()
    expect(list.assessments.map((a) => a.id)).toEqual([good.id])
    expect(list.problems.map((p) => p.fileName).sort()).toEqual([
      'damaged.assessment.json',
      'wrong-shape.assessment.json',
    ])
    expect(list.problems.find((p) => p.fileName === 'damaged.assessment.json')?.reason).toContain(
      'not valid JSON',
    )
    // Nothing is dropped: the damaged bytes are kept where the report says.
    const kept = list.problems.find((p) => p.fileName === 'damaged.assessment.json')!
    expect(await readFile(kept.setAsidePath, 'utf8')).toBe('{"format":"cyber-capacity-needs/assess')
    // And the problem is still reported on the next start.
    expect((await new AssessmentRepository(folder).list()).problems).toHaveLength(2)
  })

  it('explains that a file from a newer app version needs an update', async () => {
    const future = { ...assessmentFixture(), formatVersion: 7 }
    await writeFile(join(folder, `${future.id}.assessment.json`), JSON.stringify(future))
    const result = await repository.load(future.id)
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-file' } })
    expect(!result.ok && result.error.message).toContain('newer version of the app')
  })

  it('ignores temporary files a crash left behind', async () => {
    await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    await writeFile(join(folder, '.saving-x.assessment.json.abc123'), '{"half":')
    const list = await repository.list()
    expect(list.assessments).toHaveLength(1)
    expect(list.problems).toEqual([])
  })

  it('moves a deleted assessment to the trash instead of erasing it', async () => {
    const created = await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    expect(await repository.remove(created.id)).toEqual({ ok: true, value: null })
    expect((await repository.list()).assessments).toEqual([])
    expect(await readdir(join(folder, 'trash'))).toEqual([`${created.id}.assessment.json`])
    expect(await repository.remove(created.id)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('reports a missing assessment as not found', async () => {
    expect(await repository.load('00000000-0000-4000-8000-00000000ffff')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('undoes a deletion by restoring the file from the trash', async () => {
    const created = await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    await repository.remove(created.id)
    expect(await repository.restore(created.id)).toEqual({ ok: true, value: null })
    expect(await repository.load(created.id)).toEqual({ ok: true, value: created })
    expect(await repository.restore(created.id)).toMatchObject({ ok: false })
  })

  it('duplicates an assessment for a follow-up, linked to the original and with its answers', async () => {
    const created = await repository.create({ country: 'KEN', period: '2026' }, CORE_QUESTIONNAIRE)
    const answered = {
      ...created,
      isArchived: true,
      answers: { 'cbm.poc-designated': Answer.parse({ current: { kind: 'level', level: 2 } }) },
    }
    await repository.save(answered)
    const copy = await repository.duplicate(created.id, new Date('2027-06-01T00:00:00Z'))
    if (!copy.ok) throw new Error(copy.error.message)
    expect(copy.value).toMatchObject({
      derivedFrom: created.id,
      isArchived: false,
      createdAt: '2027-06-01T00:00:00.000Z',
      answers: answered.answers,
    })
    expect(copy.value.id).not.toBe(created.id)
    expect((await repository.list()).assessments).toHaveLength(2)
  })
})
