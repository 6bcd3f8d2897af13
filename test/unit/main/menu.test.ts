import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu'
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/api/contract'

function menu(overrides: Partial<Pick<MenuActions, 'isMac' | 'isPackaged' | 'appName'>> = {}) {
  const spies = {
    send: vi.fn<(command: MenuCommand) => void>(),
    showAbout: vi.fn<() => void>(),
    openDocumentation: vi.fn<() => void>(),
  }
  const template = buildMenuTemplate({
    isMac: false,
    isPackaged: true,
    appName: 'Cyber Capacity Needs Assessment',
    ...spies,
    ...overrides,
  })
  return { actions: spies, template }
}

const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  (template.find((entry) => entry.label === label)?.submenu ?? []) as MenuItemConstructorOptions[]
const labelled = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.label)
const roles = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.role).map((item) => item.role)
const click = (item: MenuItemConstructorOptions | undefined) => {
  expect(item?.click, item?.label).toBeTypeOf('function')
  ;(item?.click as () => void)()
}

describe('the native menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with keyboard mnemonics', () => {
    expect(menu().template.map((entry) => entry.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ])
  })

  it('offers File commands with shortcuts, each sending its command to the window by name', () => {
    const { actions, template } = menu()
    const file = labelled(submenu(template, '&File'))
    expect(file.map((item) => [item.label, item.accelerator])).toEqual([
      ['New assessment', 'CmdOrCtrl+N'],
      ['Open…', 'CmdOrCtrl+O'],
      ['Import…', 'CmdOrCtrl+I'],
      ['Export report…', 'CmdOrCtrl+E'],
    ])
    file.forEach(click)
    expect(actions.send.mock.calls.map(([command]) => command)).toEqual([
      'new-assessment',
      'open-assessment',
      'import-file',
      'export-report',
    ])
  })

  it('can send every command the renderer listens for, and no other', () => {
    const { actions, template } = menu()
    const sent = new Set<MenuCommand>()
    actions.send.mockImplementation((command) => sent.add(command))
    for (const entry of template) {
      labelled(entry.submenu as MenuItemConstructorOptions[])
        .filter((item) => item.click)
        .forEach(click)
    }
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('ends File with a separator and Quit', () => {
    const file = submenu(menu().template, '&File')
    expect(file.at(-2)?.type).toBe('separator')
    expect(file.at(-1)?.role).toBe('quit')
  })

  it('leaves editing to the platform roles, so shortcuts work in every text field', () => {
    expect(roles(submenu(menu().template, '&Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
  })

  it('has zoom and full screen in View, and developer tools only in development', () => {
    expect(roles(submenu(menu().template, '&View'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
    expect(roles(submenu(menu({ isPackaged: false }).template, '&View'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'toggleDevTools',
    ])
  })

  it('opens the documentation and the About box from Help', () => {
    const { actions, template } = menu()
    const help = labelled(submenu(template, '&Help'))
    expect(help.map((item) => item.label)).toEqual([
      'Documentation',
      'About Cyber Capacity Needs Assessment',
    ])
    help.forEach(click)
    expect(actions.openDocumentation).toHaveBeenCalledTimes(1)
    expect(actions.showAbout).toHaveBeenCalledTimes(1)
    expect(actions.send).not.toHaveBeenCalled()
  })

  it('puts the app menu first on macOS, with About and Quit; File closes the window', () => {
    const { actions, template } = menu({ isMac: true })
    expect(template.map((entry) => entry.label)).toEqual([
      'Cyber Capacity Needs Assessment',
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ])
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[]
    click(appMenu[0])
    expect(actions.showAbout).toHaveBeenCalledTimes(1)
    expect(roles(appMenu)).toEqual(['hide', 'hideOthers', 'unhide', 'quit'])
    expect(submenu(template, '&File').at(-1)?.role).toBe('close')
    expect(labelled(submenu(template, '&Help')).map((item) => item.label)).toEqual([
      'Documentation',
    ])
  })
})
