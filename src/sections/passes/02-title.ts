import type {OtherKind, Warning} from '../../schema.js'
import type {Line} from '../../text/scan-lines.js'
import {isOtherOf, type Roles} from '../roles.js'
import {createWarning} from '../../warnings.js'
import {splitCaptionCredit} from '../captions.js'
import {isHeadlineShaped} from '../headline.js'
import {isTitleCase, TITLE_WORD} from '../../lexicon/quote-kinds.js'
import {countWords, startsCapitalised} from '../../text/words.js'

/** The most words a title may have: tabloids write long headlines. */
const MAX_TITLE_WORDS = 45

/** The fewest words of a headline a full stop closes: fewer (`It's official.`) read as prose. */
const MIN_STOPPED_TITLE_WORDS = 4

/**
 * `Harbour Board Votes to Close the Pier.`: a headline some sites and
 * datasets close with a full stop, told from a sentence by its case: every
 * word opens with a capital or a digit but the small words titles leave in
 * lower case, and it has no more words than a title.
 */
function isTitleCaseWithStop(text: string): boolean {
  if (text.length > MAX_TITLE_CHARACTERS || !ENDS_WITH_STOP.test(text) || !startsCapitalised(text)) return false
  const words = text.match(TITLE_WORD) ?? []
  return words.length >= MIN_STOPPED_TITLE_WORDS && words.length <= MAX_TITLE_WORDS && isTitleCase(words)
}

/** A full stop last, perhaps before a closing mark or bracket. */
const ENDS_WITH_STOP = /\.["'’”»)]?$/u

/** The longest line read for a headline closed by a full stop. */
const MAX_TITLE_CHARACTERS = 400

/** The most lines of page furniture read past above the headline. */
export const MAX_FURNITURE_LINES = 3

/** The most lines of page furniture and section words read above a headline (`Menu`, `Search`, `Close`, `Sport`, `Football`). */
const MAX_LINES_ABOVE = 6

/** The most words of one line of section words (`Star Business`, `Irish News`, `Member-only story`). */
const MAX_KICKER_WORDS = 3

/** The fewest words of the headline that section words stand above: a short line under them is no headline to tell them by. */
const MIN_HEADLINE_WORDS_UNDER_KICKERS = 5

/**
 * Where the headline stands under a site's section words: lines of page
 * furniture and short lines of at most three words, a capital first and no
 * punctuation last, at least one of them not furniture already; under them,
 * within a few lines, a headline of five words or more. -1 without one: a
 * short first line is then the title, as a short headline is.
 */
function headlineUnderKickers(lines: readonly Line[], roles: Roles): number {
  let kickers = 0
  let at = 0
  for (; at < MAX_LINES_ABOVE && lines[at + 1]; at++) {
    const role = roles[at]
    if (role === undefined && isKickerShaped(lines[at]?.text ?? '')) kickers++
    else if (!isOtherOf(role, ...FURNITURE)) break
  }
  const headline = lines[at]?.text
  if (kickers === 0 || headline === undefined || roles[at] !== undefined) return -1
  return isHeadlineShaped(headline, MAX_TITLE_WORDS) && countWords(headline, MIN_HEADLINE_WORDS_UNDER_KICKERS) >= MIN_HEADLINE_WORDS_UNDER_KICKERS ? at : -1
}

/**
 * Whether a line reads as section words: at most three words in title case
 * (a two-word headline is written in sentence case: `Storm warning`), no
 * punctuation last.
 */
function isKickerShaped(text: string): boolean {
  return text.length <= MAX_KICKER_CHARACTERS && startsCapitalised(text) && !KICKER_END.test(text) && countWords(text, MAX_KICKER_WORDS + 1) <= MAX_KICKER_WORDS && isTitleCase(text.match(TITLE_WORD) ?? [])
}

/** The longest line read as section words. */
const MAX_KICKER_CHARACTERS = 32

/** What section words never end with: a sentence's or a clause's punctuation, a closing quotation mark. */
const KICKER_END = /[.!?:;,"'’”»]$/u

/** Kinds of line a page sets above its headline: breadcrumbs and section labels, page controls, widgets. */
const FURNITURE: readonly OtherKind[] = ['label', 'share', 'media', 'advertisement', 'prompt']

/**
 * The first line is the title when it reads as a headline, past the page's
 * furniture above it (breadcrumbs, a section's label, page controls).
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 * @param warnings Where to add warnings for what the pass guessed.
 */
export function markTitle(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  // Page furniture the line pass claimed above the headline (`Home » News`, `Skip to main content`, `Opinion`).
  let at = 0
  while (at < MAX_FURNITURE_LINES && isOtherOf(roles[at], ...FURNITURE) && lines[at + 1]) at++
  // `Lifestyle`, `Home`, `India News`, `NZ`: a site's section words above the headline, which no list can hold.
  const headline = headlineUnderKickers(lines, roles)
  if (headline > at) {
    for (let index = 0; index < headline; index++) if (roles[index] === undefined) roles[index] = {part: 'other', kind: 'label'}
    at = headline
  }
  const first = lines[at]
  if (!first) return
  if (roles[at] === undefined && (isHeadlineShaped(first.text, MAX_TITLE_WORDS) || isTitleCaseWithStop(first.text)) && !splitCaptionCredit(first.text)) {
    roles[at] = {part: 'title'}
    // Scrapers often print the headline again under the standfirst.
    for (let index = at + 1; index < lines.length; index++) {
      if (roles[index] === undefined && lines[index]?.text === first.text) roles[index] = {part: 'other', kind: 'headline'}
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
