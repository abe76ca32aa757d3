// Unit tests mirror the source tree; e2e specs are Playwright's and live under e2e/.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'src-main/**/*.test.ts',
      'src-shared/**/*.test.ts',
      'src-renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test-support/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
})
