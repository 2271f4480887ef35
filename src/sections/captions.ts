import {CAPTION_OPENINGS, CAPTION_WIDGET_PREFIXES, CREDIT_LABELS, CREDIT_WORDS} from '../lexicon/credits.js'
import {NEWS_AGENCIES} from '../lexicon/agencies.js'
import {isGivenName} from '../lexicon/given-names.js'
import {anyOpeningPattern, openingPattern} from '../text/phrase-pattern.js'
import {countWords, isAsciiDigit, lastIndexOfChar, lowerWords, trimEndOf} from '../text/words.js'
import {dropShareRun} from './line-shape.js'

/** A capital letter. */
const UPPER_CASE_LETTER = /\p{Lu}/u

/** A word that starts in lower case. */
const LOWER_CASE_WORD_START = /(?:^|\s)\p{Ll}/gu

/** A stop, then a capital: two sentences. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u

/** A comma, then a lower-case word of four letters or more. */
const COMMA_THEN_WORD = /,\s+\p{Ll}{4,}\s/u

/** What a credit opens with: a capital, a digit, © or @. */
const CREDIT_START = /^[\p{Lu}\p{N}©@]/u

/** A caption line split into its text and its credit. */
export interface CaptionParts {
  /** The caption without its credit (empty for a credit standing alone). */
  text: string
  /** The credit, or null when the line carries none. */
  credit: string | null
}

const MAX_CAPTION_WORDS = 80
const MAX_CAPTION_LENGTH = 800
const MAX_CREDIT_WORDS = 12
const MAX_COLON_CREDIT_WORDS = 6

/**
 * Split a caption line into caption and credit, recognising the styles
 * publishers use: `…: Getty`, `… (AP Photo/Name, File)`, `… [File: Name/Reuters]`,
 * `… Photograph: Name/Agency`, `… REUTERS/Name`, `© Agency …`, BBC's
 * `Image copyright Agency Image caption …`, NPR's `toggle caption Name/Agency`,
 * and numbered gallery captions (`1 of 4. …`). Share buttons glued to the front
 * of a caption (`Facebook Twitter Pinterest …`) are dropped from its text.
 *
 * @param line One trimmed line.
 * @returns The parts, or null when the line is not a caption with a credit or a
 *   caption marker. A credit standing alone gives an empty `text`.
 */
export function splitCaptionCredit(line: string): CaptionParts | null {
  if (line.length > MAX_CAPTION_LENGTH) return null
  const phrased = opensLikeCaption(line)
  if (!phrased && !mayCarryCredit(line)) return null
  const text = dropWidgetPrefix(dropShareRun(line))
  const parts =
    (MARKED_OR_LEADING.test(text) ? (splitMarkedCaption(text) ?? splitLeadingCredit(text)) : null) ??
    splitBarredCredit(text) ??
    splitCreditParts(text) ??
    (phrased ? {text, credit: null} : null)
  // Counted last: reading up to 80 words costs more than the splitters, and most lines fail them.
  if (!parts || countWords(line, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) return null
  return {text: parts.text, credit: parts.credit === null ? null : cleanCredit(parts.credit)}
}

/** The splitters of a caption that carries its credit at its end or standing alone. */
function splitCreditParts(text: string): CaptionParts | null {
  return (
    splitBracketedCredit(text) ??
    splitLabelledCredit(text) ??
    splitEllipsisCredit(text) ??
    splitCopyrightSign(text) ??
    splitSlashCredit(text) ??
    splitTrailingCredit(text) ??
    splitColonCredit(text) ??
    splitBareCredit(text)
  )
}

// Case-insensitive and anchored: it reads a line's first characters where it is, with no copy lower-cased.
const CAPTION_OPENING = new RegExp(openingPattern(CAPTION_OPENINGS).source, 'i')

/** Whether a line opens the way only a photo caption does (`FILE - In this …`, `This undated photo …`). */
function opensLikeCaption(line: string): boolean {
  // Its first two letters first (`fi`, `in`, `th`, `an`, `a `, `sc`, `sc`), folded to lower case by hand:
  // the pattern is read only for the lines that open like one of its phrases.
  const pair = ((line.charCodeAt(0) | 0x20) << 8) | (line.charCodeAt(1) | 0x20)
  return CAPTION_OPENING_PAIRS.has(pair) && CAPTION_OPENING.test(line)
}

const CAPTION_OPENING_PAIRS: ReadonlySet<number> = new Set(CAPTION_OPENINGS.map((opening) => (opening.charCodeAt(0) << 8) | opening.charCodeAt(1)))

const WIDGET_PREFIX = openingPattern(CAPTION_WIDGET_PREFIXES)
const LONGEST_WIDGET_PREFIX = Math.max(...CAPTION_WIDGET_PREFIXES.map((prefix) => prefix.length))

/** `Expand | Collapse (Photo: …) …` → `(Photo: …) …`: widget words before a caption. */
function dropWidgetPrefix(line: string): string {
  const initial = line.charCodeAt(0) | 0x20
  if (initial !== 0x65 && initial !== 0x76 && initial !== 0x63) return line
  const match = WIDGET_PREFIX.exec(line.slice(0, LONGEST_WIDGET_PREFIX).toLowerCase())
  return match ? line.slice(match[0].length).trimStart() : line
}

/**
 * Where the last ` | `, ` — ` or ` – ` in a line's tail stands (the separators a credit may follow), or
 * a ` - ` after a sentence's stop (`… in Kota Bharu. - Bernama`); -1 for none.
 */
function lastSeparator(line: string, tail = CREDIT_TAIL): number {
  // Most tails hold no separator: one regex search of the tail (two characters longer, for the stop of
  // `. - ` and the space before a separator at its edge) rules them out at a fraction of the walk's cost.
  if (!ANY_SEPARATOR.test(line.slice(-(tail + 2)))) return -1
  // One walk back over the tail by character codes, not a search of the line per separator.
  for (let at = line.length - 2; at > 0 && at >= line.length - tail; at--) {
    const code = line.charCodeAt(at)
    if (line.charCodeAt(at - 1) !== 0x20 || line.charCodeAt(at + 1) !== 0x20) continue
    if (code === 0x7c || code === 0x2014 || code === 0x2013 || (code === 0x2d && line.charCodeAt(at - 2) === 0x2e)) return at - 1
  }
  return -1
}

/** A separator {@link lastSeparator} finds, anywhere: ` | `, ` — `, ` – `, or `. - `. */
const ANY_SEPARATOR = / [|—–] |\. - /

/**
 * `Caption (AP Photo/Name) | Name/AP Photo`, `Caption — Name/Agency`: a caption,
 * then a credit after a bar or a dash (again, when the caption has one). The credit inside the caption wins; the one after
 * the bar stands when the caption has none.
 */
function splitBarredCredit(line: string): CaptionParts | null {
  const bar = lastSeparator(line)
  if (bar < 0 || line.length - bar > CREDIT_TAIL) return null
  const after = splitBareCredit(line.slice(bar + 3).trim())
  if (!after) return null
  const before = line.slice(0, bar).trim()
  const inner = splitCreditParts(before)
  if (inner && inner.text !== '') return inner.credit === null ? {text: inner.text, credit: after.credit} : inner
  return countWords(before, 3) >= 3 ? {text: before, credit: after.credit} : null
}

/**
 * `… on April 1, 2017. REUTERS/Name/File Photo`, `… 2019. Agency/Handout via REUTERS`:
 * a credit without brackets as the last sentence of a caption, its parts
 * joined by slashes or `via`, one of them an agency.
 */
function splitTrailingCredit(line: string): CaptionParts | null {
  const stop = line.lastIndexOf('. ')
  if (stop < 0 || line.length - stop > CREDIT_TAIL) return null
  const credit = line.slice(stop + 2).trim()
  if (!credit.includes('/') && !credit.includes(' via ')) return null
  if (/[.!?]$/.test(credit) || !isCreditShaped(credit, true)) return null
  const named = credit.split(/\/| via /).some((part) => CREDIT_WORDS.has(part.trim().toLowerCase()))
  if (!named && !PHOTOGRAPHER_SLASH_OUTLET.test(credit)) return null
  const text = line.slice(0, stop + 1)
  return countWords(text, 3) >= 3 ? {text, credit} : null
}

/**
 * A photographer's name, a slash and the outlet, as papers credit their own
 * staff (`Fred Lund/The Daily Ledger`): two or three capitalised words, then
 * up to five, `and`, `of` and `&` allowed inside the outlet's name.
 */
const PHOTOGRAPHER_SLASH_OUTLET = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}\/\p{Lu}[\p{L}'’.-]*(?: (?:and|of|&|\p{Lu}[\p{L}'’.-]*)){0,4}$/u

/** How far from a line's end a credit's mark (`:`, `)`, `/`, `©`) can stand. */
const CREDIT_TAIL = 120

/**
 * Whether a line can be a caption with a credit at all: a credit mark near its
 * end, a caption marker or credit at its start, or a line as short as a bare
 * credit. Most body lines fail here, before any of the splitters runs.
 */
function mayCarryCredit(line: string): boolean {
  const tail = line.slice(-CREDIT_TAIL)
  // A mark and `Credit` in one search: most tails have neither.
  if (MARK_OR_CREDIT.test(tail) && (/[:)\]©/]/.test(tail) || ELLIPSIS_CREDIT.test(tail))) return true
  if (/^(?:image|picture|photo|media|enlarge|toggle|hide|©|\(|\d{1,3} of )/i.test(line)) return true
  // `… in Islamabad. — APP`: a short credit after a bar or a dash, which only the splitters can tell from prose.
  if (!MORE_THAN_SIX_WORDS.test(line)) return true
  const separator = lastSeparator(line, SEPARATED_CREDIT_LENGTH)
  return separator >= 0
}

/** A credit's mark (`:`, `)`, `]`, `©`, `/`) or `Credit`, which an ellipsis credit opens with. */
const MARK_OR_CREDIT = /[:)\]©/]|Credit/

/** The longest credit after a bar or a dash that makes a long line worth the splitters (`— Associated Press of Pakistan`). */
const SEPARATED_CREDIT_LENGTH = 40

// `countWords(line, 6) > 6` as one regex (words are runs of anything but space,
// tab and no-break space): this runs on most lines, and the regex engine reads
// a line faster than a loop over its characters.
const MORE_THAN_SIX_WORDS = /^[\t \u00A0]*(?:[^\t \u00A0]+[\t \u00A0]+){6}[^\t \u00A0]/

/**
 * Captions that say they are captions: `Image copyright X Image caption Y`,
 * `Media caption Y`, `toggle caption X`, `1 of 4. Y`.
 */
function splitMarkedCaption(line: string): CaptionParts | null {
  const bbc = BBC_CAPTION.exec(line)
  if (bbc?.[1]) return {text: bbc[2] ?? '', credit: bbc[1]}
  const media = MEDIA_CAPTION.exec(line)
  if (media?.[1]) return {text: media[1], credit: null}
  const npr = NPR_CAPTION.exec(line)
  if (npr?.[1]) return splitGalleryNavigation(npr[1]) ?? {text: '', credit: halveRepeat(npr[1])}
  const gallery = GALLERY_CAPTION.exec(line)
  if (gallery?.[1]) {
    const inner = gallery[1]
    return splitBracketedCredit(inner) ?? splitLabelledCredit(inner) ?? splitSlashCredit(inner) ?? {text: inner, credit: null}
  }
  return null
}

/** `Caption. Previous Next Name/Agency 1 of 9`: a gallery slide, its navigation between caption and credit. */
function splitGalleryNavigation(rest: string): CaptionParts | null {
  const navigation = rest.indexOf(' Previous Next ')
  if (navigation < 0) return null
  const credit = rest.slice(navigation + ' Previous Next '.length).replace(/\s\d{1,3} of \d{1,3}$/, '').trim()
  return {text: rest.slice(0, navigation).trim(), credit: credit || null}
}

/** A credit standing alone: `Rob Griffith/AP Photo`, `Getty Images`. */
function splitBareCredit(line: string): CaptionParts | null {
  if (/[.!?]$/.test(line) || MORE_THAN_SIX_WORDS.test(line) || !isCreditShaped(line, true)) return null
  const words = lowerWords(line.replace(/\//g, ' '))
  const agencies = words.filter((word) => CREDIT_WORDS.has(word)).length
  // `Name/Agency` or words that are mostly agency words (`AFP via Getty Images`).
  return (line.includes('/') && agencies > 0) || agencies * 2 > words.length ? {text: '', credit: line} : null
}

const LABELLED_CREDIT_BEFORE_WIDGET = new RegExp(
  `^(?:credit|photo|image|photograph|picture)s? ?: ?(\\S.{0,60}?) (?:${CAPTION_WIDGET_PREFIXES.map((prefix) => prefix.replace(/\|/g, '\\|')).join('|')})(?: (\\S.*))?$`,
  'i'
)

/**
 * Whether a line is a photo block's own credit line, the widget's words after
 * the credit and no caption (`Credit: Agency View full size image`): the block
 * is whole, so its description is the line above, not lost.
 */
export function isWidgetCredit(line: string): boolean {
  const widget = LABELLED_CREDIT_BEFORE_WIDGET.exec(line)
  return widget !== null && widget[2] === undefined
}

/** `© AFP Caption …`, `(File 2013/The Associated Press) Caption …`: a credit that opens the caption. */
function splitLeadingCredit(line: string): CaptionParts | null {
  // `Credit: Agency View full size image Caption`: the credit, the widget's words, the caption.
  const widget = LABELLED_CREDIT_BEFORE_WIDGET.exec(line)
  if (widget?.[1]) return {text: widget[2] ?? '', credit: widget[1]}
  const sign = SIGN_CREDIT.exec(line)
  if (sign?.[1] && sign[2] && CREDIT_WORDS.has(sign[1].toLowerCase())) return {text: sign[2], credit: sign[1]}
  const bracket = BRACKET_CREDIT.exec(line)
  // `(Reuters) - The Senate …`: an agency and a dash open a story, as a dateline does, not a caption.
  if (bracket?.[1] && bracket[2] && hasCreditWord(bracket[1]) && countWords(bracket[2], 3) >= 3 && !DASH_FIRST.test(bracket[2])) {
    return {text: bracket[2], credit: bracket[1]}
  }
  return null
}

/** BBC's `Image copyright Agency Image caption …`. */
const BBC_CAPTION = /^(?:image|picture|photo) (?:copyright|source|credit)(?:\s*:\s+|\s+)(\S.{0,150}?)(?:\s+image caption\s+(\S.*))?$/i

/** `Media caption …`, `Image caption …`, perhaps after the player's notice. */
const MEDIA_CAPTION = /^(?:media playback is (?:unsupported|not supported) on (?:your|this) device\s+)?(?:media|image) caption\s+(\S.*)$/i

/** NPR's `toggle caption Name/Agency`, `hide caption …`. */
const NPR_CAPTION = /^(?:enlarge this image\s+)?(?:toggle|hide) caption\s+(\S.*)$/i

/** A numbered gallery caption: `1 of 4. …`. */
const GALLERY_CAPTION = /^\d{1,3} of \d{1,3}\.\s+(\S.*)$/

/** `© AFP Caption …`: a credit sign and an agency opening the caption. */
const SIGN_CREDIT = /^©\s*(\S+)\s+(\S.*)$/u

/** `(File 2013/The Associated Press) Caption …`: a bracketed credit opening the caption. */
const BRACKET_CREDIT = /^\(([^()]{2,80})\)\s+(\S.*)$/

/**
 * Every shape the marked and leading splitters read, as one case-insensitive
 * union of their anchored patterns: most lines open with none, and one test
 * spares the seven.
 */
const MARKED_OR_LEADING = anyOpeningPattern([BBC_CAPTION, MEDIA_CAPTION, NPR_CAPTION, GALLERY_CAPTION, LABELLED_CREDIT_BEFORE_WIDGET, SIGN_CREDIT, BRACKET_CREDIT], 'i')

/** A dash first (`- The Senate …`, `— Forecasters …`). */
const DASH_FIRST = /^[-–—―]/

/** `… (AP Photo/Evan Vucci, File)`, `… (Reuters)`, `… (Photo: Name)`, `… [File: Name/Reuters]` */
function splitBracketedCredit(line: string): CaptionParts | null {
  // The line's last character past its stops first: a bracketed credit ends with `)` or `]`, or with the digit of
  // an image number glued after one; any other end rules the line out before the trim and the search below read it.
  const last = lastCodeBeforeStops(line)
  if (last !== 0x29 && last !== 0x5d && !isAsciiDigit(last)) return null
  // An image number a scraper glued to the closing bracket (`…, Name)AP2014`) is dropped.
  const trimmed = trimEndOf(line, '.').replace(GLUED_IMAGE_NUMBER, ')')
  const group = lastBracketGroup(trimmed)
  if (!group) return null
  const credit = creditInBrackets(group.inner)
  if (credit === null) return null
  const before = trimmed.slice(0, group.open)
  // `… (Photo: Name/Getty Images) (AFP)`: the photographer's credit before the distributor's.
  const earlier = lastBracketGroup(before.trimEnd())
  const photographer = earlier ? creditInBrackets(earlier.inner) : null
  const text = trimCaptionText(photographer === null || !earlier ? before : before.trimEnd().slice(0, earlier.open))
  if (countWords(text, 3) < 3 && text !== '') return null
  return {text, credit: photographer ?? credit}
}

/** The code of a text's last character that is neither a full stop nor white space, as `trimEndOf(text, '.')` ends; NaN for none. */
function lastCodeBeforeStops(text: string): number {
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) === 0x2e || WHITE_SPACE.test(text.charAt(end - 1)))) end--
  return end > 0 ? text.charCodeAt(end - 1) : Number.NaN
}

/** White space, as `trimEndOf` drops it. */
const WHITE_SPACE = /\s/

/** The last bracketed group a text ends with, brackets nested inside it allowed: `(Photo: Name (AFP))`. */
function lastBracketGroup(text: string): {open: number; inner: string} | null {
  const close = text.at(-1)
  if (close !== ')' && close !== ']') return null
  const opening = close === ')' ? '(' : '['
  let depth = 0
  // Credits are short: look no further back than a caption's tail.
  for (let at = text.length - 1; at >= Math.max(0, text.length - CREDIT_TAIL); at--) {
    const char = text.charAt(at)
    if (char === close) depth++
    else if (char === opening && --depth === 0) return {open: at, inner: text.slice(at + 1, -1).trim()}
  }
  return null
}

/**
 * The credit a bracketed group holds, or null: labelled (`Photo: …`, `File`) or
 * naming an agency or source. A distributor nested inside it
 * (`Name (AFP)`) gives way to the photographer.
 */
function creditInBrackets(inner: string): string | null {
  const nested = /^([^()]*\S)\s*\([^()]{1,40}\)$/.exec(inner)
  const own = nested?.[1] ?? inner
  // `(Coastline News: Sam Hollis)`: the outlet, a colon and the photographer, whatever the outlet.
  if (OUTLET_COLON_NAME.test(own) && isGivenName(own.slice(own.indexOf(': ') + 2).split(' ', 1)[0] ?? '')) return own
  const labelled = /^(?:photo|photograph|picture|image|credit|photo credit|file|file photo)\b/i.test(own)
  if (!labelled && !hasCreditWord(own.split(/[:,]/, 1)[0] ?? '') && !(nested && hasCreditWord(inner))) return null
  return isCreditShaped(own, true) ? own : null
}

/**
 * An outlet of up to four capitalised words, a colon, and a name of two or
 * three (`Coastline News: Sam Hollis`); the name must open with a known given
 * name, which a label's text (`Update: It Is`) does not.
 */
const OUTLET_COLON_NAME = /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}: \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u

const GLUED_IMAGE_NUMBER = /\)[A-Z]{1,4}\d{2,6}$/

/** `… Photograph: Name/Agency`, `Photo: Name`, `… Photographer: Name/Agency` */
function splitLabelledCredit(line: string): CaptionParts | null {
  const colon = lastIndexOfChar(line, ':')
  if (colon < 0) return null
  const credit = line.slice(colon + 1).trim()
  if (!isCreditShaped(credit, false)) return null
  const before = line.slice(0, colon)
  // Labels are short: lower-casing the whole line would cost its length.
  const lower = before.slice(-24).toLowerCase()
  for (const label of CREDIT_LABELS) {
    if (!lower.endsWith(label)) continue
    const labelStart = before.length - label.length
    if (labelStart > 0 && !/[\s.,;(|—–-]/.test(before.charAt(labelStart - 1))) continue
    // Only a label written with a capital (`Photograph:`) counts; `the photo:` in prose does not.
    if (!UPPER_CASE_LETTER.test(before.charAt(labelStart))) continue
    const text = trimCaptionText(before.slice(0, labelStart))
    if (label === 'source' && text) continue
    // A label opening the line before a headline is a link to a gallery (`PHOTOS: The fire seen at night`).
    if (text === '' && lowerCaseWords(credit) > MAX_LOWER_CREDIT_WORDS) continue
    return {text, credit}
  }
  return null
}

/**
 * `Commuters wait for a train.Credit...Jane Doe for The Ledger`: a credit after
 * `Credit` and three stops or an ellipsis, as some papers print it, often glued
 * to the caption's last stop; alone on its line, a bare credit.
 */
function splitEllipsisCredit(line: string): CaptionParts | null {
  const tail = line.slice(-CREDIT_TAIL)
  // The word first: a search for it costs a fraction of the pattern's, whose lookbehind is tried at every position.
  if (!tail.includes('Credit')) return null
  const found = ELLIPSIS_CREDIT.exec(tail)
  if (!found) return null
  const start = line.length - Math.min(line.length, CREDIT_TAIL) + found.index
  const credit = line.slice(start + found[0].length).trim()
  if (!isCreditShaped(credit, true)) return null
  return {text: trimCaptionText(line.slice(0, start).trim()), credit}
}

/** `Credit...` or `Credit…` at the start of the line or after a stop or a space. */
const ELLIPSIS_CREDIT = /(?:^|(?<=[\s.]))Credits?(?:\.\.\.|…)\s?(?=\S)/

/** The most words opening in lower case a credit may have (`Photo courtesy of the family`). */
const MAX_LOWER_CREDIT_WORDS = 4

/** How many words of a text open with a lower-case letter. */
function lowerCaseWords(text: string): number {
  return text.match(LOWER_CASE_WORD_START)?.length ?? 0
}

/** `… © Agency 2020`; not a copyright notice (`Copyright © 2019 …, All rights reserved`). */
function splitCopyrightSign(line: string): CaptionParts | null {
  const sign = lastIndexOfChar(line, '©')
  if (sign < 0) return null
  const credit = line.slice(sign + 1).trim()
  const text = trimCaptionText(line.slice(0, sign))
  if (!credit || countWords(credit, MAX_CREDIT_WORDS) > MAX_CREDIT_WORDS || countWords(text, 3) < 3) return null
  if (/rights reserved|reprint|copyright/i.test(line)) return null
  return {text, credit}
}

/** `… REUTERS/Carlos Barria`, `… AFP/Getty Images` at the end of a caption. */
function splitSlashCredit(line: string): CaptionParts | null {
  const slash = lastIndexOfChar(line, '/')
  if (slash < 0) return null
  let space = line.lastIndexOf(' ', slash)
  const agency = line.slice(space + 1, slash)
  if (!CREDIT_WORDS.has(agency.toLowerCase()) || agency !== agency.toUpperCase()) return null
  // `THE CANADIAN PRESS/Name`, `AP PHOTO/Name`: an agency of several words in capitals, known as a whole or word by word.
  let from = space
  for (let word = 1; word < MAX_AGENCY_WORDS && from > 0; word++) {
    const before = line.lastIndexOf(' ', from - 1)
    const previous = line.slice(before + 1, from)
    if (!ALL_CAPITALS_WORD.test(previous)) break
    from = before
    const phrase = line.slice(from + 1, slash).toLowerCase()
    if (NEWS_AGENCIES.has(phrase) || phrase.split(' ').every((each) => CREDIT_WORDS.has(each))) space = from
  }
  const credit = line.slice(space + 1).trim()
  if (!isCreditShaped(credit, true)) return null
  const text = trimCaptionText(line.slice(0, space + 1))
  if (countWords(text, 3) < 3) return null
  return {text, credit}
}

/** The most words of an agency in capitals before a credit's slash (`THE GLOBE AND MAIL/Name`). */
const MAX_AGENCY_WORDS = 4

/** A word in capitals with no stop (`CANADIAN`, `AND`); a lone capital (`A`) is an initial or an article. */
const ALL_CAPITALS_WORD = /^\p{Lu}[\p{Lu}&'’-]+$/u

/** `… Soleimani: Getty`, `…: AFP via Getty Images` */
function splitColonCredit(line: string): CaptionParts | null {
  const colon = lastIndexOfChar(line, ':')
  if (colon < 0) return null
  const credit = line.slice(colon + 1).trim()
  // Credit-shaped first: its opening test rules out most prose after a colon.
  if (!isCreditShaped(credit, false) || countWords(credit, MAX_COLON_CREDIT_WORDS) > MAX_COLON_CREDIT_WORDS) return null
  if (/\.\s|\.$|www\.|https?:/i.test(credit) || !hasCreditWord(credit)) return null
  // `… on Tuesday. Source: Getty`: a label the labelled splitter leaves to prose, but the credit is an agency's.
  const text = trimCaptionText(withoutTrailingLabel(line.slice(0, colon)))
  if (countWords(text, 3) < 3) return null
  return {text, credit}
}

/** A caption's text without a credit label at its end (`… on Tuesday. Source` → `… on Tuesday.`). */
function withoutTrailingLabel(text: string): string {
  const space = text.lastIndexOf(' ')
  const last = text.slice(space + 1)
  return space > 0 && UPPER_CASE_LETTER.test(last.charAt(0)) && CREDIT_LABELS.includes(last.toLowerCase()) ? text.slice(0, space) : text
}

/**
 * Whether a string can be a credit: short, no sentence inside it, starting with
 * a capital, a digit or an agency mark.
 */
function isCreditShaped(credit: string, allowComma: boolean): boolean {
  // The opening first: it looks at one character, and prose after a colon
  // often fails it; the count and the scans read the whole credit.
  if (!opensLikeCredit(credit) || countWords(credit, MAX_CREDIT_WORDS) > MAX_CREDIT_WORDS) return false
  if (SENTENCE_BREAK.test(credit) || /[“”"]/.test(credit)) return false
  return allowComma || !COMMA_THEN_WORD.test(credit)
}

/** Whether a credit opens with a capital, a digit, `©` or `@`; ASCII openings without the unicode pattern. */
function opensLikeCredit(credit: string): boolean {
  const code = credit.charCodeAt(0)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x40
  return CREDIT_START.test(credit)
}

/** Whether any word of a credit is an agency or credit word (`Getty`, `AP`, `Images`). */
function hasCreditWord(credit: string): boolean {
  if (credit.includes('/')) return true
  for (const word of lowerWords(credit.replace(/\//g, ' '))) {
    if (CREDIT_WORDS.has(word)) return true
  }
  return false
}

/** Drop a label the credit carries inside its brackets: `Photo: Name/AP` → `Name/AP`. */
function cleanCredit(credit: string): string {
  const label = /^(?:photo|photograph|picture|image|credit|photo credit|file|file photo)\s*:\s*(\S.*)$/i.exec(credit)
  return label?.[1] ?? credit
}

/** `Seth Wenig/AP Seth Wenig/AP` → `Seth Wenig/AP`: NPR prints the credit twice. */
function halveRepeat(text: string): string {
  const half = (text.length - 1) / 2
  return Number.isInteger(half) && text.charAt(half) === ' ' && text.slice(0, half) === text.slice(half + 1) ? text.slice(0, half) : text
}

/** Drop the separators a scraper leaves between a caption and its credit. */
function trimCaptionText(text: string): string {
  // `Photo: Crews work …`: the label that opens a caption is no part of its text.
  return trimEndOf(text.replace(CAPTION_LABEL, ''), '|,;:—–-')
}

/** A label opening a caption's line (`Photo: `, `Image: `, `Picture: `). */
const CAPTION_LABEL = /^(?:photo|image|picture|pictured):\s+/i
