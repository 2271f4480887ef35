import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article, type Point} from '../src/index.js'
import {invariantViolations, points} from './support/invariants.js'

// Odd but valid text parses, keeps every guarantee, and says the same as its
// ordinary twin. The fixtures `fixtures/odd--*` hold one made-up article in
// odd shapes (their golden files are checked by fixtures.test.ts); the big
// inputs are generated here, not stored.

const odd = (name: string): string => readFileSync(new URL(`../fixtures/odd--${name}/input.txt`, import.meta.url), 'utf8')

/** Parse, and fail on any broken invariant before any other assertion. */
function parse(input: string): Article {
  const article = parseArticle(input)
  expect(invariantViolations(input, article)).toEqual([])
  return article
}

/** What an article says, not where: positions dropped, every string passed through `normalise`. */
function content(article: Article, normalise: (text: string) => string = (text) => text): unknown {
  return JSON.parse(
    JSON.stringify(article, (key, value: unknown) => {
      if (key === 'position' || key === 'place') return undefined
      if (key === 'duplicates' && Array.isArray(value)) return value.length
      return typeof value === 'string' ? normalise(value) : value
    })
  ) as unknown
}

const sliceOf = (input: string, {start, end}: {start: Point; end: Point}): string => input.slice(start.offset, end.offset)

/** The ordinary article every odd fixture is made from, with line feeds and blank lines. */
const plain = odd('crlf').replace(/\r\n/g, '\n')

describe('line endings and the byte order mark', () => {
  it('CRLF gives the parts of its LF twin, every offset moved by one per break before it', () => {
    const input = odd('crlf')
    expect(input).toContain('\r\n')
    const crlf = parse(input)
    const lf = parse(plain)
    expect(content(crlf)).toEqual(content(lf))
    expect(points(crlf)).toEqual(points(lf).map((point) => ({...point, offset: point.offset + point.line - 1})))
    expect(crlf.title?.text).toBe('Harbour town votes to rebuild sea wall after winter storms')
  })

  it('CR alone gives exactly what LF gives, points included', () => {
    const input = odd('cr-only')
    expect(input).not.toContain('\n')
    expect(parse(input)).toEqual(parse(input.replace(/\r/g, '\n')))
  })

  it('a BOM is skipped: the same parts, offsets one later, line 1 one column later', () => {
    const input = odd('bom')
    expect(input.charCodeAt(0)).toBe(0xfe_ff)
    const withBom = parse(input)
    const without = parse(input.slice(1))
    expect(content(withBom)).toEqual(content(without))
    expect(points(withBom)).toEqual(
      points(without).map((point) => ({line: point.line, column: point.line === 1 ? point.column + 1 : point.column, offset: point.offset + 1}))
    )
    expect(withBom.title?.position.start).toEqual({line: 1, column: 2, offset: 1})
    expect(withBom.title?.text.charCodeAt(0)).not.toBe(0xfe_ff)
  })

  it('an article with no blank lines gives the same parts as with them', () => {
    const input = odd('no-blank-lines')
    expect(input).not.toMatch(/\n\n/)
    expect(content(parse(input))).toEqual(content(parse(plain)))
  })
})

describe('white space and invisible characters', () => {
  it('NBSP reads as a space: the parts of the twin with spaces, and texts kept as written', () => {
    const input = odd('nbsp')
    const article = parse(input)
    const nbsp = (text: string): string => text.replace(/\u00A0/g, ' ')
    expect(content(article, nbsp)).toEqual(content(parse(nbsp(input))))
    expect(article.title?.text).toBe('Harbour\u00A0town\u00A0votes\u00A0to\u00A0rebuild\u00A0sea\u00A0wall\u00A0after\u00A0winter\u00A0storms')
    // A line indented with NBSP starts after it.
    const indented = article.paragraphs[1]
    expect(indented && sliceOf(input, indented.position)).toBe(indented?.text)
    expect(indented?.position.start.column).toBe(2)
  })

  it('tabs read as spaces: the same parts as the twin with spaces, the byline still a byline', () => {
    const input = odd('tabs')
    const article = parse(input)
    const tabs = (text: string): string => text.replace(/\t/g, ' ')
    expect(content(article, tabs)).toEqual(content(parse(tabs(input))))
    expect(article.byline?.text).toBe('By\tAda Lindqvist')
    expect(article.byline?.authors).toEqual(['Ada Lindqvist'])
    expect(article.paragraphs.map((paragraph) => paragraph.position.start.column)).toContain(2)
  })

  it('zero-width characters are trimmed at line edges and kept inside words', () => {
    const input = odd('zero-width')
    const article = parse(input)
    const invisible = (text: string): string => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    expect(content(article, invisible)).toEqual(content(parse(invisible(input))))
    expect(article.title?.text).toBe('Harbour town votes to rebuild sea wall after winter storms')
    expect(article.title?.position.start).toEqual({line: 1, column: 2, offset: 1})
    expect(article.paragraphs[0]?.text).toContain('Port\u200BCarrow')
    expect(article.paragraphs).toHaveLength(6)
  })

  it('U+2028 and U+2029 are not line breaks: a paragraph with them stays one part on one line', () => {
    const input = odd('line-separators')
    const article = parse(input)
    const separators = (text: string): string => text.replace(/[\u2028\u2029]/g, ' ')
    expect(content(article, separators)).toEqual(content(parse(separators(input))))
    const [first] = article.paragraphs
    expect(first?.text).toContain('Tuesday\u2028to spend')
    expect(first?.position.start.line).toBe(first?.position.end.line)
    expect(article.warnings).toEqual([])
  })
})

describe('astral characters, controls and broken UTF-16', () => {
  it('emoji and other astral characters count as two code units and do not hide the headline', () => {
    const input = odd('emoji-astral')
    const article = parse(input)
    expect(article.title?.text).toBe('🌊 Harbour town votes to rebuild sea wall after winter storms 🏗️')
    const overdue = article.quotes.find((quote) => quote.text.startsWith('long overdue'))
    expect(overdue?.text).toBe('long overdue 👏🏽')
    expect(overdue && overdue.position.end.column - overdue.position.start.column).toBe('long overdue 👏🏽'.length)
    expect(article.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(
      parse(plain).quotes.map((quote) => quote.speaker?.name ?? null)
    )
    expect(article.warnings).toEqual([])
  })

  it('control characters are kept as written and warned about where they stand', () => {
    const input = odd('control-characters')
    const article = parse(input)
    const controls = article.warnings.filter((warning) => warning.ruleId === 'control-character')
    expect(controls.map((warning) => warning.place && [warning.place.start.line, sliceOf(input, warning.place)])).toEqual(
      expect.arrayContaining([
        [2, '\b'],
        [6, '\u001B'],
        [10, '\u0007']
      ])
    )
    expect(article.paragraphs[0]?.text).toContain('\u001B[1m£4m\u001B[0m')
    // A line holding only a form feed or a vertical tab is blank.
    expect(article.paragraphs).toHaveLength(6)
    expect(article.byline?.text).toBe('By Ada Lindqvist\b\b')
    expect(article.byline?.authors).toEqual(['Ada Lindqvist'])
  })

  it('lone surrogates and NUL parse, kept as written, each line warned once', () => {
    const input = plain
      .replace('Residents of', 'Residents\uD800 of')
      .replace('The vote passed', '\uDC00The vote passed')
      .replace('Opponents said', 'Opponents\uDE00\uD83D said')
      .replace('Mr Okafor said', 'Mr Okafor\u0000 said')
    const article = parse(input)
    expect(article.paragraphs.map((paragraph) => paragraph.text).join('')).toContain('Residents\uD800 of')
    const places = article.warnings.filter((warning) => warning.ruleId === 'control-character').map((warning) => warning.place && sliceOf(input, warning.place))
    expect(places).toEqual(['\uD800', '\uDC00', '\u0000'])
  })
})

describe('shapes of the whole text', () => {
  it('a whole article on one line is one paragraph with every quote of the article', () => {
    const input = odd('one-line')
    const article = parse(input)
    expect(input.trimEnd()).not.toMatch(/[\r\n]/)
    expect(article.title).toBeNull()
    expect(article.warnings.map((warning) => warning.ruleId)).toEqual(['missing-title'])
    expect(article.paragraphs).toHaveLength(1)
    expect(article.paragraphs[0]?.text).toBe(input.trim())
    expect(article.quotes.map((quote) => quote.text)).toEqual(parse(plain).quotes.map((quote) => quote.text))
  })

  it('a doubled article keeps the first headline as title and every line of both copies', () => {
    const input = odd('doubled-article')
    const article = parse(input)
    const once = parse(plain)
    expect(article.title).toEqual(once.title)
    const texts = article.paragraphs.map((paragraph) => paragraph.text)
    for (const paragraph of once.paragraphs) expect(texts.filter((text) => text === paragraph.text)).toHaveLength(2)
    expect(article.captions.map((caption) => [caption.text, caption.credit, caption.duplicates.length])).toEqual([
      ['Workers inspect the damaged sea wall at Port Carrow on Tuesday', 'Getty', 1],
      ['Workers inspect the damaged sea wall at Port Carrow on Tuesday', 'Getty', 1]
    ])
    expect(article.relatedLinks.map((link) => link.title)).toEqual([...once.relatedLinks, ...once.relatedLinks].map((link) => link.title))
    expect(article.quotes).toHaveLength(2 * once.quotes.length)
  })

  it('a truncated article ends in its cut paragraph, the open quote running to the end of the input', () => {
    const input = odd('truncated')
    const article = parse(input)
    expect(article.paragraphs.at(-1)?.text).toBe('“I have worked this harbour for thirty years and never se')
    const last = article.quotes.at(-1)
    expect(last?.position.end.offset).toBe(input.length)
    expect(article.warnings.map((warning) => [warning.ruleId, warning.place?.end.offset])).toEqual([['unbalanced-quote', input.length]])
    expect(article.notice).toBeNull()
  })

  it('a flood of quotation marks: every quote slices back, mark-only lines are kept and warned about', () => {
    const input = odd('quote-flood')
    const article = parse(input)
    for (const quote of article.quotes) expect(sliceOf(input, quote.position)).toBe(quote.text)
    expect(article.quotes.filter((quote) => quote.paragraph === 1).map((quote) => quote.text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    const unknown = article.other.filter((line) => line.kind === 'unknown')
    expect(unknown.map((line) => line.text)).toEqual(['“'.repeat(40), '"'.repeat(60)])
    expect(article.warnings.filter((warning) => warning.ruleId === 'unknown-line')).toHaveLength(2)
    expect(article.warnings.filter((warning) => warning.ruleId === 'unbalanced-quote').map((warning) => warning.place?.start.line)).toEqual([16])
    expect(article.notice?.text).toBe("Sign up for our free morning newsletter to get the day's news in your inbox")
  })
})

describe('big inputs, generated', () => {
  it('a 200 KB line without spaces (CJK, emoji, a URL path, base64) is one part that slices back whole', () => {
    const lines = {
      cjk: '港口城镇投票重建海堤。'.repeat(20_000),
      emoji: '🌊🏗️'.repeat(200_000 / 4),
      url: `https://example.com/${'a1/'.repeat(66_660)}`,
      base64: 'QUJDRA/+'.repeat(25_000)
    }
    for (const [name, line] of Object.entries(lines)) {
      expect(line.length, name).toBeGreaterThanOrEqual(199_990)
      const input = `Harbour town votes to rebuild sea wall\n\n${line}\n`
      const article = parse(input)
      const parts = [...article.paragraphs, ...article.other]
      expect(parts.map((part) => [part.text.length, part.position.start, part.position.end]), name).toEqual([
        [line.length, {line: 3, column: 1, offset: 40}, {line: 3, column: line.length + 1, offset: 40 + line.length}]
      ])
    }
  })

  it('a 200 KB line of ASCII letters and stops without spaces (`Aq7-`, `a.` repeated) is one part that slices back whole', () => {
    // Once minutes: an unanchored e-mail regex rescanned the run from every position.
    for (const unit of ['Aq7-', 'a.']) {
      const line = unit.repeat(200_000 / unit.length)
      const input = `Harbour town votes to rebuild sea wall\n\n${line}\n`
      const article = parse(input)
      const parts = [...article.paragraphs, ...article.other, ...(article.notice ? [article.notice] : [])]
      expect(parts.map((part) => [part.text.length, part.position.start.offset, part.position.end.offset]), unit).toEqual([
        [line.length, 40, 40 + line.length]
      ])
    }
  })

  it('a 200 KB line of back-to-back quotes (`“ab”“ab”…`) gives its 50,000 quotes, each slicing back', () => {
    // Once 40 s: attribution walked back over the whole sentence for every quote in it.
    const input = `Harbour town votes to rebuild sea wall\n\n“${'ab”“'.repeat(50_000)}`
    const {quotes} = parse(input)
    expect(quotes).toHaveLength(50_000)
    expect(quotes.every((quote) => quote.text === 'ab' && sliceOf(input, quote.position) === 'ab')).toBe(true)
  })

  it('100,000 blank lines between the title and the body: line numbers count every one', () => {
    const body = 'The harbour reopened on Monday, the mayor said.'
    for (const blank of ['\n', '\r\n', '\r', ' \t\u00A0\n']) {
      const input = `Harbour town votes to rebuild sea wall\n${blank.repeat(100_000)}${body}`
      const article = parse(input)
      expect(article.title?.text).toBe('Harbour town votes to rebuild sea wall')
      expect(article.paragraphs.map((paragraph) => [paragraph.text, paragraph.position.start.line])).toEqual([[body, 100_002]])
    }
  })

  it('100,000 quotation marks on one line, and 5,000 quoted words in one sentence, parse', () => {
    const marks = parse(`Harbour town votes to rebuild sea wall\n\n${'“'.repeat(100_000)}`)
    expect(marks.other.map((line) => line.kind)).toEqual(['unknown'])
    const input = `Harbour town votes to rebuild sea wall\n\nThey said ${'"yes" '.repeat(5000)}`
    const {quotes} = parse(input)
    expect(quotes).toHaveLength(5000)
    expect(quotes.every((quote) => quote.text === 'yes' && sliceOf(input, quote.position) === 'yes')).toBe(true)
  })
})
