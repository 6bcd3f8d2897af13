import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { OpenedFile } from '../../../shared/api/contract'
import type { WorkingCopy } from '../../../shared/assessment/working-copy'

/** A needs submission opened read-only for review. */
export type OpenedSubmission = Extract<OpenedFile, { kind: 'submission' }>

/** A working copy the user opened, waiting to be merged into its assessment. */
export interface PendingMerge {
  fileName: string
  copy: WorkingCopy
}

/** The screen on show. The app has few screens, so a tiny store replaces a router. */
export type Screen =
  | { name: 'home' }
  | { name: 'assessment'; assessmentId: string; pendingMerge?: PendingMerge }
  | { name: 'review'; submission: OpenedSubmission }
  | { name: 'collections' }
  | { name: 'collection'; collectionId: string }

interface NavigationState {
  screen: Screen
  goHome: () => void
  openAssessment: (assessmentId: string, pendingMerge?: PendingMerge) => void
  review: (submission: OpenedSubmission) => void
  openCollections: () => void
  openCollection: (collectionId: string) => void
  /** Forgets the pending merge once it was applied or cancelled. */
  clearPendingMerge: () => void
}

export const navigationStore = createStore<NavigationState>()((set) => ({
  screen: { name: 'home' },
  goHome: () => set({ screen: { name: 'home' } }),
  openAssessment: (assessmentId, pendingMerge) =>
    set({ screen: { name: 'assessment', assessmentId, pendingMerge } }),
  review: (submission) => set({ screen: { name: 'review', submission } }),
  openCollections: () => set({ screen: { name: 'collections' } }),
  openCollection: (collectionId) => set({ screen: { name: 'collection', collectionId } }),
  clearPendingMerge: () =>
    set((state) =>
      state.screen.name === 'assessment'
        ? { screen: { name: 'assessment', assessmentId: state.screen.assessmentId } }
        : state,
    ),
}))

export function useNavigation<T>(selector: (state: NavigationState) => T): T {
  return useStore(navigationStore, selector)
}
