import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {loadCorpus} from './support/corpus.js'
import {invariantViolations} from './support/invariants.js'

const corpus = loadCorpus()

describe('the shared corpus', () => {
  it('is beside the repository', () => {
    expect(corpus, '../shared/corpus is missing').not.toBeNull()
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
