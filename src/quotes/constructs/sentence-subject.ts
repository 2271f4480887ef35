import {FUNCTION_WORDS} from '../../lexicon/function-words.js'
import {clauseSubject, sentenceStart} from '../mentions.js'
import {firstCue, isPassiveCue} from '../cues.js'
import {readCueBefore} from './cue-before.js'
import {SUBORDINATORS} from './site.js'
import type {Construct} from './types.js'

/** How many words into its sentence a later quote may take the attribution before the sentence's first quote. */
const SHARED_REACH = 60

/** A letter or digit last. */
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u

/** Words before a quote that make it a modifier of a noun (`a “half-built” bridge`), not speech. */
const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'])

/**
 * A quote inside a sentence with no speech verb next to it (`X called the plan
 * “a disaster”`, `X is promising “jobs”`): the subject of the sentence, read
 * from its first word across earlier quotes; or, for a later quote of the
 * sentence, the attribution the words before its first quote hold (`X, Y
 * said, had served “…” and passed “…”`). A quote that modifies a noun
 * (`a “half-built” bridge`) has no speaker.
 */
export const sentenceSubject: Construct = {
  name: 'sentence-subject',
  read({words, span, inside: {firstInside, firstAfter}}) {
    const {tokens} = words
    const previous = tokens.get(firstInside - 1)
    // A quote that opens its sentence has no subject before it in that sentence.
    if (!previous || previous.sentence !== tokens.sentence(firstInside)) return null
    const next = tokens.get(firstAfter)
    const nounFollows =
      next !== undefined &&
      /^\s+$/.test(words.text.slice(span.close, next.start)) &&
      ENDS_WITH_WORD.test(words.text.slice(span.start, span.end)) &&
      !next.capitalised &&
      !FUNCTION_WORDS.has(next.lower)
    if (!previous.quoted && MODIFIER_DETERMINERS.has(previous.lower) && nounFollows) return null
    const from = sentenceStart(words, previous.sentence)
    if (tokens.quoted(from)) return null
    // A later quote takes the attribution before the sentence's first quote, but not past a cue between
    // (`…, and Ruiz said: “…”`) nor from an opening clause of time or cause (`When X said “…”, Y …`).
    // Within reach of the sentence's start only, so that a sentence of thousands of quotes, or one that
    // runs on for pages before them, is read in linear time.
    const near = firstInside - from <= SHARED_REACH
    let first = from
    while (near && first < firstInside && !tokens.quoted(first)) first++
    const shared = near && first < firstInside && !SUBORDINATORS.has(tokens.get(from)?.lower ?? '') && firstCue(words, first, firstInside - 1) === null
    const opening = shared ? readCueBefore(words, [from, first - 1]) : null
    if (opening?.mention) return opening
    const mention = clauseSubject(words, from, firstInside)
    // `X was warned that “…” and “…”`: the subject of a passive cue is who the words are said of, not who says them.
    const cue = mention ? firstCue(words, mention.last + 1, firstInside - 1) : null
    if (cue && isPassiveCue(words, cue, mention?.last ?? from)) return null
    return mention ? {cue: null, mention} : null
  }
}
