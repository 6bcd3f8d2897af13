import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { initI18n } from '../renderer/src/i18n/i18n'

beforeAll(async () => {
  await initI18n('en')
})
afterEach(cleanup)
