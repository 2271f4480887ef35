/**
 * Split text into lower-case words, dropping punctuation at their edges.
 *
 * @param text Any text.
 * @returns The words, in order; none empty.
 */
export function lowerWords(text: string): string[] {
  const result: string[] = []
  for (const raw of text.toLowerCase().split(/\s+/)) {
    const word = trimPunctuation(raw)
    if (word) result.push(word)
  }
  return result
}

/**
 * Drop punctuation and symbols from both ends of a token.
 *
 * @param token A whitespace-free token.
 * @returns The token without leading or trailing punctuation.
 */
export function trimPunctuation(token: string): string {
  let start = 0
  let end = token.length
  while (start < end && !isWordChar(token.charAt(start))) start++
  while (end > start && !isWordChar(token.charAt(end - 1))) end--
  return token.slice(start, end)
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * `text.lastIndexOf(char)`, found sooner when `char` is absent: V8 reads a
 * two-byte string backwards about three times slower than forwards, and most
 * lines searched for a credit's `:`, `/` or `©` have none.
 *
 * @param text Any text.
 * @param char The character to find.
 * @returns The index of its last occurrence, or -1.
 */
export function lastIndexOfChar(text: string, char: string): number {
  return text.includes(char) ? text.lastIndexOf(char) : -1
}

/**
 * Whether a UTF-16 code unit is an ASCII digit.
 *
 * @param code A code unit (`NaN`, read past the end of a string, is not a digit).
 * @returns True for 0–9.
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Whether a UTF-16 code unit is an ASCII letter or digit.
 *
 * @param code A code unit.
 * @returns True for A–Z, a–z and 0–9.
 */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/**
 * Whether a character is a letter or a digit, in any script.
 *
 * @param char One character.
 * @returns True for letters and digits.
 */
export function isWordChar(char: string): boolean {
  // ASCII by code: this runs on the edges of every word of every short line.
  const code = char.charCodeAt(0)
  if (code < 0x80) return isAsciiLetterOrDigit(code)
  return WORD_CHAR.test(char)
}

/**
 * Count the words of a text, by runs of white space, stopping once the count
 * passes `limit`: a check such as "at most 12 words" then costs no more than
 * reading 13 words, however long the line.
 *
 * @param text Any text.
 * @param limit Stop counting past this many words.
 * @returns The number of words, or `limit + 1` when there are more than `limit`.
 */
export function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const space = code === 32 || code === 9 || code === 0xa0
    if (!space && !inWord && ++count > limit) return count
    inWord = !space
  }
  return count
}

// Emoji a line may open with (`🔴 Live:`, `🇬🇧 Team named`): pictographs,
// dingbats, skin tones, flags, joiners and variation selectors, with the spaces
// after them. Not © or ®, which open copyright notices.
const LEADING_EMOJI = /^[\u{1F000}-\u{1FAFF}\u2600-\u27BF\u2B00-\u2BFF\p{Variation_Selector}\p{Join_Control}\s]+/u

/** An upper-case letter first (`Harbour`, `Élise`). */
export const OPENS_UPPER_CASE = /^\p{Lu}/u

/**
 * Whether text starts with an upper-case letter, a digit, or an opening mark
 * followed by one, after any emoji the line opens with.
 *
 * @param text Any text.
 * @returns True when the text opens like a sentence or headline.
 */
export function startsCapitalised(text: string): boolean {
  const emoji = LEADING_EMOJI.exec(text)?.[0].length ?? 0
  return CAPITAL_AFTER_MARKS.test(emoji > 0 ? text.slice(emoji) : text)
}

/** A capital or digit after at most three marks (`“The`, `(2`). */
const CAPITAL_AFTER_MARKS = /^[\p{P}\p{S}]{0,3}[\p{Lu}\p{N}]/u

/**
 * Whether text ends like a sentence: a full stop, question or exclamation mark,
 * ellipsis or colon, possibly followed by closing quotes or brackets.
 *
 * @param text Any text.
 * @returns True for sentence-final punctuation.
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?:;…][)\]"'’”»]{0,3}$/u.test(text)
}

/**
 * Whether a character is an apostrophe, curly or straight (`’`, `'`).
 *
 * @param char One character.
 * @returns True for either apostrophe.
 */
export function isApostrophe(char: string): boolean {
  return char === '’' || char === "'"
}

/**
 * Drop any of the given characters from the end of a text, then white space
 * from both ends. A loop rather than a `[…]+$` regex, which would rescan the
 * text from every start and go quadratic on long lines.
 *
 * @param text Any text.
 * @param chars The characters to drop from the end.
 * @returns The trimmed text.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && (chars.includes(text.charAt(end - 1)) || /\s/.test(text.charAt(end - 1)))) end--
  return text.slice(0, end).trim()
}

/**
 * The lower-case ASCII letter that `text.toLowerCase()` opens with, or `''`
 * when it opens with anything else. A test for a lower-case ASCII opening can
 * look at this one character instead of lower-casing the text's head: besides
 * A–Z and a–z, only `İ` (to `i` and a combining dot) and the Kelvin sign (to
 * `k`) lower-case to an ASCII letter (checked over every code point in the tests).
 *
 * @param text Any text.
 * @param at Where the text opens within `text`, to test a word in place without slicing it.
 * @returns One of `a`–`z`, or `''`.
 */
export function lowerInitial(text: string, at = 0): string {
  const code = text.charCodeAt(at)
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return String.fromCharCode(code | 0x20)
  if (code === 0x1_30) return 'i'
  if (code === 0x21_2a) return 'k'
  return ''
}

/**
 * The lower-case ASCII letter that `text.toLowerCase()` ends with, or `''`
 * when it ends with anything else: the counterpart of {@link lowerInitial} for
 * a test of a text's end. Besides A–Z and a–z, only the Kelvin sign lower-cases
 * to a text ending in an ASCII letter (`İ` ends in a combining dot).
 *
 * @param text Any text.
 * @returns One of `a`–`z`, or `''`.
 */
export function lowerFinal(text: string): string {
  const code = text.charCodeAt(text.length - 1)
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return String.fromCharCode(code | 0x20)
  if (code === 0x21_2a) return 'k'
  return ''
}

/**
 * The initials of phrases that all open with a lower-case ASCII letter, for a
 * cheap first test with {@link lowerInitial}; null when one opens with anything
 * else, where no such test is safe.
 *
 * @param phrases Lower-case phrases.
 * @returns Their first letters, or null.
 */
export function asciiInitials(phrases: Iterable<string>): ReadonlySet<string> | null {
  const initials = new Set<string>()
  for (const phrase of phrases) {
    const initial = phrase.charAt(0)
    if (initial < 'a' || initial > 'z') return null
    initials.add(initial)
  }
  return initials
}

/**
 * Whether `text.toLowerCase()` may open with one of the phrases whose
 * {@link asciiInitials} these are: false only when it surely does not.
 *
 * @param text Any text.
 * @param initials From {@link asciiInitials}.
 * @returns False when no phrase can open the lower-cased text.
 */
export function mayOpenWithAny(text: string, initials: ReadonlySet<string> | null): boolean {
  return initials === null || initials.has(lowerInitial(text))
}

/**
 * The first two letters of phrases that all open with two lower-case ASCII
 * letters, each pair as one number, for a cheap first test with
 * {@link mayOpenWithPair}: it tells more lines apart than an initial does
 * (`The …` from `Top …`); null when a phrase opens otherwise.
 *
 * @param phrases Lower-case phrases.
 * @returns Their opening pairs, or null.
 */
export function asciiPairs(phrases: Iterable<string>): ReadonlySet<number> | null {
  const pairs = new Set<number>()
  for (const phrase of phrases) {
    const first = phrase.charCodeAt(0)
    const second = phrase.charCodeAt(1)
    if (!(first >= 0x61 && first <= 0x7a) || !(second >= 0x61 && second <= 0x7a)) return null
    pairs.add((first << 8) | second)
  }
  return pairs
}

/**
 * Whether `text.toLowerCase()` may open with one of the phrases whose
 * {@link asciiPairs} these are: false only when it surely does not. ASCII
 * letters are folded by hand; a text opening with any other character is
 * passed (the Kelvin sign, for one, lower-cases to `k`).
 *
 * @param text Any text.
 * @param pairs From {@link asciiPairs}.
 * @returns False when no phrase can open the lower-cased text.
 */
export function mayOpenWithPair(text: string, pairs: ReadonlySet<number> | null): boolean {
  const first = text.charCodeAt(0)
  const second = text.charCodeAt(1)
  if (pairs === null || first >= 0x80 || second >= 0x80) return true
  // An ASCII character lower-cases to a letter only from that letter or its capital, which `| 0x20` maps to it.
  return pairs.has(((first | 0x20) << 8) | (second | 0x20))
}
