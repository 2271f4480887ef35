import {countWords, endsLikeSentence, startsCapitalised} from '../text/words.js'

/** The most words a headline-shaped line may have. */
export const MAX_HEADLINE_WORDS = 30

/**
 * Whether a line reads as a headline rather than body prose: it opens with a
 * capital, digit or quotation mark, is at most 30 words, and does not end like a
 * sentence (a headline may end with `?`, `!` or a closing quote).
 *
 * @param text A trimmed line.
 * @param maxWords The most words allowed.
 * @returns True for a headline-shaped line.
 */
export function isHeadlineShaped(text: string, maxWords: number = MAX_HEADLINE_WORDS): boolean {
  if (text.length > 400) return false
  // A full stop last is a sentence's end, no headline's: most body lines end so, and one character
  // rules them out before the patterns below (which would say the same) are run.
  if (text.charCodeAt(text.length - 1) === 0x2e) return false
  // The end and the start first: most prose ends like a sentence, and looking
  // at it costs less than counting the words.
  const endsLikeHeadline = /[?!]["'’”»]?$/u.test(text) || (!endsLikeSentence(text) && !/[,;]$/.test(text))
  if (!endsLikeHeadline || !startsCapitalised(text)) return false
  const words = countWords(text, maxWords)
  return words > 0 && words <= maxWords
}
