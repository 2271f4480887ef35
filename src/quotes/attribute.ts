import {firstCue, lastCue, type Cue} from './cues.js'
import {clauseSubject, subjectAfter, subjectBefore, type Mention, type Words} from './mentions.js'
import type {QuoteSpan} from './quote-spans.js'

/** A quote with the cue and speaker mention read off its paragraph. */
export interface Attribution {
  readonly cue: Cue | null
  readonly mention: Mention | null
}

/** How many words after a quote may hold its attribution (`“…,” the memo continued`). */
const POST_WINDOW = 8
/** The most words a short sentence after a quote may have to attribute it (`Esper said.`). */
const TRAILING_SENTENCE_WORDS = 6

/**
 * Read the cue and speaker of one quote from the words around it:
 * `“…,” X said`, `“…,” said X`, `X said: “…”`, `X, a title, said “…”`,
 * `According to X, “…”`, `X told Y: “…”`.
 *
 * @param words The paragraph's words.
 * @param span The quote.
 * @param inside Index of the first token inside the quote and of the first after it.
 * @returns The cue and the mention of the speaker, either possibly null.
 */
export function attributeQuote(words: Words, span: QuoteSpan, inside: QuoteTokens): Attribution {
  const {before, after} = neighbours(words, inside)
  const endsWithComma = /[,—–-]\s*$/.test(words.text.slice(span.start, span.end)) || words.text.charAt(span.close) === ','
  // `“…,” he said` reads after the quote first; a quote that ends its sentence
  // is more often introduced (`X said: “…”`) than followed by its speaker.
  if (endsWithComma) return readAfter(words, after) ?? readBefore(words, before) ?? {cue: null, mention: null}
  return readBefore(words, before) ?? readAfter(words, after) ?? {cue: null, mention: null}
}

/** Where a quote's words start and end among its paragraph's tokens. */
export interface QuoteTokens {
  /** Index of the first token inside the quote (or after it, when it holds none). */
  readonly firstInside: number
  /** Index of the first token after the closing mark. */
  readonly firstAfter: number
}

/** The token ranges around a quote within its sentence, quotes excluded. */
function neighbours(words: Words, {firstInside, firstAfter}: QuoteTokens): {before: [number, number]; after: [number, number]} {
  const {tokens} = words

  const sentence = tokens[firstInside]?.sentence ?? tokens[firstInside - 1]?.sentence ?? 0
  let from = firstInside
  while (from > 0 && tokens[from - 1]?.sentence === sentence && !tokens[from - 1]?.quoted) from--
  const lastSentence = tokens[firstAfter - 1]?.sentence ?? sentence
  let to = firstAfter
  while (to < tokens.length && !tokens[to]?.quoted && tokens[to]?.sentence === lastSentence) to++
  // A short sentence right after the quote can attribute it: `“…” Esper said.`
  if (to === firstAfter) {
    const next = tokens[firstAfter]?.sentence
    let end = firstAfter
    while (end < tokens.length && !tokens[end]?.quoted && tokens[end]?.sentence === next) end++
    if (end - firstAfter <= TRAILING_SENTENCE_WORDS && tokens[end]?.sentence !== next) to = end
  }
  return {before: [from, firstInside - 1], after: [firstAfter, to - 1]}
}

/** `“…,” he said` / `“…,” said the spokesman` */
function readAfter(words: Words, [from, to]: [number, number]): Attribution | null {
  if (from > to) return null
  const cue = firstCue(words, from, Math.min(to, from + POST_WINDOW))
  if (!cue) return null
  const mention =
    cue.first > from ? subjectBefore(words, cue.first, from) : subjectAfter(words, cue.last + 1, Math.min(to, cue.last + 8))
  return {cue, mention: mention ?? subjectAfter(words, cue.last + 1, Math.min(to, cue.last + 8))}
}

/** `X said: “…”`, `According to X, “…”`, `The letter … alerted colleagues of “…”` */
function readBefore(words: Words, [from, to]: [number, number]): Attribution | null {
  if (from > to) return null
  const cue = lastCue(words, from, to)
  if (!cue) {
    // `From Gen Milley: “…”`: a lead-in with a name and a colon but no verb.
    const colon = /:\s*$/.test(words.text.slice(words.tokens[to]?.end, words.tokens[to + 1]?.start))
    return colon ? {cue: null, mention: clauseSubject(words, from, to + 1)} : null
  }
  const token = words.tokens[cue.first]
  if (token?.lower === 'according') {
    return {cue, mention: subjectAfter(words, cue.last + 1, to)}
  }
  return {cue, mention: subjectBefore(words, cue.first, from) ?? subjectAfter(words, cue.last + 1, to)}
}
