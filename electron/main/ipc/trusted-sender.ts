import { isAppUrl } from '../security/trusted-url'

/** The parts of Electron's `WebFrameMain` the sender check needs. */
export interface SenderFrame {
  url: string
  parent: unknown
}

/**
 * Only the app's own top frame may call the API: a frame that navigated elsewhere, an iframe,
 * or a destroyed frame (null) is refused. Checked on every message, not once per window.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url)
}
