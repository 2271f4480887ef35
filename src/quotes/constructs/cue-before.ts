import {SPEECH_NOUNS as SPEECH_NOUN_LIST} from '../../lexicon/cues.js'
import {invertsSubject, isPassiveCue, lastCue, type Cue} from '../cues.js'
import {FUNCTION_WORDS} from '../../lexicon/function-words.js'
import {clauseSubject, commaAfter, firstCommaAfter, POSSESSIVE, subjectAfter, subjectBefore, subjectRight, type Mention, type Words} from '../mentions.js'
import {PHRASE_OPENERS, SUBORDINATORS} from './site.js'
import type {Attribution, Construct} from './types.js'

/** Nouns for something said (`claim`, `remark`…). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(SPEECH_NOUN_LIST)

/**
 * `Jane Doe issued a statement saying “…”`, `… released a new ad calling it
 * “…”`: an indefinite noun phrase right after a verb is the verb's object, so
 * the speaker is the clause's subject; the phrase stays when the clause has
 * no subject to give, or when it opens the clause (`A statement said …`).
 */
function subjectOverObject(words: Words, mention: Mention | null, from: number, cue: Cue): Mention | null {
  if (!mention || mention.first <= from) return mention
  // `X wrote to the minister asking …`, `X answered on Facebook writing …`: a participle right after
  // the object of a preposition tells what the clause's subject did, not its object.
  if (participleAfterObject(words, mention, cue)) return clauseSubject(words, from, mention.first) ?? mention
  if (mention.kind !== 'description') return mention
  const determiner = words.tokens.get(mention.first)?.lower ?? ''
  if (!OBJECT_DETERMINERS.has(determiner)) return mention
  const previous = words.tokens.get(mention.first - 1)
  // `X issued a statement`: the word before is a verb; `which a review said` opens a clause whose subject it is.
  if (!previous || previous.capitalised || FUNCTION_WORDS.has(previous.lower) || /[,;:]/.test(words.text.slice(previous.end, words.tokens.get(mention.first)?.start))) return mention
  return clauseSubject(words, from, mention.first) ?? mention
}

/** Determiners that open a verb's object (`issued a statement`, `opened their debate`); not `the`, which as often opens the subject of a reported clause (`said the mayor had …`). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * Whether `cue` is a participle right after `mention`, and `mention` the object of a preposition (`to the minister asking`);
 * or a passive one after a thing there (`said in a video posted online`, `in a post shared on Facebook`), which is no speaker.
 */
function participleAfterObject(words: Words, mention: Mention, cue: Cue): boolean {
  const verb = words.tokens.get(cue.first)
  if (cue.first !== mention.last + 1 || !verb) return false
  if (!verb.lower.endsWith('ing') && !(mention.kind === 'description' && cue.first === cue.last && verb.lower.endsWith('ed'))) return false
  const before = words.tokens.get(mention.first - 1)
  return before !== undefined && !before.quoted && RECIPIENT_OR_PLACE.has(before.lower)
}

/** Whether a thing's description, the object of a preposition, stands right before `cue` (`in a video` before `posted`). */
function thingBefore(words: Words, cue: Cue): boolean {
  const mention = subjectBefore(words, cue.first, Math.max(0, cue.first - THING_WORDS))
  return mention !== null && mention.kind === 'description' && participleAfterObject(words, mention, cue)
}

/** How far back {@link thingBefore} reads the thing's description. */
const THING_WORDS = 6

/**
 * Prepositions of a recipient or a place (`to the minister`, `on Facebook`),
 * not `of` or `with`, whose object may be the one who speaks (`footage of
 * Ruiz asking …`).
 */
const RECIPIENT_OR_PLACE: ReadonlySet<string> = new Set(['to', 'on', 'in', 'at'])

/** `X said: “…”`, `According to X, “…”`, `X told Y that “…”`, `From Dr Ruiz: “…”`. */
export const cueBefore: Construct = {
  name: 'cue-before',
  read: ({words, before, after}) => readCueBefore(words, before, after)
}

/**
 * The cue and speaker of the words before a quote, from `from` to `to`.
 *
 * @param words The paragraph's words.
 * @param range The first and last token before the quote.
 * @param following The first and last token after it, where a passive's agent may stand (`branded “…” by Y`).
 * @returns The cue and mention (either possibly null), or null when neither is read.
 */
export function readCueBefore(words: Words, [from, to]: readonly [number, number], following?: readonly [number, number]): Attribution | null {
  if (from > to) return null
  const cue = lastCue(words, from, to)
  if (!cue) {
    // `From Dr Ruiz: “…”`: a lead-in with a name and a colon but no verb.
    // Without a verb the name must end the lead-in (`From Dr Ruiz:`, not `The full text follows:`).
    if (!COLON_BEFORE_QUOTE.test(words.text.slice(words.tokens.get(to)?.end, words.tokens.get(to + 1)?.start))) return null
    // `Turnout surprised no one - Ana Ruiz: “…”`: a spaced dash sets a label apart from what goes before it.
    const label = labelStart(words, from, to)
    const fromX = words.tokens.get(label)?.lower === 'from'
    const mention = possessorOf(words, fromX ? subjectRight(words, label + 1, to) : clauseSubject(words, label, to + 1))
    // `X made the following comment:` names its speaker before a speech noun.
    const spoken = words.tokens.slice(label, to + 1).some((token) => SPEECH_NOUNS.has(token.lower))
    return mention && (fromX || spoken || mention.last === to) ? {cue: null, mention} : null
  }
  const token = words.tokens.get(cue.first)
  if (token?.lower === 'according') {
    return {cue, mention: subjectAfter(words, cue.last + 1, to)}
  }
  // Only within the cue's own clause: `Arrests were reported, and the mayor defended them, saying …` is the mayor's.
  const clauseStart = lastClauseStart(words, from, cue.first)
  // `According to the report, Ruiz said “…”`: a source set off before the clause reports all of it, the quote too;
  // the whole sentence when the joined clause has no subject of its own (`X left, according to Y, and said “…”`).
  const ownSubject = clauseStart > from && clauseSubject(words, clauseStart, cue.first) !== null
  const reporter = accordingBefore(words, ownSubject ? clauseStart : from, cue.first)
  if (reporter) return reporter
  // `X was branded a “traitor” by Y`, `X was accused by Y of “…”`: a passive's agent speaks, not its subject.
  const passive = isPassiveCue(words, cue, from)
  // An agent only for a verb that names what was said of someone: in `reported in a “…” by Y`, `concerns expressed by Y go beyond …`, Y says none of it.
  const agent = passive && PASSIVE_CUES.has(token?.lower ?? '') ? passiveAgent(words, cue.last + 1, to, following) : null
  if (agent) return {cue, mention: agent}
  // `X was warned that “…”`, `what has been described as a “…”`, `X is alleged to have …`: without an agent,
  // a passive names no one who said it; its subject is who it is said of.
  // `X told Y that Z was admitted and “…”`: a passive inside a clause the earlier cue reports is not the quote's cue.
  if (passive) return lastCue(words, from, cue.first - 1) ? readCueBefore(words, [from, cue.first - 1]) : {cue, mention: null}
  const subject = subjectOverObject(words, subjectBefore(words, cue.first, from), from, cue)
  // `X says the plans …`: a later cue word without a subject is more often a
  // noun; and in `She said she remembers …` or `He says it proves …` the outer
  // speaker is the source: an earlier cue with a subject wins.
  const earlier = cue.first > clauseStart ? lastCue(words, clauseStart, cue.first - 1) : null
  const earlierSubject = earlier && words.tokens.get(earlier.first)?.lower !== 'according' ? subjectOverObject(words, subjectBefore(words, earlier.first, from), from, earlier) : null
  // `X said … that Y described it as “…”`: the quote is reported by X.
  // Not when the earlier cue stands in an opening subordinate clause: its subject opens the clause (`When X noted
  // that … ― … ― Y boasted, “…”`), or a comma closes the clause after it (`When, at the meeting, X noted that …, Y
  // replied, “…”`). It does after a comma that closes the clause before it (`When asked, Y said he expects Z to say “…”`).
  const subordinate =
    earlier !== null &&
    subject !== null &&
    SUBORDINATORS.has(words.tokens.get(from)?.lower ?? '') &&
    (firstCommaAfter(words, from, earlierSubject?.first ?? earlier.first) < 0 || firstCommaAfter(words, earlier.last, subject.first) >= 0)
  // Nor after `with` (`X denied it, with spokeswoman Y telling reporters “…”`): the participle is Y's own.
  const absolute = subject !== null && earlier !== null && withBefore(words, earlier.last + 1, subject.first)
  const reported =
    !subordinate &&
    !absolute &&
    earlier !== null &&
    subject !== null &&
    (complementAfter(words, earlier, subject) || words.tokens.slice(earlier.last + 1, subject.first).some((token) => token.lower === 'that'))
  // `X said in a video posted online …`: the passive participle tells of the video; the earlier verb is the cue.
  const thingPosted = earlier !== null && earlierSubject?.first === subject?.first && token?.lower.endsWith('ed') === true && thingBefore(words, cue)
  if (thingPosted && subject) return {cue: earlier, mention: subject}
  if (subject && subject.kind !== 'pronoun' && !(reported && earlierSubject)) return {cue, mention: subject}
  // `It said … and added` names one subject twice: the nearer cue is the quote's.
  // Not from an opening subordinate clause (`When reporters asked Ruiz, he said: “…”`): its subject asks, the pronoun answers.
  // Nor from an opening phrase's participle (`In a video posted online, she said: “…”`).
  const opening = PHRASE_OPENERS.has(words.tokens.get(from)?.lower ?? '')
  if (earlier && earlierSubject && earlierSubject.first !== subject?.first && !(opening && insideOpeningClause(words, from, earlier.last, cue.first))) return {cue: earlier, mention: earlierSubject}
  if (subject) return {cue, mention: subject}
  // `said Ana Ruiz: “…”` names the speaker after the verb; `called Ruiz “…”` names its object there.
  // Not the subject of the clause the verb reports (`said his boss was “…”`).
  const inverted = invertsSubject(words, cue) ? subjectAfter(words, cue.last + 1, to) : null
  const after = inverted && !AUXILIARIES.has(words.tokens.get(inverted.last + 1)?.lower ?? '') && !nounAfter(words, inverted.last) ? inverted : null
  return {cue, mention: after ?? clauseSubject(words, clauseStart, cue.first) ?? clauseSubject(words, from, cue.first)}
}

/** The code of `a`, which `according` opens with (a capital's code with its case bit set). */
const LOWER_A = 0x61

/**
 * `According to X, …` (or `…, according to X, …`) set off by commas before
 * token `before`, where a later cue reports in the clause it opens: its cue
 * and X. One walk back over the words before the quote, stopping at the
 * first `according`.
 */
function accordingBefore(words: Words, from: number, before: number): Attribution | null {
  const {tokens} = words
  for (let index = before - 2; index >= from; index--) {
    // Raw reads: only a word that opens with an `a` is read as a string.
    if ((words.text.charCodeAt(tokens.start(index)) | 0x20) !== LOWER_A || tokens.quoted(index) || tokens.lower(index) !== 'according') continue
    if (tokens.lower(index + 1) !== 'to' || tokens.quoted(index + 1) || (index > from && !commaAfter(words, index - 1))) return null
    const comma = firstCommaAfter(words, index + 2, before)
    const mention = comma >= 0 ? subjectAfter(words, index + 2, comma) : null
    return mention && mention.last === comma ? {cue: {first: index, last: index + 1}, mention} : null
  }
  return null
}

/**
 * Where the label of a verbless lead-in opens: after the last spaced dash
 * (`What the polls missed - Ana Ruiz:`), or at its `from` (`More from Ruiz:`),
 * else at `from`.
 */
function labelStart(words: Words, from: number, to: number): number {
  for (let index = to; index > from; index--) {
    if (words.tokens.get(index - 1)?.lower === 'from' && index - 1 > from) return index - 1
    if (SPACED_DASH.test(words.text.slice(words.tokens.get(index - 1)?.end, words.tokens.start(index)))) return index
  }
  return from
}

/**
 * The owner a lead-in without a verb names before what it quotes (`From
 * Ruiz’s Facebook post:`, `Ruiz’s letter makes the case:`): the words are the
 * owner's, as the possessive-speech construct reads them. Any other mention as it is.
 */
function possessorOf(words: Words, mention: Mention | null): Mention | null {
  if (!mention || mention.kind === 'pronoun') return mention
  for (let index = mention.first; index < mention.last; index++) {
    const token = words.tokens.get(index)
    if (token?.capitalised && POSSESSIVE.test(token.text)) return {kind: 'name', first: mention.first, last: index}
  }
  return mention
}

/** A colon, then the quote's opening mark, between the lead-in's last word and the quote's first. */
const COLON_BEFORE_QUOTE = /:\s*(?:["“”‘’'«»„]\s*)?$/

/** A dash with space on both sides, as a label's separator (`Polls - Ana Ruiz:`). */
const SPACED_DASH = /^\s+[-–—]\s+$/

/** Verbs whose passive names what someone said of its subject, and whose agent may follow the quote (`was branded “…” by`, `was asked by`). */
const PASSIVE_CUES: ReadonlySet<string> = new Set([
  'called', 'branded', 'described', 'labelled', 'labeled', 'dubbed', 'termed', 'accused', 'criticised', 'criticized',
  'praised', 'hailed', 'slammed', 'blasted', 'mocked', 'derided', 'condemned', 'asked', 'told', 'urged', 'warned'
])

/** How many words may stand between a passive cue and its `by`, or its quote (`was branded a “…” by`). */
const PASSIVE_REACH = 3

/**
 * The agent of a passive cue: a `by` phrase right after the cue (`accused
 * by Y of “…”`), or right after a quote that follows the cue closely
 * (`branded a “…” by Y`). Null when the passive names none there.
 */
function passiveAgent(words: Words, from: number, to: number, after: readonly [number, number] | undefined): Mention | null {
  for (let index = from; index <= Math.min(to, from + PASSIVE_REACH - 1); index++) {
    if (words.tokens.get(index)?.lower === 'by') return subjectAfter(words, index + 1, to)
  }
  if (to - from >= PASSIVE_REACH || !after || after[0] > after[1] || words.tokens.get(after[0])?.lower !== 'by') return null
  return subjectAfter(words, after[0] + 1, after[1])
}

/** Verbs that, right after a name, make it the subject of a clause of its own (`said his boss was …`). */
const AUXILIARIES: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'does', 'do'])

/**
 * Whether a lower-case word follows token `last` with only a space between,
 * and is neither a function word nor one that places or times what was said
 * (`said Ruiz last week`, `said Ruiz recently`): a noun the words before it
 * qualify (`said Labour leaders will …`) or the verb of a clause of their own
 * (`said voters shouldn’t …`), and so no one who speaks.
 */
function nounAfter(words: Words, last: number): boolean {
  const token = words.tokens.get(last)
  const next = words.tokens.get(last + 1)
  if (token === undefined || next === undefined || next.quoted || next.capitalised || next.start - token.end !== 1) return false
  // A word that ends the clause before a colon, comma or the quote only places or times the saying (`said Ann Marsh onstage:`).
  if (words.text.charCodeAt(next.end) !== 0x20 || last + 2 >= words.tokens.length) return false
  return !FUNCTION_WORDS.has(next.lower) && !PLACING_WORDS.has(next.lower) && !next.lower.endsWith('ly')
}

/** Words that place or time what a speaker said, right after the name (`said Ruiz last week`, `said Ruiz via email`). */
const PLACING_WORDS: ReadonlySet<string> = new Set([
  'today', 'yesterday', 'tonight', 'last', 'earlier', 'during', 'via', 'afterwards', 'afterward', 'instead', 'first',
  'next', 'outside', 'inside', 'against', 'without', 'within', 'through', 'toward', 'towards', 'upon', 'amid', 'per', 'including'
])

/** Whether token `index` stands before the comma that closes the clause opening at `from` (`When X asked Y about it, he said`), which ends before `before`. */
function insideOpeningClause(words: Words, from: number, index: number, before: number): boolean {
  const comma = firstCommaAfter(words, from, before)
  return comma >= 0 && index <= comma
}

/** How many words of title may stand between `with` and the name it opens (`with ministry spokeswoman Y`). */
const WITH_TITLE_WORDS = 4

/** Whether `with` opens the phrase that ends right before token `first`, within a few words and no comma. */
function withBefore(words: Words, floor: number, first: number): boolean {
  for (let index = first - 1; index >= Math.max(floor, first - 1 - WITH_TITLE_WORDS); index--) {
    if (words.tokens.get(index)?.lower === 'with') return true
    if (commaAfter(words, index)) return false
  }
  return false
}

/**
 * Whether `subject` opens the clause a speech verb reports with no `that`
 * (`Ruiz said Ode called it “…”`): right after the verb, with no stop or comma
 * between (`In a tweet, Ruiz called it …` names no one inside the tweet).
 */
function complementAfter(words: Words, cue: Cue, subject: Mention): boolean {
  const verb = words.tokens.get(cue.last)
  const opening = words.tokens.get(subject.first)
  return verb !== undefined && opening !== undefined && subject.first === cue.last + 1 && opening.start - verb.end === 1
}

/**
 * Where the last clause joined before token `before` opens: after `, and`,
 * `, but` or a semicolon (`Arrests were reported, and the mayor defended
 * them, saying …`: the mayor says it), else `from`.
 */
function lastClauseStart(words: Words, from: number, before: number): number {
  const {tokens, text} = words
  for (let index = before - 1; index > from; index--) {
    const gap = text.slice(tokens.get(index - 1)?.end, tokens.start(index))
    if (gap.includes(';')) return index
    const lower = tokens.get(index)?.lower
    if ((lower === 'and' || lower === 'but') && gap.includes(',')) return index + 1
  }
  return from
}
