import type {Position, RuleId, Warning} from './schema.js'

/**
 * Make a warning shaped like a vfile message.
 *
 * @param ruleId The stable rule identifier.
 * @param reason What was unexpected and what was assumed.
 * @param place Where, or null for the whole input.
 * @returns The warning.
 */
export function createWarning(ruleId: RuleId, reason: string, place: Position | null): Warning {
  return {reason, ruleId, source: 'article-anatomy', place}
}

// C0 controls other than tab and line breaks, DEL, and UTF-16 surrogates with no partner.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNEXPECTED_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

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
    const match = UNEXPECTED_CHARACTER.exec(line.text)
    if (!match) continue
    const {start} = line.position
    const code = line.text.charCodeAt(match.index).toString(16).toUpperCase().padStart(4, '0')
    warnings.push(
      createWarning(
        'control-character',
        `Unexpected control character or lone surrogate U+${code}, expected text; kept as is`,
        {
          start: {line: start.line, column: start.column + match.index, offset: start.offset + match.index},
          end: {line: start.line, column: start.column + match.index + 1, offset: start.offset + match.index + 1}
        }
      )
    )
  }
  return warnings
}
