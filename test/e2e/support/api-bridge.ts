import type { BrowserContext } from 'playwright-core'
import { INVOKE_CHANNELS, type MenuCommand } from '../../../shared/api/contract'
import { fail } from '../../../shared/api/result'
import {
  dispatchInvoke,
  isInvokeMethod,
  type AppServices,
} from '../../../electron/main/ipc/dispatch'
import type { SenderFrame } from '../../../electron/main/ipc/trusted-sender'

/**
 * The test transport: stands in for the preload + ipcMain pair. `window.api` in the page forwards
 * each call through a Playwright binding to `dispatchInvoke` with the real services, so sender
 * checks, payload validation and storage all run as in the app; only Electron's IPC is swapped.
 */
export async function installApiBridge(
  context: BrowserContext,
  services: AppServices,
  rendererOrigin: string,
): Promise<void> {
  // The harness's own sender rule: the top frame of the served renderer, nothing else.
  const isTrusted = (frame: SenderFrame | null) =>
    frame !== null && frame.parent === null && new URL(frame.url).origin === rendererOrigin

  await context.exposeBinding('__ccnaInvoke', async (source, method: string, args: unknown[]) => {
    if (!isInvokeMethod(method)) return fail('invalid-request', `Unknown operation ${method}.`)
    const frame = { url: source.frame.url(), parent: source.frame.parentFrame() }
    return dispatchInvoke(services, method, { frame, isTrusted }, Array.isArray(args) ? args : [])
  })

  // Built from the contract's method names, so the page's API cannot drift from the preload's.
  await context.addInitScript((methods: string[]) => {
    const w = window as unknown as Record<string, unknown>
    const invoke = w.__ccnaInvoke as (method: string, args: unknown[]) => Promise<unknown>
    const listeners = new Set<(command: string) => void>()
    const api: Record<string, unknown> = {}
    for (const method of methods) api[method] = (...args: unknown[]) => invoke(method, args)
    api.onMenuCommand = (listener: (command: string) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
    w.__ccnaMenu = (command: string) => listeners.forEach((listener) => listener(command))
    // Files handed over by the operating system do not exist in the browser harness.
    api.onFileOpened = () => () => undefined
    api.onImportProgress = () => () => undefined
    w.api = Object.freeze(api)
  }, Object.keys(INVOKE_CHANNELS))
}

/** Sends a native-menu command to the page, as the Electron menu would. */
export type MenuSender = (command: MenuCommand) => Promise<void>
