import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'

export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const

/**
 * Every webPreference that matters for security is set explicitly, even where Electron's default
 * already agrees, so a future default change or a careless edit shows up in review and in tests.
 */
export function secureWebPreferences(
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
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
    // Lets the user stop a page that loops on alert() or confirm().
    safeDialogs: true,
    // The spellchecker may download Hunspell dictionaries from Google's CDN; the app stays offline.
    spellcheck: false,
  }
}

/** The main window: a minimum size the layout was designed for, and the secure webPreferences. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: Rectangle,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    // Shown on 'ready-to-show', so the user never sees an empty white window.
    show: false,
    backgroundColor: '#f4f6f9',
    webPreferences: secureWebPreferences(preloadPath),
  }
}
