import type {Cue} from '../cues.js'
import type {Mention, Words} from '../mentions.js'
import type {QuoteSpan} from '../quote-spans.js'

/** The cue and speaker mention a construct reads for a quote, either possibly null. */
export interface Attribution {
  readonly cue: Cue | null
  readonly mention: Mention | null
}

/** Where a quote's words start and end among its paragraph's tokens. */
export interface QuoteTokens {
  /** Index of the first token inside the quote (or after it, when it holds none). */
  readonly firstInside: number
  /** Index of the first token after the closing mark. */
  readonly firstAfter: number
}

/**
 * One quote and the words around it, read once and shared by every construct.
 */
export interface QuoteSite {
  /** The words of the quote's paragraph. */
  readonly words: Words
  /** The quote. */
  readonly span: QuoteSpan
  /** Where the quote's tokens are. */
  readonly inside: QuoteTokens
  /** The unquoted tokens of its sentence before the quote, `[from, to]` (empty when `from > to`). */
  readonly before: readonly [number, number]
  /** The unquoted tokens after it, to the end of its sentence or of a short sentence after it. */
  readonly after: readonly [number, number]
  /** Whether the quote ends with a comma or dash, inside or just after the mark (`“…,” she said`). */
  readonly endsWithComma: boolean
  /**
   * Whether the quote ends with a question or exclamation mark and its
   * sentence goes on in lower case (`“…?” asked X`): like a comma, it points
   * to an attribution after the quote.
   */
  readonly goesOn: boolean
  /** Whether the quote's last character is a letter or digit: a fragment the sentence goes on from. */
  readonly endsWithWord: boolean
  /**
   * The paragraph before, when the quote opens its paragraph and that paragraph
   * holds no quote: the place of a lead-in (`Jane Doe said:`).
   */
  readonly previous: Words | null
}

/** The names of the constructs, one a way news names a quote's speaker. */
export type ConstructName =
  | 'dash'
  | 'cue-after'
  | 'cue-before'
  | 'according-to-after'
  | 'possessive-speech'
  | 'sentence-end'
  | 'sentence-subject'
  | 'previous-sentence'
  | 'lead-in'

/** One way a sentence names a quote's speaker: it reads a candidate or nothing. */
export interface Construct {
  readonly name: ConstructName
  /**
   * Read the construct's cue and mention for one quote.
   *
   * @param site The quote and its words.
   * @returns What the construct reads, or null where it does not apply.
   */
  readonly read: (site: QuoteSite) => Attribution | null
}

/** A construct's reading for one quote. */
export interface Candidate extends Attribution {
  readonly construct: ConstructName
  /** Whether the cue and mention are tokens of the paragraph before the quote's (a lead-in). */
  readonly inPrevious: boolean
}
