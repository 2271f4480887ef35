import type {Warning} from '../../schema.js'
import type {Line} from '../../text/scan-lines.js'
import type {Roles} from '../roles.js'
import {countWords} from '../../text/words.js'
import {createWarning} from '../../warnings.js'
import {isNoticeLine} from '../notice.js'
import {findRepeats} from './03-captions.js'

/** The fewest words a repeated line needs to be taken for a caption (not a chart label). */
const MIN_REPEATED_CAPTION_WORDS = 3

/**
 * A line the scraper printed twice in a row with no credit, once nothing else
 * claimed it: most likely a caption (a credit-less photo or video caption).
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 * @param warnings Where to add warnings for what the pass guessed.
 */
export function markRepeatedLines(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const next = lines[index + 1]
    if (roles[index] !== undefined || !next || next.text !== line.text || roles[index + 1] !== undefined) continue
    const words = countWords(line.text, 60)
    if (words < MIN_REPEATED_CAPTION_WORDS || words > 60 || line.text.endsWith('?') || isNoticeLine(line.text)) continue
    roles[index] = {part: 'caption', text: line.text, credit: null, through: index, duplicates: findRepeats(lines, roles, index)}
    warnings.push(
      createWarning('ambiguous-caption', 'Unexpected line repeated without a credit, expected a caption with one; taken as a caption', line.position)
    )
  }
}
