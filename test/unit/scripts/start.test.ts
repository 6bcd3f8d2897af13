import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const scratch = mkdtempSync(join(tmpdir(), 'ccna-start-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The launcher's environment without any Electron download or runtime settings of this machine. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_config_electron|npm_package_config_electron|electron_)/i.test(key),
    ),
  )
  return { ...env, ...extra }
}

function start(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
    encoding: 'utf8',
    env: cleanEnv(env),
    timeout: 60_000,
  })
  return { status: result.status, output: result.stdout + result.stderr }
}

/** What every failure must look like: one paragraph in words, nothing a user would not read. */
function expectOneParagraph(output: string) {
  expect(output.trim().split('\n')).toHaveLength(1)
  expect(output).toMatch(/^Cannot open Cyber Capacity Needs Assessment: /)
  expect(output).toContain('`npm install` then `npm start`')
  expect(output).toContain('`npx install-electron`')
  expect(output).toContain('ELECTRON_OVERRIDE_DIST_PATH')
  expect(output).toContain('`npm test`')
  expect(output).not.toMatch(/^\s+at /m)
  expect(output).not.toMatch(/Error:/)
  expect(output).not.toMatch(/node_modules|\.js:\d+/)
}

// Release and developer machines may have the runtime (these do not); there, `npm start` would
// really build and open the app, so the tests that need it missing are skipped.
const hasRuntime = existsSync(join('node_modules', 'electron', 'path.txt'))

describe('npm start without the Electron runtime', () => {
  it.skipIf(hasRuntime).each([[['--check-only']], [[]]])(
    'explains, when the runtime cannot be downloaded, what is wrong and what to do (%j)',
    (args) => {
      // A mirror that refuses connections and an empty cache: the download fails at once,
      // exactly as it does on a machine that cannot reach github.com.
      const { status, output } = start(args, {
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: join(scratch, 'empty-cache'),
      })
      expect(status).toBe(1)
      expectOneParagraph(output)
      expect(output).toContain(
        'the Electron runtime is not installed and it could not be downloaded',
      )
      expect(output).toContain('may be offline')
    },
  )

  it('names ELECTRON_OVERRIDE_DIST_PATH when it points at a folder without the runtime', () => {
    const { status, output } = start(['--check-only'], {
      ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'no-runtime-here'),
    })
    expect(status).toBe(1)
    expectOneParagraph(output)
    expect(output).toContain(
      `not in ELECTRON_OVERRIDE_DIST_PATH (${join(scratch, 'no-runtime-here')})`,
    )
  })

  it.skipIf(hasRuntime)(
    'does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set',
    () => {
      const { status, output } = start(['--check-only'], {
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        // Would make any download attempt fail loudly with a different message.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      })
      expect(status).toBe(1)
      expectOneParagraph(output)
      expect(output).toContain(': the Electron runtime is not installed. To run the app')
    },
  )
})

describe('npm start with the Electron runtime', () => {
  it('finds the runtime in ELECTRON_OVERRIDE_DIST_PATH and stops there with --check-only', () => {
    const dist = join(scratch, 'dist')
    const executable =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron'
    mkdirSync(dirname(join(dist, executable)), { recursive: true })
    writeFileSync(join(dist, executable), '')
    const { status, output } = start(['--check-only'], { ELECTRON_OVERRIDE_DIST_PATH: dist })
    expect(status).toBe(0)
    expect(output.trim()).toBe(`Electron runtime found: ${join(dist, executable)}`)
  })
})
