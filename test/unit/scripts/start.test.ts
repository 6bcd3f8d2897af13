import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** Runs `npm start`'s launcher with a runtime folder that does not exist, as on a machine without Electron. */
function startWithoutRuntime(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-runtime' },
    timeout: 60_000,
  })
}

describe('npm start without the Electron runtime', () => {
  it.each([[[]], [['--check-only']]])(
    'explains in one paragraph what is wrong and what to do (%j)',
    (args) => {
      const result = startWithoutRuntime(...args)
      expect(result.status).toBe(1)
      const output = result.stdout + result.stderr
      expect(output).toContain(
        'Cannot open Cyber Capacity Needs Assessment: the Electron runtime is not installed.',
      )
      expect(output).toContain('`npm install` then `npm start`')
      expect(output).toContain('`npm test`')
      expect(output.trim().split('\n')).toHaveLength(1)
      expect(output).not.toMatch(/^\s+at /m)
      expect(output).not.toMatch(/Error:/)
    },
  )
})
