import type {Line} from '../../text/scan-lines.js'
import {isOtherOf, type Role, type Roles} from '../roles.js'
import {countWords, endsLikeSentence} from '../../text/words.js'
import {isHeadlineShaped} from '../headline.js'
import {isBareUrl, parseMediaLink, parseRelatedLine, parseStandaloneHeadline, splitUrl, type RelatedParts} from '../related.js'

/** The fewest words a headline under a related heading has (a lone `8` is a counter). */
const MIN_HEADLINE_WORDS = 2

/**
 * Headlines under a `Read more` heading, and inline `Headline Read more` lines.
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 */
export function markRelatedLinks(lines: readonly Line[], roles: Roles): void {
  let underHeading = false
  const spaced = spacesItsBlocks(lines)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const role = roles[index]
    if (role?.part === 'other' && role.kind === 'related-heading') {
      // A card's `Read more` closes its card; a heading opens a list.
      underHeading = !markCardAbove(lines, roles, index)
      if (underHeading) markHeadlineAbove(lines, roles, index)
      continue
    }
    if (role?.part === 'covered') continue
    const media = role?.part === 'other' && role.kind === 'media' ? parseMediaLink(line.text) : null
    if (media) {
      roles[index] = {part: 'related', title: media.title, url: media.url, through: index}
      continue
    }
    if (role !== undefined) {
      // A carousel's controls under the heading (`Previous`, `1`, `Next`) go on with the list.
      underHeading &&= isListControl(line.text, role)
      continue
    }
    const inline = parseRelatedLine(line.text) ?? parseMediaLink(line.text) ?? standaloneHeadline(lines, roles, index) ?? (spaced ? gluedHeadline(lines, roles, index) : null)
    const listed = underHeading ? withoutBullet(line.text) : line.text
    const link = inline ?? (underHeading && isHeadlineShaped(listed) && countWords(listed, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS ? splitUrl(listed) : null)
    if (!link) {
      // A carousel's page number (`1`), which the label pass reads later, goes on with the list too.
      underHeading &&= PAGE_NUMBER.test(line.text)
      continue
    }
    const next = lines[index + 1]
    const urlLine = link.url === null && next && roles[index + 1] === undefined && isBareUrl(next.text)
    let through = urlLine ? index + 1 : index
    if (urlLine) roles[index + 1] = {part: 'covered'}
    // A card's time under its headline (`2 hours ago`) is the card's, in a list: never the article's date.
    if (underHeading && isOtherOf(roles[through + 1], 'timestamp')) roles[++through] = {part: 'covered'}
    roles[index] = {part: 'related', title: link.title, url: urlLine ? next.text : link.url, through}
  }
}

/** A carousel's page number (`1`, `12`). */
const PAGE_NUMBER = /^\d{1,2}$/

/** A list item's bullet and the space after it. */
const BULLET = /^[•·▪►*–-] /

/** The most words of a carousel's control (`Previous`, `Next`, `1`). */
const MAX_CONTROL_WORDS = 2

/** Whether a line the role passes claimed is a list's control: a media or label line of a word or two. */
function isListControl(text: string, role: Role): boolean {
  return isOtherOf(role, 'media', 'label') && countWords(text, MAX_CONTROL_WORDS) <= MAX_CONTROL_WORDS
}

/** A list item's text without its bullet (`• Headline` → `Headline`). */
function withoutBullet(text: string): string {
  return BULLET.test(text) ? text.slice(2) : text
}

/** A related link known by its shape alone, on a line standing alone in the body; the shape first, which most lines fail. */
function standaloneHeadline(lines: readonly Line[], roles: Roles, index: number): RelatedParts | null {
  if (index === 0) return null
  const link = parseStandaloneHeadline(lines[index]!.text)
  return link && standsAlone(lines, roles, index) ? link : null
}

/**
 * Whether a line is a block of its own between body lines: a blank line (or the
 * text's edge) above and below it, and no unclaimed short line beside it (a
 * chart's labels are short lines, each a block of its own).
 */
function standsAlone(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]!
  const above = lines[index - 1]
  const below = lines[index + 1]
  if (above !== undefined && (above.index + 1 === line.index || isShortUnclaimed(above, roles[index - 1]))) return false
  return below === undefined || (below.index > line.index + 1 && !isShortUnclaimed(below, roles[index + 1]))
}

/** The most lines in ten that may run on with no blank line after them in a page that spaces its blocks. */
const MAX_GLUED_TENTHS = 2

/** The fewest lines of a page whose spacing is read: a short text says little. */
const MIN_SPACED_LINES = 8

/**
 * Whether a text sets a blank line after most of its lines (eight in ten or
 * more): each paragraph a block of its own, so a line glued to the one under
 * it is not a paragraph's start.
 */
function spacesItsBlocks(lines: readonly Line[]): boolean {
  if (lines.length < MIN_SPACED_LINES) return false
  let glued = 0
  for (let index = 1; index < lines.length; index++) if (lines[index]!.index === lines[index - 1]!.index + 1) glued++
  return glued * 10 <= (lines.length - 1) * MAX_GLUED_TENTHS
}

/** The fewest and most words of a link's headline glued above a paragraph. */
const MIN_GLUED_HEADLINE_WORDS = 4
const MAX_GLUED_HEADLINE_WORDS = 16

/** The fewest words of the paragraph under it: prose, not a heading or a label. */
const MIN_GLUED_PROSE_WORDS = 12

/** A quotation mark or a bracket first: speech or an aside, no headline. */
const OPENS_WITH_MARK = /^["“‘'([]/

/**
 * The Guardian's inline link to another story (`Who is the new harbour master?`)
 * on a page that spaces its paragraphs: a headline with a blank line above it
 * and the paragraph glued under it, where a crosshead would have its own block.
 */
function gluedHeadline(lines: readonly Line[], roles: Roles, index: number): RelatedParts | null {
  const line = lines[index]!
  const below = lines[index + 1]
  const above = lines[index - 1]
  // The spacing first: it reads two numbers, and nearly every line of such a page has a blank under it.
  if (!below || !above || index < 2 || below.index !== line.index + 1 || above.index + 1 === line.index || roles[index + 1] !== undefined) return null
  const text = line.text
  if (OPENS_WITH_MARK.test(text) || !isHeadlineShaped(text, MAX_GLUED_HEADLINE_WORDS) || countWords(text, MIN_GLUED_HEADLINE_WORDS) < MIN_GLUED_HEADLINE_WORDS) return null
  if (text.charCodeAt(text.length - 1) === 0x3a || !endsLikeSentence(below.text) || countWords(below.text, MIN_GLUED_PROSE_WORDS) < MIN_GLUED_PROSE_WORDS) return null
  return splitUrl(text)
}

/** The most words of a chart or table label (as the body pass reads them). */
const MAX_LABEL_WORDS = 3

function isShortUnclaimed(line: Line, role: Role | undefined): boolean {
  return role === undefined && countWords(line.text, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS
}

/**
 * A related card: `Headline`, its teaser, then `Read more` (or `Read more
 * site.com`), three lines of one block. The headline is the link; the teaser
 * is covered by it.
 *
 * @returns Whether a card ended at the heading.
 */
function markCardAbove(lines: readonly Line[], roles: Roles, heading: number): boolean {
  const marker = lines[heading]
  const teaser = lines[heading - 1]
  const headline = lines[heading - 2]
  if (!marker || !teaser || !headline || heading - 2 === 0 || !/^read more\b/i.test(marker.text)) return false
  if (roles[heading - 1] !== undefined || roles[heading - 2] !== undefined) return false
  if (teaser.index + 1 !== marker.index || headline.index + 1 !== teaser.index) return false
  if (!isHeadlineShaped(headline.text)) return false
  const link = splitUrl(headline.text)
  roles[heading - 2] = {part: 'related', title: link.title, url: link.url, through: heading - 1}
  roles[heading - 1] = {part: 'covered'}
  return true
}

/**
 * `Headline` then a lone `Read more` with prose after it: the Guardian's inline
 * related link broken over two lines. The headline is the link.
 */
function markHeadlineAbove(lines: readonly Line[], roles: Roles, heading: number): void {
  const above = lines[heading - 1]
  const below = lines[heading + 1]
  if (!above || roles[heading - 1] !== undefined || !/^read more$/i.test(lines[heading]?.text ?? '')) return
  if (below && roles[heading + 1] === undefined && isHeadlineShaped(below.text)) return
  if (heading - 1 === 0 || !isHeadlineShaped(above.text)) return
  const link = splitUrl(above.text)
  roles[heading - 1] = {part: 'related', title: link.title, url: link.url, through: heading - 1}
}
