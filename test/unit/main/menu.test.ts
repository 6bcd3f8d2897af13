import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../../electron/main/menu'

function menu(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const send = vi.fn<(command: string) => void>()
  const actions = {
    isMac: false,
    isPackaged: true,
    appName: 'Cyber Capacity Needs Assessment',
    send,
    showAbout: vi.fn(),
    openDocumentation: vi.fn(),
    ...overrides,
  }
  return { actions, send, template: buildMenuTemplate(actions) }
}

const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  (template.find((entry) => entry.label === label)?.submenu ?? []) as MenuItemConstructorOptions[]
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)()

describe('the native menu', () => {
  it('offers File commands with shortcuts that reach the window by name', () => {
    const { send, template } = menu()
    const file = submenu(template, '&File')
    expect(file.filter((item) => item.label).map((item) => [item.label, item.accelerator])).toEqual(
      [
        ['New assessment', 'CmdOrCtrl+N'],
        ['Open…', 'CmdOrCtrl+O'],
        ['Import…', 'CmdOrCtrl+I'],
        ['Export report…', 'CmdOrCtrl+E'],
      ],
    )
    file.filter((item) => item.label).forEach(click)
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'new-assessment',
      'open-assessment',
      'import-file',
      'export-report',
    ])
    expect(file.at(-1)?.role).toBe('quit')
  })

  it('has zoom in View, and developer tools only in development', () => {
    const roles = (template: MenuItemConstructorOptions[]) =>
      submenu(template, '&View').map((item) => item.role)
    expect(roles(menu().template)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']),
    )
    expect(roles(menu().template)).not.toContain('toggleDevTools')
    expect(roles(menu({ isPackaged: false }).template)).toContain('toggleDevTools')
  })

  it('puts About under Help on Windows and Linux, and in the app menu on macOS', () => {
    const { actions, template } = menu()
    click(submenu(template, '&Help').find((item) => item.label?.startsWith('About')))
    expect(actions.showAbout).toHaveBeenCalled()
    const mac = menu({ isMac: true }).template
    expect(mac[0]?.label).toBe('Cyber Capacity Needs Assessment')
    expect(submenu(mac, '&Help').some((item) => item.label?.startsWith('About'))).toBe(false)
  })
})
