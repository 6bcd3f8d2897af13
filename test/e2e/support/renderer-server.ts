import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { contentTypeFor, resolveBundlePath } from '../../../electron/main/security/app-protocol'
import { securityHeaders } from '../../../electron/main/security/content-security-policy'
import { APP_ORIGIN } from '../../../electron/main/security/trusted-url'

export const BUILT_RENDERER = resolve('out/renderer')

/**
 * Serves the built renderer on loopback with the same path resolver and security headers as the
 * app:// protocol, so the browser tests load exactly what the app loads, under the same CSP.
 */
export async function startRendererServer(bundleRoot = BUILT_RENDERER): Promise<{
  origin: string
  close: () => Promise<void>
}> {
  const server: Server = createServer((request, response) => {
    const resolved = resolveBundlePath(`${APP_ORIGIN}${request.url ?? '/'}`, bundleRoot)
    if (request.method !== 'GET' || !resolved.ok) {
      response.writeHead(resolved.ok ? 405 : resolved.status).end()
      return
    }
    readFile(resolved.filePath).then(
      (body) => {
        response.writeHead(200, {
          ...securityHeaders(),
          'Content-Type': contentTypeFor(resolved.filePath),
        })
        response.end(body)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
