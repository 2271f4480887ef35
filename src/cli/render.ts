import {articleToHtml} from '../html.js'
import {articleToMarkdown} from '../markdown.js'
import type {ArticleExplanation} from '../explain.js'
import type {Article} from '../schema.js'
import type {Format} from './args.js'

/**
 * The article in the chosen format, for output on its own.
 *
 * @param article The article.
 * @param format Output format.
 * @param pretty Indent JSON.
 * @returns The text, ending in a line feed.
 */
export function renderArticle(article: Article, format: Format, pretty: boolean): string {
  if (format === 'markdown') return articleToMarkdown(article)
  if (format === 'html') return `${articleToHtml(article)}\n`
  return `${JSON.stringify(article, null, pretty ? 2 : undefined)}\n`
}

/**
 * The key and value the article takes in a JSON Lines row.
 *
 * @param article The article.
 * @param format Output format.
 * @returns `["article", Article]`, `["markdown", string]` or `["html", string]`.
 */
export function rowEntry(article: Article, format: Format): readonly [string, unknown] {
  if (format === 'markdown') return ['markdown', articleToMarkdown(article)]
  if (format === 'html') return ['html', articleToHtml(article)]
  return ['article', article]
}

/**
 * One JSON Lines row: JSON on one line, with U+2028 and U+2029 escaped so
 * that no line splitter (JavaScript's, Python's `splitlines`) cuts it.
 *
 * @param value The row.
 * @returns The line, without its line feed.
 */
export function jsonLine(value: unknown): string {
  const line = JSON.stringify(value)
  return line.includes('\u2028') || line.includes('\u2029') ? line.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : line
}

/** How long a quote's text runs in an explanation before it is cut. */
const EXPLAINED_QUOTE_CHARACTERS = 70

/**
 * The speaker trace of an article as text: for each quote, where it stands,
 * its kind and speaker (or unnamed source), one line a candidate (the winner
 * marked `>`), and why.
 *
 * @param explanation The article and its traces.
 * @returns The text, ending in a line feed.
 */
export function renderExplanation({quotes}: ArticleExplanation): string {
  if (quotes.length === 0) return 'No quotes.\n'
  const blocks = quotes.map((trace, index) => {
    const {quote} = trace
    const {line, column} = quote.position.start
    const text = quote.text.length > EXPLAINED_QUOTE_CHARACTERS ? `${quote.text.slice(0, EXPLAINED_QUOTE_CHARACTERS - 1)}…` : quote.text
    const source = quote.source ? ` (source ${JSON.stringify(quote.source.text)})` : ''
    const head = `quote ${index} at ${line}:${column}, ${quote.kind}, speaker ${quote.speaker ? JSON.stringify(quote.speaker.name) : 'null'}${source}: “${text}”`
    const rows = trace.candidates.map((candidate) => {
      const mark = candidate.construct === trace.chosen ? '>' : ' '
      const {features} = candidate
      const read = [
        candidate.mention === null
          ? 'no mention'
          : `mention ${JSON.stringify(candidate.mention)} (${features.mention}) → ${JSON.stringify(candidate.name)}${candidate.how ? ` [${candidate.how}]` : ''}`,
        candidate.cue === null ? 'no cue' : `cue ${JSON.stringify(candidate.cue)}`,
        `distance ${features.distance}`,
        features.facing ? 'facing' : '',
        candidate.inPrevious ? 'paragraph before' : ''
      ].filter(Boolean)
      return `  ${mark} ${candidate.construct.padEnd(19)} ${String(candidate.score ?? '-').padStart(5)}  ${read.join(', ')}`
    })
    return [head, ...rows, `    why: ${trace.why}`].join('\n')
  })
  return `${blocks.join('\n\n')}\n`
}
