import type {Paragraph, Quote, QuoteKind, Span, Speaker, Warning} from '../schema.js'
import {readDateline} from '../sections/dateline.js'
import {spanInLine} from '../text/scan-lines.js'
import {countWords, OPENS_UPPER_CASE} from '../text/words.js'
import {createWarning} from '../warnings.js'
import {chooseSpeaker, type SpeakerChoice} from './choose-speaker.js'
import {quoteSite, readCandidates, type Attribution, type ConstructName, type QuoteSite} from './constructs/index.js'
import {isPassiveCue} from './cues.js'
import {clauseSubject, sentenceStart, type Words} from './mentions.js'
import {quoteKind} from './quote-kind.js'
import {findQuoteSpans, type QuoteSpan} from './quote-spans.js'
import {SUBJECT_PRONOUNS} from '../lexicon/pronouns.js'
import {bodyNamedBefore, buildRegistry, lookUp, splitName, type AroundText, type Registry} from './registry.js'
import {animacyOf, LazyDocuments, pronounFits, resolveSpeaker, unnamedAntecedent, type Animacy, type ResolveContext} from './resolve-speaker.js'
import {WordStore, tokenize, type Tokens} from './tokens.js'
import {explainChoice, type CarriedWay, type QuoteTrace} from './trace.js'

/** Quotes of at most this many words are scare quotes unless a cue attributes them. */
const SCARE_QUOTE_WORDS = 3

/** The quotes of an article's body, with warnings about unbalanced marks. */
export interface QuoteResult {
  readonly quotes: Quote[]
  readonly warnings: Warning[]
}

/**
 * A quote while it is being attributed, with the cue and speaker mention
 * chosen for it (its {@link Attribution}) in its own fields: an object of
 * their own a quote took 4.9 MB on an input of 10 MB dense with quotes.
 */
interface Draft extends Attribution {
  readonly paragraph: number
  readonly span: QuoteSpan
  /** The candidates the constructs read and the chooser's decision, kept only for a trace (null otherwise, to hold no memory). */
  readonly choice: SpeakerChoice | null
  /** The construct whose candidate won, or null. */
  readonly chosen: ConstructName | null
  /** The paragraph whose words the attribution's token indices point into. */
  readonly attributedIn: number
  /** The canonical name of the speaker the attribution mentions, once resolved. */
  name: string | null
  /**
   * The speaker carried over from a neighbouring quote, when this one names
   * none; with that quote's attribution when both stand in one paragraph
   * (`“…,” she said. “…”`), where the same words attribute both. `way` says
   * how: from the quote before; from the next, joined to it by `and` or `or`,
   * whose attribution closes the sentence of both; or from the paragraph the
   * quote runs on into, which names its speaker.
   */
  carried: {name: string; shared: Draft | null; from: Draft; way: CarriedWay} | null
  /**
   * When no one is named: the draft whose own mention says where the quote
   * comes from (`one user wrote`, `said a spokesman`), this one or a quote it
   * continues; null otherwise.
   */
  source: Draft | null
  /** Whether its `he` or `she` stands for someone the article brings in unnamed (`a spokeswoman … she said`). */
  unnamedPronoun: boolean
  /** Whether the quote goes on in the next paragraph (no closing mark, next opens one). */
  readonly continues: boolean
  /** The sentence of its paragraph the quote stands in. */
  readonly sentence: number
}

/**
 * Find every quoted span in the paragraphs, with its speech cue and its
 * speaker under a canonical name ("Mark Esper" for "he" or "Mr Esper").
 *
 * @param input The body paragraphs, with their positions in the input (a text
 *   shorter than its position is taken as the end of it, as `parseArticle` gives
 *   a paragraph whose glued share buttons it left out).
 * @param options What to read besides the body: `around`, the title, captions and standfirst.
 * @returns The quotes in order, and warnings for unbalanced quotation marks.
 */
export function findQuotes(input: readonly Paragraph[], options: FindQuotesOptions = {}): QuoteResult {
  return readQuotes(input, options, null)
}

/** What `findQuotes` may read besides the body. */
export interface FindQuotesOptions {
  /**
   * Texts outside the body (the title, captions, a standfirst) whose names
   * complete the speakers' names: a full name often stands only in a headline
   * or caption while the body gives the surname.
   */
  readonly around?: readonly string[]
}

/**
 * Find every quote as `findQuotes` does, and say for each how its speaker was
 * chosen: the candidates every construct read, their features and scores,
 * the winner, and the quote it carries a speaker on from.
 *
 * @param paragraphs The body paragraphs, as for `findQuotes`.
 * @param options The texts around the body, as for `findQuotes`.
 * @returns One trace a quote, in order.
 */
export function traceQuotes(paragraphs: readonly Paragraph[], options: FindQuotesOptions = {}): QuoteTrace[] {
  const traces: QuoteTrace[] = []
  readQuotes(paragraphs, options, traces)
  return traces
}

/** Find the quotes, pushing a trace of each onto `traces` when given. */
function readQuotes(input: readonly Paragraph[], {around = []}: FindQuotesOptions, traces: QuoteTrace[] | null): QuoteResult {
  const paragraphs = input.map(textPosition)
  const spans = paragraphs.map((paragraph, index) => findQuoteSpans(paragraph.text, paragraphs[index + 1]?.text.startsWith("'") ?? false))
  // No quotation mark, nothing to attribute: the word-level work below is for speakers.
  if (spans.every((paragraphSpans) => paragraphSpans.length === 0)) return {quotes: [], warnings: []}
  const words = readWords(paragraphs, spans)
  const drafts = attributeAll(words, spans, traces !== null)
  const context: ResolveContext = {
    registry: buildRegistry(words, speakerNames(drafts, words), () => aroundTexts(around)),
    documents: new LazyDocuments(words)
  }
  resolveDrafts(drafts, words, context)
  carrySpeakers(drafts, words, context.registry)

  const family = speechFamily(paragraphs, spans)
  const quotes: Quote[] = []
  const warnings: Warning[] = []
  for (const draft of drafts) {
    const paragraph = paragraphs[draft.paragraph]
    const attributedParagraph = paragraphs[draft.attributedIn]
    const attributedWords = words[draft.attributedIn]
    if (!paragraph || !attributedParagraph || !attributedWords) continue
    const position = spanInLine(paragraph, draft.span.start, draft.span.end)
    if (!draft.span.closed && !draft.continues) {
      warnings.push(
        createWarning('unbalanced-quote', 'Unexpected end of paragraph inside a quote, expected a closing quotation mark; the quote ends with the paragraph', position)
      )
    }
    // A quote that shares the attribution closing its sentence takes it over its own reading (`shareBack`).
    const shared = draft.mention && draft.carried?.way !== 'joined' ? null : draft.carried?.shared
    const {cue, mention} = shared ?? draft
    const name = shared ? draft.carried?.name : draft.name
    const cueSpan = cue ? tokenSpan(attributedParagraph, attributedWords, cue.first, cue.last) : null
    const speaker: Speaker | null =
      mention && name
        ? {name, mention: tokenSpan(attributedParagraph, attributedWords, mention.first, mention.last)}
        : draft.carried && !shared
          ? {
              name: draft.carried.name,
              // An unresolved `he said` that takes the previous speaker keeps its own words as the mention.
              mention: mention ? tokenSpan(attributedParagraph, attributedWords, mention.first, mention.last) : null
            }
          : null
    const source = speaker === null ? sourceSpan(draft.source, paragraphs, words) : null
    const kind = kindOf(draft, paragraph, cueSpan, speaker !== null || source !== null, family)
    // A term, title or nickname is no one's speech: the cue and speaker read for it belong to the sentence.
    const speech = kind === 'speech'
    quotes.push({
      text: paragraph.text.slice(draft.span.start, draft.span.end),
      position,
      paragraph: draft.paragraph,
      kind,
      continues: draft.continues,
      cue: speech ? cueSpan : null,
      speaker: speech ? speaker : null,
      source: speech ? source : null
    })
    if (traces) traces.push(traceOf(quotes.at(-1), draft, drafts, words, context))
  }
  return {quotes, warnings}
}

/** A quote and where it stands, as the constructs read it. */
export interface PlacedSite {
  readonly paragraph: number
  readonly site: QuoteSite
  /** Whether it is its paragraph's last quote. */
  readonly last: boolean
}

/** Whether a paragraph may lead in the quote that opens the next: it holds no quote, or ends with a colon after its last one. */
function leadsIn(words: Words | undefined, spans: readonly QuoteSpan[]): boolean {
  const last = spans.at(-1)
  if (!words || !last) return words !== undefined
  return ENDS_WITH_COLON.test(words.text.slice(last.close)) && words.tokens.length > 0 && !words.tokens.quoted(words.tokens.length - 1)
}

/** A colon closing a paragraph after a word (`wrote:`), with no quote mark after it. */
const ENDS_WITH_COLON = /\w:\s*$/u

/**
 * Every quote's site, walking tokens once per paragraph.
 *
 * @param words The words of every paragraph.
 * @param spans The quotes of every paragraph.
 * @returns The sites in document order.
 */
export function* quoteSites(words: readonly Words[], spans: readonly (readonly QuoteSpan[])[]): Generator<PlacedSite> {
  for (const [paragraph, paragraphWords] of words.entries()) {
    const paragraphSpans = spans[paragraph] ?? []
    const {tokens} = paragraphWords
    let cursor = 0
    for (const span of paragraphSpans) {
      while (cursor < tokens.length && tokens.start(cursor) < span.start) cursor++
      const firstInside = cursor
      while (cursor < tokens.length && tokens.start(cursor) < span.close) cursor++
      // A quote that opens its paragraph after one with no quote may be led in by it (`X said:`); so may one
      // after a paragraph with quotes that ends with a colon after them (`… its “sad” end, the mayor wrote:`).
      const previous = span.open === 0 && leadsIn(words[paragraph - 1], spans[paragraph - 1] ?? []) ? (words[paragraph - 1] ?? null) : null
      yield {paragraph, site: quoteSite(paragraphWords, span, {firstInside, firstAfter: cursor}, previous), last: span === paragraphSpans.at(-1)}
    }
  }
}

/** Read the candidates of every quote and choose each one's cue and speaker mention. */
function attributeAll(words: readonly Words[], spans: readonly (readonly QuoteSpan[])[], keepChoices: boolean): Draft[] {
  const drafts: Draft[] = []
  for (const {paragraph, site, last} of quoteSites(words, spans)) {
    const {span} = site
    const choice = chooseSpeaker(readCandidates(site), site)
    const inPrevious = choice.winner?.inPrevious ?? false
    drafts.push({
      paragraph,
      span,
      cue: choice.cue,
      mention: choice.winner?.mention ?? null,
      choice: keepChoices ? choice : null,
      chosen: choice.winner?.construct ?? null,
      attributedIn: inPrevious ? paragraph - 1 : paragraph,
      name: null,
      carried: null,
      source: null,
      unnamedPronoun: false,
      continues: !span.closed && last && /^["“«„‘']/.test(words[paragraph + 1]?.text ?? ''),
      sentence: site.words.tokens.sentence(site.inside.firstInside)
    })
  }
  return drafts
}

/**
 * Give quotes that name no speaker the speaker of the quote they continue:
 * an earlier quote of the same paragraph, or the last quote of the previous
 * paragraph when this one opens its paragraph (the news convention for a
 * quote over several paragraphs). Scare quotes carry nothing. A quote whose
 * own words name someone unnamed (`one user wrote`) keeps those words as its
 * source, and a quote that continues it without a mention of its own takes
 * the same source.
 */
function carrySpeakers(drafts: Draft[], words: readonly Words[], registry: Registry): void {
  let previous: {paragraph: number; name: string | null; continues: boolean; draft: Draft} | null = null
  for (const draft of drafts) {
    const {name} = draft
    const paragraphWords = words[draft.paragraph]
    // `one said`, `a spokesman said`: a quote whose own words name someone unnamed is not the last speaker's.
    const ownMention = draft.mention
    // A `she` that stands for `a spokeswoman` is as unnamed as the spokeswoman, and keeps the source her words gave it.
    const unnamed = ownMention !== null && (ownMention.kind !== 'pronoun' || draft.unnamedPronoun)
    if (name === null && unnamed && !draft.unnamedPronoun) draft.source = draft
    // `she was warned that “…”`: a passive cue with no agent names no speaker, and takes none from the quote before.
    const {cue} = draft
    const passive = ownMention === null && cue !== null && paragraphWords !== undefined && isPassiveCue(paragraphWords, cue, 0)
    const from: string | Draft | null = previous === null || unnamed || passive ? null : continuedFrom(previous, ownMention === null)
    if (name === null && previous && from !== null) {
      const text = words[draft.paragraph]?.text.slice(draft.span.start, draft.span.end) ?? ''
      const sameParagraph: boolean = previous.paragraph === draft.paragraph
      const opensNext = previous.paragraph === draft.paragraph - 1 && draft.span.open === 0
      const long = countWords(text) > SCARE_QUOTE_WORDS || isSentence(text)
      const ownPronoun = pronounOf(draft, words)
      const agrees = ownPronoun === null || (typeof from === 'string' && pronounAgrees(ownPronoun, from, registry))
      // Quotes strung through one sentence (`called it “a” and “b”`) share its speaker, however short.
      const sameSentence = sameParagraph && previous.draft.sentence === draft.sentence && draft.mention === null
      if (agrees && ((sameParagraph && (long || sameSentence)) || (opensNext && (long || previous.continues)))) {
        if (typeof from === 'string') {
          const origin: Draft = previous.draft.carried?.shared ?? previous.draft
          const shared: Draft | null = sameParagraph && origin.attributedIn === draft.attributedIn && origin.mention ? origin : null
          draft.carried = {name: from, shared, from: previous.draft, way: 'before'}
        } else draft.source = from
      }
    }
    previous = {paragraph: draft.paragraph, name: name ?? draft.carried?.name ?? null, continues: draft.continues, draft}
  }
  shareBack(drafts, words)
  carryBack(drafts)
}

/**
 * `“We are exhausted. ¶ “Nobody listens,” says Nandan.`: a quote that runs on
 * into the next paragraph, with no speaker of its own, is the speaker's whom
 * the paragraph that goes on with it names. Read from the end, so a quote
 * over three paragraphs takes the name its last one gives.
 */
function carryBack(drafts: Draft[]): void {
  for (let index = drafts.length - 2; index >= 0; index--) {
    const draft = drafts[index]
    const next = drafts[index + 1]
    if (!draft || !next || !draft.continues || draft.name !== null || draft.carried || draft.source || draft.mention !== null) continue
    if (next.paragraph !== draft.paragraph + 1 || next.span.open !== 0) continue
    const name = next.name ?? (next.carried?.way === 'runs-on' ? next.carried.name : null)
    if (name !== null) draft.carried = {name, shared: null, from: next, way: 'runs-on'}
  }
}

/**
 * `Ruiz’s plan “is reckless” and “ignores the law,” Ode wrote`: two quotes
 * joined by `and` or `or` in one sentence share the attribution that closes
 * it, so the first takes the second's speaker over a subject read from the
 * start of the sentence.
 */
function shareBack(drafts: Draft[], words: readonly Words[]): void {
  for (let index = drafts.length - 2; index >= 0; index--) {
    const draft = drafts[index]
    const next = drafts[index + 1]
    if (!draft || !next || next.chosen !== 'cue-after' || next.name === null || draft.carried) continue
    if (draft.chosen !== null && draft.chosen !== 'sentence-subject') continue
    if (next.paragraph !== draft.paragraph || next.attributedIn !== draft.paragraph || next.sentence !== draft.sentence) continue
    const between = words[draft.paragraph]?.text.slice(draft.span.close, next.span.open) ?? ''
    if (!JOINED_QUOTES.test(between)) continue
    draft.carried = {name: next.name, shared: next, from: next, way: 'joined'}
  }
}

/** What stands between two quotes that one attribution closes: `and`, `or`, perhaps a comma. */
const JOINED_QUOTES = /^,? (?:and|or) $/

/** What a quote may go on from the one before: its speaker's name, else (for a quote that mentions no one) its source. */
function continuedFrom(previous: {readonly name: string | null; readonly draft: Draft}, mentionsNoOne: boolean): string | Draft | null {
  return previous.name ?? (mentionsNoOne ? previous.draft.source : null)
}

/** The lower-case pronoun a draft's own attribution names its speaker with, if any. */
function pronounOf(draft: Draft, words: readonly Words[]): string | null {
  const {mention} = draft
  if (mention?.kind !== 'pronoun') return null
  return words[draft.attributedIn]?.tokens.get(mention.first)?.lower ?? null
}

/**
 * Whether a pronoun can stand for a speaker carried from an earlier quote:
 * `he` or `she` for a person whose known gender does not contradict it.
 */
function pronounAgrees(pronoun: string, name: string, registry: Registry): boolean {
  const sense = SUBJECT_PRONOUNS.get(pronoun)
  if (!sense || sense.plural || sense.neuter) return false
  const person = lookUp(registry.bySurname, splitName(name.split(' ')))
  return !person || person.gender === null || person.gender === sense.gender
}

/**
 * The words of every paragraph, in one word store, with the proper nouns of the whole article.
 *
 * @param paragraphs The paragraphs' texts.
 * @param spans The quotes of every paragraph.
 * @returns One `Words` a paragraph.
 */
export function readWords(paragraphs: readonly {readonly text: string}[], spans: readonly (readonly QuoteSpan[])[]): Words[] {
  const store = new WordStore(paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0))
  const tokens = paragraphs.map((paragraph, index) => tokenize(paragraph.text, spans[index] ?? [], store, openingLength(paragraph.text)))
  store.properNouns = findProperNouns(tokens)
  return tokens
}

/**
 * How much of a paragraph opens it before its first sentence: a dateline
 * (`HARBOURTON (AP) —`, `Harbourton (AP) –`) or a run-in head in capitals
 * (`TALKS STALL —`), which would otherwise read as the sentence's subject.
 * A dateline in title case needs its agency: without one, `On Friday, Ruiz —`
 * reads as a place and its region.
 */
function openingLength(text: string): number {
  const dateline = readDateline(text)
  if (!dateline) return 0
  if (dateline.agency !== null) return dateline.length
  // The place before its region's comma: `KESTREL BAY, Westshire —` is in capitals.
  const place = dateline.place?.split(',')[0] ?? ''
  if (place === '' || place !== place.toUpperCase()) return 0
  // `RUIZ — who chairs the board — said`: a dash the sentence closes again sets off an aside after its subject.
  // A hyphen counts only with a space before it, as a dash is written: `well-known` sets off nothing.
  const mark = text.slice(0, dateline.length).trimEnd().slice(-1)
  const stop = text.indexOf('. ', dateline.length)
  const again = text.indexOf(mark === '-' ? ' -' : mark, dateline.length)
  return again !== -1 && (stop === -1 || again < stop) ? 0 : dateline.length
}

/** The texts around the body as the registry reads them, each told whether it is set in title case. */
function aroundTexts(texts: readonly string[]): AroundText[] {
  if (texts.length === 0) return []
  const spans = texts.map(() => [])
  return readWords(texts.map((text) => ({text})), spans).map((words) => ({words, titleCase: isTitleCase(words)}))
}

/** Whether every word of four letters or more is capitalised, as in a headline set in title case. */
function isTitleCase({tokens}: Words): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (!tokens.capitalised(index) && (tokens.get(index)?.text.length ?? 0) >= 4) return false
  }
  return true
}

/** Lower-case forms of the words the article capitalises inside a sentence, where only proper nouns are. */
function findProperNouns(paragraphs: readonly Tokens[]): Set<string> {
  const found = new Set<string>()
  for (const tokens of paragraphs) {
    for (let index = 1; index < tokens.length; index++) {
      if (tokens.capitalised(index) && !tokens.opensSentence(index)) found.add(tokens.lower(index))
    }
  }
  return found
}

/**
 * Where the drafts name their speakers: the article's number of each name
 * mention's last word. One set of numbers, where a set a paragraph took a
 * twentieth of the quote stage's heap on an article dense with quotes.
 */
function speakerNames(drafts: readonly Draft[], words: readonly Words[]): Set<number> {
  const names = new Set<number>()
  for (const {mention, attributedIn} of drafts) {
    const tokens = words[attributedIn]?.tokens
    if (mention?.kind === 'name' && tokens) names.add(tokens.id(mention.last))
  }
  return names
}

/**
 * The family of marks an article sets its speech in: the family of most of
 * its quotes longer than a scare quote, or null on a tie (none, or a house
 * style that mixes them).
 */
function speechFamily(paragraphs: readonly Paragraph[], spans: readonly (readonly QuoteSpan[])[]): QuoteSpan['family'] | null {
  let balance = 0
  for (const [index, paragraphSpans] of spans.entries()) {
    const text = paragraphs[index]?.text ?? ''
    for (const span of paragraphSpans) {
      if (countWords(text.slice(span.start, span.end), SCARE_QUOTE_WORDS) > SCARE_QUOTE_WORDS) balance += span.family === 'double' ? 1 : -1
    }
  }
  return balance > 0 ? 'double' : balance < 0 ? 'single' : null
}

/** Whether a quote reads as a whole sentence (`Nor will we.`) rather than a scare quote. */
function isSentence(text: string): boolean {
  return OPENS_UPPER_CASE.test(text) && /[.!?…]$/.test(text.trimEnd()) && countWords(text) > 1
}

/** How many paragraphs back `it` or `they` may reach for an earlier speaker. */
const SPEAKER_REACH = 2

/**
 * Resolve every draft's speaker in order; an `it` or `they` that names no one
 * else stands for the last speaker of its kind nearby (a paper, a body, a group).
 */
function resolveDrafts(drafts: readonly Draft[], words: readonly Words[], context: ResolveContext): void {
  let last: {name: string; paragraph: number; animacy: Animacy} | null = null
  for (const [index, draft] of drafts.entries()) {
    draft.name = resolveDraft(draft, words, context)
    const {mention} = draft
    const paragraphWords = words[draft.attributedIn]
    if (!mention || !paragraphWords) continue
    const pronoun = mention.kind === 'pronoun' ? (paragraphWords.tokens.get(mention.first)?.lower ?? '') : ''
    // `A spokeswoman said … “…,” she added`: the pronoun takes what the words that brought her in give, and no one else's name.
    const unnamed = draft.name === null && pronoun !== '' ? unnamedAntecedent(context.registry, {paragraph: draft.attributedIn, offset: paragraphWords.tokens.start(mention.first)}, pronoun) : undefined
    if (unnamed) {
      draft.unnamedPronoun = true
      const introducing = introducedBy(drafts, index, unnamed, words)
      if (introducing?.name) draft.name = introducing.name
      else draft.source = introducing ?? null
      continue
    }
    // The speaker that just spoke is a likelier `it` than a document named earlier.
    const fits = last !== null && draft.paragraph - last.paragraph <= SPEAKER_REACH && pronounFits(pronoun, last.animacy)
    // Not past a body its own paragraph names (`The Bank of Westshire raised rates. “…,” it said.`).
    const itsPlace = {paragraph: draft.attributedIn, offset: paragraphWords.tokens.start(mention.first)}
    if (last && fits && (draft.name === null || (pronoun === 'it' && !bodyNamedBefore(context.registry, draft.name, itsPlace)))) draft.name = last.name
    if (draft.name === null && pronoun !== '') draft.name = bodyOfSentence(paragraphWords, mention.first, pronoun, context)
    if (draft.name !== null && mention.kind !== 'pronoun') {
      last = {name: draft.name, paragraph: draft.paragraph, animacy: animacyOf(paragraphWords, mention)}
    }
  }
}

/** How many quotes back the quote that brought in an unnamed person is looked for. */
const INTRODUCING_REACH = 12

/**
 * The quote before draft `index` whose own words brought in the unnamed
 * person at `place` (`“…,” a spokeswoman said`), or undefined when none did
 * (`A spokeswoman disagreed.` speaks no quote).
 */
function introducedBy(drafts: readonly Draft[], index: number, place: {readonly paragraph: number; readonly offset: number}, words: readonly Words[]): Draft | undefined {
  for (let back = index - 1; back >= Math.max(0, index - INTRODUCING_REACH); back--) {
    const draft = drafts[back]
    if (!draft || draft.attributedIn < place.paragraph) break
    const {mention} = draft
    const paragraphWords = words[draft.attributedIn]
    if (!mention || !paragraphWords || draft.attributedIn !== place.paragraph || mention.kind === 'pronoun') continue
    const {tokens, text} = paragraphWords
    const start = tokens.start(mention.first)
    // Its mention holds the person's noun, or is the body the noun speaks for (`a spokeswoman for the council said`).
    if ((start <= place.offset && place.offset <= tokens.start(mention.last)) || SPEAKS_FOR.test(text.slice(place.offset, start))) return draft
  }
  return undefined
}

/** A person's noun, then the word that ties it to the body it speaks for, before that body's name (`spokeswoman for `). */
const SPEAKS_FOR = /^\p{L}+ (?:for|of|at|from) $/u

/**
 * `The campaign contrasts her plan with what they call “…”`: an `it` or
 * `they` that names no one else stands for the body or group that is the
 * subject of its own sentence.
 */
function bodyOfSentence(words: Words, pronounIndex: number, pronoun: string, context: ResolveContext): string | null {
  const token = words.tokens.get(pronounIndex)
  if (!token) return null
  const start = sentenceStart(words, token.sentence)
  let subject = clauseSubject(words, start, pronounIndex)
  // `Jane Doe’s campaign is defending her. It calls this “…”`: when the sentence's subject is itself a pronoun, the body is the last sentence's subject.
  if (subject?.kind === 'pronoun' && token.sentence > 0) {
    subject = clauseSubject(words, sentenceStart(words, token.sentence - 1), start)
  }
  if (!subject || subject.kind === 'pronoun' || subject.last >= pronounIndex) return null
  if (!pronounFits(pronoun, animacyOf(words, subject))) return null
  const offset = words.tokens.get(subject.first)?.start ?? 0
  return resolveSpeaker(words, subject, {paragraph: -1, offset}, context)
}

/**
 * A paragraph measured on its text alone. A paragraph's position spans its
 * whole line, and its text is that line or a suffix of it (share buttons glued
 * to the front are left out); quotes are measured on the text.
 *
 * @param paragraph A paragraph of one line.
 * @returns The same paragraph with a position that starts where its text does.
 */
function textPosition(paragraph: Paragraph): Paragraph {
  const {start, end} = paragraph.position
  const skipped = end.offset - start.offset - paragraph.text.length
  if (skipped <= 0) return paragraph
  return {
    text: paragraph.text,
    position: {start: {line: start.line, column: start.column + skipped, offset: start.offset + skipped}, end}
  }
}

/** The canonical name of the speaker a draft's attribution mentions. */
function resolveDraft(draft: Draft, words: readonly Words[], context: ResolveContext): string | null {
  const {mention} = draft
  const paragraphWords = words[draft.attributedIn]
  if (!mention || !paragraphWords) return null
  const offset = paragraphWords.tokens.get(mention.first)?.start ?? 0
  return resolveSpeaker(paragraphWords, mention, {paragraph: draft.attributedIn, offset}, context)
}

/** What a draft's quote is (speech, term, title, nickname), from its words and where its cue stands. */
function kindOf(draft: Draft, paragraph: Paragraph, cue: Span | null, attributed: boolean, speechFamily: QuoteSpan['family'] | null): QuoteKind {
  const base = paragraph.position.start.offset
  const ownCue = cue && draft.attributedIn === draft.paragraph ? {start: cue.position.start.offset - base, end: cue.position.end.offset - base} : null
  return quoteKind({text: paragraph.text, ...draft.span, cue: ownCue, ledIn: draft.attributedIn !== draft.paragraph, attributed, speechFamily})
}

/** The words of the mention a draft takes its source from, or null. */
function sourceSpan(source: Draft | null, paragraphs: readonly Paragraph[], words: readonly Words[]): Span | null {
  const mention = source?.mention
  const paragraph = source ? paragraphs[source.attributedIn] : undefined
  const paragraphWords = source ? words[source.attributedIn] : undefined
  return mention && paragraph && paragraphWords ? tokenSpan(paragraph, paragraphWords, mention.first, mention.last) : null
}

/** The span of tokens `first` to `last` of a paragraph, as words with a position. */
function tokenSpan(paragraph: Paragraph, words: Words, first: number, last: number): Span {
  const start = words.tokens.get(first)?.start ?? 0
  const end = words.tokens.get(last)?.end ?? start
  return {text: paragraph.text.slice(start, end), position: spanInLine(paragraph, start, end)}
}

/** The trace of one quote: its candidates with their words, the winner, and what it carries on. */
function traceOf(quote: Quote | undefined, draft: Draft, drafts: readonly Draft[], words: readonly Words[], context: ResolveContext): QuoteTrace {
  if (!quote) throw new Error('A trace is made right after its quote')
  const {choice} = draft
  if (!choice) throw new Error('A draft keeps its choice when traced')
  const wordsOf = (paragraph: number, first: number, last: number): string => {
    const paragraphWords = words[paragraph]
    return paragraphWords ? paragraphWords.text.slice(paragraphWords.tokens.start(first), paragraphWords.tokens.get(last)?.end) : ''
  }
  const candidates = choice.candidates.map((candidate) => {
    const paragraph = candidate.inPrevious ? draft.paragraph - 1 : draft.paragraph
    const paragraphWords = words[paragraph]
    const {mention} = candidate
    // The name this candidate's mention resolves to on its own, as if it had won (no speaker carried over).
    let how: string | null = null
    const name = mention && paragraphWords ? resolveSpeaker(paragraphWords, mention, {paragraph, offset: paragraphWords.tokens.start(mention.first)}, context, (said) => (how = said)) : null
    return {
      construct: candidate.construct,
      cue: candidate.cue ? wordsOf(paragraph, candidate.cue.first, candidate.cue.last) : null,
      mention: mention ? wordsOf(paragraph, mention.first, mention.last) : null,
      name,
      how,
      inPrevious: candidate.inPrevious,
      features: candidate.features,
      score: candidate.score
    }
  })
  const carriedFrom = draft.carried && quote.speaker ? drafts.indexOf(draft.carried.from) : null
  return {quote, candidates, chosen: choice.winner?.construct ?? null, carriedFrom, why: explainChoice(quote, choice, carriedFrom, draft.carried?.way ?? 'before')}
}
