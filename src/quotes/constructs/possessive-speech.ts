import {FUNCTION_WORDS} from '../../lexicon/function-words.js'
import {readNameLeft} from '../mentions.js'
import {SPEECH_NOUNS} from './cue-before.js'
import type {Construct} from './types.js'

/** How many adjectives may stand between a possessive and its speech noun (`Ruiz’s latest claim`). */
const SPEECH_NOUN_ADJECTIVES = 2

/** `Jane Doe’s claim that “…”`: the owner of a speech noun before the quote. */
export const possessiveSpeech: Construct = {
  name: 'possessive-speech',
  read({words, before: [from, to]}) {
    const {tokens} = words
    for (let index = to; index >= from; index--) {
      const noun = tokens.get(index)
      if (!noun || !SPEECH_NOUNS.has(noun.lower)) continue
      for (let owner = index - 1; owner >= Math.max(from, index - 1 - SPEECH_NOUN_ADJECTIVES); owner--) {
        const token = tokens.get(owner)
        if (!token) break
        if (/['’]s?$/.test(token.text) || /s['’]$/.test(words.text.slice(token.start, token.end + 1))) {
          const mention = readNameLeft(words, owner, from)
          return mention ? {cue: null, mention} : null
        }
        if (token.capitalised || FUNCTION_WORDS.has(token.lower)) break
      }
      return null
    }
    return null
  }
}
