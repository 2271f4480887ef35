import {accordingToAfter} from './according-to-after.js'
import {cueAfter} from './cue-after.js'
import {dash} from './dash.js'
import {cueBefore} from './cue-before.js'
import {leadIn} from './lead-in.js'
import {possessiveSpeech} from './possessive-speech.js'
import {previousSentence} from './previous-sentence.js'
import {sentenceEnd} from './sentence-end.js'
import {sentenceSubject} from './sentence-subject.js'
import type {Candidate, Construct, QuoteSite} from './types.js'

/** Every construct, each run on every quote: the chooser, not this order, decides. */
export const CONSTRUCTS: readonly Construct[] = [
  dash,
  cueAfter,
  cueBefore,
  accordingToAfter,
  possessiveSpeech,
  sentenceEnd,
  sentenceSubject,
  previousSentence,
  leadIn
]

/**
 * Run every construct on one quote.
 *
 * @param site The quote and its words.
 * @returns The candidates the constructs read, in the constructs' order.
 */
export function readCandidates(site: QuoteSite): Candidate[] {
  const candidates: Candidate[] = []
  for (const construct of CONSTRUCTS) {
    const read = construct.read(site)
    if (read && (read.cue || read.mention)) candidates.push({construct: construct.name, cue: read.cue, mention: read.mention, inPrevious: construct === leadIn})
  }
  return candidates
}

export type {Attribution, Candidate, Construct, ConstructName, QuoteSite, QuoteTokens} from './types.js'
export {quoteSite} from './site.js'
