import type {Warning} from '../schema.js'
import type {Line} from '../text/scan-lines.js'
import {QUESTION_HEADING_WORDS, WIDGET_OPENINGS} from '../lexicon/boilerplate.js'
import {countWords, isWordChar, lowerWords, startsCapitalised} from '../text/words.js'
import {createWarning} from '../warnings.js'
import {splitCaptionCredit} from './captions.js'
import {isHeadlineShaped} from './headline.js'
import {classifyLineShape, dropShareRun} from './line-shape.js'
import {isNoticeLine} from './notice.js'
import {isBareUrl, parseRelatedLine, splitUrl} from './related.js'
import type {Role, Roles} from './roles.js'

/** How far apart (in non-blank lines) a scraper's repeat of a caption may stand. */
const CAPTION_REPEAT_WINDOW = 4
/** How far (in non-blank lines) a pull quote may stand from the paragraph it repeats. */
const PULL_QUOTE_WINDOW = 12
/** The most words a crosshead may have. */
const MAX_CROSSHEAD_WORDS = 10
/** The fewest words a repeated line needs to be taken for a caption (not a chart label). */
const MIN_REPEATED_CAPTION_WORDS = 3
/** The most words a title may have: tabloids write long headlines. */
const MAX_TITLE_WORDS = 45
/** How many share words glued before a sentence are stripped from the paragraph's text. */
const MIN_GLUED_SHARE_WORDS = 2
/** How long the sentence after glued share words must be for the strip. */
const MIN_GLUED_SENTENCE_WORDS = 4
/** The most words of a photo description that a credit line below it joins. */
const MAX_CAPTION_ABOVE_WORDS = 40
/** The most lines a poll or form widget runs to. */
const MAX_WIDGET_LINES = 12
/** The most words a line of a widget may have. */
const MAX_WIDGET_LINE_WORDS = 20
/** The most words a line of a chart or table may have. */
const MAX_LABEL_WORDS = 3
/** How many short lines in a row make a chart or table. */
const MIN_LABEL_RUN = 3

/** The roles of the non-blank lines, with the warnings raised while assigning them. */
export interface RoleAssignment {
  readonly roles: readonly Role[]
  readonly warnings: readonly Warning[]
}

/**
 * Give every non-blank line one role. Each pass claims the lines it is sure of
 * and leaves the rest to later passes; what no pass claims is body text.
 *
 * @param lines The non-blank lines, in input order.
 * @returns One role per line, and warnings for what was guessed.
 */
export function assignRoles(lines: readonly Line[]): RoleAssignment {
  const roles: Roles = Array.from({length: lines.length}, () => undefined)
  const warnings: Warning[] = []
  markLineShapes(lines, roles)
  markTitle(lines, roles, warnings)
  markCaptions(lines, roles, warnings)
  markRelatedLinks(lines, roles)
  markNotice(lines, roles)
  markRepeatedLines(lines, roles, warnings)
  markBody(lines, roles, warnings)
  return {roles: roles.map((role) => role ?? {part: 'paragraph'}), warnings}
}

/** Boilerplate known by its shape alone: advertisements, share runs, bylines… */
function markLineShapes(lines: readonly Line[], roles: Roles): void {
  for (const [index, line] of lines.entries()) {
    const kind = classifyLineShape(line.text)
    if (kind) roles[index] = {part: 'other', kind}
  }
}

/** The first line is the title when it reads as a headline. */
function markTitle(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  const first = lines[0]
  if (!first) return
  if (roles[0] === undefined && isHeadlineShaped(first.text, MAX_TITLE_WORDS) && !splitCaptionCredit(first.text)) {
    roles[0] = {part: 'title'}
    // Scrapers often print the headline again under the standfirst.
    for (const [index, line] of lines.entries()) {
      if (index > 0 && roles[index] === undefined && line.text === first.text) roles[index] = {part: 'other', kind: 'headline'}
    }
    return
  }
  warnings.push(
    createWarning(
      'missing-title',
      'Unexpected first line that does not read as a headline, expected a title; `title` is null',
      first.position
    )
  )
}

/** Captions with credits or caption markers, BBC's credit-then-caption pairs, and the scraper's repeats. */
function markCaptions(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  for (const [index, line] of lines.entries()) {
    if (roles[index] !== undefined) continue
    const label = roles[index - 1]
    if (label?.part === 'other' && label.kind === 'media' && /^(?:image|photo|picture)\s*:?$/i.test(lines[index - 1]?.text ?? '')) {
      // `Image:` on its own line, then the description of the image.
      roles[index] = {part: 'caption', text: line.text, credit: null, through: index, duplicates: findRepeats(lines, roles, index)}
      continue
    }
    const parts = splitCaptionCredit(line.text)
    if (!parts) continue
    const next = lines[index + 1]
    const following = parts.text === '' && next && roles[index + 1] === undefined ? splitCaptionCredit(next.text) : null
    if (following && following.text !== '' && following.credit === null) {
      // A credit standing alone before a caption without one: BBC's `Image copyright` then `Image caption`.
      roles[index] = {part: 'caption', text: following.text, credit: parts.credit, through: index + 1, duplicates: []}
      roles[index + 1] = {part: 'covered'}
      continue
    }
    const previous = lines[index - 1]
    if (parts.text === '' && previous && isCaptionAbove(previous, roles[index - 1])) {
      // A credit line under the photo description it belongs to.
      roles[index - 1] = {part: 'caption', text: previous.text, credit: parts.credit, through: index, duplicates: []}
      roles[index] = {part: 'covered'}
      continue
    }
    roles[index] = {part: 'caption', text: parts.text, credit: parts.credit, through: index, duplicates: findRepeats(lines, roles, index)}
  }
  markOpeningCaption(lines, roles, warnings)
}

/** Whether an unclaimed line can be the description a credit line below it belongs to. */
function isCaptionAbove(line: Line, role: Role | undefined): boolean {
  return role === undefined && countWords(line.text) <= MAX_CAPTION_ABOVE_WORDS && !/["“”]/.test(line.text)
}

/**
 * Text that opens with a dated photo description and no title (`People walk
 * past the exchange on May 13, 2014.`): the scraper kept the caption, not the headline.
 */
function markOpeningCaption(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  const first = lines[0]
  if (!first || roles[0] !== undefined || countWords(first.text) > MAX_CAPTION_ABOVE_WORDS) return
  if (/\b(?:on )?\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}\.$/u.test(first.text)) {
    roles[0] = {part: 'caption', text: first.text, credit: null, through: 0, duplicates: findRepeats(lines, roles, 0)}
    warnings.push(
      createWarning('ambiguous-caption', 'Unexpected dated description as the first line, expected a headline; taken as a caption without a credit', first.position)
    )
  }
}

/**
 * A line the scraper printed twice in a row with no credit, once nothing else
 * claimed it: most likely a caption (a credit-less photo or video caption).
 */
function markRepeatedLines(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1]
    if (roles[index] !== undefined || !next || next.text !== line.text || roles[index + 1] !== undefined) continue
    const words = countWords(line.text)
    if (words < MIN_REPEATED_CAPTION_WORDS || words > 60 || line.text.endsWith('?') || isNoticeLine(line.text)) continue
    roles[index] = {part: 'caption', text: line.text, credit: null, through: index, duplicates: findRepeats(lines, roles, index)}
    warnings.push(
      createWarning('ambiguous-caption', 'Unexpected line repeated without a credit, expected a caption with one; taken as a caption', line.position)
    )
  }
}

/** Mark the lines after `index` that repeat it, and return their indices. */
function findRepeats(lines: readonly Line[], roles: Roles, index: number): number[] {
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

/** Headlines under a `Read more` heading, and inline `Headline Read more` lines. */
function markRelatedLinks(lines: readonly Line[], roles: Roles): void {
  let underHeading = false
  for (const [index, line] of lines.entries()) {
    const role = roles[index]
    if (role?.part === 'other' && role.kind === 'related-heading') {
      underHeading = true
      markHeadlineAbove(lines, roles, index)
      continue
    }
    if (role?.part === 'covered') continue
    if (role !== undefined) {
      underHeading = false
      continue
    }
    const inline = parseRelatedLine(line.text)
    const link = inline ?? (underHeading && isHeadlineShaped(line.text) ? splitUrl(line.text) : null)
    if (!link) {
      underHeading = false
      continue
    }
    const next = lines[index + 1]
    const urlLine = link.url === null && next && roles[index + 1] === undefined && isBareUrl(next.text)
    roles[index] = {part: 'related', title: link.title, url: urlLine ? next.text : link.url, through: urlLine ? index + 1 : index}
    if (urlLine) roles[index + 1] = {part: 'covered'}
  }
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

/**
 * The trailing site notice: the last run of notice lines, passing over
 * boilerplate after it. Prompts in that run count as notice lines.
 */
function markNotice(lines: readonly Line[], roles: Roles): void {
  let last = lines.length - 1
  while (last >= 0 && isTrailingBoilerplate(roles[last])) last--
  let first = last + 1
  while (first > 0 && isNoticeCandidate(lines, roles, first - 1)) first--
  if (first > last) return
  roles[first] = {part: 'notice', through: last}
  for (let index = first + 1; index <= last; index++) roles[index] = {part: 'covered'}
}

function isTrailingBoilerplate(role: Role | undefined): boolean {
  return role?.part === 'other' && role.kind !== 'prompt'
}

function isNoticeCandidate(lines: readonly Line[], roles: Roles, index: number): boolean {
  const role = roles[index]
  const line = lines[index]
  if (!line) return false
  if (role?.part === 'other' && role.kind === 'prompt') return true
  return role === undefined && isNoticeLine(line.text)
}

/**
 * Within the body: the standfirst under the title, embedded posts, chart
 * labels, crossheads, pull quotes and lines with no words; the rest are paragraphs.
 */
function markBody(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  markWidgets(lines, roles)
  markLabelRuns(lines, roles)
  for (const [index, line] of lines.entries()) {
    if (roles[index] !== undefined) continue
    if (!hasWord(line.text)) {
      roles[index] = {part: 'other', kind: 'unknown'}
      warnings.push(
        createWarning('unknown-line', 'Unexpected line with no letter or digit, expected text; kept as `other` of kind `unknown`', line.position)
      )
    } else if (isStandfirst(lines, roles, index)) {
      roles[index] = {part: 'other', kind: 'standfirst'}
    } else if (isEmbeddedPost(line.text)) {
      roles[index] = {part: 'other', kind: 'embed'}
    } else if (isPullQuote(lines, roles, index)) {
      roles[index] = {part: 'other', kind: 'pull-quote'}
    } else if (isCrosshead(lines, roles, index)) {
      roles[index] = {part: 'other', kind: 'crosshead'}
    } else {
      roles[index] = paragraphRole(line.text)
    }
  }
}

/**
 * A paragraph, without share buttons the scraper glued to its first sentence
 * (`Facebook Twitter Email Print Thousands of homes…`). The paragraph's position
 * still spans the whole line, so the line stays in exactly one part.
 */
function paragraphRole(text: string): Role {
  const rest = dropShareRun(text)
  const dropped = countWords(text) - countWords(rest)
  return dropped >= MIN_GLUED_SHARE_WORDS && countWords(rest) >= MIN_GLUED_SENTENCE_WORDS && startsCapitalised(rest)
    ? {part: 'paragraph', text: rest}
    : {part: 'paragraph'}
}

/**
 * A poll or form widget: its opening line (`take our poll`) and the short lines
 * that follow it in the same block (question, options, form fields, consent
 * text), up to the first line that reads as body text.
 */
function markWidgets(lines: readonly Line[], roles: Roles): void {
  for (let index = 0; index < lines.length; index++) {
    const lower = lines[index]?.text.toLowerCase() ?? ''
    if (roles[index] !== undefined && roles[index]?.part !== 'other') continue
    if (!WIDGET_OPENINGS.some((opening) => lower.startsWith(opening))) continue
    roles[index] = {part: 'other', kind: 'prompt'}
    const end = Math.min(lines.length, index + 1 + MAX_WIDGET_LINES)
    while (index + 1 < end && isWidgetLine(lines, roles, index + 1)) {
      index++
      if (roles[index] === undefined) roles[index] = {part: 'other', kind: 'prompt'}
    }
  }
}

/** Whether a line continues the widget above it: same block, short, no quotation, nothing else claimed it but boilerplate. */
function isWidgetLine(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  const role = roles[index]
  if (!line || (role !== undefined && role.part !== 'other')) return false
  if (line.index !== (lines[index - 1]?.index ?? -2) + 1) return false
  return countWords(line.text) <= MAX_WIDGET_LINE_WORDS && !/["“”]/.test(line.text)
}

/** Runs of very short lines with no sentence in them: the labels and values of a chart or table. */
function markLabelRuns(lines: readonly Line[], roles: Roles): void {
  let start = 0
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]
    const short = line !== undefined && roles[index] === undefined && countWords(line.text) <= MAX_LABEL_WORDS && !/[.!?]["”’]?$/.test(line.text)
    if (short) continue
    if (index - start >= MIN_LABEL_RUN) {
      for (let member = start; member < index; member++) roles[member] = {part: 'other', kind: 'label'}
    }
    start = index + 1
  }
}

/**
 * The standfirst: the line right under the title that sums the story up, a
 * sentence without a final full stop.
 */
function isStandfirst(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  if (index !== 1 || roles[0]?.part !== 'title' || !line) return false
  const words = countWords(line.text)
  return words >= 6 && words <= 40 && !/[.:?!]["”’]?$/.test(line.text)
}

/** An embedded social post: `… — Name (@handle) October 16, 2019`. */
function isEmbeddedPost(text: string): boolean {
  return /[—–-] [^—–]{1,80}\(@\w{1,30}\) \p{L}{3,9}\.? \d{1,2}, \d{4}$/u.test(text)
}

/** Whether a line has a letter or a digit at all. */
function hasWord(text: string): boolean {
  for (const char of text) if (isWordChar(char)) return true
  return false
}

/**
 * A crosshead is a short headline-shaped line between body paragraphs: the
 * next line is body prose.
 */
function isCrosshead(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  if (!line || index === 0 || countWords(line.text) > MAX_CROSSHEAD_WORDS || !isHeadlineShaped(line.text)) return false
  // A quoted crosshead is the quote and nothing else (`'Right decision'`); a line
  // that opens with a quote and goes on is speech.
  if (/^["“‘']/.test(line.text) && !/^["“‘'][^"“”‘’']+["”’']$/.test(line.text)) return false
  if (/!["”’]?$/.test(line.text)) return false
  // A question is a subheading when it asks like one (`What happens next?`), not in
  // the flow of an argument (`So why has he not conceded?`).
  if (line.text.endsWith('?') && !QUESTION_HEADING_WORDS.has(lowerWords(line.text)[0] ?? '')) return false
  const next = lines[index + 1]
  return next !== undefined && roles[index + 1] === undefined && !isHeadlineShaped(next.text)
}

/**
 * A pull quote repeats the opening of a sentence from a nearby paragraph,
 * often with the speaker's name glued to its end.
 */
function isPullQuote(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  if (!line || line.text.length < 40 || line.text.length > 400 || /[.!?]["”’]?$/.test(line.text)) return false
  const probe = line.text.replace(/^["“‘']/, '').slice(0, 40)
  const from = Math.max(0, index - PULL_QUOTE_WINDOW)
  const to = Math.min(lines.length, index + PULL_QUOTE_WINDOW + 1)
  for (let other = from; other < to; other++) {
    const role = roles[other]
    if (other === index || (role !== undefined && role.part !== 'paragraph')) continue
    const text = lines[other]?.text
    if (text && text.length > line.text.length && text.includes(probe)) return true
  }
  return false
}
