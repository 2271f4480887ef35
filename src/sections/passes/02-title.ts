import type {Warning} from '../../schema.js'
import type {Line} from '../../text/scan-lines.js'
import type {Roles} from '../roles.js'
import {createWarning} from '../../warnings.js'
import {splitCaptionCredit} from '../captions.js'
import {isHeadlineShaped} from '../headline.js'

/** The most words a title may have: tabloids write long headlines. */
const MAX_TITLE_WORDS = 45

/**
 * The first line is the title when it reads as a headline.
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 * @param warnings Where to add warnings for what the pass guessed.
 */
export function markTitle(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  const first = lines[0]
  if (!first) return
  if (roles[0] === undefined && isHeadlineShaped(first.text, MAX_TITLE_WORDS) && !splitCaptionCredit(first.text)) {
    roles[0] = {part: 'title'}
    // Scrapers often print the headline again under the standfirst.
    for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
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
