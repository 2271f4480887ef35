import type {OtherKind} from '../../schema.js'
import type {Line} from '../../text/scan-lines.js'
import type {Role, Roles} from '../roles.js'
import {countWords, endsLikeSentence, isWordChar} from '../../text/words.js'
import {isNoticeLine} from '../notice.js'

/** A lower-case letter first. */
const OPENS_LOWER_CASE = /^\p{Ll}/u

/**
 * The trailing site notice: the last run of notice lines, passing over
 * boilerplate after it. Prompts in that run count as notice lines.
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 */
export function markNotice(lines: readonly Line[], roles: Roles): void {
  let last = lines.length - 1
  while (last >= 0 && (isTrailingBoilerplate(roles[last]) || (isTrailingLabel(lines[last], roles[last]) && !isOutletCredit(lines[last], roles[last])))) last--
  // The outlet the story came from, named last (`The Harbour Post`): the notice's end, or the notice alone.
  let first = last >= 0 && isOutletCredit(lines[last], roles[last]) ? last : last + 1
  for (;;) {
    while (first > 0 && isNoticeCandidate(lines, roles, first - 1)) first--
    // Rules, advertisements and share lines between two notice lines belong to the notice.
    if (first > last) break
    let above = first - 1
    while (above >= 0 && isNoticeSeparator(lines[above]?.text ?? '', roles[above], above)) above--
    if (above === first - 1 || above < 0 || !isNoticeCandidate(lines, roles, above)) break
    first = above
  }
  if (first > last) return
  roles[first] = {part: 'notice', through: last}
  for (let index = first + 1; index <= last; index++) roles[index] = {part: 'covered'}
}

/** Widgets, related lists and the lines they cover: what a page sets after its notice. */
function isTrailingBoilerplate(role: Role | undefined): boolean {
  return (role?.part === 'other' && role.kind !== 'prompt') || role?.part === 'related' || role?.part === 'covered'
}

/** A colon, a comma or a quotation mark: a tag or a footer link has none. */
const LIST_OR_QUOTE_MARK = /[:,"“”]/

/** The most words of a tag or footer link under the notice (`Topics`, `Report an error`). */
const TRAILING_LABEL_WORDS = 4

/**
 * A tag or footer link under the notice, not yet claimed (the label runs are
 * read after this pass): a few words, no sentence's stop, no notice's words.
 */
function isTrailingLabel(line: Line | undefined, role: Role | undefined): boolean {
  if (role !== undefined || !line || endsLikeSentence(line.text) || LIST_OR_QUOTE_MARK.test(line.text)) return false
  return countWords(line.text, TRAILING_LABEL_WORDS) <= TRAILING_LABEL_WORDS && !isNoticeLine(line.text)
}

/** An outlet's name: `The` and one to four capitalised words (`The Harbour Post`, `The Daily Ledger`). */
const OUTLET_NAME = /^The(?: \p{Lu}[\p{L}'’&.-]*){1,4}$/u

/** Whether a line, unclaimed, names an outlet alone: a story's source, set under it as its credit. */
function isOutletCredit(line: Line | undefined, role: Role | undefined): boolean {
  // `T` first: nearly every line opens otherwise, and one code rules it out before the pattern.
  if (role !== undefined || !line || line.text.charCodeAt(0) !== 0x54) return false
  return OUTLET_NAME.test(line.text)
}

/** Kinds of line that can stand between two lines of a notice without ending it. */
const NOTICE_SEPARATORS: ReadonlySet<OtherKind> = new Set<OtherKind>(['unknown', 'advertisement', 'share', 'media', 'gallery'])

/**
 * A rule (`___`, `* * *`: no letter or digit), an advertisement, share buttons,
 * a widget line, or a one-line link (`Read more from the desk`) between notice lines.
 */
function isNoticeSeparator(text: string, role: Role | undefined, index: number): boolean {
  if (role === undefined) return !hasWordChar(text)
  if (role.part === 'related') return role.through === index
  return role.part === 'other' && NOTICE_SEPARATORS.has(role.kind)
}

function hasWordChar(text: string): boolean {
  for (const char of text) if (isWordChar(char)) return true
  return false
}

function isNoticeCandidate(lines: readonly Line[], roles: Roles, index: number): boolean {
  const role = roles[index]
  const line = lines[index]
  if (!line) return false
  if (role?.part === 'other' && role.kind === 'prompt') return true
  if (role !== undefined) return false
  return isNoticeLine(line.text) || isNoticeContinuation(lines, roles, index)
}

/**
 * The second half of a notice line the scraper broke in two: it opens in lower
 * case (or is the bare address) right under a notice line of the same block.
 */
function isNoticeContinuation(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]!
  const above = lines[index - 1]
  if (!above || above.index + 1 !== line.index || !OPENS_LOWER_CASE.test(line.text)) return false
  const role = roles[index - 1]
  return (role?.part === 'other' && role.kind === 'prompt') || (role === undefined && isNoticeLine(above.text))
}
