import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../../electron/main/security/window-options'

describe('the main window', () => {
  it('has exactly the secure webPreferences, each set explicitly', () => {
    const options = mainWindowOptions(
      '/app/out/preload/index.cjs',
      { x: 0, y: 0, width: 1280, height: 800 },
      'App',
    )
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    })
  })

  it('stays hidden until its first paint is ready', () => {
    expect(mainWindowOptions('/p', { x: 0, y: 0, width: 1, height: 1 }, 'App').show).toBe(false)
  })
})
