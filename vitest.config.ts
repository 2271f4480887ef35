import {defineConfig} from 'vitest/config'
import {SHARED_SKIP_REASON, SKIP_SHARED} from './test/support/shared.js'

// Said once, before the run: the default reporter lists skipped files, not why.
if (SKIP_SHARED) console.warn(`article-anatomy: ${SHARED_SKIP_REASON} (see README, Development)`)

/** The tests that spawn processes (the built CLI) or read the whole corpus: most of the run's time. */
const SLOW = ['test/cli.test.ts', 'test/corpus.test.ts']

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // `npm test` runs both projects; `npm run test:fast` (vitest --project fast) the inner loop.
    projects: [
      {extends: true, test: {name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW, isolate: false}},
      {extends: true, test: {name: 'slow', include: SLOW}}
    ]
  }
})
