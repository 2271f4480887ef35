import {isSpaceCode} from '../text/scan-lines.js'
import {isApostrophe, OPENS_UPPER_CASE} from '../text/words.js'

/** A letter or digit anywhere. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** A quoted span found in one paragraph. Offsets are into the paragraph's text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the first character inside the marks. */
  readonly start: number
  /** Offset just past the last character inside the marks. */
  readonly end: number
  /** Offset just past the closing mark (equal to `end` when unclosed). */
  readonly close: number
  /** Whether a closing mark was found in the paragraph. */
  readonly closed: boolean
  /** The family of the opening mark: double or single quotes. */
  readonly family: 'double' | 'single'
}

type Family = QuoteSpan['family']

const DOUBLE_OPENERS = new Set(['“', '„', '«', '"'])
const DOUBLE_CLOSERS = new Set(['”', '»', '"', '“'])
const SINGLE_CLOSERS = new Set(['’', '›', "'", '‘'])
/** Marks that open no matter what stands around them. */
const UNAMBIGUOUS_OPENERS = new Set(['“', '„', '«', '‘', '‚', '‹'])

/**
 * Find the quoted spans of one paragraph in a single pass: every family of
 * marks (`“…”`, `"…"`, `‘…’`, `«…»`, `„…“`, `‚…‘`, `‹…›`), nested quotes kept
 * inside the outer one, `’` in `Here’s` read as an apostrophe, and a closing
 * mark typed where an opening one belongs (`: ”Here’s…”`) read as opening.
 *
 * @param text The paragraph.
 * @param continued Whether the next paragraph opens with a straight single
 *   mark, so that one left open here is a quote going on there, not an apostrophe.
 * @returns The top-level quoted spans, in order; the last may be unclosed.
 */
export function findQuoteSpans(text: string, continued = false): readonly QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let family: Family = 'double'
  // Where the paragraph's last closing straight single mark stands, found once when first asked.
  let lastClosing: number | undefined

  // The regex engine jumps from one quotation mark to the next; the rules below run on marks only.
  const marks = /["'“”„«»‘’‚‹›]/g
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const index = found.index
    const char = found[0]
    if (open < 0) {
      const opened = openingFamily(text, index)
      if (opened) {
        open = index
        family = opened
      }
      continue
    }
    if (isClosing(text, index, family)) {
      if (index > open + 1) {
        spans.push({open, start: open + 1, end: index, close: index + 1, closed: true, family})
      }
      open = -1
    } else if (text.charAt(open) === "'" && DOUBLE_OPENERS.has(char) && openingFamily(text, index) === 'double' && !(opensSpeech(text, open) && (lastClosing ??= lastClosingSingle(text)) > index)) {
      // A double quote opening inside a straight single one: the single mark was an apostrophe,
      // unless it opens the paragraph or a colon's speech before a capital (`'We were told it was "the only way",' she said`).
      open = index
      family = 'double'
    }
  }

  if (open >= 0 && open + 1 < text.length) {
    const straightSingle = family === 'single' && text.charAt(open) === "'"
    // An unclosed straight single mark is far more often an apostrophe (`'90s`) than a quote,
    // unless the next paragraph opens with one, as a quote over several paragraphs does, and it
    // opens this paragraph, a sentence or a clause (`said: 'We …`), not a word (`watched 'Oumuamua`).
    if (!straightSingle || (continued && opensClause(text, open))) {
      spans.push({open, start: open + 1, end: trimmedEnd(text), close: text.length, closed: false, family})
    }
  }
  // `push` leaves room for sixteen more, and most paragraphs have no quote: the quote stage holds every
  // paragraph's spans at once, and an empty array each took 1.3 MB of a seed-like article of 10 MB.
  return spans.length === 0 ? NO_SPANS : spans.slice()
}

/** The spans of every paragraph without a quote: one empty list, never written to. */
const NO_SPANS: readonly QuoteSpan[] = []

/** The family a mark at `index` opens, or null when it opens nothing. */
function openingFamily(text: string, index: number): Family | null {
  const char = text.charAt(index)
  const before = text.charAt(index - 1)
  const after = text.charAt(index + 1)
  if (after === '' || isSpace(after)) return null
  const atWordStart = index === 0 || isSpace(before) || WORD_START_PUNCTUATION.has(before)
  // `Obama‘s`, `don‘t`: a left single mark typed for an apostrophe, between a word and its ending.
  if (char === '‘' && !atWordStart && LETTER_OR_DIGIT.test(before) && endsContraction(text, index + 1)) return null
  if (UNAMBIGUOUS_OPENERS.has(char)) return DOUBLE_OPENERS.has(char) ? 'double' : 'single'
  // `author="…"`, `">`: an attribute's value and the end of a tag left in the text by markup, no quote.
  if (char === '"') return (atWordStart || !LETTER_OR_DIGIT.test(before)) && before !== '=' && after !== '>' ? 'double' : null
  if (char === "'") return atWordStart && LETTER_OR_DIGIT.test(after) ? 'single' : null
  // A closing double mark at the start of a word: a typo for an opening one.
  if (char === '”') return atWordStart && LETTER_OR_DIGIT.test(after) ? 'double' : null
  return null
}

/** The endings an apostrophe joins to a word (`’s`, `n’t`, `’ll`); each must end its word, so their order does not matter. */
const CONTRACTION_ENDINGS: readonly string[] = ['s', 't', 're', 'll', 've', 'd', 'm']

/** Whether a possessive's or contraction's ending starts at `at` and ends its word (`s` in `Obama‘s court`). */
function endsContraction(text: string, at: number): boolean {
  for (const ending of CONTRACTION_ENDINGS) {
    if (text.startsWith(ending, at) && !LETTER_OR_DIGIT.test(text.charAt(at + ending.length))) return true
  }
  return false
}

/** Whether the mark at `index` closes a quote of `family`. */
function isClosing(text: string, index: number, family: Family): boolean {
  const char = text.charAt(index)
  const before = text.charAt(index - 1)
  const after = text.charAt(index + 1)
  const afterWord = LETTER_OR_DIGIT.test(after)
  if (family === 'double') {
    if (!DOUBLE_CLOSERS.has(char)) return false
    // `“` closes only where it cannot open: after a word, before a space or punctuation.
    if (char === '“') return !isSpace(before) && !afterWord
    if (char === '"') return !isSpace(before) || after === '' || isSpace(after)
    return true
  }
  if (!SINGLE_CLOSERS.has(char)) return false
  // `’` or `'` before a letter is an apostrophe (`Here’s`, `Ruiz's`), not a closing mark.
  if (isApostrophe(char) && afterWord) return false
  if (isSpace(before)) return false
  // `‘My parents’ house flooded,’ she said`, `rock ’n’ roll`: an apostrophe at a word's end, when the
  // quote closes later after its own punctuation (`,’`), as a possessive plural's does not.
  if (isApostrophe(char) && (before === 's' || before === 'S' || isApostrophe(text.charAt(index - 2)))) return !closesLater(text, index)
  return true
}

/** How far past an apostrophe-like mark a quote's own closing mark is looked for: a bound, so a paragraph costs linear time. */
const CLOSING_LOOKAHEAD = 400

/**
 * Whether, after the mark at `index` and before any single quote opens, a
 * single mark right after a sentence's punctuation (`,’`, `.’`, `?’`) closes
 * the quote: the mark at `index` is then an apostrophe inside it.
 */
function closesLater(text: string, index: number): boolean {
  const end = Math.min(text.length, index + CLOSING_LOOKAHEAD)
  for (let at = index + 1; at < end; at++) {
    const char = text.charAt(at)
    if (char === '‘') return false
    if (isApostrophe(char) && CLOSING_PUNCTUATION.has(text.charAt(at - 1)) && !LETTER_OR_DIGIT.test(text.charAt(at + 1))) return true
  }
  return false
}

/** Punctuation a quote's last words end with before its closing mark. */
const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', '?', '!', '…', '—', '–'])

/** Whether a mark at `index` opens the text or follows a stop, colon or comma and a space. */
function opensClause(text: string, index: number): boolean {
  return index === 0 || (isSpace(text.charAt(index - 1)) && CLAUSE_END.has(text.charAt(index - 2)))
}

/** Punctuation that ends a sentence or a clause before a quote (`said: '…`, `he continued, '…`). */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ':', ',', '!', '?', ';'])

/** The end of the text without trailing white space. */
function trimmedEnd(text: string): number {
  let end = text.length
  while (end > 0 && isSpace(text.charAt(end - 1))) end--
  return end
}

/** Punctuation after which a mark stands at the start of a word. */
const WORD_START_PUNCTUATION: ReadonlySet<string> = new Set(['(', '[', '{', '—', '–', ':', '/', '-'])

/** Whether a character is white space (or the empty string past either end). */
function isSpace(char: string): boolean {
  return char !== '' && isSpaceCode(char.charCodeAt(0))
}

/**
 * Whether a straight single mark at `open` may open speech with a double quote
 * inside it: first in the paragraph or after a colon, before a capital letter.
 * The caller asks too that a single mark closes it after the double one (not
 * `'Oumuamua “…” the authors wrote`, a name's apostrophe).
 */
function opensSpeech(text: string, open: number): boolean {
  const after = open === 0 || (text.charCodeAt(open - 1) === 0x20 && text.charCodeAt(open - 2) === 0x3a)
  return after && OPENS_UPPER_CASE.test(text.charAt(open + 1))
}

/**
 * Where the last straight single mark that closes a quote stands, or -1: after
 * a word or a mark, before a space, a stop or the end; not a plural's
 * apostrophe before a lower-case word (`the players' union`). One walk back
 * over the paragraph, asked for once.
 */
function lastClosingSingle(text: string): number {
  for (let at = text.lastIndexOf("'"); at > 0; at = text.lastIndexOf("'", at - 1)) {
    const before = text.charAt(at - 1)
    const next = text.charCodeAt(at + 1)
    if (!CLOSES_AFTER.test(before) || !(Number.isNaN(next) || isSpaceCode(next) || CLOSES_BEFORE.has(text.charAt(at + 1)))) continue
    // `the players' union`: a letter, the mark, a space and a lower-case word is a plural's apostrophe.
    if (LETTER.test(before) && isSpaceCode(next) && LOWER_CASE_LETTER.test(text.charAt(at + 2))) continue
    return at
  }
  return -1
}

const LETTER = /\p{L}/u
const LOWER_CASE_LETTER = /\p{Ll}/u

/** What a closing straight single mark stands after: a letter, a digit, a stop or a closing double mark. */
const CLOSES_AFTER = /[\p{L}\p{N}.,!?"”]/u

/** What a closing straight single mark stands before, besides a space and the end. */
const CLOSES_BEFORE: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?'])
