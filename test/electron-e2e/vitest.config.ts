import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The real-Electron smoke suite, outside `npm test`: `npm run test:electron`, on a machine that
// has the Electron runtime. Paths are relative to the repository root, wherever vitest starts.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/electron-e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Electron at a time.
    fileParallelism: false,
  },
})
