import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The file operations an atomic write needs; injectable so a test can "crash" between steps. */
export interface AtomicWriteSteps {
  rename: (from: string, to: string) => Promise<void>
}

const defaultSteps: AtomicWriteSteps = { rename }

/** Temporary files start with this, so a folder scan can skip what a crash left behind. */
export const TEMP_FILE_PREFIX = '.saving-'

/**
 * Writes `contents` to `filePath` so that a reader (or a crash, or a power cut) sees either the
 * previous file or the new one, never half of either: write a sibling temp file, flush it to disk,
 * then rename it over the target (atomic on the same file system).
 */
export async function writeFileAtomic(
  filePath: string,
  contents: string | Uint8Array,
  steps: AtomicWriteSteps = defaultSteps,
): Promise<void> {
  const tempPath = join(
    dirname(filePath),
    `${TEMP_FILE_PREFIX}${basename(filePath)}.${randomBytes(6).toString('hex')}`,
  )
  const handle = await open(tempPath, 'wx', 0o600)
  try {
    await handle.writeFile(contents)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await steps.rename(tempPath, filePath)
  } catch (error) {
    await rm(tempPath, { force: true })
    throw error
  }
}
