/** A kind of file the user picks, as native dialogs describe it. */
export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * The native open and save dialogs, as the services need them. Electron implements this with
 * `dialog`; the browser test harness answers with paths the test chose. `null` means cancelled.
 */
export interface FileDialogs {
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | null>
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Several files, or one folder; an empty list means cancelled. */
  chooseOpenPaths(options: {
    title: string
    filters: FileFilter[]
    folder: boolean
  }): Promise<string[]>
}
