import {FITTED_WEIGHTS} from '../lexicon/speaker-weights.generated.js'
import type {SpeakerWeights} from '../lexicon/speaker-weights.js'
import type {Cue} from './cues.js'
import type {Candidate, ConstructName, QuoteSite} from './constructs/index.js'
import type {MentionKind} from './mentions.js'

/** The words between a quote and a mention count up to this many. */
export const DISTANCE_CAP = 30

/** Constructs that read the subject of a sentence and no cue of their own: they take the cue the sentence has beside the quote. */
const BORROWS_CUE: ReadonlySet<ConstructName> = new Set(['according-to-after', 'possessive-speech', 'sentence-subject', 'previous-sentence'])

/** What the chooser reads of a candidate. */
export interface CandidateFeatures {
  readonly construct: ConstructName
  /** Whether a cue construct reads on the side the quote's punctuation points to. */
  readonly facing: boolean
  readonly mention: MentionKind | null
  readonly cue: boolean
  /** Words between the quote and the mention (capped at `DISTANCE_CAP`); the cap for a mention in the paragraph before. */
  readonly distance: number
}

/** A candidate with its features and score. */
export interface ScoredCandidate extends Candidate {
  readonly features: CandidateFeatures
  /** The sum of its features' weights; null when it has no mention and so cannot name the speaker. */
  readonly score: number | null
}

/** The chooser's decision for one quote. */
export interface SpeakerChoice {
  /** Every candidate, in the constructs' order. */
  readonly candidates: readonly ScoredCandidate[]
  /** The candidate that names the speaker, or null when none names anyone. */
  readonly winner: ScoredCandidate | null
  /** The quote's cue: the winner's, one it takes from the sentence, or a cue no mention came with; in the winner's paragraph. */
  readonly cue: Cue | null
}

/**
 * Choose a quote's speaker among its candidates: the highest score among
 * those with a mention (ties go to the earlier construct).
 *
 * @param candidates What the constructs read for the quote.
 * @param site The quote.
 * @param weights The weights to score with.
 * @returns The choice, with every candidate scored.
 */
export function chooseSpeaker(candidates: readonly Candidate[], site: QuoteSite, weights: SpeakerWeights = FITTED_WEIGHTS): SpeakerChoice {
  const scored = candidates.map((candidate) => score(candidate, site, weights))
  let winner: ScoredCandidate | null = null
  for (const candidate of scored) {
    if (candidate.score !== null && (winner === null || candidate.score > (winner.score ?? 0))) winner = candidate
  }
  const facing = scored.find((candidate) => candidate.features.facing)?.cue ?? null
  const other = scored.find((candidate) => (candidate.construct === 'cue-after' || candidate.construct === 'cue-before') && !candidate.features.facing)?.cue ?? null
  const sentenceCue = facing ?? other
  if (!winner) return {candidates: scored, winner, cue: sentenceCue}
  const cue = winner.cue ?? (BORROWS_CUE.has(winner.construct) ? sentenceCue : null)
  return {candidates: scored, winner, cue}
}

/** A candidate's features and score. */
function score(candidate: Candidate, site: QuoteSite, weights: SpeakerWeights): ScoredCandidate {
  const {construct, mention} = candidate
  const pointsAfter = site.endsWithComma || site.goesOn
  const features: CandidateFeatures = {
    construct,
    facing: construct === 'cue-after' ? pointsAfter : construct === 'cue-before' && !pointsAfter,
    mention: mention?.kind ?? null,
    cue: candidate.cue !== null,
    distance: distanceOf(candidate, site)
  }
  // Fields spelled out, not spread: one object shape for every candidate keeps this hot path monomorphic.
  const {cue, inPrevious} = candidate
  if (!mention) return {construct, cue, mention, inPrevious, features, score: null}
  const total =
    weights.construct[construct] +
    (features.facing ? weights.facing : 0) +
    weights.mention[mention.kind] +
    (features.cue ? weights.cue : 0) +
    weights.distance * features.distance
  return {construct, cue, mention, inPrevious, features, score: total}
}

/** Words between the quote and a candidate's mention (or cue, without one). */
function distanceOf({mention, cue, inPrevious}: Candidate, {inside}: QuoteSite): number {
  const words = mention ?? cue
  if (!words || inPrevious) return DISTANCE_CAP
  const gap = words.first >= inside.firstAfter ? words.first - inside.firstAfter : Math.max(0, inside.firstInside - 1 - words.last)
  return Math.min(gap, DISTANCE_CAP)
}
