import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {loadCorpus} from './support/corpus.js'
import {invariantViolations} from './support/invariants.js'
import {HAS_SHARED, IN_CI, SKIP_SHARED, sharedTitle} from './support/shared.js'

const corpus = loadCorpus()

describe.skipIf(SKIP_SHARED)(sharedTitle('the shared corpus'), () => {
  it('is beside the repository', () => {
    // Reached without ../shared only under CI, where its absence is a failure.
    expect(HAS_SHARED, `../shared/corpus is missing${IN_CI ? ' (CI requires it)' : ''}`).toBe(true)
    expect(corpus?.length).toBe(146)
  })

  for (const article of corpus ?? []) {
    it(`${article.file} keeps the invariants`, () => {
      const parsed = parseArticle(article.text)
      expect(invariantViolations(article.text, parsed)).toEqual([])
      expect(parseArticle(article.text)).toEqual(parsed)
    })
  }
})
