import { createStore } from 'zustand/vanilla'
import type { ItemQuery } from '../../../../shared/assessment/item-filter'

export type WalkthroughMode = 'single' | 'list'

export interface WalkthroughState {
  mode: WalkthroughMode
  /** The item shown in single mode, and the anchor of the section in list mode. */
  itemId: string
  query: ItemQuery
  setMode: (mode: WalkthroughMode) => void
  showItem: (itemId: string) => void
  setQuery: (patch: Partial<ItemQuery>) => void
}

/** Where the team is in the questionnaire and what it filters on: view state, never saved. */
export function createWalkthroughStore(firstItemId: string) {
  return createStore<WalkthroughState>()((set) => ({
    mode: 'single',
    itemId: firstItemId,
    query: { filter: 'all', text: '' },
    setMode: (mode) => set({ mode }),
    showItem: (itemId) => set({ itemId }),
    setQuery: (patch) => set((state) => ({ query: { ...state.query, ...patch } })),
  }))
}

export type WalkthroughStore = ReturnType<typeof createWalkthroughStore>
