import {
  ADVERTISEMENT_LINES,
  DATE_WORDS,
  MEDIA_LINES,
  MONTHS_AND_DAYS,
  PROMPT_OPENINGS,
  RELATED_HEADINGS,
  SHARE_NETWORKS,
  SHARE_WORDS,
  TIMESTAMP_OPENINGS
} from '../lexicon/boilerplate.js'
import type {OtherKind} from '../schema.js'
import {countWords, lowerWords} from '../text/words.js'

/**
 * The lower-case form of a line used for whole-line lookups: trailing colons,
 * dashes and ellipses dropped, inner white space folded.
 *
 * @param text A trimmed line.
 * @returns Its key.
 */
export function lineKey(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING_PUNCTUATION.has(text.charAt(end - 1))) end--
  return text.slice(0, end).toLowerCase().replace(/\s+/g, ' ')
}

// Characters a whole-line key ignores at its end (a loop, not a `[…]+$` regex,
// which would rescan the line from every start).
const TRAILING_PUNCTUATION = new Set([...' \t\u00A0:|>»›·•-–—.…'])

/**
 * Recognise a line that is boilerplate by its shape alone, whatever surrounds it:
 * advertisements, share-button runs, article-age labels, bylines, timestamps,
 * datelines on their own, related-link headings, media widgets and prompts.
 *
 * @param text A trimmed, non-blank line.
 * @returns The kind of line, or null when the shape says nothing.
 */
export function classifyLineShape(text: string): OtherKind | null {
  // The Guardian's explainer box, scraped onto one long line.
  if (/^quick guide\s.{0,200}\sshow hide\s/i.test(text)) return 'media'
  if (text.length > 200) return null
  // Past 25 words only a media line (`Play …`, `… 2:25`) has a shape of its own.
  if (countWords(text, 25) > 25) return isMediaLine(text, text.toLowerCase()) ? 'media' : null
  const key = lineKey(text)
  if (ADVERTISEMENT_LINES.has(key)) return 'advertisement'
  if (RELATED_HEADINGS.has(key)) return 'related-heading'
  if (MEDIA_LINES.has(key) || /^(?:image|photo|picture|slide) \d{1,3} (?:of|\/) \d{1,3}$/.test(key)) return 'media'
  if (/^\d{1,3} (?:of|\/) \d{1,3}$/.test(key) || /^\d{1,4} (?:photos|images|pictures)$/.test(key)) return 'gallery'
  if (/^this (?:article|story|content) is (?:more than|over) [\w ]{1,30} old$/.test(key)) return 'article-age'
  const words = lowerWords(key)
  if (isShareRun(words)) return 'share'
  if (isByline(text)) return 'byline'
  if (isTimestamp(key, words)) return 'timestamp'
  if (isLoneDateline(text)) return 'dateline'
  if (isMediaLine(text, key)) return 'media'
  if (countWords(text, 16) <= 16 && PROMPT_OPENINGS.some((opening) => key.startsWith(opening))) {
    return 'prompt'
  }
  if (/^\P{Ll}{2,40}:$/u.test(text) && countWords(text, 4) <= 4) return 'label'
  if (/^(?:chart|graphic|table|map|infographic|source|sources|note|notes)\s*:/.test(key) && countWords(text, 25) <= 25) {
    return 'label'
  }
  return null
}

/** `PlayHeadline…`, `Video: …`, `Headline 2:25`: a video or slideshow widget. */
function isMediaLine(text: string, key: string): boolean {
  return /^(?:Play|PLAY|Slideshow|SLIDESHOW|CLOSE)(?=\p{Lu}|\s|$)/u.test(text) || /^(?:video|watch|listen):/.test(key) || /\s\d{1,2}:\d\d$/.test(text)
}

/**
 * Whether a line is nothing but share buttons (`Facebook Twitter Email`, `Share this article`).
 */
function isShareRun(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 14) return false
  return words.every((word) => SHARE_WORDS.has(word)) && words.some((word) => SHARE_NETWORKS.has(word))
}

/**
 * Whether a line is a byline: `By Name`, `By Name and Name, Title`, `Author: Name`.
 */
function isByline(text: string): boolean {
  if (countWords(text, 12) > 12 || /[.!?]["”]?$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false
  return /^(?:by|written by|words by|author|reporter|posted by|story by)[\s:]+\S/i.test(text)
}

/**
 * Whether a line says only when the article was published or updated.
 */
function isTimestamp(key: string, words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 16) return false
  if (TIMESTAMP_OPENINGS.some((opening) => key.startsWith(opening)) && /\d/.test(key)) return true
  // Every word a date word or a number, and at least one month, weekday or
  // clock time: a bare number is a chart value, not a date.
  let anchored = false
  for (const word of words) {
    if (MONTHS_AND_DAYS.has(word) || /^\d{1,2}[:.]\d\d(?:am|pm)?$/.test(word) || word === 'ago') anchored = true
    else if (!DATE_WORDS.has(word) && !/^\d[\d:.,/-]*(?:st|nd|rd|th|am|pm|h)?$/.test(word)) return false
  }
  return anchored || /^\d{1,4}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}$/.test(key)
}

/**
 * Whether a line is a dateline standing alone: `WASHINGTON —`, `LONDON (Reuters) -`.
 */
function isLoneDateline(text: string): boolean {
  return /^\p{Lu}[\p{Lu} .'-]{1,30}(?:, \p{Lu}[\p{L} .]{1,20})?(?: ?\([\p{L} .]{1,30}\))?\s*[-—–]{1,2}$/u.test(text)
}

/**
 * Drop share buttons a scraper glued to the front of a line
 * (`Facebook Twitter Pinterest The caption…`).
 *
 * @param line A trimmed line.
 * @returns The line without its leading share buttons (the line itself when it has none).
 */
export function dropShareRun(line: string): string {
  let rest = line
  for (;;) {
    const space = rest.indexOf(' ')
    if (space < 0 || !SHARE_WORDS_AT_FRONT.has(rest.slice(0, space).toLowerCase())) return rest
    rest = rest.slice(space + 1).trimStart()
  }
}

// Share words that can stand at the front of a caption or paragraph without being prose
// (not `share` or `this`, which open sentences).
const SHARE_WORDS_AT_FRONT: ReadonlySet<string> = new Set([...SHARE_NETWORKS, 'print', 'whatsapp', 'pinterest'].filter((word) => word !== 'share'))
