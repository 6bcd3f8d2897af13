import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contentTypeFor,
  createAppProtocolHandler,
  resolveBundlePath,
} from '../../../../electron/main/security/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/security/content-security-policy'

const ROOT = '/opt/app/renderer'

describe('resolveBundlePath', () => {
  it.each([
    ['app://bundle/', '/opt/app/renderer/index.html'],
    ['app://bundle/index.html', '/opt/app/renderer/index.html'],
    ['app://bundle/assets/index-abc.js?v=1#x', '/opt/app/renderer/assets/index-abc.js'],
    ['app://bundle/assets/a%20b.css', '/opt/app/renderer/assets/a b.css'],
    ['app://bundle/assets/../index.html', '/opt/app/renderer/index.html'],
    // The URL parser itself clamps dot segments at the root, so these stay inside the bundle.
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', '/opt/app/renderer/etc/passwd'],
    ['app://bundle/../../etc/passwd', '/opt/app/renderer/etc/passwd'],
  ])('serves %s from the bundle', (url, filePath) => {
    expect(resolveBundlePath(url, ROOT)).toEqual({ ok: true, filePath })
  })

  it.each([
    ['app://bundle/..%2f..%2fetc/passwd', 403],
    ['app://bundle/assets/..%2F..%2F..%2Fsecret', 403],
    ['app://bundle/assets/..%5c..%5csecret', 400],
    ['app://bundle/index.html%00.png', 400],
    ['app://bundle/%E0%A4%A', 400],
    ['app://evil/index.html', 403],
    ['app://bundle.evil/index.html', 403],
    ['app://user@bundle/index.html', 403],
    ['file:///etc/passwd', 403],
    ['https://bundle/index.html', 403],
    ['not a url', 403],
  ])('refuses %s', (url, status) => {
    expect(resolveBundlePath(url, ROOT)).toEqual({ ok: false, status })
  })

  it('never escapes to a sibling folder sharing the prefix', () => {
    expect(resolveBundlePath('app://bundle/..%2frenderer-secrets/key', ROOT)).toEqual({
      ok: false,
      status: 403,
    })
  })
})

describe('contentTypeFor', () => {
  it('names the types the bundle uses and falls back to opaque bytes', () => {
    expect(contentTypeFor('/a/index.HTML')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/a/x.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/a/font.woff2')).toBe('font/woff2')
    expect(contentTypeFor('/a/payload.exe')).toBe('application/octet-stream')
  })
})

describe('the app:// handler', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ccna-protocol-'))
    await mkdir(join(root, 'bundle', 'assets'), { recursive: true })
    await writeFile(join(root, 'bundle', 'index.html'), '<!doctype html><p>hi</p>')
    await writeFile(join(root, 'secret.txt'), 'do not serve')
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('serves files with the CSP and nosniff headers', async () => {
    const handle = createAppProtocolHandler(join(root, 'bundle'))
    const response = await handle(new Request('app://bundle/index.html'))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<p>hi</p>')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('refuses traversal, missing files and writes', async () => {
    const handle = createAppProtocolHandler(join(root, 'bundle'))
    expect((await handle(new Request('app://bundle/..%2fsecret.txt'))).status).toBe(403)
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404)
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST' }))).status).toBe(
      405,
    )
  })
})

describe('the Content-Security-Policy', () => {
  it('denies by default, allows no network and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('is the same policy the page declares in its meta tag', () => {
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })
})
