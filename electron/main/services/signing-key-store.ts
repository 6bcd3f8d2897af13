import { chmod, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-file'
import { generateSigningKey, keyFingerprint, type SigningKeyPair } from './integrity'

const KEY_FILE = 'team-signing-key.json'

/**
 * The team's Ed25519 key, kept in the app's data folder (readable by this user only). It is made
 * when the team asks for one and never leaves the machine; only its public half is exported.
 */
export class SigningKeyStore {
  constructor(private readonly folder: string) {}

  async load(): Promise<SigningKeyPair | null> {
    try {
      const parsed = JSON.parse(
        await readFile(join(this.folder, KEY_FILE), 'utf8'),
      ) as Partial<SigningKeyPair>
      return typeof parsed.privateKeyPem === 'string' && typeof parsed.publicKeyDer === 'string'
        ? { privateKeyPem: parsed.privateKeyPem, publicKeyDer: parsed.publicKeyDer }
        : null
    } catch {
      return null
    }
  }

  async fingerprint(): Promise<string | null> {
    const key = await this.load()
    return key ? keyFingerprint(key.publicKeyDer) : null
  }

  async create(): Promise<string> {
    const key = generateSigningKey()
    await mkdir(this.folder, { recursive: true })
    const path = join(this.folder, KEY_FILE)
    await writeFileAtomic(path, JSON.stringify(key))
    await chmod(path, 0o600)
    return keyFingerprint(key.publicKeyDer)
  }
}
