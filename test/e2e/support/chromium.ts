import { existsSync } from 'node:fs'

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** Flags for a quiet, offline, headless Chromium (these machines refuse outside connections). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]

/** Finds a Chromium to drive: `CHROMIUM_PATH`, else the usual system paths, else a clear error. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : USUAL_PATHS
  const found = candidates.find((path) => existsSync(path))
  if (found) return found
  throw new Error(
    `No Chromium found for the end-to-end tests (looked at ${candidates.join(', ')}). ` +
      'Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
  )
}
