import { vi } from 'vitest'

// The real `electron` module downloads its binary on import; tests get a fake instead.
vi.mock('electron', () => import('./fakes/electron'))
