import type {Byline, Dateline, Other, Paragraph, Position, Published} from '../schema.js'
import {spanInLine} from '../text/scan-lines.js'
import {bylineAuthors} from './byline.js'
import {readDateline} from './dateline.js'
import {readPublishedDate} from './published.js'

/** The byline, the publication date and the dateline, and the `other` lines left once they are taken. */
export interface ArticleMetadata {
  readonly byline: Byline | null
  readonly published: Published | null
  readonly dateline: Dateline | null
  readonly other: Other[]
}

/** A part some line proposes, with how strongly: the chooser takes the strongest, the earliest among equals. */
interface Candidate<T> {
  readonly part: T
  readonly strength: number
  /** The `other` line the part is made of, which leaves `other` when chosen; null for a span of a paragraph. */
  readonly line: Other | null
}

/**
 * Turn the lines the line-role stage marked as bylines, timestamps and
 * datelines (and the opening of the first paragraph) into the article's
 * `byline`, `published` and `dateline`. Only those lines are read, so the
 * stage costs next to nothing.
 *
 * Each line proposes a part; for each part, the strongest proposal wins, the
 * earliest among equals. A chosen line leaves `other`; the losers stay there,
 * so every line is still in one part. A dateline that opens the first
 * paragraph stays in the paragraph too: its part is a span, as a quote's is.
 *
 * @param other The `other` lines, in input order.
 * @param first The first paragraph, or undefined.
 * @returns The three parts and the `other` lines left.
 */
export function takeMetadata(other: readonly Other[], first: Paragraph | undefined): ArticleMetadata {
  const bylines: Array<Candidate<Byline>> = []
  const timestamps: Array<Candidate<Published>> = []
  const datelines: Array<Candidate<Dateline>> = []
  for (const line of other) {
    if (line.kind === 'byline') bylines.push(proposeByline(line))
    else if (line.kind === 'timestamp') timestamps.push(proposePublished(line))
    else if (line.kind === 'dateline') datelines.push(proposeLoneDateline(line))
  }
  const opening = first ? proposeOpeningDateline(first) : null
  if (opening) datelines.push(opening)
  const byline = choose(bylines)
  const published = choose(timestamps)
  const dateline = choose(datelines)
  return {
    byline: byline?.part ?? null,
    published: published?.part ?? null,
    dateline: dateline?.part ?? null,
    other: other.filter((line) => line !== byline?.line && line !== published?.line && line !== dateline?.line)
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
 * only (`Updated at 7:41 p.m. ET`, `2 hours ago`); nothing for a clock time
 * or figures alone (`3:02` is a video's length as often as a time).
 */
function proposePublished(line: Other): Candidate<Published> {
  const date = readPublishedDate(line.text)
  const strength = date !== null ? 2 : /\p{L}/u.test(line.text) ? 1 : 0
  return {part: {text: line.text, date, position: line.position}, strength, line}
}

/** A dateline on a line of its own. */
function proposeLoneDateline(line: Other): Candidate<Dateline> {
  const parts = readDateline(line.text)
  return {part: {text: line.text, place: parts?.place ?? null, agency: parts?.agency ?? null, position: line.position}, strength: 1, line}
}

/**
 * The dateline that opens the first paragraph, as a span of it. A paragraph
 * is one line; its text may lack share buttons glued to the line's front, so
 * the span is measured from the line's end.
 */
function proposeOpeningDateline(paragraph: Paragraph): Candidate<Dateline> | null {
  const {start, end} = paragraph.position
  if (start.line !== end.line) return null
  const parts = readDateline(paragraph.text)
  if (!parts) return null
  const from = end.offset - start.offset - paragraph.text.length
  const position = spanInLine(paragraph, from, from + parts.length)
  return {part: {text: paragraph.text.slice(0, parts.length), place: parts.place, agency: parts.agency, position}, strength: 1, line: null}
}
