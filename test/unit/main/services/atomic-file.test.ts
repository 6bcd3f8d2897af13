import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../electron/main/services/atomic-file'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-atomic-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('atomic writes', () => {
  it('replaces the file with the new contents', async () => {
    const file = join(folder, 'a.json')
    await writeFile(file, 'old')
    await writeFileAtomic(file, 'new')
    expect(await readFile(file, 'utf8')).toBe('new')
    expect(await readdir(folder)).toEqual(['a.json'])
  })

  it('a save interrupted between write and rename leaves the previous version intact', async () => {
    const file = join(folder, 'a.json')
    await writeFile(file, '{"version":1}')
    const crash = async () => {
      throw new Error('power cut')
    }
    await expect(writeFileAtomic(file, '{"version":2}', { rename: crash })).rejects.toThrow(
      'power cut',
    )
    expect(await readFile(file, 'utf8')).toBe('{"version":1}')
    // The half-done temporary file is cleaned up, not left to accumulate.
    expect(await readdir(folder)).toEqual(['a.json'])
  })

  it('creates the file when none existed', async () => {
    const file = join(folder, 'fresh.json')
    await writeFileAtomic(file, 'hello')
    expect(await readFile(file, 'utf8')).toBe('hello')
  })
})
