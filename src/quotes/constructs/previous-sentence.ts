import {invertsSubject, lastCue} from '../cues.js'
import {clauseSubject, commaAfter, sentenceStart, subjectAfter, subjectBefore, type Words} from '../mentions.js'
import type {Attribution, Construct} from './types.js'

/**
 * A quote that opens its sentence with no attribution of its own, after a
 * sentence whose speech verb has a subject (`Ruiz called him a mentor. “…”`):
 * that subject; or, without a speech verb, that sentence's subject when it
 * names someone (`Ruiz pointed to the budget. “…”`).
 */
export const previousSentence: Construct = {
  name: 'previous-sentence',
  read({words, inside: {firstInside}}) {
    const {tokens} = words
    const first = tokens.get(firstInside)
    // Only a quote that opens its sentence; the sentence's start comes from a
    // table, so a run of quotes in one sentence costs no walk back.
    const start = first ? sentenceStart(words, first.sentence) : -1
    const previous = tokens.get(start - 1)
    if (start !== firstInside || !previous || previous.quoted) return null
    const spoken = readSentenceEnding(words, start - 1)
    if (spoken) return spoken
    const subject = clauseSubject(words, sentenceStart(words, previous.sentence), start - 1)
    return subject && subject.kind !== 'description' ? {cue: null, mention: subject} : null
  }
}

/** How many relative clauses' verbs a sentence's speech verb is looked for behind. */
const RELATIVE_HOPS = 2

/**
 * The cue and subject of the sentence that ends at token `last`, when it has
 * a speech verb: the attribution a following quote takes over.
 *
 * @param words The paragraph's words.
 * @param last Index of the sentence's last token.
 * @returns The cue and mention, or null without a cue or a subject.
 */
export function readSentenceEnding(words: Words, last: number): Attribution | null {
  const {tokens} = words
  const sentence = tokens.sentence(last)
  let from = last
  while (from > 0 && tokens.sentence(from - 1) === sentence && !tokens.quoted(from - 1)) from--
  let cue = lastCue(words, from, last)
  // `X says, a pollster who advised the campaign.`: a verb right after `who` is a relative clause's,
  // telling more of someone; the sentence's own speech verb stands before it.
  for (let hops = 0; cue && hops < RELATIVE_HOPS && tokens.get(cue.first - 1)?.lower === 'who'; hops++) cue = lastCue(words, from, cue.first - 2) ?? cue
  if (!cue || tokens.get(cue.first)?.lower === 'according') return null
  const before = subjectBefore(words, cue.first, from)
  if (before) return {cue, mention: before}
  // `“…,” said Paul Beck.` or `… in 2008, said Paul Beck.`: a verb that opens its clause, with no subject before it, has it after.
  const opensClause = cue.first === from || commaAfter(words, cue.first - 1)
  const mention = (opensClause && invertsSubject(words, cue) ? subjectAfter(words, cue.last + 1, last) : null) ?? clauseSubject(words, from, cue.first)
  return mention ? {cue, mention} : null
}
