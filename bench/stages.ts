/**
 * The parse split into its stages, each timed on its own: every stage's input
 * is computed once, untimed, so one stage's time does not include another's.
 */
import {validateArticle} from '../src/parse-article.js'
import type {Article, Paragraph} from '../src/schema.js'
import {findQuotes, readWords} from '../src/quotes/find-quotes.js'
import type {Words} from '../src/quotes/mentions.js'
import {findQuoteSpans} from '../src/quotes/quote-spans.js'
import {buildRegistry} from '../src/quotes/registry.js'
import {WordStore, tokenize} from '../src/quotes/tokens.js'
import {assignRoles} from '../src/sections/assign-roles.js'
import {buildSections} from '../src/sections/build-sections.js'
import {scanTextLines} from '../src/text/scan-lines.js'
import type {Contender} from './measure.js'

/** The stages, in pipeline order; the quote stage is split into its parts as well. */
export const STAGES = [
  'lines',
  'roles',
  'sections',
  'quotes (all)',
  '  spans',
  '  tokens',
  '  people registry',
  '  attribution, speakers, quotes',
  'validation'
] as const

/** A stage's name. */
export type Stage = (typeof STAGES)[number]

/** Stages whose times add up to the whole parse. */
export const TOP_STAGES: readonly Stage[] = ['lines', 'roles', 'sections', 'quotes (all)', 'validation']

/** The part of the quote stage not timed separately: what remains of `quotes (all)`. */
export const REMAINDER: Stage = '  attribution, speakers, quotes'

type Lines = ReturnType<typeof scanTextLines>
type Roles = ReturnType<typeof assignRoles>['roles']

interface Prepared {
  readonly text: string
  readonly lines: Lines
  readonly roles: Roles
  readonly paragraphs: readonly Paragraph[]
  readonly spans: readonly ReturnType<typeof findQuoteSpans>[]
  readonly words: readonly Words[]
  readonly unvalidated: Article
}

/**
 * Run the pipeline once, untimed, keeping every stage's input.
 */
function prepare(text: string): Prepared {
  const lines = scanTextLines(text)
  const {roles, warnings: sectionWarnings} = assignRoles(lines)
  const sections = buildSections(lines, roles)
  const {paragraphs} = sections
  const spans = paragraphs.map((paragraph) => findQuoteSpans(paragraph.text))
  const {quotes, warnings: quoteWarnings} = findQuotes(paragraphs)
  const unvalidated = {...sections, quotes, warnings: [...sectionWarnings, ...quoteWarnings]}
  return {text, lines, roles, paragraphs, spans, words: readWords(paragraphs, spans), unvalidated}
}

/**
 * One contender per stage that runs that stage over every text.
 *
 * @param texts The inputs.
 * @returns Contenders named by {@link STAGES} (all but the remainder, which is derived).
 */
export function stageContenders(texts: readonly string[]): Contender[] {
  const prepared = texts.map((text) => prepare(text))
  // Keep only the last text's output, as a parse does: holding every text's
  // output at once would charge a stage for promoting it all to the old space.
  const each = (name: Stage, run: (item: Prepared) => unknown): Contender => ({
    name,
    run: () => {
      let last: unknown = null
      for (const item of prepared) last = run(item)
      return last
    }
  })
  return [
    each('lines', (item) => scanTextLines(item.text)),
    each('roles', (item) => assignRoles(item.lines)),
    each('sections', (item) => buildSections(item.lines, item.roles)),
    each('quotes (all)', (item) => findQuotes(item.paragraphs)),
    each('  spans', (item) => item.paragraphs.map((paragraph) => findQuoteSpans(paragraph.text))),
    each('  tokens', (item) => {
      // One word store an article, as findQuotes makes it.
      const store = new WordStore()
      return item.paragraphs.map((paragraph, index) => tokenize(paragraph.text, item.spans[index] ?? [], store))
    }),
    // On the article's words, read once untimed (their store keeps the tokens the last round made), and
    // without the names the quotes' attributions mark as speakers, which only the attribution knows.
    each('  people registry', (item) => buildRegistry(item.words)),
    each('validation', (item) => validateArticle(item.unvalidated))
  ]
}
