// `npm start`: builds the app and opens it in Electron. Where the Electron runtime is missing and
// cannot be fetched, it explains why in one paragraph and exits with status 1, never a stack trace.
// `--check-only` performs only the runtime check (used by tests and by `npm run test:electron`).
//
// Electron 45 has no install script: `require('electron')` downloads the runtime on first use and
// throws when it cannot. So this script never requires it; it looks for the runtime the way the
// package does (path.txt, dist/version, ELECTRON_OVERRIDE_DIST_PATH) and, when it is missing,
// runs the package's own downloader in a child process with a time limit.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const checkOnly = process.argv.includes('--check-only')
/** The runtime is about 100 MB; a slow link may need minutes, a blocked one must not hang us. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000
/** Fast failures (no network at all) stay silent apart from the final explanation. */
const DOWNLOAD_NOTICE_AFTER_MS = 3000

const WHAT_TO_DO = [
  'To run the app, use a computer with internet access and run `npm install` then `npm start`',
  'there (the first start downloads the runtime from github.com), or run `npx install-electron`',
  'where github.com is reachable, or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an',
  'Electron 45 build you already have.',
  'Everything else can still be checked on this machine with `npm test`, which drives the built',
  'app in headless Chromium against the real main-process services.',
].join(' ')

/** Prints the one paragraph and stops. Nothing else is printed, so there is no stack trace. */
function explainAndExit(problem) {
  console.error(`Cannot open Cyber Capacity Needs Assessment: ${problem}. ${WHAT_TO_DO}`)
  process.exit(1)
}

/** The executable inside an Electron dist folder, as the electron package names it per platform. */
function executableName() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return process.platform === 'win32' ? 'electron.exe' : 'electron'
}

function readTextSync(path) {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return null
  }
}

/**
 * Where the runtime is, or why it is not there. Mirrors `electron/index.js` and the `isInstalled`
 * check of `electron/install.js`, including the version check: a dist folder left over from an
 * older Electron is treated as missing rather than run against code built for Electron 45.
 */
function findRuntime(electronDir) {
  const executable = readTextSync(join(electronDir, 'path.txt')) ?? executableName()
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const binary = join(override, executable)
    return existsSync(binary)
      ? { binary }
      : { problem: `the Electron runtime is not in ELECTRON_OVERRIDE_DIST_PATH (${override})` }
  }
  const binary = join(electronDir, 'dist', executable)
  const wanted = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
  const installed = readTextSync(join(electronDir, 'dist', 'version'))?.replace(/^v/, '')
  return existsSync(binary) && installed === wanted
    ? { binary }
    : { problem: 'the Electron runtime is not installed', canDownload: true }
}

/** Runs the electron package's downloader; resolves to a reason when it did not finish. */
function downloadRuntime(electronDir) {
  return new Promise((resolve) => {
    // Its output (progress, or a stack trace on failure) is collected and dropped: the caller
    // checks the result on disk and explains any failure in words.
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.resume()
    child.stderr.resume()
    const notice = setTimeout(() => {
      console.log('Downloading the Electron runtime from github.com (first start only)…')
    }, DOWNLOAD_NOTICE_AFTER_MS)
    const limit = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS)
    const finish = (reason) => {
      clearTimeout(notice)
      clearTimeout(limit)
      resolve(reason)
    }
    child.on('error', () => finish('the downloader could not be started'))
    child.on('exit', (code, signal) => {
      if (signal)
        finish(`the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 60000} minutes`)
      else if (code !== 0) finish('it could not be downloaded from github.com')
      else finish(null)
    })
  })
}

async function electronBinary() {
  let electronDir
  try {
    electronDir = dirname(
      createRequire(join(root, 'package.json')).resolve('electron/package.json'),
    )
  } catch {
    explainAndExit('its dependencies are not installed (run `npm install` first)')
  }
  const found = findRuntime(electronDir)
  if (found.binary) return found.binary
  if (!found.canDownload || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) explainAndExit(found.problem)

  const failure = await downloadRuntime(electronDir)
  const retry = findRuntime(electronDir)
  if (retry.binary) return retry.binary
  explainAndExit(
    `${retry.problem} and ${failure ?? 'the download left no usable runtime'}` +
      ' (this machine may be offline, or its network may not reach github.com)',
  )
}

/** Runs a child to completion with this terminal; resolves to its exit status. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
    // Ctrl+C reaches the child through the terminal; forward signals sent to this process alone.
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
    child.on('error', () => resolve(1))
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 0)))
  })
}

const binary = await electronBinary()
if (checkOnly) {
  console.log(`Electron runtime found: ${binary}`)
  process.exit(0)
}

const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const buildStatus = await run(process.execPath, [electronVite, 'build'])
if (buildStatus !== 0) {
  console.error('The build failed; see the messages above.')
  process.exit(buildStatus)
}

// A terminal inside another Electron app (VS Code) may export ELECTRON_RUN_AS_NODE, which would
// start Electron as plain Node instead of as the app.
const appEnv = { ...process.env }
delete appEnv.ELECTRON_RUN_AS_NODE
process.exit(await run(binary, ['.'], appEnv))
