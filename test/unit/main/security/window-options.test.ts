import { describe, expect, it } from 'vitest'
import {
  MIN_WINDOW_SIZE,
  mainWindowOptions,
} from '../../../../electron/main/security/window-options'

const bounds = { x: 10, y: 20, width: 1280, height: 800 }

describe('the main window', () => {
  it('has exactly the secure webPreferences, each set explicitly', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs', bounds, 'App')
    // toEqual on the whole object: adding, removing or flipping any preference fails here first.
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
    expect(mainWindowOptions('/p', bounds, 'App').show).toBe(false)
  })

  it('opens at the given bounds with the product name and the layout minimum', () => {
    expect(mainWindowOptions('/p', bounds, 'Cyber Capacity Needs Assessment')).toMatchObject({
      ...bounds,
      title: 'Cyber Capacity Needs Assessment',
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    })
  })
})
