import {defineConfig} from 'vitest/config'
import {SHARED_SKIP_REASON, SKIP_SHARED} from './test/support/shared.js'

// Said once, before the run: the default reporter lists skipped files, not why.
if (SKIP_SHARED) console.warn(`article-anatomy: ${SHARED_SKIP_REASON} (see README, Development)`)

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000
  }
})
