import {NEWS_AGENCIES} from '../lexicon/agencies.js'
import {BYLINE_DESKS, BYLINE_DESK_WORDS, BYLINE_LABELS, BYLINE_TAIL_WORDS, JOURNALIST_POST_NOUNS} from '../lexicon/bylines.js'
import {NAME_PARTICLES} from '../lexicon/function-words.js'

/** Control and format characters. */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]+/gu

/** A capitalised word. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u

/** The most words a person's name in a byline has (`Ana María de la Cruz` is five). */
const MAX_NAME_WORDS = 5

/** The longest line read as a byline without a label (`Jane Doe | Reuters`). */
const MAX_UNLABELLED_LENGTH = 80

/**
 * The people a byline names, in order and as written: `By Jane Doe and John
 * Roe, Political Correspondents` gives `Jane Doe` and `John Roe`; `Jane Doe |
 * Reuters` gives `Jane Doe`; an agency or desk (`By Associated Press`,
 * `Reuters Staff`) gives none.
 *
 * The label goes first, then whatever follows a bar, slash, dash or bracket
 * (the affiliation). What is left is read as comma-separated segments: the
 * first segment's names always count; later segments count only when the list
 * closes with `and` (`Jane Doe, John Roe and Ann Poe`), since a comma alone
 * more often brings the paper or the desk (`Jane Doe, Ottawa Evening Star`).
 *
 * @param text A byline line as written.
 * @returns The names, possibly none.
 */
export function bylineAuthors(text: string): string[] {
  const named: string[][] = []
  for (const segment of withoutAffiliation(withoutLabel(text)).split(',')) {
    const read = namesOf(segment)
    if (read === null) break
    named.push(read.names)
    if (read.ended) break
  }
  // Past the first segment, names count only when the list closes with `and` in its last segment.
  const closed = named.length > 1 && (named.at(-1)?.length ?? 0) > 1
  return closed ? named.flat() : (named[0] ?? [])
}

/**
 * Whether a line with no `By` label is a byline: a name and an agency or
 * desk (`Jane Doe | Reuters`, `Jane Doe, Associated Press`, `Jane Doe, Staff
 * Writer`) or an agency's staff (`Reuters Staff`). Only known agencies and
 * desks count, so a name followed by a place or a caption's credit is not taken.
 *
 * @param line A trimmed line.
 * @returns True for a byline.
 */
export function isUnlabelledByline(line: string): boolean {
  // `Jo Vale · Harbour News ·`: a separator the scraper left at the end is no part of the byline.
  const text = line.endsWith(' ·') || line.endsWith(' |') ? line.slice(0, -2) : line
  // Both shapes end with the agency's or desk's last letter: a line ending in a stop, a quotation
  // mark or a figure (most short lines) is ruled out by one character.
  const last = text.charCodeAt(text.length - 1) | 0x20
  if (text.length > MAX_UNLABELLED_LENGTH || last < 0x61 || last > 0x7a) return false
  if (last === 0x66 && text.slice(-6).toLowerCase() === ' staff') return NEWS_AGENCIES.has(text.slice(0, -6).toLowerCase())
  const bar = firstOf(text, '|', ',', '·')
  if (bar < 0) return false
  return isAgencyOrDesk(text.slice(bar + 1).trim().toLowerCase()) && isPersonName(text.slice(0, bar).trim().split(/\s+/))
}

/** Whether a lower-case phrase is an agency (`reuters`), a desk (`staff writer`) or a journalist's post (`political correspondent`). */
function isAgencyOrDesk(lower: string): boolean {
  return NEWS_AGENCIES.has(lower) || BYLINE_DESKS.has(lower) || isJournalistPost(lower)
}

/** Up to three lower-case words, then the noun of a journalist's post (`political correspondent`, `senior health editors`). */
function isJournalistPost(lower: string): boolean {
  const words = lower.split(' ')
  const noun = words.at(-1) ?? ''
  if (words.length > 4 || !words.every((word) => POST_WORD.test(word))) return false
  return JOURNALIST_POST_NOUNS.has(noun) || (noun.endsWith('s') && JOURNALIST_POST_NOUNS.has(noun.slice(0, -1)))
}

/** A lower-case word of a post (`senior`, `co-host`, `women's`). */
const POST_WORD = /^[a-z'-]+$/

/** The index of the first of some characters in a text, or -1. */
function firstOf(text: string, ...characters: readonly string[]): number {
  let first = -1
  for (const character of characters) {
    const at = text.indexOf(character)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** The byline without its opening label (`By`, `Written by`, `Author:`). */
function withoutLabel(text: string): string {
  // `ByCallum Rennie`: a scraper joined the label to the name.
  if (GLUED_BY.test(text)) return text.slice(2)
  const lower = text.slice(0, 16).toLowerCase()
  for (const label of BYLINE_LABELS) {
    const after = lower.charAt(label.length)
    if (lower.startsWith(label) && (after === ':' || /\s/.test(after))) return text.slice(label.length + 1).replace(/^[\s:]+/, '')
  }
  return text
}

/** `By` joined to a capitalised name (`ByCallum`), which no word opens with. */
const GLUED_BY = /^By\p{Lu}\p{Ll}/u

// What starts the affiliation after the names: a bar, slash, semicolon, bracket,
// an at sign (a handle), or a dash set between spaces (a hyphen inside a name is no cut).
const AFFILIATION = /[|/;(@·]| [-–—] /

/** The byline up to its affiliation. */
function withoutAffiliation(text: string): string {
  const cut = AFFILIATION.exec(text)
  return cut ? text.slice(0, cut.index) : text
}

/** The most words of an agency, desk or post written after the names with no mark between (`Jo Vale Associated Press`). */
const MAX_TRAILING_DESK_WORDS = 4

/**
 * A segment's words without an agency, desk or journalist's post that follows
 * the names with no comma or bar (`By Sam Ferris Global News`, `By JO VALE
 * and SAM LEE Associated Press`, `By Rhea Mistry Contributing Columnist`),
 * the longest such tail that leaves a name of two words.
 */
function withoutTrailingDesk(words: readonly string[]): readonly string[] {
  for (let count = Math.min(MAX_TRAILING_DESK_WORDS, words.length - 2); count >= 1; count--) {
    if (isAgencyOrDesk(words.slice(-count).join(' ').toLowerCase())) return words.slice(0, -count)
  }
  return words
}

/**
 * The names of one comma segment, split at `and` and `&`, or null when the
 * segment is no list of names (a role, a desk, an agency, a place). `ended`
 * says a word that ends the list (`in Nairobi`, `for the Daily Planet`) stopped it.
 */
function namesOf(segment: string): {names: string[]; ended: boolean} | null {
  // Tabs and controls a scraper left inside a name are no part of it: the name's words are kept, joined by a space.
  const words = segment.split(/\s+/).map((word) => word.replace(CONTROL_CHARACTERS, '')).filter((word) => word !== '')
  const tail = words.findIndex((word) => BYLINE_TAIL_WORDS.has(word))
  const kept = withoutTrailingDesk(tail < 0 ? words : words.slice(0, tail))
  const names: string[] = []
  let current: string[] = []
  for (const word of [...kept, '&']) {
    if (word !== 'and' && word !== 'AND' && word !== '&') {
      current.push(word)
      continue
    }
    if (!isPersonName(current)) return null
    names.push(withoutFinalStop(current.join(' ')))
    current = []
  }
  return {names, ended: tail >= 0}
}

/** A name without the colon or full stop a byline put after it; an initial (`Jane Doe Jr.`, `J.`) keeps its stop. */
function withoutFinalStop(name: string): string {
  const last = name.slice(name.lastIndexOf(' ') + 1)
  if (last.endsWith(':') || (last.endsWith('.') && last.length > 4)) return name.slice(0, -1)
  return name
}

/**
 * Whether words are a person's name: two to five words, the first and last
 * capitalised, the others capitalised, initials or particles (`de`, `van`);
 * no word a role or desk word, and not an agency's name.
 *
 * @param words The words, as written.
 */
function isPersonName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false
  const lower = words.join(' ').toLowerCase()
  if (isAgencyOrDesk(lower)) return false
  for (const [index, word] of words.entries()) {
    const plain = word.replace(/[.,:]$/, '').toLowerCase()
    if (BYLINE_DESK_WORDS.has(plain)) return false
    const edge = index === 0 || index === words.length - 1
    if (NAME_PARTICLES.has(word) && !edge) continue
    if (!CAPITALISED_WORD.test(word)) return false
  }
  return true
}
