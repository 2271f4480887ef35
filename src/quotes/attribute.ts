import {SPEECH_NOUNS as SPEECH_NOUN_LIST} from '../lexicon/cues.js'
import {cueAt, firstCue, lastCue, type Cue} from './cues.js'
import {clauseSubject, readNameLeft, readNameRight, sentenceStart, subjectAfter, subjectBefore, subjectRight, type Mention, type Words} from './mentions.js'
import type {QuoteSpan} from './quote-spans.js'
import {FUNCTION_WORDS} from '../lexicon/function-words.js'

/** A quote with the cue and speaker mention read off its paragraph. */
export interface Attribution {
  readonly cue: Cue | null
  readonly mention: Mention | null
}

/** How many words after a quote may hold its attribution (`“…,” the memo continued`). */
const POST_WINDOW = 8
/** How far a cue may stand after a speaker named right after the quote (`“…,” X, a long title, said`). */
const APPOSITIVE_WINDOW = 40
/** The most words a short sentence after a quote may have to attribute it (`Esper said.`). */
const TRAILING_SENTENCE_WORDS = 6

/** Dashes that put a speaker after a quote (`“…” — X`). */
const DASH_SPEAKER = /^\s*[-‐‑‒–—―]+\s*$/

/** Words before a quote that make it a modifier of a noun (`a “poorly-worded draft” letter`), not speech. */
const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'])

const NO_ATTRIBUTION: Attribution = {cue: null, mention: null}

const SPEECH_NOUNS: ReadonlySet<string> = new Set(SPEECH_NOUN_LIST)

/**
 * Read the cue and speaker of one quote from the words around it:
 * `“…,” X said`, `“…,” said X`, `X said: “…”`, `X, a title, said “…”`,
 * `According to X, “…”`, `X told Y: “…”`, `“…” — X`, and a quote inside a
 * sentence whose subject is its speaker (`X called the plan “a disaster”`).
 *
 * @param words The paragraph's words.
 * @param span The quote.
 * @param inside Index of the first token inside the quote and of the first after it.
 * @returns The cue and the mention of the speaker, either possibly null.
 */
export function attributeQuote(words: Words, span: QuoteSpan, inside: QuoteTokens): Attribution {
  const {before, after} = neighbours(words, inside)
  const dashed = readDash(words, span, inside) ?? readTranscriptLabel(words, span, inside)
  if (dashed) return dashed
  const endsWithComma = /[,—–-]\s*$/.test(words.text.slice(span.start, span.end)) || words.text.charAt(span.close) === ','
  // `“…,” he said` reads after the quote first; a quote that ends its sentence
  // is more often introduced (`X said: “…”`) than followed by its speaker.
  const endsWithWord = /[\p{L}\p{N}]$/u.test(words.text.slice(span.start, span.end))
  const first = endsWithComma ? readAfter(words, after, endsWithComma, endsWithWord) : readBefore(words, before)
  if (first?.mention) return first
  // A cue without a subject (`“…,” adding that`, `but pledged`) shares the
  // subject of the clause the quote stands in: look the other way first.
  const second = endsWithComma ? readBefore(words, before) : readAfter(words, after, endsWithComma, endsWithWord)
  if (second?.mention) return second
  const subject =
    readParticipleOpening(words, before, after) ??
    readTrailingAccordingTo(words, inside.firstAfter) ??
    readPossessiveSpeech(words, before) ??
    readSentenceSubject(words, span, inside) ??
    readPreviousSentence(words, inside.firstInside)
  if (subject) return {cue: subject.cue ?? first?.cue ?? second?.cue ?? null, mention: subject.mention}
  return first ?? second ?? NO_ATTRIBUTION
}

/** How far after a quote fragment a `…, she said` at the end of the sentence may stand. */
const CLAUSE_END_WINDOW = 30

/**
 * `“You squeezed employees to the breaking point” to drive up the price, she
 * said`: a quote fragment the sentence goes on from, attributed after a comma
 * at its end by a pronoun or a name and a speech verb.
 */
function readClauseEndAttribution(words: Words, from: number, to: number): Attribution | null {
  for (let index = from; index <= to; index++) {
    const cue = cueAt(words, index)
    if (!cue) continue
    const mention = subjectBefore(words, cue.first, from)
    const token = mention ? words.tokens.get(mention.first) : undefined
    const previous = mention ? words.tokens.get(mention.first - 1) : undefined
    const afterComma = token && previous && words.text.slice(previous.end, token.start).includes(',')
    const ends = cue.last === to || /^[,.;]/.test(words.text.slice(words.tokens.get(cue.last)?.end, words.tokens.get(cue.last + 1)?.start ?? words.text.length))
    if (mention && mention.kind !== 'description' && afterComma && ends) return {cue, mention}
    return null
  }
  return null
}

/** Conjunctions that open a subordinate clause (`when`, `as`, `because`…). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'as', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'since', 'until', 'after', 'before', 'once', 'whenever'])

/** Words that may open a sentence before a participle cue (`After saying …`). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'when', 'upon', 'on', 'in', 'by', 'since', 'without'])

/**
 * `After saying her foot was “so swollen …,” she was taken …`: a sentence that
 * opens with a participle cue (`saying`, `telling`, `adding`) gives the quote to
 * the subject of the main clause, the first words after the quote.
 */
function readParticipleOpening(words: Words, [from, to]: [number, number], [afterFrom, afterTo]: [number, number]): Attribution | null {
  if (from > to || afterFrom > afterTo) return null
  let index = from
  while (index <= to && PARTICIPLE_OPENERS.has(words.tokens.get(index)?.lower ?? '')) index++
  const cue = index <= to && index - from <= 1 && words.tokens.get(index)?.lower.endsWith('ing') ? cueAt(words, index) : null
  if (!cue) return null
  const mention = subjectRight(words, afterFrom, afterTo)
  return mention ? {cue, mention} : null
}

/** How far after a quote a sentence-final `according to X` may stand. */
const ACCORDING_WINDOW = 40

/** `… took part in a “walk-in”, according to the organisers.`: a source at the end of the sentence. */
function readTrailingAccordingTo(words: Words, firstAfter: number): Attribution | null {
  const {tokens} = words
  const sentence = tokens.get(firstAfter - 1)?.sentence
  for (let index = firstAfter; index < Math.min(tokens.length, firstAfter + ACCORDING_WINDOW); index++) {
    const token = tokens.get(index)
    if (!token || token.sentence !== sentence) return null
    if (token.lower !== 'according') continue
    const cue = cueAt(words, index)
    const mention = cue ? subjectAfter(words, cue.last + 1, Math.min(tokens.length - 1, cue.last + 12)) : null
    return cue && mention ? {cue, mention} : null
  }
  return null
}

/** How many adjectives may stand between a possessive and its speech noun (`Trump’s latest claim`). */
const SPEECH_NOUN_ADJECTIVES = 2

/** `Jane Doe’s claim that “…”`: the owner of a speech noun before the quote. */
function readPossessiveSpeech(words: Words, [from, to]: [number, number]): Attribution | null {
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

/**
 * A quote that opens its sentence with no attribution of its own, after a
 * sentence whose speech verb has a subject (`X called him a master. “…”`):
 * that subject.
 */
function readPreviousSentence(words: Words, firstInside: number): Attribution | null {
  const {tokens} = words
  const first = tokens.get(firstInside)
  // Only a quote that opens its sentence; the sentence's start comes from a
  // table, so a run of quotes in one sentence costs no walk back.
  const start = first ? sentenceStart(words, first.sentence) : -1
  const previous = tokens.get(start - 1)
  if (start !== firstInside || !previous || previous.quoted) return null
  const spoken = attributeSentenceEnding(words, start - 1)
  if (spoken) return spoken
  // `X identified … as a reason. “…”`: a person who is the last sentence's subject.
  const subject = clauseSubject(words, sentenceStart(words, previous.sentence), start - 1)
  return subject && subject.kind !== 'description' ? {cue: null, mention: subject} : null
}

/**
 * The cue and subject of the sentence that ends at token `last`, when it has
 * a speech verb: the attribution a following quote takes over.
 *
 * @param words The paragraph's words.
 * @param last Index of the sentence's last token.
 * @returns The cue and mention, or null without a cue or a subject.
 */
export function attributeSentenceEnding(words: Words, last: number): Attribution | null {
  const {tokens} = words
  const sentence = tokens.sentence(last)
  let from = last
  while (from > 0 && tokens.sentence(from - 1) === sentence && !tokens.quoted(from - 1)) from--
  const cue = lastCue(words, from, last)
  if (!cue || tokens.get(cue.first)?.lower === 'according') return null
  const mention = subjectBefore(words, cue.first, from) ?? clauseSubject(words, from, cue.first)
  return mention ? {cue, mention} : null
}

/** Where a quote's words start and end among its paragraph's tokens. */
export interface QuoteTokens {
  /** Index of the first token inside the quote (or after it, when it holds none). */
  readonly firstInside: number
  /** Index of the first token after the closing mark. */
  readonly firstAfter: number
}

/** The token ranges around a quote within its sentence, quotes excluded. */
function neighbours(words: Words, {firstInside, firstAfter}: QuoteTokens): {before: [number, number]; after: [number, number]} {
  const {tokens} = words
  // Raw reads: a walk along the sentence needs no word's strings (-1 is no sentence).
  const inside = tokens.sentence(firstInside)
  const sentence = inside >= 0 ? inside : Math.max(tokens.sentence(firstInside - 1), 0)
  let from = firstInside
  while (from > 0 && tokens.sentence(from - 1) === sentence && !tokens.quoted(from - 1)) from--
  const beforeAfter = tokens.sentence(firstAfter - 1)
  const lastSentence = beforeAfter >= 0 ? beforeAfter : sentence
  let to = firstAfter
  while (to < tokens.length && !tokens.quoted(to) && tokens.sentence(to) === lastSentence) to++
  // A short sentence right after the quote can attribute it: `“…” Esper said.`
  if (to === firstAfter) {
    const next = tokens.sentence(firstAfter)
    let end = firstAfter
    while (end < tokens.length && end - firstAfter <= TRAILING_SENTENCE_WORDS && !tokens.quoted(end) && tokens.sentence(end) === next) end++
    if (end - firstAfter <= TRAILING_SENTENCE_WORDS && tokens.sentence(end) !== next) to = end
  }
  return {before: [from, firstInside - 1], after: [firstAfter, to - 1]}
}

/** `“…” — Jane Doe`: a name after a dash that follows the closing mark. */
function readDash(words: Words, span: QuoteSpan, {firstAfter}: QuoteTokens): Attribution | null {
  const token = words.tokens.get(firstAfter)
  if (!token || token.quoted || !span.closed) return null
  if (!DASH_SPEAKER.test(words.text.slice(span.close, token.start))) return null
  const mention = readNameRight(words, firstAfter, Math.min(words.tokens.length - 1, firstAfter + 5))
  return mention ? {cue: null, mention} : null
}

/** A transcript's speaker label at the start of a quote: `"HOST: …`, `"SMITH: …`. */
const TRANSCRIPT_LABEL = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)?:\s/u

/** `"WALLACE: Let’s start …"`: the label of a transcript line inside the quote names its speaker. */
function readTranscriptLabel(words: Words, span: QuoteSpan, {firstInside}: QuoteTokens): Attribution | null {
  const label = TRANSCRIPT_LABEL.exec(words.text.slice(span.start, span.start + 40))
  const first = words.tokens.get(firstInside)
  if (!label || !first || first.start !== span.start) return null
  let last = firstInside
  while (words.tokens.get(last + 1) && (words.tokens.get(last + 1)?.end ?? 0) <= span.start + label[0].length - 2) last++
  return {cue: null, mention: {kind: 'name', first: firstInside, last}}
}

/**
 * `“…,” he said`, `“…,” said the spokesman`, and `“…,” X, a long title, said`:
 * a speaker named right after a quote that ends with a comma keeps its cue
 * further on than the usual window.
 */
function readAfter(words: Words, [from, to]: [number, number], endsWithComma: boolean, endsWithWord: boolean): Attribution | null {
  if (from > to) return null
  // `“…,” when Clinton blasted him`: a clause that opens with a subordinator is
  // what happened around the quote, not who said it.
  if (SUBORDINATORS.has(words.tokens.get(from)?.lower ?? '')) return null
  const cue = firstCue(words, from, Math.min(to, from + POST_WINDOW))
  if (cue) {
    const before = cue.first > from ? subjectBefore(words, cue.first, from) : null
    // Only a cue right after the quote takes its speaker after it (`“…,” said X`); further on,
    // a name after the verb is its object (`“…,” but stopped short of calling X …`).
    const mention = before ?? (cue.first === from || cue.first === from + 1 ? subjectAfter(words, cue.last + 1, Math.min(to, cue.last + 8)) : null)
    // A quote that ends mid-phrase (`the “review” of its files would continue`)
    // goes on with its own clause: a cue further on attributes it only after a
    // comma (`a cashier who “steals” is held to account, Warren said`).
    const start = words.tokens.get(mention?.first ?? cue.first)?.start ?? 0
    const detached = cue.first === from || words.text.slice(words.tokens.get(from)?.start, start).includes(',')
    if (!endsWithWord || detached) return {cue, mention}
  }
  if (!endsWithComma) return endsWithWord && !cue ? readClauseEndAttribution(words, from + POST_WINDOW + 1, Math.min(to, from + CLAUSE_END_WINDOW)) : null
  const subject = subjectRight(words, from, to)
  if (!subject) return null
  const farCue = firstCue(words, subject.last + 1, Math.min(to, from + APPOSITIVE_WINDOW))
  return farCue ? {cue: farCue, mention: subject} : null
}

/** `X said: “…”`, `According to X, “…”`, `The letter … alerted colleagues of “…”` */
function readBefore(words: Words, [from, to]: [number, number]): Attribution | null {
  if (from > to) return null
  const cue = lastCue(words, from, to)
  if (!cue) {
    // `From Gen Milley: “…”`: a lead-in with a name and a colon but no verb.
    // Without a verb the name must end the lead-in (`From Gen Milley:`, not `Partial transcript as follows:`).
    const colon = /:\s*$/.test(words.text.slice(words.tokens.get(to)?.end, words.tokens.get(to + 1)?.start))
    const fromX = words.tokens.get(from)?.lower === 'from'
    const mention = colon ? (fromX ? subjectRight(words, from + 1, to) : clauseSubject(words, from, to + 1)) : null
    // `X made the following comment:` names its speaker before a speech noun.
    const spoken = words.tokens.slice(from, to + 1).some((token) => SPEECH_NOUNS.has(token.lower))
    return mention && (fromX || spoken || mention.last === to) ? {cue: null, mention} : null
  }
  const token = words.tokens.get(cue.first)
  if (token?.lower === 'according') {
    return {cue, mention: subjectAfter(words, cue.last + 1, to)}
  }
  const subject = subjectBefore(words, cue.first, from)
  // `X says the tweets …`: a later cue word without a subject is more often a
  // noun; and in `She said she recalls …` or `He says it shows …` the outer
  // speaker is the source: an earlier cue with a subject wins.
  const earlier = cue.first > from ? lastCue(words, from, cue.first - 1) : null
  const earlierSubject = earlier && words.tokens.get(earlier.first)?.lower !== 'according' ? subjectBefore(words, earlier.first, from) : null
  // `X said … that Y described it as “…”`: the quote is reported by X.
  // Not when the earlier cue stands in an opening subordinate clause (`When X noted that …, Y boasted, “…”`).
  const subordinate = SUBORDINATORS.has(words.tokens.get(from)?.lower ?? '')
  const reported =
    !subordinate && earlier !== null && subject !== null && words.tokens.slice(earlier.last + 1, subject.first).some((token) => token.lower === 'that')
  if (subject && subject.kind !== 'pronoun' && !(reported && earlierSubject)) return {cue, mention: subject}
  // `It said … and added` names one subject twice: the nearer cue is the quote's.
  if (earlier && earlierSubject && earlierSubject.first !== subject?.first) return {cue: earlier, mention: earlierSubject}
  if (subject) return {cue, mention: subject}
  return {cue, mention: subjectAfter(words, cue.last + 1, to) ?? clauseSubject(words, from, cue.first)}
}

/**
 * The attribution a paragraph ending with a colon gives the quote paragraph
 * after it (`Caddell continued:`, `The report says:`, `From the senator:`).
 *
 * @param words The words of the lead-in paragraph.
 * @returns The cue and mention read from its last sentence, or null when it
 *   does not end with a colon or names no one.
 */
export function attributeLeadIn(words: Words): Attribution | null {
  const {tokens} = words
  const last = tokens.length - 1
  const lastToken = tokens.get(last)
  if (!lastToken || lastToken.quoted || !/^\s*:\s*$/.test(words.text.slice(lastToken.end))) return null
  let from = last
  while (from > 0 && tokens.sentence(from - 1) === lastToken.sentence && !tokens.quoted(from - 1)) from--
  const read = readBefore(words, [from, last])
  return read?.mention ? read : null
}

/**
 * A quote inside a sentence with no speech verb next to it (`X called the plan
 * “a disaster”`, `X is promising “jobs”`): the subject of the sentence, read
 * from its first word across earlier quotes. A quote that modifies a noun
 * (`a “poorly-worded draft” letter`) has no speaker.
 */
function readSentenceSubject(words: Words, span: QuoteSpan, {firstInside, firstAfter}: QuoteTokens): Attribution | null {
  const {tokens} = words
  const previous = tokens.get(firstInside - 1)
  // A quote that opens its sentence has no subject before it in that sentence.
  if (!previous || previous.sentence !== tokens.sentence(firstInside)) return null
  const next = tokens.get(firstAfter)
  const nounFollows =
    next !== undefined &&
    /^\s+$/.test(words.text.slice(span.close, next.start)) &&
    /[\p{L}\p{N}]$/u.test(words.text.slice(span.start, span.end)) &&
    !next.capitalised &&
    !FUNCTION_WORDS.has(next.lower)
  if (!previous.quoted && MODIFIER_DETERMINERS.has(previous.lower) && nounFollows) return null
  const from = sentenceStart(words, previous.sentence)
  if (tokens.quoted(from)) return null
  const mention = clauseSubject(words, from, firstInside)
  return mention ? {cue: null, mention} : null
}
