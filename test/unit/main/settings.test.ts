import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSettingsStore } from '../../../electron/main/settings'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-settings-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('settings', () => {
  it('remember the window bounds across restarts', () => {
    createSettingsStore({ cwd: folder }).set('windowBounds', {
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
    })
    expect(createSettingsStore({ cwd: folder }).get('windowBounds')).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
    })
  })

  it('start with English and refuse values of the wrong shape', () => {
    const settings = createSettingsStore({ cwd: folder })
    expect(settings.get('language')).toBe('en')
    expect(() => settings.set('language', '../../etc')).toThrow()
  })

  it('reset a damaged settings file instead of stopping the app', async () => {
    await writeFile(join(folder, 'settings.json'), '{"language": "en", "windowBounds": {')
    expect(createSettingsStore({ cwd: folder }).get('language')).toBe('en')
  })
})
