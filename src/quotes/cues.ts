import {CUE_PHRASES, CUE_VERBS, INVERTING_CUES, TAG_ONLY_CUES} from '../lexicon/cues.js'
import {DETERMINERS} from '../lexicon/function-words.js'
import {ROLE_NOUNS} from '../lexicon/honorifics.js'
import type {Words} from './mentions.js'

/** A speech cue: the tokens from `first` to `last`. */
export interface Cue {
  readonly first: number
  readonly last: number
}

/** Multi-word cues by their first word, in lexicon order: one look-up a token instead of a walk over every phrase. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = groupByFirstWord(CUE_PHRASES.map((phrase) => phrase.split(' ')))
const VERBS: ReadonlySet<string> = new Set([...CUE_VERBS, ...TAG_ONLY_CUES])
/** Determiners that may stand alone before a verb: `that said`, `one said`, `another added`. */
const STANDALONE_DETERMINERS: ReadonlySet<string> = new Set(['that', 'one', 'another'])

/** Determiners that count, and stand for the people counted before a verb (`two said`, `several added`). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['two', 'three', 'several', 'both', 'each'])

/**
 * The cue phrase (`according to`, `went on`) opening at word `index`, whose
 * lower-case form is `lower`.
 */
function phraseAt(words: Words, index: number, lower: string): Cue | null {
  // Most words open no phrase: a look-up, and no empty array made for them (it
  // was the quote stage's largest allocation).
  const phrases = PHRASES_BY_FIRST_WORD.get(lower)
  if (phrases === undefined) return null
  for (const phrase of phrases) {
    let matched = true
    for (let offset = 1; offset < phrase.length; offset++) {
      const next = words.tokens.get(index + offset)
      if (!next || next.quoted || next.lower !== phrase[offset]) {
        matched = false
        break
      }
    }
    if (matched) return {first: index, last: index + phrase.length - 1}
  }
  return null
}

/**
 * The speech cue that starts at token `index`, if any: a multi-word cue
 * (`told reporters`, `according to`) before a single verb. A verb right after
 * a determiner is a noun (`the claims`) and no cue.
 *
 * @param words The paragraph's words.
 * @param index The token to test.
 * @returns The cue, or null.
 */
export function cueAt(words: Words, index: number): Cue | null {
  const token = words.tokens.get(index)
  if (!token || token.quoted) return null
  const phrase = phraseAt(words, index, token.lower)
  if (phrase) return phrase
  if (!VERBS.has(token.lower)) return null
  if (TAG_ONLY_CUES.has(token.lower) && !tagsQuote(words, index)) return null
  // `will continue to be`: `continue` before an infinitive says nothing (`went on to suggest` still leads in).
  if (CONTINUE.has(token.lower) && infinitiveAfter(words, index)) return null
  // `referred to the plan as “…”` names it in words of its own; `referred all questions to …` says nothing.
  if (REFER.has(token.lower) && !referredAs(words, index)) return null
  // A word inside the quote before the cue (`“… this one,” said`) says nothing about the cue.
  const before = words.tokens.get(index - 1)
  const previous = before?.quoted ? undefined : before
  // `one said`, `another added`: those two stand for a speaker as well as before a noun; so does a number
  // or quantifier before a verb no noun is spelt like (`the mother of three said`, `both added`; `three claims` is a noun).
  const counted = previous !== undefined && QUANTIFIERS.has(previous.lower) && !token.lower.endsWith('s')
  if (previous && DETERMINERS.has(previous.lower) && !STANDALONE_DETERMINERS.has(previous.lower) && !counted) return null
  // After a possessive the word is a noun (`Ruiz’s tweet`, `the group’s claims`).
  if (previous && /['’]s?$/.test(previous.text) && previous.end === token.start - 1) return null
  // `a Jane Doe tweet`: a verb after a determiner and a name is a noun.
  if (afterDeterminerAndName(words, index)) return null
  // `40% of the harbour’s claims`: a verb in -s after a preposition (and perhaps one adjective) is a plural noun.
  if (pluralAfterPreposition(words, index)) return null
  // A capitalised verb inside its sentence is part of a name (`United States`).
  if (token.capitalised && previous && !previous.quoted && previous.sentence === token.sentence) return null
  return {first: index, last: index}
}

/** How many words before a tag's verb the quote may end (`“…,” the club’s captain laughed`). */
const TAG_REACH = 4

/**
 * Whether a quoted word stands a few words before token `index`, in its
 * sentence: the verb tags that quote (`“…!” The crowd roared.` tags none).
 */
function tagsQuote(words: Words, index: number): boolean {
  const {tokens} = words
  const sentence = tokens.sentence(index)
  for (let at = index - 1; at >= 0 && at >= index - TAG_REACH && tokens.sentence(at) === sentence; at--) if (tokens.quoted(at)) return true
  return false
}

/** `continue`, which cues speech alone (`she continued`) but not before an infinitive (`continued to rise`). */
const CONTINUE: ReadonlySet<string> = new Set(['continue', 'continued', 'continues'])

/** `refer`, a cue only in `referred to X as …`. */
const REFER: ReadonlySet<string> = new Set(['referred', 'refers', 'referring'])

/** How many words the thing referred to may have (`referred to the Green New Deal as`). */
const REFERRED_WORDS = 6

/** Whether `to`, then `as` within a few words, follow token `index` (`referred to the plan as`). */
function referredAs(words: Words, index: number): boolean {
  if (words.tokens.get(index + 1)?.lower !== 'to') return false
  for (let next = index + 2; next <= index + 2 + REFERRED_WORDS; next++) {
    const token = words.tokens.get(next)
    if (!token || token.quoted) return false
    if (token.lower === 'as') return true
  }
  return false
}

/** Whether `to` and a word follow token `index`, unquoted (`… to be`). */
function infinitiveAfter(words: Words, index: number): boolean {
  const next = words.tokens.get(index + 1)
  const verb = words.tokens.get(index + 2)
  return next?.lower === 'to' && !next.quoted && verb !== undefined && !verb.quoted && !verb.capitalised
}

/** Phrases grouped by their first word, each group in the order given. */
function groupByFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const groups = new Map<string, (readonly string[])[]>()
  for (const phrase of phrases) {
    const first = phrase[0] ?? ''
    const group = groups.get(first)
    if (group) group.push(phrase)
    else groups.set(first, [phrase])
  }
  return groups
}

/** Prepositions before which a word in -s is a noun (`of … claims`). */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'about', 'with', 'by', 'in', 'on', 'at', 'from', 'over', 'against', 'among', 'amid'])

/** Whether token `index`, a word in -s other than `says`, reads as a plural noun from the words before it. */
function pluralAfterPreposition(words: Words, index: number): boolean {
  const token = words.tokens.get(index)
  if (!token || !token.lower.endsWith('s') || token.lower === 'says') return false
  const one = words.tokens.get(index - 1)
  const two = words.tokens.get(index - 2)
  if (one === undefined || one.quoted) return false
  if (NOUN_PREPOSITIONS.has(one.lower)) return true
  if (two === undefined || two.quoted) return false
  // `the current charges`, but not `the company claims`: after a determiner and a word that is no speaker.
  const afterDeterminer = DETERMINERS.has(two.lower) && !one.capitalised && !ROLE_NOUNS.has(one.lower)
  return NOUN_PREPOSITIONS.has(two.lower) || afterDeterminer
}

/** How many capitalised words may stand between a determiner and a noun (`a Jane Doe tweet`). */
const NAME_MODIFIER_WORDS = 4

/** Whether token `index` follows a determiner and one to four capitalised words. */
function afterDeterminerAndName(words: Words, index: number): boolean {
  // `Jane Doe, a Democrat, said`: a comma before the verb closes an apposition; the compound has none.
  const name = words.tokens.get(index - 1)
  if (name === undefined || words.text.slice(name.end, words.tokens.start(index)) !== ' ') return false
  // Never across a quote's closing mark (`“… on a Friday,” Ruiz said`): the compound stands on one side of it.
  const quoted = name.quoted
  let back = index - 1
  while (back >= Math.max(0, index - NAME_MODIFIER_WORDS) && words.tokens.get(back)?.capitalised && words.tokens.quoted(back) === quoted) back--
  const determiner = words.tokens.get(back)
  return back < index - 1 && determiner !== undefined && determiner.quoted === quoted && (determiner.lower === 'a' || determiner.lower === 'an')
}

/**
 * The last cue among tokens `from` to `to`.
 *
 * @param words The paragraph's words.
 * @param from First token index.
 * @param to Last token index.
 * @returns The cue nearest `to`, or null.
 */
export function lastCue(words: Words, from: number, to: number): Cue | null {
  for (let index = to; index >= from; index--) {
    const cue = cueAt(words, index)
    if (cue && cue.last <= to) return cue
  }
  return null
}

/**
 * The first cue among tokens `from` to `to`.
 *
 * @param words The paragraph's words.
 * @param from First token index.
 * @param to Last token index.
 * @returns The cue nearest `from`, or null.
 */
export function firstCue(words: Words, from: number, to: number): Cue | null {
  for (let index = from; index <= to; index++) {
    const cue = cueAt(words, index)
    if (cue) return cue
  }
  return null
}

/**
 * Whether a cue of one word is a passive participle (`was warned`, `has been
 * described`, `is widely said`): an `-ed` word or an irregular participle
 * after a form of `be`, with at most one adverb between, all after `floor`.
 *
 * @param words The paragraph's words.
 * @param cue The cue.
 * @param floor The first token the `be` may stand at.
 * @returns True for a passive cue.
 */
export function isPassiveCue(words: Words, cue: Cue, floor: number): boolean {
  const verb = words.tokens.get(cue.first)?.lower ?? ''
  if (cue.first !== cue.last || (!verb.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(verb))) return false
  let before = cue.first - 1
  const adverb = words.tokens.get(before)?.lower ?? ''
  if (before > floor && (adverb.endsWith('ly') || PASSIVE_ADVERBS.has(adverb))) before--
  const be = words.tokens.get(before)
  if (before < floor || be === undefined || be.quoted || !BE_FORMS.has(be.lower)) return false
  // `X is said to have told them: “…”`: hearsay of what X did, X's words still.
  return !(RAISING_PARTICIPLES.has(verb) && words.tokens.get(cue.first + 1)?.lower === 'to')
}

/** Participles whose passive before `to` reports what its subject did or said (`is said to have`, `was reported to be`). */
const RAISING_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'reported', 'alleged', 'believed', 'thought', 'known', 'understood', 'rumoured', 'rumored', 'claimed', 'expected'])

/** Forms of `be` before a participle that make it passive (`was branded`). */
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be'])

/** Participles of speech verbs that do not end in `-ed` (`was told`, `is said`). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['told', 'said', 'written', 'spoken', 'heard', 'known', 'thought', 'given', 'shown'])

/** Adverbs that stand between `be` and a passive participle other than those in `-ly` (`was also told`, `is often called`). */
const PASSIVE_ADVERBS: ReadonlySet<string> = new Set(['also', 'often', 'once', 'since', 'later', 'then', 'still', 'even', 'already', 'reportedly'])

const INVERTING: ReadonlySet<string> = new Set(INVERTING_CUES)

/**
 * Whether a cue may stand before its speaker (`“…,” said X`): after any other
 * cue a name is the verb's object (`called X “…”`).
 *
 * @param words The paragraph's words.
 * @param cue The cue.
 * @returns True for `said`, `added`, `shot back`…
 */
export function invertsSubject(words: Words, cue: Cue): boolean {
  const parts: string[] = []
  for (let index = cue.first; index <= cue.last; index++) parts.push(words.tokens.get(index)?.lower ?? '')
  return INVERTING.has(parts.join(' '))
}
