import { dialog, type BrowserWindow } from 'electron'
import type { FileDialogs } from './services/file-dialogs'

/** The services' open and save dialogs, as native sheets of the main window. */
export function nativeFileDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = window()
      const options = { title, defaultPath: defaultName, filters }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const parent = window()
      const options = { title, filters, properties: ['openFile' as const] }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseOpenPaths({ title, filters, folder }) {
      const parent = window()
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = folder
        ? ['openDirectory']
        : ['openFile', 'multiSelections']
      const options = { title, filters, properties }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
  }
}
