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
  // The end and the start first: most prose ends like a sentence, and looking
  // at it costs less than counting the words.
  const endsLikeHeadline = /[?!]["'’”»]?$/u.test(text) || (!endsLikeSentence(text) && !/[,;]$/.test(text))
  if (!endsLikeHeadline || !startsCapitalised(text)) return false
  const words = countWords(text, maxWords)
  return words > 0 && words <= maxWords
}
