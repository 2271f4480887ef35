import type {Warning} from '../../schema.js'
import type {Line} from '../../text/scan-lines.js'
import {isOtherOf, type Role, type Roles} from '../roles.js'
import {PHOTO_WIDGET_OPENINGS} from '../../lexicon/credits.js'
import {NEWS_AGENCIES} from '../../lexicon/agencies.js'
import {openingPattern} from '../../text/phrase-pattern.js'
import {countWords} from '../../text/words.js'
import {createWarning} from '../../warnings.js'
import {isWidgetCredit, splitCaptionCredit} from '../captions.js'

/** A date written out at the end (`on March 3, 2020.`). */
const ENDS_WITH_DATE = /\b(?:on )?\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}\.$/u

/** How far apart (in non-blank lines) a scraper's repeat of a caption may stand. */
const CAPTION_REPEAT_WINDOW = 4

/** The most words of a photo description that a credit line below it joins. */
const MAX_CAPTION_ABOVE_WORDS = 40

/**
 * Captions with credits or caption markers, BBC's credit-then-caption pairs, and the scraper's repeats.
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 * @param warnings Where to add warnings for what the pass guessed.
 */
export function markCaptions(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (roles[index] !== undefined) continue
    const label = roles[index - 1]
    if (label?.part === 'other' && label.kind === 'media' && /^(?:image|photo|picture)\s*:?$/i.test(lines[index - 1]?.text ?? '')) {
      // `Image:` on its own line, then the description of the image.
      roles[index] = {part: 'caption', text: line.text, credit: null, through: index, duplicates: findRepeats(lines, roles, index)}
      continue
    }
    const parts = splitCaptionCredit(line.text)
    if (!parts || (parts.text === '' && signsBesideDate(lines, roles, index))) continue
    const next = lines[index + 1]
    const following = parts.text === '' && next && roles[index + 1] === undefined ? splitCaptionCredit(next.text) : null
    if (following && following.text !== '' && following.credit === null) {
      // A credit standing alone before a caption without one: BBC's `Image copyright` then `Image caption`.
      roles[index] = {part: 'caption', text: following.text, credit: parts.credit, through: index + 1, duplicates: []}
      roles[index + 1] = {part: 'covered'}
      continue
    }
    const previous = lines[index - 1]
    if (parts.text === '' && previous && !isPhotoWidget(line.text) && isCaptionAbove(previous, roles[index - 1]) && !endsProseRun(lines, roles, index)) {
      // A credit line under the photo description it belongs to.
      roles[index - 1] = {part: 'caption', text: previous.text, credit: parts.credit, through: index, duplicates: []}
      roles[index] = {part: 'covered'}
      continue
    }
    roles[index] = {part: 'caption', text: parts.text, credit: parts.credit, through: index, duplicates: findRepeats(lines, roles, index)}
    markAltTextAbove(lines, roles, index, parts.text)
  }
  markOpeningCaption(lines, roles, warnings)
}

/**
 * `PTI`, `Reuters` alone beside the date: an agency that signs the story (the
 * body pass reads it as the byline), not a photo's credit.
 */
function signsBesideDate(lines: readonly Line[], roles: Roles, index: number): boolean {
  return NEWS_AGENCIES.has(lines[index]?.text.toLowerCase() ?? '') && (isOtherOf(roles[index - 1], 'timestamp') || isOtherOf(roles[index + 1], 'timestamp'))
}

/**
 * Whether a credit line is a photo widget's (`Enlarge this image toggle caption
 * Name/Agency`, `hide caption …`): the widget stands for a photo whose caption
 * the scraper lost, so the body line above it is never that caption.
 */
function isPhotoWidget(text: string): boolean {
  return PHOTO_WIDGET.test(text.slice(0, LONGEST_PHOTO_WIDGET).toLowerCase())
}

const PHOTO_WIDGET = openingPattern(PHOTO_WIDGET_OPENINGS)
const LONGEST_PHOTO_WIDGET = Math.max(...PHOTO_WIDGET_OPENINGS.map((opening) => opening.length))

/**
 * `Alt text`, `Facebook Twitter Pinterest`, `Caption Photograph: Name/Agency`
 * on one block: the scraper kept the image's alt text, then its share buttons,
 * above the captioned line. Alt text that is the caption again is a repeat of
 * the caption, found before it; a shorter description is a media line.
 */
function markAltTextAbove(lines: readonly Line[], roles: Roles, index: number, text: string): void {
  const caption = roles[index]
  // The caption's own text on the line above, the captioned line repeating it with its credit.
  if (caption?.part === 'caption' && text !== '' && index - 1 > 0 && roles[index - 1] === undefined && lines[index - 1]?.text === text) {
    roles[index - 1] = {part: 'covered'}
    roles[index] = {...caption, duplicates: [index - 1, ...caption.duplicates]}
    return
  }
  const line = lines[index]
  const share = lines[index - 1]
  const alt = lines[index - 2]
  if (caption?.part !== 'caption' || text === '' || !line || !share || !alt || index - 2 === 0) return
  const shareRole = roles[index - 1]
  if (shareRole?.part !== 'other' || shareRole.kind !== 'share' || roles[index - 2] !== undefined) return
  if (share.index + 1 !== line.index || alt.index + 1 !== share.index) return
  if (alt.text === text) {
    roles[index - 2] = {part: 'covered'}
    roles[index] = {...caption, duplicates: [index - 2, ...caption.duplicates]}
  } else if (isCaptionAbove(alt, undefined)) {
    // A shorter description is the image's own line, not a repeat of its caption.
    roles[index - 2] = {part: 'other', kind: 'media'}
  }
}

/**
 * Whether the line above a lone credit line, across a blank line, ends a run
 * of body prose: the line above it is unclaimed too. A scraper keeps a
 * photo's description on the line right above its credit, or as the first
 * line of a block (under the headline, a share row, a media line); a credit
 * standing alone amid paragraphs is a photo whose description it lost, and
 * the paragraph above is the text's, unless the credit line is the photo
 * block's own, its widget's words still on it.
 */
function endsProseRun(lines: readonly Line[], roles: Roles, index: number): boolean {
  const above = lines[index - 1]
  const line = lines[index]
  if (above === undefined || line === undefined || above.index + 1 === line.index || index < 2 || roles[index - 2] !== undefined) return false
  return !isWidgetCredit(line.text)
}

/** Whether an unclaimed line can be the description a credit line below it belongs to. */
function isCaptionAbove(line: Line, role: Role | undefined): boolean {
  return role === undefined && countWords(line.text, MAX_CAPTION_ABOVE_WORDS) <= MAX_CAPTION_ABOVE_WORDS && !/["“”]/.test(line.text)
}

/**
 * Text that opens with a dated photo description and no title (`People walk
 * past the exchange on May 13, 2014.`): the scraper kept the caption, not the headline.
 */
function markOpeningCaption(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  const first = lines[0]
  if (!first || roles[0] !== undefined || countWords(first.text, MAX_CAPTION_ABOVE_WORDS) > MAX_CAPTION_ABOVE_WORDS) return
  if (ENDS_WITH_DATE.test(first.text)) {
    roles[0] = {part: 'caption', text: first.text, credit: null, through: 0, duplicates: findRepeats(lines, roles, 0)}
    warnings.push(
      createWarning('ambiguous-caption', 'Unexpected dated description as the first line, expected a headline; taken as a caption without a credit', first.position)
    )
  }
}

/** Mark the lines after `index` that repeat it, and return their indices. */
export function findRepeats(lines: readonly Line[], roles: Roles, index: number): number[] {
  const text = lines[index]?.text
  const repeats: number[] = []
  const end = Math.min(lines.length, index + 1 + CAPTION_REPEAT_WINDOW)
  for (let other = index + 1; other < end; other++) {
    if (roles[other] === undefined && lines[other]?.text === text) {
      roles[other] = {part: 'covered'}
      repeats.push(other)
    }
  }
  return repeats
}
