import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { securityHeaders } from './content-security-policy'
import { isAppUrl } from './trusted-url'

export type BundlePath = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 }

/**
 * Maps an app:// URL to a file inside the built renderer, or refuses. Decoding happens before the
 * containment check, so `%2e%2e%2f` and `%5c` cannot climb out of the bundle.
 */
export function resolveBundlePath(requestUrl: string, bundleRoot: string): BundlePath {
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403 }
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 }

  const root = resolve(bundleRoot)
  const filePath = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)
  const fromRoot = relative(root, filePath)
  const isInside =
    fromRoot !== '' &&
    !fromRoot.startsWith(`..${sep}`) &&
    fromRoot !== '..' &&
    !isAbsolute(fromRoot)
  return isInside ? { ok: true, filePath } : { ok: false, status: 403 }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/** Unknown extensions are served as opaque bytes, which `nosniff` keeps from being executed. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** The `protocol.handle('app', …)` handler: serves the bundle read-only, with the security headers. */
export function createAppProtocolHandler(
  bundleRoot: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 })
    const resolved = resolveBundlePath(request.url, bundleRoot)
    if (!resolved.ok) return new Response(null, { status: resolved.status })
    try {
      const body = await readFile(resolved.filePath)
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(resolved.filePath) },
      })
    } catch {
      return new Response(null, { status: 404 })
    }
  }
}
