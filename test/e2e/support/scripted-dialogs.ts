import type { FileDialogs } from '../../../electron/main/services/file-dialogs'

/**
 * Native dialogs answered by the test: it says beforehand which path the "user" will pick.
 * A dialog the test did not expect is a failure, not a silent cancel.
 */
export class ScriptedDialogs implements FileDialogs {
  private readonly savePaths: (string | null)[] = []
  private readonly openPaths: (string | null)[] = []
  private readonly openManyPaths: string[][] = []

  /** The files (or the one folder) the "user" will pick in the next multi-file dialog. */
  willOpenMany(paths: string[]): void {
    this.openManyPaths.push(paths)
  }

  async chooseOpenPaths(): Promise<string[]> {
    const next = this.openManyPaths.shift()
    if (!next) throw new Error('A multi-file open dialog opened that the test did not expect.')
    return next
  }

  willSaveTo(path: string | null): void {
    this.savePaths.push(path)
  }

  willOpen(path: string | null): void {
    this.openPaths.push(path)
  }

  async chooseSavePath(): Promise<string | null> {
    if (this.savePaths.length === 0)
      throw new Error('A save dialog opened that the test did not expect.')
    return this.savePaths.shift() ?? null
  }

  async chooseOpenPath(): Promise<string | null> {
    if (this.openPaths.length === 0)
      throw new Error('An open dialog opened that the test did not expect.')
    return this.openPaths.shift() ?? null
  }
}
