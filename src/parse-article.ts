import {isArticle} from './check-article.generated.js'
import {ArticleInputError, describeValue} from './errors.js'
import {findQuotes} from './quotes/find-quotes.js'
import {ArticleSchema, type Article, type Warning} from './schema.js'
import {assignRoles} from './sections/assign-roles.js'
import {buildSections, type Sections} from './sections/build-sections.js'
import {scanTextLines} from './text/scan-lines.js'
import {controlCharacterWarnings} from './warnings.js'

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  /**
   * The longest input accepted, in UTF-16 code units; longer input throws
   * `ArticleInputError` with code `ERR_INPUT_TOO_LARGE`. Default 10,000,000.
   */
  readonly maxInputLength?: number
}

/** The default for `maxInputLength`: ten million characters. */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000

/**
 * Parse the plain text of a scraped news article into a validated `Article`:
 * title, captions, paragraphs, quotes with speakers, related links, the site
 * notice, and every other line, each with its position in the input.
 *
 * Pure and deterministic: no I/O, no global state. Throws only for input that
 * is not a string or is too long.
 *
 * @param text The article as plain text, exactly as scraped. Typed `string`
 *   so that TypeScript refuses anything else; checked at run time too, for
 *   JavaScript callers.
 * @param options Limits.
 * @returns The article.
 * @throws {ArticleInputError} When `text` is not a string, is longer than
 *   `maxInputLength`, or the options are malformed.
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const input = checkInput(text, options)
  const {sections, warnings: lineWarnings} = readSections(input)
  const {quotes, warnings: quoteWarnings} = findQuotes(sections.paragraphs, {around: aroundBody(sections)})
  // In input order, so a reader meets the warnings the way they meet the text.
  const warnings: Warning[] = [...lineWarnings, ...quoteWarnings].sort((a, b) => (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1))
  // In the schema's key order, which is the order JSON output shows.
  const {title, byline, published, dateline, captions, paragraphs, relatedLinks, notice, other} = sections
  return validateArticle({title, byline, published, dateline, captions, paragraphs, quotes, relatedLinks, notice, other, warnings})
}

/** The texts outside the body whose names complete the speakers': the title, captions and standfirst. */
export function aroundBody(sections: Sections): string[] {
  const around = sections.title ? [sections.title.text] : []
  for (const caption of sections.captions) around.push(caption.text)
  for (const other of sections.other) if (other.kind === 'standfirst') around.push(other.text)
  return around
}

/**
 * Hold the promise that every Article returned conforms to `ArticleSchema`.
 * `isArticle` is generated from the schema (scripts/build-check.ts) and reads
 * the Article in place; only when it fails does zod parse it, to throw its
 * error naming the field. A failure is a bug in this library, not in the input.
 *
 * @param article The article as built.
 * @returns The same article, checked.
 */
export function validateArticle(article: Article): Article {
  return isArticle(article) ? article : ArticleSchema.parse(article)
}

/**
 * Lines, their roles and the sections they make, with the warnings met on
 * the way. A stage of its own so that the lines and roles are garbage once
 * it returns: the quote stage, which holds a token a word, runs without them.
 *
 * @param input The checked input.
 * @returns The sections and the warnings about lines.
 */
function readSections(input: string): {sections: Sections; warnings: Warning[]} {
  const lines = scanTextLines(input)
  const {roles, warnings} = assignRoles(lines)
  return {sections: buildSections(lines, roles), warnings: [...controlCharacterWarnings(lines), ...warnings]}
}

/**
 * Check the input and the options at the boundary.
 *
 * @param text The value passed as the article.
 * @param options The options passed.
 * @returns The input, known to be a string within the limit.
 */
function checkInput(text: unknown, options: ParseOptions): string {
  const limit = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
    throw new ArticleInputError('ERR_OPTIONS', `Expected \`maxInputLength\` to be a non-negative integer, got ${describeValue(limit)}`)
  }
  if (typeof text !== 'string') {
    throw new ArticleInputError('ERR_INPUT_TYPE', `Expected the article text to be a string, got ${describeValue(text)}`)
  }
  if (text.length > limit) {
    throw new ArticleInputError(
      'ERR_INPUT_TOO_LARGE',
      `Expected at most ${limit} characters of article text (\`maxInputLength\`), got ${text.length}`
    )
  }
  return text
}
