import {
  BYLINE_ROLE_WORDS,
  MONTHS_AND_DAYS,
  MEDIA_LINK_MARKERS,
  RELATED_HEADINGS,
  RELATED_HUB_ENDINGS,
  RELATED_LABEL_OPENINGS,
  RELATED_MARKERS,
  RELATED_SEPARATED_MARKERS
} from '../lexicon/boilerplate.js'
import {asciiInitials, asciiPairs, countWords, isAsciiDigit, lowerFinal, lowerWords, mayOpenWithAny, mayOpenWithPair, OPENS_UPPER_CASE, trimEndOf} from '../text/words.js'
import {isHeadlineShaped} from './headline.js'

/** A kicker label: words, the first capitalised. */
const KICKER_LABEL = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?: [\p{L}\p{N}'’&.-]+)*$/u

/** A lower-case letter anywhere. */
const HAS_LOWER_CASE = /\p{Ll}/u

/** A related link read off one line. */
export interface RelatedParts {
  /** The related headline. */
  title: string
  /** The address on the line, or null. */
  url: string | null
}

// The marker that ends a line: `Headline Read more`.
const READ_MORE_AT_END = ' read more'

// Markers that open a line end with a colon (`Read more: Headline`).
const OPENING_MARKERS: readonly string[] = RELATED_MARKERS.filter((marker) => marker.endsWith(':'))
const OPENING_MARKER_INITIALS = asciiInitials(OPENING_MARKERS)

// The longest related marker: how much of a line's head is lower-cased to find one.
const LONGEST_MARKER = Math.max(...RELATED_MARKERS.map((marker) => marker.length))

// First words of the related headings of two words or more, the only ones a
// headline can be glued to.
const GLUED_HEADING_OPENINGS: ReadonlySet<string> = new Set(
  [...RELATED_HEADINGS].filter((heading) => heading.includes(' ')).map((heading) => heading.slice(0, heading.indexOf(' ')))
)
const GLUED_HEADING_PAIRS = asciiPairs(GLUED_HEADING_OPENINGS)

// The first two letters of the related labels (`related`, `also on`, `see also`…).
const RELATED_LABEL_PAIRS = asciiPairs(RELATED_LABEL_OPENINGS)

const URL = /\bhttps?:\/\/[^\s<>"“”]+|\bwww\.[^\s<>"“”]+/i

/**
 * Read a related link written on one line: `Headline Read more`,
 * `Read more: Headline`, `READ MORE: Headline`, `Related: Headline`, with an
 * address on the line filling `url`.
 *
 * @param text A trimmed line.
 * @returns The link, or null when the line is not an inline related link.
 */
export function parseRelatedLine(text: string): RelatedParts | null {
  if (text.length > 400 || !mayBeRelatedLine(text)) return null
  // Markers are short: lower-case the line's two ends, not all of it. Case
  // mapping goes character by character, so an end lower-cased alone reads as
  // the same end of the line lower-cased whole, wherever an ASCII marker can match.
  const head = mayOpenWithAny(text, OPENING_MARKER_INITIALS) ? text.slice(0, LONGEST_MARKER).toLowerCase() : ''
  for (const marker of OPENING_MARKERS) {
    if (head.startsWith(marker)) {
      const rest = text.slice(marker.length).trim()
      const link = splitUrl(rest)
      // After an explicit marker a headline may end with a full stop.
      if (link.title && isHeadlineShaped(trimEndOf(link.title, '.'))) return link
    }
  }
  // Its last letter first: only a line ending in `e` or `E` can end in `read more` once lower-cased.
  if (lowerFinal(text) === READ_MORE_AT_END.at(-1) && text.slice(-READ_MORE_AT_END.length).toLowerCase().endsWith(READ_MORE_AT_END)) {
    const link = splitUrl(trimEndOf(text.slice(0, -READ_MORE_AT_END.length), '|(–—-:'))
    if (link.title && isHeadlineShaped(link.title)) return link
  }
  return parseSeparatedMarker(text) ?? parseMarkerAtEnd(text) ?? parseLabelledLink(text) ?? parseGluedHeading(text) ?? parseReadMoreFrom(text)
}

// The first two letters of every marker, label and heading a related line can open with, below.
const RELATED_OPENING_PAIRS = asciiPairs([...OPENING_MARKERS, ...RELATED_SEPARATED_MARKERS, ...RELATED_LABEL_OPENINGS, ...GLUED_HEADING_OPENINGS, 'read more from'])

/**
 * Whether a line can be a related line of any shape {@link parseRelatedLine} reads, by its ends
 * alone: it opens with the first two letters of a marker, a label or a heading (each shape's
 * marker opens the line, matched case-insensitively), or with a bracket (a labelled link in
 * brackets), or it ends with a marker's last character (`e` of `read more`, `»`, `›`, `>`, `)`).
 * Most lines do neither, and skip the shapes' tests, each a few calls.
 */
function mayBeRelatedLine(text: string): boolean {
  if (mayOpenWithPair(text, RELATED_OPENING_PAIRS) || text.charCodeAt(0) === 0x28) return true
  const final = text.charCodeAt(text.length - 1)
  return final === 0x65 || final === 0x45 || final === 0xbb || final === 0x203a || final === 0x3e || final === 0x29
}

/**
 * `Read more from our security correspondent`, `Read more from Fact Check`: a
 * link to a correspondent's or a desk's page, titled by the whole line.
 */
function parseReadMoreFrom(text: string): RelatedParts | null {
  if ((text.charCodeAt(0) | 0x20) !== 0x72 || !/^read more from \S/i.test(text) || countWords(text, 12) > 12 || /[.!?:]$/.test(text)) return null
  return splitUrl(text)
}

const SEPARATED_MARKER = new RegExp(`^(?:${RELATED_SEPARATED_MARKERS.join('|')}) ?(?::|\\||»|›|>>?|–|—|-{1,2}) ?(\\S.*)$`, 'i')
// The first four characters of each marker, as numbers: a lookup that rules out most lines before the pattern runs.
const SEPARATED_MARKER_HEADS: ReadonlySet<number> = new Set(RELATED_SEPARATED_MARKERS.map((marker) => headKey(marker)))

/** `READ MORE | Headline`, `Related » Headline`, `See also - Headline`, `READ MORE:Headline`. */
function parseSeparatedMarker(text: string): RelatedParts | null {
  if (!SEPARATED_MARKER_HEADS.has(headKey(text))) return null
  const rest = SEPARATED_MARKER.exec(text)?.[1]
  if (!rest) return null
  const link = splitUrl(rest.trim())
  return link.title && isHeadlineShaped(trimEndOf(link.title, '.')) ? link : null
}

// `… - Read more`, `… | READ MORE »`, `… (Read more)`: the end of a line, lower case. Not `read
// the full story`, which ends paywall notices (`Log in to read the full story.`).
const MARKER_AT_END = /(?:^|[\s|(–—-])read more[\s»›>)]*$/

/** How much of a line's end can hold a marker with its separators. */
const MARKER_AT_END_LENGTH = 32

/** `Headline - Read more`, `Headline | READ MORE »`, `Headline (Read more)`. */
function parseMarkerAtEnd(text: string): RelatedParts | null {
  // Its last character first: the marker ends the line with `e`, `»`, `›`, `>`, `)` or a space.
  const final = text.charCodeAt(text.length - 1)
  if (final !== 0x65 && final !== 0x45 && final !== 0xbb && final !== 0x203a && final !== 0x3e && final !== 0x29) return null
  const tail = text.slice(-MARKER_AT_END_LENGTH).toLowerCase()
  const match = MARKER_AT_END.exec(tail)
  if (!match) return null
  const cut = text.length - tail.length + match.index
  const title = trimEndOf(text.slice(0, cut), '|(–—-:')
  const link = splitUrl(title)
  return link.title && isHeadlineShaped(link.title) ? link : null
}

const MEDIA_LINK_HEADS: ReadonlySet<number> = new Set(MEDIA_LINK_MARKERS.map((marker) => headKey(marker)))
const MEDIA_LINK = new RegExp(`^(?:${MEDIA_LINK_MARKERS.join('|')}) ?: ?(\\S.*)$`, 'i')

/**
 * `PHOTOS: Headline`, `Watch: Headline`: a link to a gallery or a video, which
 * the line shapes read as a media line.
 *
 * @param text A trimmed line.
 * @returns The link, or null.
 */
export function parseMediaLink(text: string): RelatedParts | null {
  if (text.length > 300 || !MEDIA_LINK_HEADS.has(headKey(text))) return null
  const rest = MEDIA_LINK.exec(text)?.[1]
  if (!rest) return null
  const link = splitUrl(rest.trim())
  return link.title && isHeadlineShaped(link.title) && countWords(link.title, 3) >= 3 ? link : null
}

/**
 * `Related Coverage Headline`: a related heading of two or more words glued to
 * the headline it introduces (a one-word heading such as `More` would catch prose).
 */
function parseGluedHeading(text: string): RelatedParts | null {
  // Most lines open with two letters no heading of two words or more opens with: a look at
  // them spares lower-casing the first word (its first two letters, were it a heading's).
  if (!mayOpenWithPair(text, GLUED_HEADING_PAIRS)) return null
  // Only the first few words can be a heading: look no further into the line.
  let end = text.indexOf(' ')
  if (end < 0 || !GLUED_HEADING_OPENINGS.has(text.slice(0, end).toLowerCase())) return null
  for (let count = 1; count <= 4 && end > 0; count++) {
    if (count >= 2 && RELATED_HEADINGS.has(text.slice(0, end).toLowerCase())) {
      const link = splitUrl(text.slice(end + 1))
      if (link.title && isHeadlineShaped(link.title)) return link
    }
    end = text.indexOf(' ', end + 1)
  }
  return null
}

/**
 * `Related post from The Site: Headline`, `(Also on The Site: Headline)`:
 * a related label of a few words, a colon, a headline.
 */
function parseLabelledLink(text: string): RelatedParts | null {
  const inner = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text
  // The label opens the line: its first two letters rule out most lines before the search for the colon.
  if (!mayOpenWithPair(inner, RELATED_LABEL_PAIRS)) return null
  const colon = inner.indexOf(':')
  if (colon < 0 || colon > 60) return null
  const label = inner.slice(0, colon).toLowerCase()
  if (!RELATED_LABEL_OPENINGS.some((opening) => label === opening || label.startsWith(`${opening} `))) return null
  if (label.split(' ').length > 7) return null
  const link = splitUrl(inner.slice(colon + 1).trim())
  return link.title && isHeadlineShaped(link.title) ? link : null
}

/**
 * Separate an address from the headline it stands with.
 *
 * @param text A headline, perhaps with an address in it.
 * @returns The headline without the address, and the address or null.
 */
export function splitUrl(text: string): RelatedParts {
  const match = URL.exec(text)
  if (!match) return {title: text, url: null}
  const url = trimEndOf(match[0], ').,;')
  const before = trimEndOf(text.slice(0, match.index), '|:—–-')
  const after = text.slice(match.index + match[0].length).trim()
  // Only an address at the end (or the start) of the line is cut from the headline;
  // one in the middle stays, so the title is still words of the line as written.
  if (after.length > 1 && before) return {title: text, url}
  return {title: before || trimEndOf(after, '|:—–-'), url}
}

/**
 * Whether a line is nothing but an address.
 *
 * @param text A trimmed line.
 * @returns True when the line is one URL.
 */
export function isBareUrl(text: string): boolean {
  const match = URL.exec(text)
  return match !== null && match.index === 0 && match[0].length === text.length
}

/**
 * The words of a kicker label before its colon (`School funding fight:`). One
 * word and a colon (`Analysis:`, `Local:`) labels a crosshead; four words and
 * more are a clause (`Reporters had one question:`).
 */
const MIN_KICKER_WORDS = 2
const MAX_KICKER_LENGTH = 50
const MAX_KICKER_WORDS = 3

/** The words of the headline after a kicker label: longer is a sentence of the body. */
const MIN_KICKED_HEADLINE_WORDS = 4
const MAX_KICKED_HEADLINE_WORDS = 20

/**
 * The fewest words of a headline in capitals standing alone in the body. All-caps
 * crossheads run to five words in the corpus, headlines of related links from
 * ten; an embedded release's title of eight stays a line of the body.
 */
const MIN_CAPITALS_HEADLINE_WORDS = 9

/**
 * Read a related link from a line that stands alone between body paragraphs and
 * carries no marker, only its shape: a short kicker label, a colon and a
 * headline (`School funding fight: Teachers rally at the capitol`), a
 * topic hub (`Election 2024: Full Coverage`), or a long headline in capitals.
 *
 * @param text A trimmed line that is a block of its own in the body.
 * @returns The link, or null.
 */
export function parseStandaloneHeadline(text: string): RelatedParts | null {
  // Both shapes end like a headline: most body lines end like a sentence, and fail here.
  if (text.length > 300 || endsLikeProse(text)) return null
  return parseKickedHeadline(text) ?? parseCapitalsHeadline(text)
}

/**
 * Whether a line ends like a sentence of prose (`.`, `:`, `;`, `…`, with closing
 * marks after it) rather than a headline (which may end with `?` or `!`), read
 * off its last characters by their codes: this runs on every body line.
 */
function endsLikeProse(text: string): boolean {
  let at = text.length - 1
  let code = text.charCodeAt(at)
  while (isClosingMark(code) && at > 0 && at > text.length - 4) code = text.charCodeAt(--at)
  return code === 0x2e || code === 0x3a || code === 0x3b || code === 0x2026
}

/** `)`, `]`, `"`, `'`, `’`, `”`, `»`. */
function isClosingMark(code: number): boolean {
  return code === 0x29 || code === 0x5d || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x201d || code === 0xbb
}

/** A line's first four characters, folded to lower case the way ASCII letters fold, as one number. */
function headKey(text: string): number {
  return (((text.charCodeAt(0) | 0x20) * 0x80 + (text.charCodeAt(1) | 0x20)) * 0x80 + (text.charCodeAt(2) | 0x20)) * 0x80 + (text.charCodeAt(3) | 0x20)
}

/** `Label: Headline`, `Topic: Full Coverage`. */
function parseKickedHeadline(text: string): RelatedParts | null {
  // A kicker is short: look for its colon in the line's head only.
  const colon = text.slice(0, MAX_KICKER_LENGTH + 2).indexOf(': ')
  if (colon < 2) return null
  const label = text.slice(0, colon)
  // A kicker is a short phrase opening with a capital, not a clause (`He said:`).
  if (!KICKER_LABEL.test(label)) return null
  const labelWords = countWords(label, MAX_KICKER_WORDS + 1)
  if (labelWords < MIN_KICKER_WORDS || labelWords > MAX_KICKER_WORDS) return null
  const rest = text.slice(colon + 2).trim()
  if (RELATED_HUB_ENDINGS.includes(rest.toLowerCase())) return {title: text, url: null}
  // A quotation after a label is speech (`Said the mayor: “…”`, a transcript's `Man: “…”`), or an embed.
  if (/^["“‘']/.test(rest) || !isHeadlineShaped(rest) || opensLikeValue(rest)) return null
  const words = countWords(rest, MAX_KICKED_HEADLINE_WORDS + 1)
  if (words < MIN_KICKED_HEADLINE_WORDS || words > MAX_KICKED_HEADLINE_WORDS) return null
  if (BYLINE_ROLE_WORDS.has(lowerWords(rest).at(-1) ?? '')) return null
  return splitUrl(rest)
}

/**
 * Whether the words after a label open like a fact box's value, not a
 * headline: a preposition of place or time, or a month or weekday (`Key
 * dates: March 3 to April 10`, `Diversion route: Via the A1 and Mill Lane`).
 */
function opensLikeValue(rest: string): boolean {
  const space = rest.indexOf(' ')
  if (space < 0) return false
  const first = rest.slice(0, space).toLowerCase()
  // A month before a day's number (`March 3`), not `May faces revolt`.
  return VALUE_OPENINGS.has(first) || (MONTHS_AND_DAYS.has(first) && isAsciiDigit(rest.charCodeAt(space + 1)))
}

/** Prepositions a fact box's value opens with. */
const VALUE_OPENINGS: ReadonlySet<string> = new Set(['via', 'from', 'until', 'between', 'at', 'on', 'near', 'every', 'daily', 'weekdays'])

/** A headline in capitals, long enough not to be a crosshead. */
function parseCapitalsHeadline(text: string): RelatedParts | null {
  const initial = text.charCodeAt(0)
  // An ASCII opening that is no capital rules the line out without a pattern.
  if (initial < 0x80 && (initial < 0x41 || initial > 0x5a)) return null
  if (!OPENS_UPPER_CASE.test(text) || HAS_LOWER_CASE.test(text) || !isHeadlineShaped(text)) return null
  return countWords(text, MIN_CAPITALS_HEADLINE_WORDS) >= MIN_CAPITALS_HEADLINE_WORDS ? splitUrl(text) : null
}
