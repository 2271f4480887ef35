// A word list tested with `list.some((phrase) => text.includes(phrase))` reads the
// text once per phrase; one alternation compiled from the list reads it once.
// The lists stay data in `src/lexicon/`: these only compile them.

/**
 * Compile phrases into a pattern that finds any of them anywhere in a text,
 * as `phrases.some((phrase) => text.includes(phrase))` would.
 *
 * @param phrases Literal phrases, matched as written (case-sensitive).
 * @returns A pattern for `test`.
 */
export function anyPhrasePattern(phrases: readonly string[]): RegExp {
  return new RegExp(alternation(phrases))
}

/**
 * Compile phrases into a pattern that matches a text opening with any of them,
 * as `phrases.some((phrase) => text.startsWith(phrase))` would.
 *
 * @param phrases Literal phrases, matched as written (case-sensitive).
 * @returns A pattern for `test`.
 */
export function openingPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(phrases)})`)
}

function alternation(phrases: readonly string[]): string {
  // A pattern for an empty list must match nothing, as `some` on no phrase does.
  if (phrases.length === 0) return '(?!)'
  return phrases.map((phrase) => phrase.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join('|')
}
