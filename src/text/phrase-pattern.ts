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

/**
 * One pattern that matches a text wherever any of `patterns` matches its
 * opening: a gate that rules out in one test a line none of them opens, each
 * then tried alone only on the lines it lets through. Checked when the module
 * loads, so a gate never turns a line away that a pattern would match: every
 * pattern is anchored with `^`, and `flags` hold each pattern's `i`, and `u`
 * where a pattern uses a `\p` class (whose meaning the flag sets).
 *
 * @param patterns Patterns anchored at the start.
 * @param flags The union's flags.
 * @returns A pattern for `test`.
 */
export function anyOpeningPattern(patterns: readonly RegExp[], flags = ''): RegExp {
  const sources = patterns.map((pattern) => {
    const {source} = pattern
    if (!source.startsWith('^') || (pattern.flags.includes('i') && !flags.includes('i')) || (source.includes('\\p') && !flags.includes('u'))) {
      throw new Error(`No gate can stand for the pattern: ${source}`)
    }
    return source.slice(1)
  })
  return new RegExp(`^(?:${sources.join('|')})`, flags)
}

function alternation(phrases: readonly string[]): string {
  // A pattern for an empty list must match nothing, as `some` on no phrase does.
  if (phrases.length === 0) return '(?!)'
  return phrases.map((phrase) => phrase.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join('|')
}
