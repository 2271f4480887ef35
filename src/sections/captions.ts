import {CREDIT_LABELS, CREDIT_WORDS} from '../lexicon/credits.js'
import {countWords, lowerWords, trimEndOf} from '../text/words.js'

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

/**
 * Split a caption line into caption and credit, recognising the styles
 * publishers use: `…: Getty`, `… (AP Photo/Name, File)`, `… Photograph: Name/Agency`,
 * `… REUTERS/Name`, `… © Agency`, `Image copyright Agency`.
 *
 * @param line One trimmed line.
 * @returns The parts, or null when the line carries no recognisable credit.
 */
export function splitCaptionCredit(line: string): CaptionParts | null {
  if (line.length > MAX_CAPTION_LENGTH || countWords(line) > MAX_CAPTION_WORDS) return null
  return (
    splitImageCopyright(line) ??
    splitLabelledCredit(line) ??
    splitBracketedCredit(line) ??
    splitCopyrightSign(line) ??
    splitSlashCredit(line) ??
    splitColonCredit(line)
  )
}

/** `Image copyright Getty Images` (BBC): a credit that precedes its caption. */
function splitImageCopyright(line: string): CaptionParts | null {
  const match = /^(?:image|picture|photo) (?:copyright|source|credit)\s*:?\s+(\S.{0,120})$/i.exec(line)
  return match?.[1] ? {text: '', credit: match[1]} : null
}

/** `… Photograph: Name/Agency`, `Photo: Name` */
function splitLabelledCredit(line: string): CaptionParts | null {
  const colon = line.lastIndexOf(':')
  if (colon < 0) return null
  const credit = line.slice(colon + 1).trim()
  if (!isCreditShaped(credit, false)) return null
  const before = line.slice(0, colon)
  const lower = before.toLowerCase()
  for (const label of CREDIT_LABELS) {
    if (!lower.endsWith(label)) continue
    const labelStart = before.length - label.length
    const previous = before.charAt(labelStart - 1)
    if (labelStart > 0 && !/[\s.,;(|—–-]/.test(previous)) continue
    // Only a label written with a capital (`Photograph:`) counts mid-line;
    // `the photo: a …` in running prose does not.
    if (!/\p{Lu}/u.test(before.charAt(labelStart))) continue
    const text = trimCaptionText(before.slice(0, labelStart))
    if (label === 'source' && text) continue
    return {text, credit}
  }
  return null
}

/** `… (AP Photo/Evan Vucci, File)`, `… (Reuters)`, `… (Photo: Name)` */
function splitBracketedCredit(line: string): CaptionParts | null {
  const trimmed = trimEndOf(line, '.')
  if (!trimmed.endsWith(')')) return null
  const open = trimmed.lastIndexOf('(')
  if (open < 0) return null
  const inner = trimmed.slice(open + 1, -1).trim()
  const text = trimCaptionText(trimmed.slice(0, open))
  if (countWords(text) < 3 && text !== '') return null
  const labelled = /^(?:photo|photograph|picture|image|credit|file photo)\b/i.test(inner)
  if (!labelled && !hasCreditWord(inner.split(/[:,]/, 1)[0] ?? '')) return null
  if (!isCreditShaped(inner, true)) return null
  return {text, credit: inner}
}

/** `… © Agency 2020` */
function splitCopyrightSign(line: string): CaptionParts | null {
  const sign = line.lastIndexOf('©')
  if (sign < 0) return null
  const credit = line.slice(sign + 1).trim()
  if (!credit || countWords(credit) > MAX_CREDIT_WORDS) return null
  return {text: trimCaptionText(line.slice(0, sign)), credit}
}

/** `… REUTERS/Carlos Barria`, `… AFP/Getty Images` at the end of a caption. */
function splitSlashCredit(line: string): CaptionParts | null {
  const slash = line.lastIndexOf('/')
  if (slash < 0) return null
  const space = line.lastIndexOf(' ', slash)
  const agency = line.slice(space + 1, slash)
  if (!CREDIT_WORDS.has(agency.toLowerCase()) || agency !== agency.toUpperCase()) return null
  const credit = line.slice(space + 1).trim()
  if (!isCreditShaped(credit, true)) return null
  const text = trimCaptionText(line.slice(0, space + 1))
  if (countWords(text) < 3) return null
  return {text, credit}
}

/** `… Soleimani: Getty`, `…: AFP via Getty Images` */
function splitColonCredit(line: string): CaptionParts | null {
  const colon = line.lastIndexOf(':')
  if (colon < 0) return null
  const credit = line.slice(colon + 1).trim()
  if (!isCreditShaped(credit, false) || !hasCreditWord(credit)) return null
  const text = trimCaptionText(line.slice(0, colon))
  if (countWords(text) < 3) return null
  return {text, credit}
}

/**
 * Whether a string can be a credit: short, no sentence inside it, starting with
 * a capital, a digit or an agency mark.
 */
function isCreditShaped(credit: string, allowComma: boolean): boolean {
  if (!credit || countWords(credit) > MAX_CREDIT_WORDS) return false
  if (/[.!?]\s+\p{Lu}/u.test(credit) || /[“”"]/.test(credit)) return false
  if (!allowComma && /,\s+\p{Ll}{4,}\s/u.test(credit)) return false
  return /^[\p{Lu}\p{N}©@]/u.test(credit)
}

/** Whether any word of a credit is an agency or credit word (`Getty`, `AP`, `Images`). */
function hasCreditWord(credit: string): boolean {
  if (credit.includes('/')) return true
  for (const word of lowerWords(credit.replace(/\//g, ' '))) {
    if (CREDIT_WORDS.has(word)) return true
  }
  return false
}

/** Drop the separators a scraper leaves between a caption and its credit. */
function trimCaptionText(text: string): string {
  return trimEndOf(text, '|,;:—–-')
}
