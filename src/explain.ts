import {aroundBody, parseArticle, type ParseOptions} from './parse-article.js'
import {traceQuotes} from './quotes/find-quotes.js'
import type {QuoteTrace} from './quotes/trace.js'
import type {Article} from './schema.js'

/** An Article with the trace of every quote's speaker. */
export interface ArticleExplanation {
  /** The Article, as `parseArticle` returns it. */
  readonly article: Article
  /** One trace a quote, in the order of `article.quotes`. */
  readonly quotes: readonly QuoteTrace[]
}

/**
 * Parse an article and say, for every quote, which constructs read a speaker
 * for it, with what features and scores, which won, and why: the one place
 * to look when a speaker is wrong.
 *
 * @param text The article as scraped.
 * @param options Limits, as for `parseArticle`.
 * @returns The Article and the traces.
 * @throws {ArticleInputError} As `parseArticle` does.
 */
export function explainArticle(text: string, options: ParseOptions = {}): ArticleExplanation {
  const article = parseArticle(text, options)
  return {article, quotes: traceQuotes(article.paragraphs, {around: aroundBody(article)})}
}

export type {CandidateTrace, QuoteTrace} from './quotes/trace.js'
export type {CandidateFeatures} from './quotes/choose-speaker.js'
export type {ConstructName} from './quotes/constructs/index.js'
