import type { IpcMain } from 'electron'
import { INVOKE_CHANNELS, type InvokeMethod } from '../../../shared/api/contract'
import { dispatchInvoke, type AppServices } from './dispatch'
import type { SenderFrame } from './trusted-sender'

/** Registers one `ipcMain.handle` per contract operation, all through `dispatchInvoke`. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: AppServices,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as InvokeMethod[]) {
    ipcMain.handle(INVOKE_CHANNELS[method], (event, ...args: unknown[]) =>
      dispatchInvoke(
        services,
        method,
        { frame: event.senderFrame, isTrusted: isTrustedSender },
        args,
      ),
    )
  }
}
