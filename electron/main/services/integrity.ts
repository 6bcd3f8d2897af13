import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { canonicalJson } from '../../../shared/assessment/canonical-json'

/** SHA-256 over the canonical serialization, so key order and whitespace never matter. */
export function contentDigest(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex')
}

export interface SigningKeyPair {
  privateKeyPem: string
  publicKeyDer: string
}

/** A new Ed25519 key pair for a team; the private half never leaves this computer. */
export function generateSigningKey(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyDer: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  }
}

/**
 * A short, readable fingerprint of a public key (SHA-256, first 16 bytes in groups of four hex
 * digits), to read out over the phone when a regional organization confirms a key out of band.
 */
export function keyFingerprint(publicKeyDer: string): string {
  const hex = createHash('sha256')
    .update(Buffer.from(publicKeyDer, 'base64'))
    .digest('hex')
    .slice(0, 32)
  return hex.match(/.{4}/g)?.join(' ').toUpperCase() ?? ''
}

export function signDigest(digest: string, privateKeyPem: string): string {
  return sign(null, Buffer.from(digest, 'utf8'), privateKeyPem).toString('base64')
}

/** Whether `signature` is a valid Ed25519 signature of `digest` by the key; false on any defect. */
export function isValidSignature(digest: string, signature: string, publicKeyDer: string): boolean {
  let key: KeyObject
  try {
    key = createPublicKey({ key: Buffer.from(publicKeyDer, 'base64'), format: 'der', type: 'spki' })
    if (key.asymmetricKeyType !== 'ed25519') return false
    return verify(null, Buffer.from(digest, 'utf8'), key, Buffer.from(signature, 'base64'))
  } catch {
    return false
  }
}
