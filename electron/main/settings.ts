import type { Rectangle } from 'electron'
import Store from 'electron-store'

export interface Settings {
  windowBounds?: Rectangle
  language: string
}

const BOUNDS_SCHEMA = {
  type: 'object',
  properties: {
    x: { type: 'integer' },
    y: { type: 'integer' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
  required: ['x', 'y', 'width', 'height'],
} as const

/**
 * Window position and language, in the app's data folder. Settings are not precious: a damaged
 * settings file is reset rather than stopping the app from starting. Assessments live elsewhere.
 */
export function createSettingsStore(options: { cwd?: string } = {}): Store<Settings> {
  return new Store<Settings>({
    name: 'settings',
    cwd: options.cwd,
    clearInvalidConfig: true,
    defaults: { language: 'en' },
    schema: {
      windowBounds: BOUNDS_SCHEMA,
      language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
    },
  })
}
