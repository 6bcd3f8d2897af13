// `npm start`: builds the app and opens it in Electron. Where the Electron runtime is missing and
// cannot be fetched, it explains why in one paragraph and exits with status 1, never a stack trace.
// `--check-only` performs only the runtime check (used by tests and by `npm run test:electron`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const checkOnly = process.argv.includes('--check-only')
/** Electron downloads its runtime on first use; on a slow link that can take a while. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000

function explainAndExit(reason) {
  console.error(
    [
      `Cannot open Cyber Capacity Needs Assessment: ${reason}.`,
      'The Electron runtime is downloaded from github.com the first time the app starts, and this',
      'machine could not download it (it may be offline or behind a restrictive network).',
      'To run the app, use a computer with internet access and run `npm install` then `npm start`',
      'there, or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an Electron 45 build you already have.',
      'Everything else can still be checked here with `npm test`, which drives the built app in',
      'headless Chromium against the real main-process services.',
    ].join(' '),
  )
  process.exit(1)
}

/** Resolves the runtime in a child process, so a failed download cannot print a stack trace here. */
function electronBinary() {
  const require = createRequire(join(root, 'package.json'))
  try {
    require.resolve('electron')
  } catch {
    explainAndExit('its dependencies are not installed (run `npm install` first)')
  }
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: root,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  })
  const binary = result.status === 0 ? result.stdout.trim() : ''
  if (!binary || !existsSync(binary)) explainAndExit('the Electron runtime is not installed')
  return binary
}

const binary = electronBinary()
if (checkOnly) {
  console.log(`Electron runtime found: ${binary}`)
  process.exit(0)
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
if (build.status !== 0) {
  console.error('The build failed; see the messages above.')
  process.exit(build.status ?? 1)
}

const app = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' })
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
