import {cueAt} from '../cues.js'
import {subjectAfter} from '../mentions.js'
import type {Construct} from './types.js'

/** How far after a quote a sentence-final `according to X` may stand. */
const ACCORDING_WINDOW = 40
/** How many words the source after `according to` may run to. */
const SOURCE_WORDS = 12

/** `… held a “sit-in” on the steps, according to the organisers.`: a source at the end of the sentence. */
export const accordingToAfter: Construct = {
  name: 'according-to-after',
  read({words, inside: {firstAfter}}) {
    const {tokens} = words
    const sentence = tokens.get(firstAfter - 1)?.sentence
    for (let index = firstAfter; index < Math.min(tokens.length, firstAfter + ACCORDING_WINDOW); index++) {
      const token = tokens.get(index)
      if (!token || token.sentence !== sentence) return null
      if (token.lower !== 'according') continue
      const cue = cueAt(words, index)
      const mention = cue ? subjectAfter(words, cue.last + 1, Math.min(tokens.length - 1, cue.last + SOURCE_WORDS)) : null
      return cue && mention ? {cue, mention} : null
    }
    return null
  }
}
