import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ArticleInputError, parseArticle, type Article} from '../src/index.js'
import {scanLines, scanTextLines} from '../src/text/scan-lines.js'
import {anyText, articleText, assertParses, targets} from './support/arbitraries.js'
import {points} from './support/invariants.js'

// The guarantees no list of examples can cover, searched for counterexamples.
// The seed is fixed so that `npm test` is the same on every machine; set
// FC_SEED to search elsewhere, or run `npm run fuzz -- --minutes N` for a long search.
const seed = process.env.FC_SEED === undefined ? 20_261_125 : Number(process.env.FC_SEED)

/** Runs for each input generator; a few thousand in all. */
const RUNS: Record<string, number> = {
  'any-string': 2000,
  'any-lines': 1200,
  'article-like': 800,
  'fixture-mutations': 300
}

describe('for every string, the parser', () => {
  for (const target of targets()) {
    it(`keeps every guarantee on ${target.name} input: no throw, invariants, same output twice`, () => {
      fc.assert(fc.property(target.arbitrary, assertParses), {seed, numRuns: RUNS[target.name] ?? 200})
    })
  }
})

/** The article with every position and place taken out: what it says, not where. */
function withoutPositions(article: Article): unknown {
  return JSON.parse(
    JSON.stringify(article, (key, value: unknown) => {
      if (key === 'position' || key === 'place') return undefined
      if (key === 'duplicates' && Array.isArray(value)) return value.length
      return value
    })
  ) as unknown
}

/** Article-like text with line feeds only, to compare with its other line endings. */
const lfArticle = articleText().map((text) => text.replace(/\r\n?/g, '\n'))

describe('the lines the parse reads', () => {
  it('are the non-blank lines of scanLines, with the same indices and positions', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(80), articleText()), (text) => {
        expect(scanTextLines(text)).toEqual(scanLines(text).filter((line) => line.text !== ''))
      }),
      {seed, numRuns: 300}
    )
  })
})

describe('line endings and a byte order mark change positions only', () => {
  it('CRLF gives the parts of LF, each offset moved by one per line break before it', () => {
    fc.assert(
      fc.property(lfArticle, (lf) => {
        const expected = parseArticle(lf)
        const actual = parseArticle(lf.replace(/\n/g, '\r\n'))
        expect(withoutPositions(actual)).toEqual(withoutPositions(expected))
        const shifted = points(expected).map((point) => ({...point, offset: point.offset + point.line - 1}))
        expect(points(actual)).toEqual(shifted)
      }),
      {seed, numRuns: 200}
    )
  })

  it('CR alone gives the parts and points of LF', () => {
    fc.assert(
      fc.property(lfArticle, (lf) => {
        expect(parseArticle(lf.replace(/\n/g, '\r'))).toEqual(parseArticle(lf))
      }),
      {seed, numRuns: 200}
    )
  })

  it('a leading BOM moves every offset by one, and columns of line 1 by one', () => {
    fc.assert(
      fc.property(lfArticle.filter((text) => !text.startsWith('\uFEFF')), (text) => {
        const expected = parseArticle(text)
        const actual = parseArticle(`\uFEFF${text}`)
        expect(withoutPositions(actual)).toEqual(withoutPositions(expected))
        const shifted = points(expected).map((point) => ({
          line: point.line,
          column: point.line === 1 ? point.column + 1 : point.column,
          offset: point.offset + 1
        }))
        expect(points(actual)).toEqual(shifted)
      }),
      {seed, numRuns: 200}
    )
  })
})

describe('at the boundary', () => {
  it('throws ArticleInputError ERR_INPUT_TYPE for every value that is not a string, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.anything({withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withDate: true}).filter(
          (value) => typeof value !== 'string'
        ),
        (value) => {
          let caught: unknown = null
          try {
            // What a JavaScript caller could pass: the type says string, the check holds at run time.
            parseArticle(value as string)
          } catch (error) {
            caught = error
          }
          expect(caught).toBeInstanceOf(ArticleInputError)
          expect((caught as ArticleInputError).code).toBe('ERR_INPUT_TYPE')
        }
      ),
      {seed, numRuns: 300}
    )
  })

  it('throws ERR_INPUT_TOO_LARGE exactly when the input is longer than maxInputLength', () => {
    fc.assert(
      fc.property(anyText(40), fc.nat({max: 50}), (text, limit) => {
        let code: string | null = null
        try {
          parseArticle(text, {maxInputLength: limit})
        } catch (error) {
          code = error instanceof ArticleInputError ? error.code : 'not an ArticleInputError'
        }
        expect(code).toBe(text.length > limit ? 'ERR_INPUT_TOO_LARGE' : null)
      }),
      {seed, numRuns: 300}
    )
  })
})
