import type { AppApi, OpenedFile } from '../../../shared/api/contract'
import type { ApiResult } from '../../../shared/api/result'
import { navigationStore } from './navigation-store'

export type OpenFileOutcome =
  | { kind: 'cancelled' }
  | { kind: 'merging' }
  | { kind: 'reviewing' }
  | { kind: 'added'; fileName: string }
  | { kind: 'failed'; message: string }

/** Largest file the window reads when one is dropped on it; the main process checks again. */
export const MAX_DROPPED_BYTES = 25 * 1024 * 1024

/**
 * Routes a file the main process opened and recognised, however it arrived (File › Import…, a
 * drop on the window, a double-click in the file manager). A working copy of an assessment on
 * this computer opens it with the merge dialog; one of an assessment this computer has never seen
 * is added as it is (nothing here to overwrite). A needs submission opens read-only for review.
 */
export async function routeOpenedFile(
  api: AppApi,
  opened: ApiResult<OpenedFile>,
): Promise<OpenFileOutcome> {
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

/** File › Import…: the open dialog, then routing. */
export async function openFileAndRoute(api: AppApi): Promise<OpenFileOutcome> {
  return routeOpenedFile(api, await api.openFile())
}

/** A file dropped on the window: its content goes to the main process, which recognises it. */
export async function openDroppedFile(api: AppApi, file: File): Promise<OpenFileOutcome> {
  if (file.size > MAX_DROPPED_BYTES) {
    return { kind: 'failed', message: `${file.name} is too large to be a file of this app.` }
  }
  return routeOpenedFile(
    api,
    await api.openDroppedFile({ fileName: file.name, text: await file.text() }),
  )
}
