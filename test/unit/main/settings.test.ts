import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSettingsStore } from '../../../electron/main/settings'

// The real electron-store (inlined by the main project so it sees the fake `electron`), writing
// real files in a temp folder.
let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ccna-settings-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

const bounds = { x: -10, y: 20, width: 1200, height: 800 }

describe('settings', () => {
  it('remember the window bounds, maximised state and last assessment across restarts', () => {
    const first = createSettingsStore({ cwd: folder })
    first.set('windowBounds', bounds)
    first.set('isMaximized', true)
    first.set('lastAssessmentId', '0f8e2c1a-5b7d-4e3f-9a21-6c4d8b0e7f13')
    const second = createSettingsStore({ cwd: folder })
    expect(second.get('windowBounds')).toEqual(bounds)
    expect(second.get('isMaximized')).toBe(true)
    expect(second.get('lastAssessmentId')).toBe('0f8e2c1a-5b7d-4e3f-9a21-6c4d8b0e7f13')
  })

  it('are kept in settings.json in the folder they are given', async () => {
    createSettingsStore({ cwd: folder }).set('language', 'fr')
    expect(JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'fr',
    })
  })

  it('start with English, not maximised, no saved bounds and no last assessment', () => {
    const settings = createSettingsStore({ cwd: folder })
    expect(settings.get('language')).toBe('en')
    expect(settings.get('isMaximized')).toBe(false)
    expect(settings.get('windowBounds')).toBeUndefined()
    expect(settings.get('lastAssessmentId')).toBeUndefined()
  })

  it.each([
    ['a language that is a path', 'language', '../../etc'],
    ['a language with markup', 'language', 'en"><script>'],
    ['an assessment id that climbs folders', 'lastAssessmentId', '../../secrets'],
    ['an assessment id with capitals and dots', 'lastAssessmentId', 'Report.json'],
    ['bounds that are not whole numbers', 'windowBounds', { ...bounds, width: 10.5 }],
    ['bounds of zero size', 'windowBounds', { ...bounds, height: 0 }],
    ['bounds with a missing side', 'windowBounds', { x: 0, y: 0, width: 100 }],
    ['bounds with extra fields', 'windowBounds', { ...bounds, script: 'x' }],
  ] as const)('refuse %s', (_why, key, value) => {
    const settings = createSettingsStore({ cwd: folder })
    // The compiler already forbids these values; the schema must refuse them at run time too.
    expect(() => settings.set(key, value as never)).toThrow(/schema violation/)
  })

  it('accept the languages the app can show, with or without a region', () => {
    const settings = createSettingsStore({ cwd: folder })
    for (const language of ['en', 'ar', 'zh', 'fr', 'ru', 'es', 'zh-Hans', 'es-419']) {
      settings.set('language', language)
      expect(settings.get('language')).toBe(language)
    }
  })

  it('reset a file that is not JSON instead of stopping the app', async () => {
    await writeFile(join(folder, 'settings.json'), '{"language": "en", "windowBounds": {')
    expect(createSettingsStore({ cwd: folder }).get('language')).toBe('en')
  })

  it('reset a file edited into the wrong shape instead of stopping the app', async () => {
    await writeFile(
      join(folder, 'settings.json'),
      JSON.stringify({ language: 'fr', windowBounds: { x: 'left', y: 0, width: 1, height: 1 } }),
    )
    const settings = createSettingsStore({ cwd: folder })
    expect(settings.get('windowBounds')).toBeUndefined()
    expect(settings.get('language')).toBe('en')
  })
})
