import {readNameRight, type Words} from '../mentions.js'
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
    // The name closes its sentence (`— Jane Doe.`, `— Jane Doe, mayor`): a dash that goes on
    // (`- Links to the best …`, `- Voters in Iowa said …`) sets off a heading or a clause, not a speaker.
    return mention && closesSentence(words, mention.last) ? {cue: null, mention} : null
  }
}

/** Whether nothing but a stop or a comma stands between token `last` and the end of its sentence. */
function closesSentence(words: Words, last: number): boolean {
  const token = words.tokens.get(last)
  const next = words.tokens.get(last + 1)
  if (!token) return false
  if (!next) return true
  return /^[,.;!?)]/.test(words.text.slice(token.end, next.start)) || words.tokens.sentence(last + 1) !== words.tokens.sentence(last)
}
