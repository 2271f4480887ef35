import {firstCue} from '../cues.js'
import type {Words} from '../mentions.js'
import type {QuoteSpan} from '../quote-spans.js'
import type {QuoteSite, QuoteTokens} from './types.js'

/** A letter or digit last. */
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u

/**
 * A question or exclamation mark at the end of a quote, before the closing
 * marks of quotes nested inside it (`“… ‘Why now?’”`).
 */
const QUESTION_OR_EXCLAMATION_END = /[?!][’'”"»›]*\s*$/

/** A comma or dash at the end of a quote, before the closing marks of quotes nested inside it (`“… ‘not today,’”`). */
const COMMA_OR_DASH_END = /[,—–-][’'”"»›]*\s*$/

/** The sentence going on in lower case after a closing mark (`?” asked`). */
const LOWER_CASE_NEXT = /^\s?\p{Ll}/u

/** The most words a short sentence after a quote may have to attribute it (`Ruiz said.`). */
const TRAILING_SENTENCE_WORDS = 6
/** How far after a quote ending in `?` or `!` its cue may stand (`“…?” asked Jane Q. Doe`). */
const CUE_AFTER_STOP_WORDS = 4
/** How many words of the clause after such a quote are read. */
const LONG_CLAUSE_WORDS = 40
/** A question or exclamation mark closing the quote, before the words after it. */
const QUESTION_OR_EXCLAMATION = /[?!][’”"'»]+\s*$/

/**
 * Read the words around a quote once, for all the constructs.
 *
 * @param words The words of the quote's paragraph.
 * @param span The quote.
 * @param inside Where the quote's tokens are.
 * @param previous The paragraph before, when it can lead the quote in (see `QuoteSite.previous`).
 * @returns The quote's site.
 */
export function quoteSite(words: Words, span: QuoteSpan, inside: QuoteTokens, previous: Words | null): QuoteSite {
  const {before, after} = neighbours(words, inside)
  const quoted = words.text.slice(span.start, span.end)
  return {
    words,
    span,
    inside,
    before,
    after,
    endsWithComma: COMMA_OR_DASH_END.test(quoted) || words.text.charAt(span.close) === ',',
    endsWithWord: ENDS_WITH_WORD.test(quoted),
    goesOn: span.closed && QUESTION_OR_EXCLAMATION_END.test(quoted) && LOWER_CASE_NEXT.test(words.text.slice(span.close, span.close + 3)),
    previous
  }
}

/** The token ranges around a quote within its sentence, quotes excluded. */
function neighbours(words: Words, {firstInside, firstAfter}: QuoteTokens): {before: [number, number]; after: [number, number]} {
  const {tokens} = words
  // Raw reads: a walk along the sentence needs no word's strings (-1 is no sentence).
  const inside = tokens.sentence(firstInside)
  const sentence = inside >= 0 ? inside : Math.max(tokens.sentence(firstInside - 1), 0)
  let from = firstInside
  while (from > 0 && tokens.sentence(from - 1) === sentence && !tokens.quoted(from - 1)) from--
  const beforeAfter = tokens.sentence(firstAfter - 1)
  const lastSentence = beforeAfter >= 0 ? beforeAfter : sentence
  let to = firstAfter
  while (to < tokens.length && !tokens.quoted(to) && tokens.sentence(to) === lastSentence) to++
  // A short sentence right after the quote can attribute it: `“…” Esper said.`
  if (to === firstAfter) {
    const next = tokens.sentence(firstAfter)
    let end = firstAfter
    while (end < tokens.length && end - firstAfter <= TRAILING_SENTENCE_WORDS && !tokens.quoted(end) && tokens.sentence(end) === next) end++
    if (end - firstAfter <= TRAILING_SENTENCE_WORDS && tokens.sentence(end) !== next) to = end
    // `“…?” Ruiz asked as the vote closed`: a question or exclamation ends the tokens' sentence,
    // but a cue in the first words after it still attributes the quote, however long its clause.
    else if (QUESTION_OR_EXCLAMATION.test(words.text.slice(Math.max(0, tokens.start(firstAfter) - 3), tokens.start(firstAfter)))) {
      const cue = firstCue(words, firstAfter, Math.min(tokens.length - 1, firstAfter + CUE_AFTER_STOP_WORDS))
      if (cue && tokens.sentence(cue.last) === next) {
        while (end < tokens.length && end - firstAfter < LONG_CLAUSE_WORDS && !tokens.quoted(end) && tokens.sentence(end) === next) end++
        to = end
      }
    }
  }
  return {before: [from, firstInside - 1], after: [firstAfter, to - 1]}
}

/** Conjunctions that open a subordinate clause (`when`, `as`, `because`…): what happened around a quote, not who said it. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'since', 'until', 'after', 'before', 'once', 'whenever'])

/**
 * Words that open a phrase or clause before a sentence's subject: the
 * subordinators, and prepositions and participles (`After meeting Tait, Voss
 * said …`, `Unlike Tait, Voss …`, `In a video posted online, she said`). A
 * name or a cue inside it, before its comma, is not the sentence's subject or
 * its speaker's verb.
 */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS, 'unlike', 'despite', 'having', 'following', 'during', 'without', 'besides',
  'in', 'on', 'at', 'through', 'via', 'under', 'from'
])
