import type { Rectangle } from 'electron'
import Store from 'electron-store'

/** Preferences only. Assessments are documents and live in their own files, never in here. */
export interface Settings {
  windowBounds?: Rectangle
  isMaximized: boolean
  /** The assessment to reopen on start. A stale id is harmless: the repository reports it missing. */
  lastAssessmentId?: string
  language: string
}

export type SettingsStore = Store<Settings>

const BOUNDS_SCHEMA = {
  type: 'object',
  properties: {
    x: { type: 'integer' },
    y: { type: 'integer' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
  required: ['x', 'y', 'width', 'height'],
  additionalProperties: false,
} as const

/**
 * Window position, language and the last assessment, in the app's data folder. Settings are not
 * precious: a damaged file is reset rather than stopping the app from starting. `cwd` is the
 * folder to keep them in (tests pass a temp folder); by default it is Electron's userData.
 */
export function createSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  return new Store<Settings>({
    name: 'settings',
    cwd: options.cwd,
    clearInvalidConfig: true,
    defaults: { isMaximized: false, language: 'en' },
    schema: {
      windowBounds: BOUNDS_SCHEMA,
      isMaximized: { type: 'boolean' },
      // The same shape as `AssessmentId` in shared/assessment: the id names a file on disk.
      lastAssessmentId: { type: 'string', pattern: '^[a-z0-9-]{8,64}$' },
      language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
    },
  })
}
