import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', environment: 'node', include: ['test/unit/shared/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: [
            'test/unit/main/**/*.test.ts',
            'test/unit/scripts/**/*.test.ts',
            'test/unit/cli/**/*.test.ts',
          ],
          setupFiles: ['test/setup-main.ts'],
          // Inline electron-store so the fake `electron` module also applies inside it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/component/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/setup-main.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
