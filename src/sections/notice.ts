import {NOTICE_OPENINGS, NOTICE_PHRASES} from '../lexicon/notices.js'
import {countWords} from '../text/words.js'

/**
 * Whether a line is a site notice: a commenting policy, a newsletter or
 * subscription prompt, a copyright or reprint line, a report credit
 * (`… contributed to this report`, `Reporting by …`).
 *
 * @param text A trimmed line.
 * @returns True for a notice line.
 */
export function isNoticeLine(text: string): boolean {
  if (countWords(text) > 80) return false
  const lower = text.toLowerCase()
  if (NOTICE_OPENINGS.some((opening) => lower.startsWith(opening))) return true
  if (/^\(?(?:reporting|writing|editing|additional reporting) by\b/.test(lower)) return true
  return NOTICE_PHRASES.some((phrase) => lower.includes(phrase))
}
