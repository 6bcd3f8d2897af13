import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

/** The screen on show. The app has few screens, so a tiny store replaces a router. */
export type Screen = { name: 'home' } | { name: 'assessment'; assessmentId: string }

interface NavigationState {
  screen: Screen
  goHome: () => void
  openAssessment: (assessmentId: string) => void
}

export const navigationStore = createStore<NavigationState>()((set) => ({
  screen: { name: 'home' },
  goHome: () => set({ screen: { name: 'home' } }),
  openAssessment: (assessmentId) => set({ screen: { name: 'assessment', assessmentId } }),
}))

export function useNavigation<T>(selector: (state: NavigationState) => T): T {
  return useStore(navigationStore, selector)
}
