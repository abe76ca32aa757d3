// Build of the three Electron bundles. The main bundle has two entries: the Electron app
// (`index`) and the electron-free CLI / HTTP host (`cli`), which CI and scripts run on plain Node.
import { chmod } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

/** `package.json` names out/main/cli.js as the `scholion` command: it must be executable. */
function executableCli(): Plugin {
  return {
    name: 'scholion-executable-cli',
    async writeBundle(options) {
      await chmod(join(options.dir ?? 'out/main', 'cli.js'), 0o755)
    },
  }
}

export default defineConfig({
  main: {
    plugins: [executableCli()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          cli: resolve('src-main/cli/scholion.ts'),
          // Parsers of outside input run in this worker thread (src-main/workers/parse-pool.ts).
          'parse-worker': resolve('src-main/workers/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    build: {
      outDir: 'out/renderer',
      minify: true,
      // React, ProseMirror and the reader ship as one bundle loaded from disk; no network cost.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
    plugins: [react()],
  },
})
