import type { AppApi } from '../../../../shared/api/contract'
import { navigationStore } from '../../app/navigation-store'

export type OpenFileOutcome =
  | { kind: 'cancelled' }
  | { kind: 'merging' }
  | { kind: 'reviewing' }
  | { kind: 'added'; fileName: string }
  | { kind: 'failed'; message: string }

/**
 * File > Import…: asks the main process to open a file, then routes it. A working copy of an
 * assessment on this computer opens that assessment with the merge dialog; one of an assessment
 * this computer has never seen is added as it is (nothing here to overwrite). A needs submission
 * opens read-only for review.
 */
export async function openFileAndRoute(api: AppApi): Promise<OpenFileOutcome> {
  const opened = await api.openFile()
  if (!opened.ok) {
    return opened.error.code === 'cancelled'
      ? { kind: 'cancelled' }
      : { kind: 'failed', message: opened.error.message }
  }
  if (opened.value.kind === 'submission') {
    navigationStore.getState().review(opened.value)
    return { kind: 'reviewing' }
  }
  const { fileName, copy, hasLocalAssessment } = opened.value
  if (hasLocalAssessment) {
    navigationStore.getState().openAssessment(copy.assessment.id, { fileName, copy })
    return { kind: 'merging' }
  }
  const saved = await api.saveAssessment(copy.assessment)
  if (!saved.ok) return { kind: 'failed', message: saved.error.message }
  navigationStore.getState().openAssessment(copy.assessment.id)
  return { kind: 'added', fileName }
}
