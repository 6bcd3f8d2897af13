import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/api/contract'

export interface MenuActions {
  isMac: boolean
  isPackaged: boolean
  appName: string
  /** Forwards a command to the window's renderer. */
  send: (command: MenuCommand) => void
  showAbout: () => void
  openDocumentation: () => void
}

/**
 * The native menu. Commands that the renderer handles are sent to it by name; everything else
 * uses Electron's built-in roles so keyboard shortcuts follow each platform's conventions.
 */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, send } = actions
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  })
  const about: MenuItemConstructorOptions = {
    label: `About ${actions.appName}`,
    click: actions.showAbout,
  }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: actions.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : []

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('New assessment', 'new-assessment', 'CmdOrCtrl+N'),
        command('Open…', 'open-assessment', 'CmdOrCtrl+O'),
        command('Import…', 'import-file', 'CmdOrCtrl+I'),
        command('Export report…', 'export-report', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(actions.isPackaged
          ? []
          : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Documentation', click: actions.openDocumentation },
        ...(isMac ? [] : [{ type: 'separator' } as const, about]),
      ],
    },
  ]
}
