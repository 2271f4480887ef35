import {describe, expect, it} from 'vitest'
import {parseArticle, RuleIdSchema, type Position, type RuleId} from '../src/index.js'

// The warning catalogue: every rule the parser can emit, with an input that
// triggers it and where the warning must point. A new rule without a case here
// fails the first test.

interface Case {
  /** The smallest input that shows the rule, made up for the test. */
  readonly input: string
  /** What the warning's place must slice out of the input. */
  readonly slice: string
  /** The place itself. */
  readonly place: Position
}

const at = (line: number, column: number, offset: number): Position['start'] => ({line, column, offset})

const CATALOGUE: Record<RuleId, Case> = {
  'missing-title': {
    input: 'the first line reads like a sentence.\n\nBody text follows here.',
    slice: 'the first line reads like a sentence.',
    place: {start: at(1, 1, 0), end: at(1, 38, 37)}
  },
  'unbalanced-quote': {
    input:
      'Harbour reopens after the storm\n\nThe harbour reopened on Monday after a week of repairs.\n\n' +
      'The mayor said on Monday: “We will stay open until the end of the year, whatever it costs us.\n\n' +
      'Another paragraph follows here.',
    slice: 'We will stay open until the end of the year, whatever it costs us.',
    place: {start: at(5, 28, 117), end: at(5, 94, 183)}
  },
  'ambiguous-caption': {
    input: 'Harbour reopens after the storm\n\nA crowd gathers on the quay\nA crowd gathers on the quay\n\nThe harbour reopened on Monday after a week of repairs.',
    slice: 'A crowd gathers on the quay',
    place: {start: at(3, 1, 33), end: at(3, 28, 60)}
  },
  'unknown-line': {
    input: 'Harbour reopens after the storm\n\nThe harbour reopened on Monday.\n\n* * *\n\nRepairs took a week.',
    slice: '* * *',
    place: {start: at(5, 1, 66), end: at(5, 6, 71)}
  },
  'control-character': {
    input: 'Harbour reopens after the storm\n\nThe harbour reopened\u0007 on Monday.',
    slice: '\u0007',
    place: {start: at(3, 21, 53), end: at(3, 22, 54)}
  }
}

describe('the warning catalogue', () => {
  it('has a case for every rule the schema allows, and no other', () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...RuleIdSchema.options].sort())
  })

  for (const [ruleId, {input, slice, place}] of Object.entries(CATALOGUE) as Array<[RuleId, Case]>) {
    it(`emits ${ruleId}, once, at the place that caused it`, () => {
      const {warnings} = parseArticle(input)
      expect(warnings.map((warning) => warning.ruleId)).toEqual([ruleId])
      const [warning] = warnings
      expect(warning).toMatchObject({ruleId, source: 'article-anatomy', place})
      expect(warning?.reason).toMatch(/^Unexpected .+, expected /)
      expect(input.slice(place.start.offset, place.end.offset)).toBe(slice)
    })
  }
})

describe('warnings in detail', () => {
  it('missing-title: a first line that is a caption gives no title and the warning, not a title', () => {
    const article = parseArticle('A crowd gathers on the quay: Getty\n\nThe harbour reopened on Monday after a week of repairs.')
    expect(article.title).toBeNull()
    expect(article.warnings.map((warning) => warning.ruleId)).toContain('missing-title')
  })

  it('unbalanced-quote: no warning when the quote goes on in the next paragraph', () => {
    const article = parseArticle(
      'Harbour reopens after the storm\n\nThe harbour reopened on Monday after a week of repairs.\n\n' +
        'The mayor said on Monday: “We will stay open until the end of the year.\n\n“And we will pay for it,” she added.'
    )
    expect(article.warnings).toEqual([])
    expect(article.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['The mayor', 'The mayor'])
  })

  it('control-character: one warning per line, on the first such character, for C0, DEL and lone surrogates', () => {
    const input = 'Harbour reopens after the storm\n\nOne \u0000 two \u001B.\n\nDelete\u007F here.\n\nHalf \uD83D pair.\n\nA whole 😀 emoji is fine.'
    const {warnings} = parseArticle(input)
    expect(warnings.map((warning) => warning.ruleId)).toEqual(['control-character', 'control-character', 'control-character'])
    expect(warnings.map((warning) => warning.place && input.slice(warning.place.start.offset, warning.place.end.offset))).toEqual([
      '\u0000',
      '\u007F',
      '\uD83D'
    ])
  })

  it('a tab, NBSP, zero-width character or line separator is not a control character', () => {
    const input = 'Harbour reopens after the storm\n\nThe\tharbour\u00A0reopened\u200B on\u2028Monday.'
    expect(parseArticle(input).warnings).toEqual([])
  })

  it('puts warnings in input order', () => {
    const input = 'the first line reads like a sentence.\n\nBell\u0007 here.\n\n* * *\n\nThey said: “Never closed, the harbour is open again until the storm comes back.'
    const offsets = parseArticle(input).warnings.map((warning) => warning.place?.start.offset ?? -1)
    expect(offsets).toHaveLength(4)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })
})
