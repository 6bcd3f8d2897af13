import { fail, ok, type ApiResult } from '../../../shared/api/result'
import type { ReportModel } from '../../../shared/report/report-model'
import {
  Submission,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
} from '../../../shared/submission/submission'
import {
  contentDigest,
  isValidSignature,
  keyFingerprint,
  signDigest,
  type SigningKeyPair,
} from './integrity'

export function createSubmission(content: ReportModel, key?: SigningKeyPair): Submission {
  const digest = contentDigest(content)
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_FORMAT_VERSION,
    content,
    integrity: { algorithm: 'sha256', digest },
    ...(key
      ? {
          signature: {
            algorithm: 'ed25519' as const,
            publicKey: key.publicKeyDer,
            value: signDigest(digest, key.privateKeyPem),
          },
        }
      : {}),
  }
}

/** What a reader learns from checking a submission, in terms a program officer can act on. */
export interface SubmissionCheck {
  submission: Submission
  isIntact: boolean
  signature: { status: 'none' } | { status: 'valid' | 'invalid'; fingerprint: string }
  /** One sentence for the user: intact or altered, and signed by whom. */
  verdict: string
}

/**
 * Parses and verifies a submission. A file that is not a valid submission is an error with a
 * reason; a valid file whose content no longer matches its digest (or signature) is returned
 * with `isIntact: false`, so review mode can say so plainly and show nothing from it as fact.
 */
export function checkSubmission(json: unknown, fileName: string): ApiResult<SubmissionCheck> {
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion
  if (typeof version === 'number' && version > SUBMISSION_FORMAT_VERSION) {
    return fail(
      'unsupported-version',
      `${fileName} was made by a newer version of the app; update the app to open it.`,
    )
  }
  const parsed = Submission.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return fail(
      'corrupt-file',
      `${fileName} is not a valid submission${where}: ${issue?.message ?? 'invalid'}.`,
    )
  }
  const submission = parsed.data
  const digest = contentDigest(submission.content)
  const isIntact = digest === submission.integrity.digest
  let signature: SubmissionCheck['signature'] = { status: 'none' }
  if (submission.signature) {
    const fingerprint = keyFingerprint(submission.signature.publicKey)
    const valid =
      isIntact &&
      isValidSignature(
        submission.integrity.digest,
        submission.signature.value,
        submission.signature.publicKey,
      )
    signature = { status: valid ? 'valid' : 'invalid', fingerprint }
  }
  const verdict = !isIntact
    ? `${fileName} has been altered since it was exported: its content does not match its digest.`
    : signature.status === 'invalid'
      ? `${fileName} carries a signature that does not match its content.`
      : signature.status === 'valid'
        ? `${fileName} is intact and signed with the key ${signature.fingerprint}. Confirm this fingerprint with the sender.`
        : `${fileName} is intact (unchanged since export). It is not signed.`
  return ok({
    submission,
    isIntact: isIntact && signature.status !== 'invalid',
    signature,
    verdict,
  })
}
