import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  contentDigest,
  generateSigningKey,
  isValidSignature,
  keyFingerprint,
  signDigest,
} from '../../../../electron/main/services/integrity'

describe('content digests', () => {
  it('ignore key order and change with any character of the content', () => {
    const digest = contentDigest({ b: 1, a: { y: 'Kenya', x: [1, 2] } })
    expect(digest).toMatch(/^[0-9a-f]{64}$/)
    expect(contentDigest({ a: { x: [1, 2], y: 'Kenya' }, b: 1 })).toBe(digest)
    expect(contentDigest({ b: 1, a: { y: 'Kenyb', x: [1, 2] } })).not.toBe(digest)
    expect(contentDigest({ b: 1, a: { y: 'Kenya', x: [2, 1] } })).not.toBe(digest)
  })
})

describe('Ed25519 signatures', () => {
  const team = generateSigningKey()
  const digest = contentDigest({ country: 'XAA' })

  it('verify with the signing key and fail with any other key or digest', () => {
    const signature = signDigest(digest, team.privateKeyPem)
    expect(isValidSignature(digest, signature, team.publicKeyDer)).toBe(true)
    expect(isValidSignature(contentDigest({ country: 'XAB' }), signature, team.publicKeyDer)).toBe(
      false,
    )
    expect(isValidSignature(digest, signature, generateSigningKey().publicKeyDer)).toBe(false)
  })

  it('reject garbage and keys of another algorithm instead of throwing', () => {
    const signature = signDigest(digest, team.privateKeyPem)
    expect(isValidSignature(digest, 'not base64!', team.publicKeyDer)).toBe(false)
    expect(isValidSignature(digest, signature, 'AAAA')).toBe(false)
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      format: 'der',
      type: 'spki',
    })
    expect(isValidSignature(digest, signature, rsa.toString('base64'))).toBe(false)
  })

  it('give each key a distinct readable fingerprint', () => {
    expect(keyFingerprint(team.publicKeyDer)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/)
    expect(keyFingerprint(generateSigningKey().publicKeyDer)).not.toBe(
      keyFingerprint(team.publicKeyDer),
    )
  })
})
