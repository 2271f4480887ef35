import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article} from '../src/index.js'
import {invariantViolations} from './support/invariants.js'
import {listFixtures} from './support/fixtures.js'

// Regenerating expected output is deliberate: `UPDATE=1 npx vitest run test/fixtures.test.ts -t '<name>'`,
// then read every diff. The write happens inside a test, so `-t` limits it to the fixtures named.
const update = process.env.UPDATE === '1'
const PARTS = ['title', 'byline', 'published', 'dateline', 'captions', 'paragraphs', 'quotes', 'relatedLinks', 'notice', 'other', 'warnings'] as const

for (const fixture of listFixtures()) {
  describe(fixture.name, () => {
    const article = parseArticle(fixture.input)
    const readExpected = (): Partial<Article> =>
      existsSync(fixture.expectedPath) ? (JSON.parse(readFileSync(fixture.expectedPath, 'utf8')) as Article) : {}

    it('has an expected.json', () => {
      if (update) writeFileSync(fixture.expectedPath, `${JSON.stringify(article, null, 2)}\n`)
      expect(existsSync(fixture.expectedPath), `missing ${fixture.expectedPath}: run UPDATE=1 (see README) and read it`).toBe(true)
    })

    for (const part of PARTS) {
      it(`gives the expected ${part}`, () => {
        expect(article[part]).toEqual(readExpected()[part])
      })
    }

    it('keeps the invariants', () => {
      expect(invariantViolations(fixture.input, article)).toEqual([])
    })

    it('gives the same output twice', () => {
      expect(parseArticle(fixture.input)).toEqual(article)
    })
  })
}
