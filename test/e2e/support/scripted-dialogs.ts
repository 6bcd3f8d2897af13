import type { FileDialogs } from '../../../electron/main/services/file-dialogs'

/**
 * Native dialogs answered by the test: it says beforehand which path the "user" will pick.
 * A dialog the test did not expect is a failure, not a silent cancel.
 */
export class ScriptedDialogs implements FileDialogs {
  private readonly savePaths: (string | null)[] = []
  private readonly openPaths: (string | null)[] = []

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
