import {firstCue, invertsSubject} from '../cues.js'
import {commaAfter, subjectAfter, subjectBefore, type Mention, type Words} from '../mentions.js'
import type {Attribution, Construct} from './types.js'

/** How far after a quote the clause that closes its sentence may end. */
const SENTENCE_END_WINDOW = 40
/** The most words the closing clause may have (`, the party's new spokesman Neil Ross said on Monday`). */
const CLOSING_WORDS = 12
/** The most words a closing clause may have after its verb (`said on Monday`, `said in a statement`). */
const AFTER_VERB_WORDS = 4

/** A colon or semicolon between words. */
const SETS_OFF = /[:;]/

/**
 * `… will carry “real weight” and give the slate the “reach” it lacks, party
 * spokesman Neil Ross said.`: a sentence of several quotes attributed once,
 * in a short clause after a comma at its end, past the quotes. The quote
 * next to that clause is read by `cue-after`; this reads it for the quotes
 * before.
 */
export const sentenceEnd: Construct = {
  name: 'sentence-end',
  read({words, inside: {firstAfter}}) {
    const {tokens, text} = words
    const sentence = tokens.sentence(firstAfter - 1)
    const limit = Math.min(tokens.length, firstAfter + SENTENCE_END_WINDOW)
    // Raw reads first: most quotes have no other quote after them in their sentence.
    let quotedBetween = false
    let index = firstAfter
    for (; index < limit && tokens.sentence(index) === sentence; index++) if (tokens.quoted(index)) quotedBetween = true
    // Only a sentence that ends within reach, with another quote before its end.
    if (!quotedBetween || (index < tokens.length && tokens.sentence(index) === sentence)) return null
    const last = index - 1
    // `…, but with a caveat: “…,” the source said`: a quote set off by a colon or semicolon has its own attribution.
    for (let word = firstAfter; word <= last; word++) {
      const outside = !tokens.quoted(word) || !tokens.quoted(word - 1)
      if (outside && SETS_OFF.test(text.slice(tokens.get(word - 1)?.end, tokens.start(word)))) return null
    }
    // `…, the pope said in his letter:` leads in the quote after it, not those before.
    if (/^\s*:/.test(text.slice(tokens.get(last)?.end))) return null
    // The clause after the last comma, or after one before it when the last sets off a phrase (`…, said Ann Cole, on Monday`).
    for (let from = clauseAfterComma(words, firstAfter, last, last); from !== null; from = clauseAfterComma(words, firstAfter, from - 1, last)) {
      const read = readClosingClause(words, from, last)
      if (read) return read
    }
    return null
  }
}

/** The first word after the last comma among words `first` to `to`, if no quote stands between it and `last`, and it is near enough to `last`. */
function clauseAfterComma(words: Words, first: number, to: number, last: number): number | null {
  for (let index = to; index > first && last - index < CLOSING_WORDS; index--) {
    if (words.tokens.quoted(index)) return null
    if (commaAfter(words, index - 1)) return index
  }
  return null
}

/** `…, Ana Ruiz said`, `…, said Ana Ruiz`, `…, the mayor said on Monday`: the attribution a closing clause holds. */
function readClosingClause(words: Words, from: number, last: number): Attribution | null {
  const cue = firstCue(words, from, last)
  if (!cue) return null
  // `…, said Ann Cole`: the name after the verb; `…, Ann Cole said on Monday`: the subject before it, few words after.
  let mention: Mention | null = null
  if (cue.first === from) mention = invertsSubject(words, cue) ? subjectAfter(words, cue.last + 1, last) : null
  else if (last - cue.last <= AFTER_VERB_WORDS) mention = subjectBefore(words, cue.first, from)
  return mention ? {cue, mention} : null
}
