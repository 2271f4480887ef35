import {cueAt} from '../cues.js'
import {subjectRight} from '../mentions.js'
import type {Construct} from './types.js'

/** Words that may open a sentence before a participle cue (`After saying …`). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'when', 'upon', 'on', 'in', 'by', 'since', 'without'])

/**
 * `After saying the road was “a disgrace,” she left the meeting`: a sentence
 * that opens with a participle cue (`saying`, `telling`, `adding`) gives the
 * quote to the subject of the main clause, the first words after the quote.
 */
export const participleOpening: Construct = {
  name: 'participle-opening',
  read({words, before: [from, to], after: [afterFrom, afterTo]}) {
    if (from > to || afterFrom > afterTo) return null
    let index = from
    while (index <= to && PARTICIPLE_OPENERS.has(words.tokens.get(index)?.lower ?? '')) index++
    const cue = index <= to && index - from <= 1 && words.tokens.get(index)?.lower.endsWith('ing') ? cueAt(words, index) : null
    if (!cue) return null
    const mention = subjectRight(words, afterFrom, afterTo)
    return mention ? {cue, mention} : null
  }
}
