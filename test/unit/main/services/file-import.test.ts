import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES, readImportFile } from '../../../../electron/main/services/file-import'
import { createWorkingCopy } from '../../../../shared/assessment/working-copy'
import { assessmentFixture } from '../../../support/assessment-fixtures'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-import-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

async function fileWith(name: string, contents: string | Buffer): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, contents)
  return path
}

describe('opening a file', () => {
  it('recognises a working copy and returns it validated', async () => {
    const copy = createWorkingCopy(assessmentFixture(), new Date('2026-11-02T10:00:00Z'))
    const result = await readImportFile(await fileWith('ken.ccna-working', JSON.stringify(copy)))
    expect(result).toEqual({
      ok: true,
      value: { kind: 'working-copy', fileName: 'ken.ccna-working', copy },
    })
  })

  it.each([
    [
      'truncated.json',
      '{"format":"cyber-capacity-needs/working-copy","formatVer',
      'not JSON, or it is incomplete',
    ],
    ['photo.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'not JSON'],
    ['other.json', '{"hello":"world"}', 'not a file this app can open'],
    ['null.json', 'null', 'not a file this app can open'],
    [
      'future.json',
      JSON.stringify({ format: 'cyber-capacity-needs/working-copy', formatVersion: 9 }),
      'newer version of the app',
    ],
  ])('refuses %s with a clear message', async (name, contents, message) => {
    const result = await readImportFile(await fileWith(name, contents))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toContain(name)
    expect(!result.ok && result.error.message).toContain(message)
  })

  it('names the damaged field of a tampered working copy', async () => {
    const copy = createWorkingCopy(assessmentFixture(), new Date('2026-11-02T10:00:00Z'))
    const tampered = {
      ...copy,
      assessment: { ...copy.assessment, answers: { x: { current: { kind: 'level', level: 9 } } } },
    }
    const result = await readImportFile(await fileWith('tampered.json', JSON.stringify(tampered)))
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-file' } })
    expect(!result.ok && result.error.message).toContain('assessment.answers.x.current')
  })

  it('refuses a huge file without reading it into memory', async () => {
    const path = join(folder, 'huge.json')
    await writeFile(path, '')
    const { truncate } = await import('node:fs/promises')
    await truncate(path, MAX_IMPORT_BYTES + 1)
    const result = await readImportFile(path)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toContain('too large')
  })

  it('refuses a folder and a missing file', async () => {
    await mkdir(join(folder, 'dir.json'))
    expect(await readImportFile(join(folder, 'dir.json'))).toMatchObject({ ok: false })
    expect(await readImportFile(join(folder, 'missing.json'))).toMatchObject({
      ok: false,
      error: { code: 'io-error' },
    })
  })
})
