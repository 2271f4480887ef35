import type {Words} from '../mentions.js'
import {readCueBefore} from './cue-before.js'
import {readSentenceEnding} from './previous-sentence.js'
import type {Attribution, Construct} from './types.js'

/**
 * A quote paragraph after a paragraph that introduces it: one ending with a
 * colon (`Ruiz continued:`, `The report says:`, `From the senator:`), or one
 * whose last sentence has a speech verb and its subject (`Ruiz said as much.`).
 * Its tokens are the previous paragraph's.
 */
export const leadIn: Construct = {
  name: 'lead-in',
  read({previous}) {
    if (!previous) return null
    return readColonLeadIn(previous) ?? readSentenceEnding(previous, previous.tokens.length - 1)
  }
}

/** The attribution of a paragraph's last sentence when the paragraph ends with a colon and it names someone. */
function readColonLeadIn(words: Words): Attribution | null {
  const {tokens} = words
  const last = tokens.length - 1
  const lastToken = tokens.get(last)
  if (!lastToken || lastToken.quoted || !/^\s*:\s*$/.test(words.text.slice(lastToken.end))) return null
  let from = last
  while (from > 0 && tokens.sentence(from - 1) === lastToken.sentence && !tokens.quoted(from - 1)) from--
  const read = readCueBefore(words, [from, last])
  return read?.mention ? read : null
}
