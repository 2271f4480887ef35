import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {isArticle} from '../src/check-article.generated.js'
import {ArticleSchema, articleAnatomy, parseArticle} from '../src/index.js'
import {buildJsonSchema} from '../scripts/build-schema.js'
import {loadCorpus} from './support/corpus.js'
import {invariantViolations} from './support/invariants.js'
import {HAS_SHARED, IN_CI, SHARED, SKIP_SHARED, sharedTitle} from './support/shared.js'

/*
 * Every check that reads the whole corpus lives here, so that the fast project
 * (npm run test:fast) can leave this one file out; the same checks run on
 * every fixture in their own files.
 */
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

  it('gives output the JSON Schema accepts, for every article', () => {
    const validate = new Ajv2020({strict: true, allErrors: true}).compile(buildJsonSchema())
    for (const article of corpus ?? []) {
      const valid = validate(JSON.parse(JSON.stringify(parseArticle(article.text))))
      expect(valid ? null : validate.errors, article.file).toBeNull()
    }
  })

  it('gives the same Article through the unified plugin as through parseArticle, for every article', () => {
    const processor = unified().use(articleAnatomy)
    for (const article of corpus ?? []) {
      expect(processor.processSync(article.text).result, article.file).toEqual(parseArticle(article.text))
    }
  })

  it('gives Articles that isArticle and zod judge alike, for every corpus and quote-eval article', () => {
    const texts = (corpus ?? []).map((article) => article.text)
    for (const split of ['dev', 'train']) {
      const file = join(SHARED, 'eval', 'quotes', `polnear-${split}.jsonl`)
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim() !== '') texts.push((JSON.parse(line) as {text: string}).text)
    }
    expect(texts.length).toBeGreaterThan(1000)
    for (const text of texts) {
      const article = parseArticle(text)
      expect(isArticle(article)).toBe(true)
      expect(ArticleSchema.safeParse(article).success).toBe(true)
    }
  })
})
