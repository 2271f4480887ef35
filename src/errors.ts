/** Stable codes of {@link ArticleInputError}. */
export type ArticleInputErrorCode = 'ERR_INPUT_TYPE' | 'ERR_INPUT_TOO_LARGE' | 'ERR_OPTIONS'

/**
 * Thrown when the input cannot be parsed at all: it is not a string, it is
 * longer than `maxInputLength`, or the options are malformed. Nothing else throws.
 */
export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError'
  /** A stable, machine-readable code. */
  readonly code: ArticleInputErrorCode

  /**
   * @param code A stable code.
   * @param message What was wrong, naming the value or the limit.
   */
  constructor(code: ArticleInputErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/**
 * Describe a value for an error message without printing all of it.
 *
 * @param value Anything.
 * @returns `null`, `undefined`, `a Buffer`, `a number (42)`, `an object`…
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'object') {
    if (Array.isArray(value)) return 'an array'
    if (value instanceof Uint8Array) return 'a Buffer or Uint8Array (decode it to a string first)'
    return 'an object'
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `a ${typeof value} (${String(value)})`
  }
  return `a ${typeof value}`
}
