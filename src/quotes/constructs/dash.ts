import {readNameRight} from '../mentions.js'
import type {Construct} from './types.js'

/** Dashes that put a speaker after a quote. */
const DASH_SPEAKER = /^\s*[-‐‑‒–—―]+\s*$/

/** How many words the name after the dash may run to. */
const DASH_NAME_WORDS = 5

/** `“…” — Jane Doe`: a name after a dash that follows the closing mark. */
export const dash: Construct = {
  name: 'dash',
  read({words, span, inside: {firstAfter}}) {
    const token = words.tokens.get(firstAfter)
    if (!token || token.quoted || !span.closed) return null
    if (!DASH_SPEAKER.test(words.text.slice(span.close, token.start))) return null
    const mention = readNameRight(words, firstAfter, Math.min(words.tokens.length - 1, firstAfter + DASH_NAME_WORDS))
    return mention ? {cue: null, mention} : null
  }
}
