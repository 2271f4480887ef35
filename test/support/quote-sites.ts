import type {Construct, QuoteSite} from '../../src/quotes/constructs/index.js'
import {quoteSites, readWords} from '../../src/quotes/find-quotes.js'
import {findQuoteSpans} from '../../src/quotes/quote-spans.js'

/** What a construct read, as words. */
export interface Reading {
  readonly cue: string | null
  readonly mention: string | null
  readonly kind: string | null
}

/**
 * The sites of the quotes in the last of some paragraphs (the ones before are
 * there to lead in, or to name people), as `findQuotes` reads them.
 */
export function sitesOf(...paragraphs: string[]): QuoteSite[] {
  const texts = paragraphs.map((text) => ({text}))
  const spans = texts.map((paragraph) => findQuoteSpans(paragraph.text))
  const words = readWords(texts, spans)
  return [...quoteSites(words, spans)].filter((placed) => placed.paragraph === paragraphs.length - 1).map((placed) => placed.site)
}

/**
 * What a construct reads for the `nth` quote of the last paragraph, as the words it points at.
 *
 * @returns The cue and mention as written (and the mention's kind), or null when it reads nothing.
 */
export function readWith(construct: Construct, paragraphs: readonly string[], nth = 0): Reading | null {
  const site = sitesOf(...paragraphs)[nth]
  if (!site) throw new Error(`No quote ${nth} in the last paragraph`)
  const read = construct.read(site)
  if (!read) return null
  const words = construct.name === 'lead-in' ? site.previous : site.words
  if (!words) throw new Error('A lead-in reading without a paragraph before')
  const text = (first: number, last: number): string => words.text.slice(words.tokens.start(first), words.tokens.get(last)?.end)
  return {
    cue: read.cue ? text(read.cue.first, read.cue.last) : null,
    mention: read.mention ? text(read.mention.first, read.mention.last) : null,
    kind: read.mention?.kind ?? null
  }
}
