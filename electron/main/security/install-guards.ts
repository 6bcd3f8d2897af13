import type { Session, WebContents } from 'electron'
import { isAllowedExternalUrl } from './external-links'
import { isAllowedNavigation, isAllowedRequestUrl } from './request-filter'

/**
 * Applies the security decisions to one web contents: no navigation, no redirects, no new
 * windows, no <webview>. Allow-listed https links go to the user's browser instead.
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault()
    if (isAllowedExternalUrl(url)) openExternal(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/** Denies every permission (camera, notifications, …) and blocks every request that is not local. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url) }),
  )
}
