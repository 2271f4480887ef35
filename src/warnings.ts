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
