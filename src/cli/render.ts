import {articleToHtml} from '../html.js'
import {articleToMarkdown} from '../markdown.js'
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
