import type {ConstructName} from '../quotes/constructs/types.js'
import type {MentionKind} from '../quotes/mentions.js'

/**
 * The weights the speaker chooser scores candidates with: a candidate's score
 * is the sum of the weights of its features, and the highest-scoring candidate
 * with a mention names the speaker.
 */
export interface SpeakerWeights {
  /** One weight a construct. */
  readonly construct: Readonly<Record<ConstructName, number>>
  /** Added to `cue-after` or `cue-before` when it reads on the side the quote's punctuation points to (`“…,” X said` after, `X said: “…”` before). */
  readonly facing: number
  /** One weight a kind of mention. */
  readonly mention: Readonly<Record<MentionKind, number>>
  /** Added when the candidate has its own speech cue. */
  readonly cue: number
  /** Multiplied by the words between the quote and the mention, at most `DISTANCE_CAP`. */
  readonly distance: number
}

/**
 * The priority order the constructs were first chosen by, as weights: a dash,
 * the cue on the side the punctuation points to, the cue on the other side, then the
 * sentence-level readers, the lead-in last.
 */
export const PRIORITY_WEIGHTS: SpeakerWeights = {
  construct: {
    dash: 10,
    'cue-after': 7,
    'cue-before': 7,
    'according-to-after': 5,
    'possessive-speech': 4,
    'sentence-end': 3.5,
    'sentence-subject': 3,
    'previous-sentence': 2,
    'lead-in': 1
  },
  facing: 1,
  mention: {name: 0, pronoun: 0, description: 0},
  cue: 0,
  distance: 0
}
