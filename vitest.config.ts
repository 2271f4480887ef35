import {defineConfig} from 'vitest/config'
import {SHARED_SKIP_REASON, SKIP_SHARED} from './test/support/shared.js'

// Said once, before the run: the default reporter lists skipped files, not why.
// vitest loads this file once for the root and once a project, in one process.
const said = Symbol.for('article-anatomy:shared-skip-said')
if (SKIP_SHARED && !(said in globalThis)) {
  Object.assign(globalThis, {[said]: true})
  console.warn(`article-anatomy: ${SHARED_SKIP_REASON} (see README, Development)`)
}

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
