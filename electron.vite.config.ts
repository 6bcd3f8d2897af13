import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      // Bundled rather than imported at run time: its locale data is JSON, which Node's ESM
      // loader refuses to import without an import attribute the bundler does not keep.
      externalizeDeps: { exclude: ['i18n-iso-countries'] },
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // Sandboxed preloads cannot load ESM: emit one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react()],
  },
})
