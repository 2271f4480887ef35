/**
 * Every warning rule the parser can emit; documented, with a trigger, in the README.
 */
export const RULE_IDS = [
  'missing-title',
  'unbalanced-quote',
  'ambiguous-caption',
  'unknown-line',
  'control-character'
] as const
