import {ABBREVIATIONS} from '../lexicon/abbreviations.js'
import type {QuoteSpan} from './quote-spans.js'

/**
 * A word of a paragraph with its offsets and context. A paragraph has one a
 * word and an article all of them at once, so only what cannot be derived is
 * stored: the rest are getters (five fields, not eight, a quarter less memory).
 */
export class Token {
  /** The word as written. */
  readonly text: string
  /** Lower case, without a possessive `’s`. */
  readonly lower: string
  /** Offset of the first character in the paragraph. */
  readonly start: number
  /** Index of the quoted span it lies in, or -1. */
  readonly span: number
  /** Index of its sentence in the paragraph. */
  readonly sentence: number

  /**
   * @param text The word as written.
   * @param lower Its lower-case form without a possessive.
   * @param start Its offset in the paragraph.
   * @param span The index of the quoted span it lies in, or -1.
   * @param sentence The index of its sentence.
   */
  constructor(text: string, lower: string, start: number, span: number, sentence: number) {
    this.text = text
    this.lower = lower
    this.start = start
    this.span = span
    this.sentence = sentence
  }

  /** Offset just past the last character. */
  get end(): number {
    return this.start + this.text.length
  }

  /** Whether it lies inside a quoted span. */
  get quoted(): boolean {
    return this.span >= 0
  }

  /** Whether it starts with a capital letter. */
  get capitalised(): boolean {
    return startsUpperCase(this.text)
  }
}

// A word is a run of letters and digits, with inner apostrophes, stops and
// hyphens (`U.S`, `Esper’s`, `far-right`). Scanned by hand: a regex with
// Unicode classes and a match object a word cost more than the rest of tokenize.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u

/**
 * Split a paragraph into words, marking which lie inside quotes and which
 * sentence each belongs to. Sentence breaks inside quotes are ignored, so a
 * quote and its attribution stay in one sentence.
 *
 * @param text The paragraph.
 * @param spans Its quoted spans, in order.
 * @param words The words met so far in the article, each kept once, or null:
 *   with one map for all of an article's paragraphs, a word that recurs (`the`,
 *   `said`, a name) is one string, not one a use, and its hash is computed once.
 * @returns The words in order.
 */
export function tokenize(text: string, spans: readonly QuoteSpan[], words: Map<string, string> | null = null): Token[] {
  const tokens: Token[] = []
  let spanIndex = 0
  let sentence = 0
  let previous: Token | undefined
  for (let cursor = 0; cursor < text.length; ) {
    if (!isWordCode(text, cursor)) {
      cursor++
      continue
    }
    const start = cursor
    // One pass over the word finds its end and whether it is plain: lower-case
    // ASCII, as most words are, its own lower form with no new string.
    let plain = true
    for (;;) {
      while (cursor < text.length) {
        const code = text.charCodeAt(cursor)
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) cursor++
        else if (code >= 0x41 && code <= 0x5a) {
          plain = false
          cursor++
        } else if (code >= 0x80 && isWordCode(text, cursor)) {
          plain = false
          cursor += code >= 0xd8_00 && code <= 0xdb_ff ? 2 : 1
        } else break
      }
      // Through an inner apostrophe, stop or hyphen when more word follows (`U.S`, `Esper’s`, `far-right`).
      const separator = text.charCodeAt(cursor)
      if (!isInnerSeparator(separator) || cursor + 1 >= text.length || !isWordCode(text, cursor + 1)) break
      if (separator >= 0x80) plain = false
      cursor++
    }
    const word = shared(words, text.slice(start, cursor))
    while (spanIndex < spans.length && (spans[spanIndex]?.close ?? 0) <= start) spanIndex++
    const span = spans[spanIndex]
    const quoted = span !== undefined && span.start <= start && start < span.end
    const sameQuote = quoted && previous?.span === spanIndex
    if (previous && !sameQuote && endsSentence(text, previous, previous.end, start)) sentence++
    const lowered = lowerWithoutPossessive(text, start, cursor, plain ? word : word.toLowerCase())
    const lower = lowered === word ? word : shared(words, lowered)
    previous = new Token(word, lower, start, quoted ? spanIndex : -1, sentence)
    tokens.push(previous)
  }
  return tokens
}

/** The string in `words` equal to `word`, kept there if it is the first; `word` itself without a map. */
function shared(words: Map<string, string> | null, word: string): string {
  if (words === null) return word
  const known = words.get(word)
  if (known !== undefined) return known
  words.set(word, word)
  return word
}

/**
 * Whether the gap between the previous word and the next one ends a sentence:
 * a full stop, question or exclamation mark (perhaps followed by closing
 * marks), then white space, then a capital or an opening mark; not after an
 * abbreviation or an initial.
 */
function endsSentence(text: string, previous: Token, from: number, to: number): boolean {
  // Most gaps are one space: only a stop, question or exclamation mark can end a sentence.
  // `(… off the hook). Next`: a closing bracket may stand before the stop.
  const first = text.charCodeAt(from)
  if (!opensSentenceGap(first)) return false
  const gap = text.slice(from, to)
  if (!/^[)\]]?[.!?…]+["'’”»)]*\s+["'‘“«(]?$/u.test(gap)) return false
  // An abbreviation, an initial (`J.`) or a run of initials (`G.K.`) ends no sentence.
  if (gap.startsWith('.') && (ABBREVIATIONS.has(previous.text.toLowerCase()) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(previous.text))) {
    return false
  }
  // A new sentence opens with a capital, a digit, or an opening mark after the space
  // (`… said. “We …`); a closing straight mark before the space (`“Go!" at the …`) opens nothing.
  return /^\p{Lu}|^\p{N}/u.test(text.charAt(to)) || /\s["'‘“«(]$/.test(gap)
}

/**
 * `.`, `!`, `?`, `…`, `)` and `]`: the only code units that can open a
 * sentence-ending gap. Compared, not looked up: this runs at every gap.
 */
function opensSentenceGap(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x20_26 || code === 0x29 || code === 0x5d
}

/**
 * Drop a possessive `’s` from a word's lower-case form, the form the lexicons
 * are keyed by. Lower-casing keeps the last two code units of `’S`, so the
 * paragraph tells.
 */
function lowerWithoutPossessive(text: string, start: number, end: number, lower: string): string {
  const last = text.charCodeAt(end - 1)
  const apostrophe = text.charCodeAt(end - 2)
  const possessive = end - start > 2 && (last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x20_19)
  return possessive ? lower.slice(0, -2) : lower
}

/** Whether a word starts with a capital: ASCII tested by code, the rest by Unicode property. */
function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return /^\p{Lu}/u.test(word)
}

/** Whether the code unit at `index` belongs to a word: ASCII by code, the rest by Unicode class. */
function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  // Spelled out rather than a call to `isAsciiLetterOrDigit`: inside tokenize,
  // V8 stops inlining before that call, and the quote stage ran 10% slower.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (code >= 0xd8_00 && code <= 0xdb_ff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2))
  return LETTER_OR_DIGIT.test(text.charAt(index))
}

/** `'`, `’`, `.` and `-`: what may join the parts of one word. */
function isInnerSeparator(code: number): boolean {
  return code === 0x27 || code === 0x20_19 || code === 0x2e || code === 0x2d
}
