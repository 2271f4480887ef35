import {cueAt, firstCue, invertsSubject} from '../cues.js'
import {FUNCTION_WORDS} from '../../lexicon/function-words.js'
import {commaAfter, joined, subjectBefore, subjectAfter, subjectRight, type Words} from '../mentions.js'
import {SUBORDINATORS} from './site.js'
import type {Attribution, Construct} from './types.js'

/** How many words after a quote may hold its attribution (`“…,” the memo continued`). */
const POST_WINDOW = 8
/** How far a cue may stand after a speaker named right after the quote (`“…,” X, a long title, said`). */
const APPOSITIVE_WINDOW = 40
/** How many words after an inverting cue its speaker's name may reach (`said the union's chair, Jane Q. Doe`). */
const NAME_AFTER_CUE = 8
/** How far after a quote fragment a `…, she said` at the end of the sentence may stand. */
const CLAUSE_END_WINDOW = 30

/**
 * `“…,” she said`, `“…,” said the spokesman`, `“…,” X, a long title, said`,
 * and a fragment the sentence goes on from, attributed after a comma at its
 * end (`“…” to cut costs, she said`).
 */
export const cueAfter: Construct = {
  name: 'cue-after',
  read({words, after: [from, to], endsWithComma, endsWithWord, inside: {firstInside}}) {
    if (from > to) return null
    // `“…,” when X arrived`: a clause that opens with a subordinator is
    // what happened around the quote, not who said it.
    // Its own attribution may still close the sentence after a comma (`“…” if the vote fails, said X`).
    if (SUBORDINATORS.has(words.tokens.get(from)?.lower ?? '')) return endsWithWord ? readClauseEnd(words, from + 1, from + 1, Math.min(to, from + CLAUSE_END_WINDOW)) : null
    const cue = firstCue(words, from, Math.min(to, from + POST_WINDOW))
    if (cue) {
      // Only a cue right after the quote takes its speaker after it (`“…,” said X`); further on,
      // a name after the verb is its object (`“…,” but stopped short of calling X …`), unless
      // a comma closes the clause before the cue (`“…” to the board, said X`).
      const clauseEnd = cue.first > from + 1 && commaAfter(words, cue.first - 1)
      const inverts = (cue.first === from || cue.first === from + 1 || clauseEnd) && invertsSubject(words, cue)
      // `“…”, Ana Ruiz, who said …`: a cue in a relative clause after the quote introduces what Ruiz says next.
      const before = cue.first > from ? subjectBefore(words, cue.first, from, false) : null
      const mention = before ?? (inverts ? subjectAfter(words, cue.last + 1, Math.min(to, cue.last + NAME_AFTER_CUE)) : null)
      // A quote that ends mid-phrase (`the “review” of its files would continue`)
      // goes on with its own clause: a cue further on attributes it only after a
      // comma (`a clerk who “cuts corners” is a risk, Ruiz said`).
      const start = words.tokens.get(mention?.first ?? cue.first)?.start ?? 0
      // A quote that opens its sentence goes on from nowhere: `“… the tide” Ruiz said`, its comma lost, is Ruiz's.
      // So is one a title before the name leads (`“… the tide” the paper’s editor Jo Vale said.`), when the verb closes the clause.
      const opening = mention !== null && words.tokens.opensSentence(firstInside) && (mention.first === from || (titleBefore(words, from, mention.first) && closesClause(words, cue.last, to)))
      const detached = cue.first === from || opening || words.text.slice(words.tokens.get(from)?.start, start).includes(',')
      if (!endsWithWord || detached) return {cue, mention}
    }
    if (!endsWithComma) return endsWithWord && !cue ? readClauseEnd(words, from, from + POST_WINDOW + 1, Math.min(to, from + CLAUSE_END_WINDOW)) : null
    const subject = subjectRight(words, from, to)
    if (!subject) return null
    const farCue = firstCue(words, subject.last + 1, Math.min(to, from + APPOSITIVE_WINDOW))
    return farCue ? {cue: farCue, mention: subject} : null
  }
}

/** Whether the words from `from` up to `name` read as a title before a name (`the paper’s senior editor`): no punctuation, and no function word but an article first. */
function titleBefore(words: Words, from: number, name: number): boolean {
  if (name - from > TITLE_BEFORE_WORDS) return false
  for (let index = from; index < name; index++) {
    const token = words.tokens.get(index)
    if (!token || token.quoted || (FUNCTION_WORDS.has(token.lower) && !(index === from && ARTICLES.has(token.lower)))) return false
    if (index > from && !joined(words, index - 1, index)) return false
  }
  return true
}

/** How many words a title before a name after a quote may have. */
const TITLE_BEFORE_WORDS = 6

/** Articles that may open a title before a name. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/** Whether the clause ends at the cue's last token: punctuation or the end of the words read follows it. */
function closesClause(words: Words, last: number, to: number): boolean {
  const next = words.tokens.get(last + 1)
  return last >= to || next === undefined || /^[,.;!?]/.test(words.text.slice(words.tokens.get(last)?.end, next.start))
}

/** Conjunctions that join a second clause to the attribution (`the source added but …`). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but'])

/**
 * `“We will not sell the land” to any developer, she said`: a quote fragment
 * the sentence goes on from, attributed after a comma at its end by a
 * speaker and a speech verb. The cue is looked for from `first` to `to`; its
 * subject may reach back to `floor`.
 */
function readClauseEnd(words: Words, floor: number, first: number, to: number): Attribution | null {
  for (let index = first; index <= to; index++) {
    const cue = cueAt(words, index)
    if (!cue) continue
    // `…, said Jane Doe, an analyst`: the verb after the comma, its subject after it.
    if (commaAfter(words, cue.first - 1) && invertsSubject(words, cue)) {
      const inverted = subjectAfter(words, cue.last + 1, Math.min(words.tokens.length - 1, cue.last + NAME_AFTER_CUE))
      return inverted ? {cue, mention: inverted} : null
    }
    const mention = subjectBefore(words, cue.first, floor)
    const token = mention ? words.tokens.get(mention.first) : undefined
    const previous = mention ? words.tokens.get(mention.first - 1) : undefined
    const afterComma = token && previous && words.text.slice(previous.end, token.start).includes(',')
    // `…, the source added.` or `…, the source added but gave no date`: the verb closes the clause.
    const ends =
      cue.last === to ||
      /^[,.;]/.test(words.text.slice(words.tokens.get(cue.last)?.end, words.tokens.get(cue.last + 1)?.start ?? words.text.length)) ||
      CLAUSE_JOINERS.has(words.tokens.get(cue.last + 1)?.lower ?? '')
    if (mention && afterComma && ends) return {cue, mention}
    return null
  }
  return null
}
