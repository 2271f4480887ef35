import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article} from '../src/index.js'
import {invariantViolations} from './support/invariants.js'
import {listFixtures} from './support/fixtures.js'

// Regenerating expected output is deliberate: `UPDATE=1 npm test`, then read every diff.
const update = process.env.UPDATE === '1'
const PARTS = ['title', 'captions', 'paragraphs', 'quotes', 'relatedLinks', 'notice', 'other', 'warnings'] as const

for (const fixture of listFixtures()) {
  describe(fixture.name, () => {
    const article = parseArticle(fixture.input)

    if (update) {
      writeFileSync(fixture.expectedPath, `${JSON.stringify(article, null, 2)}\n`)
    }

    it('has an expected.json', () => {
      expect(existsSync(fixture.expectedPath), `missing ${fixture.expectedPath}: run UPDATE=1 npm test and read it`).toBe(true)
    })

    const expected: Partial<Article> = existsSync(fixture.expectedPath)
      ? (JSON.parse(readFileSync(fixture.expectedPath, 'utf8')) as Article)
      : {}

    for (const part of PARTS) {
      it(`gives the expected ${part}`, () => {
        expect(article[part]).toEqual(expected[part])
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
