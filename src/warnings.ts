import type {Position, RuleId, Warning} from './schema.js'

/**
 * Make a warning shaped like a vfile message.
 *
 * @param ruleId The stable rule identifier.
 * @param reason What was unexpected and what was assumed.
 * @param place Where, or null for the whole input. Copied, so the warning
 *   shares no object with the part it is about: a caller who edits one of an
 *   Article's positions edits only that one.
 * @returns The warning.
 */
export function createWarning(ruleId: RuleId, reason: string, place: Position | null): Warning {
  return {reason, ruleId, source: 'article-anatomy', place: place && {start: {...place.start}, end: {...place.end}}}
}

/**
 * Warn once for each line that holds a control character or a lone surrogate:
 * the text parses, but such characters usually mean a broken scrape or encoding.
 *
 * @param lines Non-blank lines with their positions.
 * @returns One `control-character` warning per affected line, placed on the first such character.
 */
export function controlCharacterWarnings(lines: ReadonlyArray<{readonly text: string; readonly position: Position}>): Warning[] {
  const warnings: Warning[] = []
  for (const line of lines) {
    const index = findUnexpectedCharacter(line.text)
    if (index < 0) continue
    const {start} = line.position
    const code = line.text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')
    warnings.push(
      createWarning(
        'control-character',
        `Unexpected control character or lone surrogate U+${code}, expected text; kept as is`,
        {
          start: {line: start.line, column: start.column + index, offset: start.offset + index},
          end: {line: start.line, column: start.column + index + 1, offset: start.offset + index + 1}
        }
      )
    )
  }
  return warnings
}

// A first look for any character the loop below may report: C0 controls but
// tab and line breaks, DEL, C1 controls, surrogates (paired or not). The regex
// engine scans a line far faster than a loop over its code units, and almost
// every line has none of these.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_UNEXPECTED = /[\0-\x08\v\f\x0E-\x1F\x7F-\x9F\uD800-\uDFFF]/

/**
 * The index of the first C0 control character (other than tab and line
 * breaks), DEL, C1 control character, or UTF-16 surrogate without its partner, or -1.
 */
function findUnexpectedCharacter(text: string): number {
  // Everything before the first candidate is plain text, so the loop may start there.
  const first = text.search(MAYBE_UNEXPECTED)
  if (first < 0) return -1
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x20 && code < 0x7f) continue
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f)) return index
    if (code >= 0xd8_00 && code <= 0xdb_ff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc_00 && next <= 0xdf_ff) index++
      else return index
    } else if (code >= 0xdc_00 && code <= 0xdf_ff) {
      return index
    }
  }
  return -1
}
