import { defineConfig } from 'vitest/config'

// The real-Electron smoke suite: `npm run test:electron`, on a machine that has the runtime.
export default defineConfig({
  test: {
    include: ['test/electron-e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
