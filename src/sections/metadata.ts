import type {Byline, Dateline, Other, Paragraph, Position, Published} from '../schema.js'
import {spanInLine} from '../text/scan-lines.js'
import {bylineAuthors} from './byline.js'
import {readDateline, readOpeningDateline, type DatelineParts} from './dateline.js'
import {readPublishedDate} from './published.js'

/** A letter anywhere. */
const HAS_LETTER = /\p{L}/u

/** The byline, the publication date and the dateline, and the `other` lines left once they are taken. */
export interface ArticleMetadata {
  readonly byline: Byline | null
  readonly published: Published | null
  readonly dateline: Dateline | null
  readonly other: Other[]
}

/**
 * How many paragraphs from the start a dateline may open: the body's first,
 * after lines above it that the line-role stage took for paragraphs (a teaser,
 * a reader prompt, a standfirst). On the corpus the dateline opens paragraph 0
 * in 24 articles and paragraph 1 in 3, none further (so 2 would do; 3 leaves
 * one line of margin); on the quote-eval dev split, which it was not fitted
 * on, 3 finds 6 of the 10 datelines (1 finds none: title, abstract and label
 * lines stand above the body there), with no false one at any window up to 10.
 */
const DATELINE_PARAGRAPHS = 3

/** A part some line proposes, with how strongly: the chooser takes the strongest, the earliest among equals. */
interface Candidate<T> {
  readonly part: T
  readonly strength: number
  /** The `other` line the part is made of, which leaves `other` when chosen; null for a span of a paragraph. */
  readonly line: Other | null
}

/**
 * Turn the lines the line-role stage marked as bylines, timestamps and
 * datelines (and the openings of the first paragraphs) into the article's
 * `byline`, `published` and `dateline`. Only those lines are read, so the
 * stage costs next to nothing.
 *
 * Each line proposes a part; for each part, the strongest proposal wins, the
 * earliest among equals. A chosen line leaves `other`; the losers stay there,
 * so every line is still in one part. A dateline that opens one of the first
 * paragraphs stays in the paragraph too: its part is a span, as a quote's is.
 *
 * @param other The `other` lines, in input order; returned as they are when none is taken.
 * @param paragraphs The paragraphs, in input order.
 * @returns The three parts and the `other` lines left.
 */
export function takeMetadata(other: Other[], paragraphs: readonly Paragraph[]): ArticleMetadata {
  const bylines: Array<Candidate<Byline>> = []
  const timestamps: Array<Candidate<Published>> = []
  const datelines: Array<Candidate<Dateline>> = []
  const bodyStart = paragraphs[0]?.position.start.offset ?? Number.POSITIVE_INFINITY
  for (const line of other) {
    if (line.kind === 'byline') bylines.push(proposeByline(line))
    else if (line.kind === 'timestamp') timestamps.push(proposePublished(line, bodyStart))
    else if (line.kind === 'dateline') datelines.push(proposeLoneDateline(line))
  }
  // The first paragraph a dateline opens, of the first few: the body's opening.
  for (let index = 0; index < DATELINE_PARAGRAPHS && index < paragraphs.length; index++) {
    const opening = proposeOpeningDateline(paragraphs[index]!, index === 0 ? paragraphs[index + 1] : null)
    if (!opening) continue
    datelines.push(opening)
    break
  }
  const byline = choose(bylines)
  const published = choose(timestamps)
  const dateline = choose(datelines)
  const taken = [byline?.line, published?.line, dateline?.line].filter((line) => line != null)
  return {
    byline: byline?.part ?? null,
    published: published?.part ?? null,
    dateline: dateline?.part ?? null,
    // Most articles give none of their lines: `other` is then kept as it is, not copied.
    other: taken.length === 0 ? other : other.filter((line) => !taken.includes(line))
  }
}

/**
 * The strongest candidate, the earliest in the input among equals; none when
 * every candidate has strength 0 (a line that proposes nothing worth taking).
 */
function choose<T extends {position: Position}>(candidates: ReadonlyArray<Candidate<T>>): Candidate<T> | null {
  let best: Candidate<T> | null = null
  for (const candidate of candidates) {
    if (candidate.strength === 0) continue
    if (!best || candidate.strength > best.strength || (candidate.strength === best.strength && candidate.part.position.start.offset < best.part.position.start.offset)) best = candidate
  }
  return best
}

/** A byline line: stronger when it names a person than when it is an agency's or a desk's alone. */
function proposeByline(line: Other): Candidate<Byline> {
  const authors = bylineAuthors(line.text)
  return {part: {text: line.text, authors, position: line.position}, strength: authors.length > 0 ? 2 : 1, line}
}

/**
 * A timestamp line: strongest with a date; weaker when it says when in words
 * only (`Updated at 7:41 p.m. ET`, `2 hours ago`), and then only above the
 * body; nothing for a clock time or figures alone (`3:02` is a video's length
 * as often as a time).
 */
function proposePublished(line: Other, bodyStart: number): Candidate<Published> {
  const date = readPublishedDate(line.text)
  // Inside the body, a time with no date (`2 hours ago`) is a video's or a card's, not the article's.
  const strength = date !== null ? 2 : HAS_LETTER.test(line.text) && line.position.start.offset < bodyStart ? 1 : 0
  return {part: {text: line.text, date, position: line.position}, strength, line}
}

/** A dateline on a line of its own. */
function proposeLoneDateline(line: Other): Candidate<Dateline> {
  const parts = readDateline(line.text)
  return {part: {text: line.text, place: parts?.place ?? null, agency: parts?.agency ?? null, position: line.position}, strength: 1, line}
}

/** A daily's or a wire's own dateline (see `readOpeningDateline`), unless the next paragraph opens with a colon form too. */
function ownOpeningDateline(text: string, next: Paragraph | undefined): DatelineParts | null {
  const parts = readOpeningDateline(text)
  return parts && next && readOpeningDateline(next.text)?.agency === null ? null : parts
}

/**
 * The dateline that opens a paragraph, as a span of it. A paragraph
 * is one line; its text may lack share buttons glued to the line's front, so
 * the span is measured from the line's end.
 */
function proposeOpeningDateline(paragraph: Paragraph, next: Paragraph | undefined | null): Candidate<Dateline> | null {
  const {start, end} = paragraph.position
  if (start.line !== end.line) return null
  // A dateline of a daily's or a wire's own form opens the body's first paragraph only (`next` is null for the
  // others); and `RUIZ: We …` then `VALE: You …` are a transcript's speakers, one a paragraph, not a place.
  const parts = readDateline(paragraph.text) ?? (next === null ? null : ownOpeningDateline(paragraph.text, next))
  if (!parts) return null
  const from = end.offset - start.offset - paragraph.text.length
  const position = spanInLine(paragraph, from, from + parts.length)
  return {part: {text: paragraph.text.slice(0, parts.length), place: parts.place, agency: parts.agency, position}, strength: 1, line: null}
}
