import {location} from 'vfile-location'
import {ArticleSchema, type Article, type Point, type Position} from '../../src/index.js'

/** A top-level part of an article, by where it sits and the text it must contain. */
interface Placed {
  readonly name: string
  readonly position: Position
  readonly text: string
}

/** Every top-level part with its position; a caption's repeats count as the caption. */
function topLevelParts(article: Article): Placed[] {
  const parts: Placed[] = []
  if (article.title) parts.push({name: 'title', ...article.title})
  if (article.byline) parts.push({name: 'byline', ...article.byline})
  if (article.published) parts.push({name: 'published', ...article.published})
  // A dateline that opens a paragraph is a span of it (as a quote is), not a part of its own.
  const {dateline} = article
  if (dateline && !article.paragraphs.some((paragraph) => within(paragraph.position, dateline.position))) parts.push({name: 'dateline', ...dateline})
  for (const [index, caption] of article.captions.entries()) {
    parts.push({name: `captions[${index}]`, position: caption.position, text: caption.text})
    for (const [repeat, position] of caption.duplicates.entries()) {
      parts.push({name: `captions[${index}].duplicates[${repeat}]`, position, text: caption.text})
    }
  }
  for (const [index, paragraph] of article.paragraphs.entries()) parts.push({name: `paragraphs[${index}]`, ...paragraph})
  for (const [index, link] of article.relatedLinks.entries()) {
    parts.push({name: `relatedLinks[${index}]`, position: link.position, text: link.title})
  }
  if (article.notice) parts.push({name: 'notice', ...article.notice})
  for (const [index, other] of article.other.entries()) parts.push({name: `other[${index}]`, ...other})
  return parts
}

/** Whether one span lies within another. */
function within(outer: Position, inner: Position): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset
}

/** Collapse white space so that text and source compare "up to whitespace". */
function squash(text: string): string {
  // Zero-width characters count as white space here, as they do for the parser's line trimming.
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, ' ').trim()
}

/**
 * Check the guarantees every parse must keep, and return what broke:
 * schema-valid; every non-blank line inside exactly one top-level part;
 * every part's source slice contains its text; line and column agree with the
 * offset (vfile-location is the oracle); quotes, cues and mentions slice back exactly.
 */
export function invariantViolations(input: string, article: Article): string[] {
  const problems: string[] = []
  const parsed = ArticleSchema.safeParse(article)
  if (!parsed.success) problems.push(`schema: ${parsed.error.message}`)

  // No object or list appears twice: the Article is a tree a caller may edit one node of.
  const seen = new Set<object>()
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return
    if (seen.has(value)) problems.push(`${path}: the same object as another part's`)
    seen.add(value)
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`)
  }
  walk(article, 'article')

  const oracle = location(input)
  const checkPosition = (name: string, position: Position): void => {
    for (const point of [position.start, position.end]) {
      const expected = oracle.toPoint(point.offset)
      // vfile-location has no point for the end of the input; compare the rest by hand.
      if (expected && (expected.line !== point.line || expected.column !== point.column)) {
        problems.push(`${name}: point ${JSON.stringify(point)} disagrees with offset (expected line ${expected.line}, column ${expected.column})`)
      }
    }
    if (position.end.offset < position.start.offset) problems.push(`${name}: end before start`)
  }

  const parts = topLevelParts(article)
  for (const part of parts) {
    checkPosition(part.name, part.position)
    const source = squash(input.slice(part.position.start.offset, part.position.end.offset))
    if (!source.includes(squash(part.text))) problems.push(`${part.name}: source does not contain its text`)
  }

  for (const [index, quote] of article.quotes.entries()) {
    const name = `quotes[${index}]`
    checkPosition(name, quote.position)
    if (input.slice(quote.position.start.offset, quote.position.end.offset) !== quote.text) problems.push(`${name}: text does not slice back`)
    const paragraph = article.paragraphs[quote.paragraph]
    if (!paragraph || quote.position.start.offset < paragraph.position.start.offset || quote.position.end.offset > paragraph.position.end.offset) {
      problems.push(`${name}: not inside paragraph ${quote.paragraph}`)
    }
    for (const [label, span] of [['cue', quote.cue], ['mention', quote.speaker?.mention ?? null]] as const) {
      if (!span) continue
      checkPosition(`${name}.${label}`, span.position)
      if (input.slice(span.position.start.offset, span.position.end.offset) !== span.text) problems.push(`${name}.${label}: text does not slice back`)
    }
  }

  // The publication date is ISO 8601 at one of the precisions the schema describes.
  const date = article.published?.date
  if (date != null && !ISO_DATE.test(date)) problems.push(`published: date ${date} is not ISO 8601 at a written precision`)

  if (article.dateline) {
    const {position, text} = article.dateline
    checkPosition('dateline', position)
    if (input.slice(position.start.offset, position.end.offset) !== text) problems.push('dateline: text does not slice back')
    // A dateline opens one of the first three paragraphs (the body's opening), at its start.
    const holder = article.paragraphs.findIndex((paragraph) => within(paragraph.position, position))
    if (holder >= 3) problems.push(`dateline: inside paragraph ${holder}, past the body's opening`)
    const paragraph = article.paragraphs[holder]
    if (paragraph && !paragraph.text.startsWith(text)) problems.push('dateline: does not open its paragraph')
  }

  // Every non-blank line lies inside exactly one top-level part.
  const breaks = /\r\n|\r|\n/g
  let lineStart = 0
  let lineNumber = 1
  const lines: Array<{number: number; start: number; end: number}> = []
  for (const match of input.matchAll(breaks)) {
    lines.push({number: lineNumber++, start: lineStart, end: match.index})
    lineStart = match.index + match[0].length
  }
  lines.push({number: lineNumber, start: lineStart, end: input.length})
  const sorted = [...parts].sort((a, b) => a.position.start.offset - b.position.start.offset)
  let cursor = 0
  for (const line of lines) {
    const content = contentRange(input, line.start, line.end)
    if (!content) continue
    while (cursor < sorted.length && (sorted[cursor]?.position.end.offset ?? 0) <= line.start) cursor++
    let holders = 0
    for (let index = cursor; index < sorted.length; index++) {
      const part = sorted[index]
      if (!part || part.position.start.offset >= line.end) break
      if (part.position.start.offset <= content.start && part.position.end.offset >= content.end) holders++
    }
    if (holders !== 1) problems.push(`line ${line.number}: inside ${holders} top-level parts, expected 1`)
  }
  return problems
}

const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?)?$/

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/

/** The span of a line without surrounding white space and invisible characters, or null when blank. */
function contentRange(input: string, start: number, end: number): {start: number; end: number} | null {
  let from = start
  let to = end
  while (from < to && INVISIBLE.test(input.charAt(from))) from++
  while (to > from && INVISIBLE.test(input.charAt(to - 1))) to--
  return from < to ? {start: from, end: to} : null
}

/**
 * Every point of an article, in document order.
 *
 * @param article A parsed article.
 * @returns The start and end points of every position in it.
 */
export function points(article: Article): Point[] {
  const found: Point[] = []
  JSON.stringify(article, (key, value: unknown) => {
    if ((key === 'start' || key === 'end') && typeof value === 'object' && value !== null && 'offset' in value) found.push(value as Point)
    return value
  })
  return found
}
