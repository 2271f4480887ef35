import type {Quote} from '../schema.js'
import type {CandidateFeatures, SpeakerChoice} from './choose-speaker.js'
import type {ConstructName} from './constructs/index.js'

/** How a quote that names no speaker takes one from a neighbouring quote. */
export type CarriedWay = 'before' | 'joined' | 'runs-on'

/** One construct's reading for a quote, as the trace shows it. */
export interface CandidateTrace {
  readonly construct: ConstructName
  /** The cue's words as written, or null. */
  readonly cue: string | null
  /** The mention's words as written, or null (a candidate without one only offers its cue). */
  readonly mention: string | null
  /** The canonical name the mention resolves to on its own, or null. */
  readonly name: string | null
  /** How the mention came to that name (or to none), in a few words; null without a mention. */
  readonly how: string | null
  /** Whether cue and mention stand in the paragraph before the quote's. */
  readonly inPrevious: boolean
  readonly features: CandidateFeatures
  /** The chooser's score; null for a candidate without a mention. */
  readonly score: number | null
}

/** How one quote got its kind, cue and speaker. */
export interface QuoteTrace {
  /** The quote, as in the Article. */
  readonly quote: Quote
  /** Every candidate the constructs read, in the constructs' order. */
  readonly candidates: readonly CandidateTrace[]
  /** The construct whose candidate names the speaker, or null. */
  readonly chosen: ConstructName | null
  /** The index (in the article's quotes) of the quote whose speaker this one carries on, or null. */
  readonly carriedFrom: number | null
  /** The decision in one sentence. */
  readonly why: string
}

/**
 * Say in one sentence how a quote's speaker was chosen.
 *
 * @param quote The quote as returned.
 * @param choice The chooser's decision.
 * @param carriedFrom The quote whose speaker it carries on, or null.
 * @param way How it goes on from that quote: from the one before; from the next, joined to it by
 *   `and` or `or`, whose attribution closes the sentence of both; or from the paragraph it runs on into.
 * @returns The sentence.
 */
export function explainChoice(quote: Quote, choice: SpeakerChoice, carriedFrom: number | null, way: CarriedWay = 'before'): string {
  if (quote.kind !== 'speech') return `A ${quote.kind}, no one’s speech: no cue and no speaker.`
  const {winner, candidates} = choice
  const scored = candidates.filter((candidate) => candidate.score !== null)
  const speaker = quote.speaker ? `${quote.speaker.name}${quote.speaker.mention ? ` (written "${quote.speaker.mention.text}")` : ''}` : 'no one'
  if (way === 'runs-on' && carriedFrom !== null && quote.speaker) {
    return `It names no speaker and runs on into the next paragraph, whose quote ${carriedFrom} names one: the speaker is ${speaker}.`
  }
  if (way === 'joined' && carriedFrom !== null) {
    return `Joined by "and" or "or" to quote ${carriedFrom}, it shares the attribution that closes their sentence${winner ? `, over ${winner.construct} ${format(winner.score)}` : ''}: the speaker is ${speaker}.`
  }
  if (winner) {
    const others = scored.filter((candidate) => candidate !== winner).map((candidate) => `${candidate.construct} ${format(candidate.score)}`)
    const over = others.length > 0 ? ` over ${others.join(', ')}` : ''
    const carried = carriedFrom !== null ? `; its mention names no one known, so it goes on from quote ${carriedFrom}` : ''
    const resolved = quote.speaker ? `${carried}; the speaker is ${speaker}` : quote.source ? `; it names no one, and "${quote.source.text}" is the quote’s source` : '; its mention resolves to no one'
    return `${winner.construct} scores highest (${format(winner.score)})${over}${resolved}.`
  }
  if (carriedFrom !== null && quote.speaker) return `No construct names a speaker; it goes on from quote ${carriedFrom}, so the speaker is ${speaker}.`
  return candidates.length > 0 ? 'No candidate has a mention: the quote keeps only a cue.' : 'No construct reads anything around the quote.'
}

/** A score with at most two decimals. */
function format(score: number | null): string {
  return score === null ? '-' : String(Math.round(score * 100) / 100)
}
