import {ABBREVIATIONS} from '../lexicon/abbreviations.js'
import {OPENS_UPPER_CASE} from '../text/words.js'
import type {Words} from './mentions.js'
import type {QuoteSpan} from './quote-spans.js'

/** An initial or a run of them (`J`, `G.K`). */
const RUN_OF_INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u

/** A capital or a digit first. */
const OPENS_SENTENCE_WORD = /^\p{Lu}|^\p{N}/u

/**
 * A word of a paragraph with its offsets and context, made when a rule reads
 * it (see {@link Tokens}) and kept in the article's {@link WordStore} while it
 * is read again soon. Only what cannot be derived is stored; the rest are getters.
 */
export class Token {
  /** The word as written. */
  readonly text: string
  /** Lower case, without a possessive `’s`. */
  readonly lower: string
  /** Offset of the first character in the paragraph. */
  readonly start: number
  /** Whether it lies inside a quoted span. */
  readonly quoted: boolean
  /** Index of its sentence in the paragraph. */
  readonly sentence: number

  /**
   * @param text The word as written.
   * @param lower Its lower-case form without a possessive.
   * @param start Its offset in the paragraph.
   * @param quoted Whether it lies inside a quoted span.
   * @param sentence The index of its sentence.
   */
  constructor(text: string, lower: string, start: number, quoted: boolean, sentence: number) {
    this.text = text
    this.lower = lower
    this.start = start
    this.quoted = quoted
    this.sentence = sentence
  }

  /** Offset just past the last character. */
  get end(): number {
    return this.start + this.text.length
  }

  /** Whether it starts with a capital letter. */
  get capitalised(): boolean {
    return startsUpperCase(this.text, 0)
  }
}

/**
 * The words of an article: a 32-bit number a word (its start) and two bytes
 * (length and case; sentence and whether quoted), six bytes, in arrays for all
 * its paragraphs, where a
 * token object with its strings takes seventy bytes and more on Node's 64-bit
 * heap; and the tokens its rules have read lately. A word becomes a
 * {@link Token} only when a rule reads it; it stays in a slot chosen by its
 * number in the article, so a word read again soon (the rules walk back and
 * forth around each quote) is the same object, and the slots stay 1,024
 * whatever the article's length.
 */
export class WordStore {
  /** Word `n`'s start in its paragraph, at `n`. Grown as paragraphs are added. */
  starts: Int32Array
  /** How many words the store holds. */
  used = 0
  /**
   * Word `n` at `n`: its sentence, numbered through the article, less the
   * sentence of the first word of its block of {@link BLOCK_WORDS} words,
   * times two; plus one inside a quoted span (which span is no rule's
   * business). A sentence number a word as a 32-bit number took a third of
   * the store, which the quote stage holds until it returns: a word opens at
   * most one sentence, so within a block the difference stays below
   * {@link BLOCK_WORDS} and fits a byte with the quoted bit.
   */
  places: Uint8Array
  /** The article's number of the sentence of the first word of each block of {@link BLOCK_WORDS} words. */
  blockSentences: Int32Array
  /**
   * Word `n` at `n`: its length times two (`LONG_WORD` for a longer word,
   * whose end is in `longEnds`), plus one when it has a capital or a letter
   * outside ASCII (most words are plain lower case and are their own
   * lower-case form, with no call to make it). A byte, where the word's end
   * as a number took a third of the store: few words run past 126 characters.
   */
  shapes: Uint8Array
  /** The end of each word of `LONG_WORD` characters or more, by number. */
  readonly longEnds = new Map<number, number>()
  /**
   * The article's number of the first word of each sentence, sentences
   * numbered through the article: one array for every paragraph, where an
   * array a paragraph took a tenth of the quote stage's peak memory.
   */
  sentenceStarts: Int32Array
  /** How many numbers of `sentenceStarts` are sentences. */
  sentences = 0
  /** The article's proper nouns, once every paragraph is read (see {@link Words.properNouns}): one set for all its paragraphs' {@link Tokens}. */
  properNouns: ReadonlySet<string> | undefined = undefined
  private readonly tokens: (Token | undefined)[] = new Array<Token | undefined>(CACHE_SLOTS)
  private readonly ids: number[] = new Array<number>(CACHE_SLOTS).fill(-1)

  /**
   * @param characters About how many characters the article's paragraphs
   *   have, to size the arrays once: news text averages over five characters a
   *   word.
   */
  constructor(characters = 1024) {
    const words = Math.max(BLOCK_WORDS, Math.ceil(characters / 5))
    this.starts = new Int32Array(words)
    this.shapes = new Uint8Array(words)
    this.places = new Uint8Array(words)
    this.blockSentences = new Int32Array(Math.ceil(words / BLOCK_WORDS))
    // News sentences run to a hundred characters and more; room a sentence never takes costs no memory until written.
    this.sentenceStarts = new Int32Array(Math.max(16, Math.ceil(characters / 32)))
  }

  /** Double the room for words, the words kept. */
  grow(): void {
    const starts = new Int32Array(this.starts.length * 2)
    starts.set(this.starts.subarray(0, this.used))
    this.starts = starts
    const shapes = new Uint8Array(this.shapes.length * 2)
    shapes.set(this.shapes.subarray(0, this.used))
    this.shapes = shapes
    const places = new Uint8Array(this.places.length * 2)
    places.set(this.places.subarray(0, this.used))
    this.places = places
    const blockSentences = new Int32Array(Math.ceil(starts.length / BLOCK_WORDS))
    blockSentences.set(this.blockSentences)
    this.blockSentences = blockSentences
  }

  /**
   * The sentence of word `id`, numbered through the article.
   *
   * @param id The word's number in the store.
   * @returns The store's number of its sentence.
   */
  sentenceOf(id: number): number {
    return (this.blockSentences[id >> BLOCK_SHIFT] ?? 0) + ((this.places[id] ?? 0) >> 1)
  }

  /**
   * Double `sentenceStarts`, its sentences kept.
   *
   * @returns The new `sentenceStarts`.
   */
  growSentences(): Int32Array {
    const grown = new Int32Array(this.sentenceStarts.length * 2)
    grown.set(this.sentenceStarts.subarray(0, this.sentences))
    this.sentenceStarts = grown
    return grown
  }

  /** The token cached for word `id`, if still there. */
  cached(id: number): Token | undefined {
    const slot = id & (CACHE_SLOTS - 1)
    return this.ids[slot] === id ? this.tokens[slot] : undefined
  }

  /** Keep `token` as word `id`. */
  keep(id: number, token: Token): void {
    const slot = id & (CACHE_SLOTS - 1)
    this.ids[slot] = id
    this.tokens[slot] = token
  }
}

const CACHE_SLOTS = 1024
/** {@link BLOCK_WORDS} as a shift. */
const BLOCK_SHIFT = 7
/** Words a block of {@link WordStore.places}, each block with its first word's sentence: fewer than a byte's half, with the quoted bit. */
const BLOCK_WORDS = 1 << BLOCK_SHIFT
/** The length a word's shape gives for a word this long or longer, whose end is kept apart. */
const LONG_WORD = 127

/**
 * The words of a paragraph, read from the article's {@link WordStore}. The
 * passes over every word of an article read their numbers; the rules read
 * tokens.
 */
export class Tokens implements Iterable<Token>, Words {
  /** The paragraph. */
  readonly text: string
  /** How many words. */
  readonly length: number
  /** How many sentences. */
  readonly sentences: number
  // The article's number of this paragraph's first word.
  private readonly first: number
  // The store's number of this paragraph's first sentence.
  private readonly firstSentence: number
  private readonly store: WordStore

  /**
   * @param text The paragraph.
   * @param store The article's words.
   * @param first The article's number of the paragraph's first word.
   * @param length How many words the paragraph has.
   * @param firstSentence The store's number of the paragraph's first sentence.
   * @param sentences How many sentences the paragraph has.
   */
  constructor(text: string, store: WordStore, first: number, length: number, firstSentence: number, sentences: number) {
    this.text = text
    this.store = store
    this.first = first
    this.length = length
    this.firstSentence = firstSentence
    this.sentences = sentences
  }

  /**
   * The tokens themselves: a paragraph's tokens are also its {@link Words},
   * where a words object a paragraph besides took a tenth of what the quote
   * stage adds to the heap. A getter, as {@link properNouns} is: a field a
   * paragraph is 8 bytes on each of an article's tens of thousands.
   *
   * @returns This.
   */
  get tokens(): Tokens {
    return this
  }

  /**
   * The article's proper nouns, once every paragraph is read (see {@link Words.properNouns}).
   *
   * @returns The store's set, or undefined before it is read.
   */
  get properNouns(): ReadonlySet<string> | undefined {
    return this.store.properNouns
  }

  /**
   * The index of the first word of a sentence.
   *
   * @param sentence The sentence's number in the paragraph.
   * @returns The index of its first word; 0 for a sentence the paragraph does not have.
   */
  sentenceStart(sentence: number): number {
    if (sentence < 0 || sentence >= this.sentences) return 0
    return (this.store.sentenceStarts[this.firstSentence + sentence] ?? this.first) - this.first
  }

  /**
   * The word at `index`, or undefined outside `0 … length - 1` (unlike
   * `Array#at`, a negative index counts from nowhere).
   *
   * @param index The word's index.
   * @returns The token.
   */
  get(index: number): Token | undefined {
    if (index < 0 || index >= this.length) return undefined
    const id = this.first + index
    const cached = this.store.cached(id)
    if (cached !== undefined) return cached
    const {starts, shapes, places} = this.store
    const start = starts[id] ?? 0
    const shape = shapes[id] ?? 0
    const end = this.endOf(id, start, shape)
    const word = this.text.slice(start, end)
    const lower = lowerWithoutPossessive(this.text, start, end, (shape & 1) === 0 ? word : word.toLowerCase())
    const token = new Token(word, lower, start, ((places[id] ?? 0) & 1) === 1, this.store.sentenceOf(id) - this.firstSentence)
    this.store.keep(id, token)
    return token
  }

  /**
   * The lower-case form of word `index`, as its token's `lower`, read without
   * making the token: for a pass over every capitalised word of an article,
   * whose tokens would push the rules' tokens out of the store's cache.
   *
   * @param index A word's index, in range.
   * @returns The word in lower case, without a possessive ending.
   */
  lower(index: number): string {
    const id = this.first + index
    const cached = this.store.cached(id)
    if (cached !== undefined) return cached.lower
    const start = this.store.starts[id] ?? 0
    const shape = this.store.shapes[id] ?? 0
    const end = this.endOf(id, start, shape)
    const word = this.text.slice(start, end)
    return lowerWithoutPossessive(this.text, start, end, (shape & 1) === 0 ? word : word.toLowerCase())
  }

  /**
   * How many code units word `index` has, read without making its token.
   *
   * @param index A word's index, in range.
   * @returns Its length.
   */
  wordLength(index: number): number {
    const id = this.first + index
    const start = this.store.starts[id] ?? 0
    return this.endOf(id, start, this.store.shapes[id] ?? 0) - start
  }

  /** The end of word number `id`, from its start and shape. */
  private endOf(id: number, start: number, shape: number): number {
    const length = shape >> 1
    return length === LONG_WORD ? (this.store.longEnds.get(id) ?? start) : start + length
  }

  /**
   * The words from `from` up to, not including, `to`, as tokens.
   *
   * @param from The first index.
   * @param to The index past the last.
   * @returns The tokens.
   */
  slice(from: number, to: number): Token[] {
    const tokens: Token[] = []
    for (let index = Math.max(0, from); index < Math.min(to, this.length); index++) tokens.push(this.get(index) as Token)
    return tokens
  }

  /** Every word, in order. */
  *[Symbol.iterator](): Iterator<Token> {
    for (let index = 0; index < this.length; index++) yield this.get(index) as Token
  }

  /**
   * The article's number of word `index`: unique among the words of one
   * {@link WordStore}, so one set of numbers can mark words of any paragraph.
   *
   * @param index A word's index.
   * @returns Its number in the store.
   */
  id(index: number): number {
    return this.first + index
  }

  // The raw reads below are for the passes over every word of an article and
  // the walks along a sentence, which would otherwise make a token of each word.

  /**
   * Offset of word `index` in the paragraph.
   *
   * @param index A word's index, in range.
   * @returns Its start.
   */
  start(index: number): number {
    return this.store.starts[this.first + index] ?? 0
  }

  /**
   * The sentence of word `index`.
   *
   * @param index A word's index.
   * @returns Its sentence number, or -1 outside the paragraph's words.
   */
  sentence(index: number): number {
    return index >= 0 && index < this.length ? this.store.sentenceOf(this.first + index) - this.firstSentence : -1
  }

  /**
   * Whether word `index` lies inside a quoted span.
   *
   * @param index A word's index.
   * @returns True inside quotes; false outside the paragraph's words.
   */
  quoted(index: number): boolean {
    return index >= 0 && index < this.length && ((this.store.places[this.first + index] ?? 0) & 1) === 1
  }

  /**
   * Whether word `index` starts with a capital letter.
   *
   * @param index A word's index, in range.
   * @returns True for a capital.
   */
  capitalised(index: number): boolean {
    return startsUpperCase(this.text, this.start(index))
  }

  /**
   * Whether word `index` opens its sentence; true outside the paragraph's words too.
   *
   * @param index A word's index.
   * @returns True for the first word of a sentence.
   */
  opensSentence(index: number): boolean {
    return index <= 0 || index >= this.length || this.sentence(index - 1) !== this.sentence(index)
  }
}

// A word is a run of letters and digits, with inner apostrophes, stops and
// hyphens (`U.S`, `Esper’s`, `far-right`). Scanned by hand: a regex with
// Unicode classes and a match object a word cost more than the rest of tokenize.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u

/**
 * Split a paragraph into words, marking which lie inside quotes and which
 * sentence each belongs to. Sentence breaks inside quotes are ignored, so a
 * quote and its attribution stay in one sentence.
 *
 * @param text The paragraph.
 * @param spans Its quoted spans, in order.
 * @param store The article's words, which this paragraph's join; a new store
 *   when the paragraph stands alone.
 * @param opening How many code units of the paragraph open it apart from its
 *   first sentence (a dateline, `HARBOURTON (AP) —`): its words are a sentence
 *   of their own. 0 for none.
 * @returns The paragraph's words.
 */
export function tokenize(text: string, spans: readonly QuoteSpan[], store: WordStore = new WordStore(), opening = 0): Tokens {
  const first = store.used
  // The article's number of the next word.
  let word = first
  let starts = store.starts
  let shapes = store.shapes
  let places = store.places
  let blockSentences = store.blockSentences
  const firstSentence = store.sentences
  let sentenceStarts = store.sentenceStarts
  let sentences = firstSentence
  let spanIndex = 0
  let sentence = 0
  let previousEnd = -1
  let previousSpan = -1
  for (let cursor = 0; cursor < text.length; ) {
    if (!isWordCode(text, cursor)) {
      cursor++
      continue
    }
    const start = cursor
    // One pass over the word finds its end and whether it is plain: lower-case ASCII.
    let plain = 1
    for (;;) {
      while (cursor < text.length) {
        const code = text.charCodeAt(cursor)
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) cursor++
        else if (code >= 0x41 && code <= 0x5a) {
          plain = 0
          cursor++
        } else if (code >= 0x80 && isWordCode(text, cursor)) {
          plain = 0
          cursor += code >= 0xd8_00 && code <= 0xdb_ff ? 2 : 1
        } else break
      }
      // Through an inner apostrophe, stop or hyphen when more word follows (`U.S`, `Esper’s`, `far-right`).
      const separator = text.charCodeAt(cursor)
      if (!isInnerSeparator(separator) || cursor + 1 >= text.length || !isWordCode(text, cursor + 1)) break
      if (separator >= 0x80) plain = 0
      cursor++
    }
    while (spanIndex < spans.length && (spans[spanIndex]?.close ?? 0) <= start) spanIndex++
    const span = spans[spanIndex]
    const quoted = span !== undefined && span.start <= start && start < span.end
    const sameQuote = quoted && previousSpan === spanIndex
    if (previousEnd >= 0 && ((previousEnd <= opening && start >= opening) || (!sameQuote && endsSentence(text, starts[word - 1] ?? 0, previousEnd, start)))) sentence++
    if (sentences - firstSentence <= sentence) {
      if (sentences >= sentenceStarts.length) {
        store.sentences = sentences
        sentenceStarts = store.growSentences()
      }
      sentenceStarts[sentences++] = word
    }
    previousSpan = quoted ? spanIndex : -1
    previousEnd = cursor
    if (word >= starts.length) {
      store.used = word
      store.grow()
      ;({starts, shapes, places, blockSentences} = store)
    }
    const length = cursor - start
    if (length >= LONG_WORD) store.longEnds.set(word, cursor)
    starts[word] = start
    shapes[word] = (Math.min(length, LONG_WORD) << 1) | (1 - plain)
    // The sentence through the article: the store's number of this paragraph's first, and the paragraph's own.
    const articleSentence = firstSentence + sentence
    if ((word & (BLOCK_WORDS - 1)) === 0) blockSentences[word >> BLOCK_SHIFT] = articleSentence
    places[word] = ((articleSentence - (blockSentences[word >> BLOCK_SHIFT] ?? 0)) << 1) | (quoted ? 1 : 0)
    word++
  }
  store.used = word
  store.sentences = sentences
  return new Tokens(text, store, first, word - first, firstSentence, sentences - firstSentence)
}

/**
 * Whether the gap between the previous word and the next one ends a sentence:
 * a full stop, question or exclamation mark (perhaps followed by closing
 * marks), then white space, then a capital or an opening mark; not after an
 * abbreviation or an initial.
 */
function endsSentence(text: string, previousStart: number, from: number, to: number): boolean {
  // Most gaps are one space: only a stop, question or exclamation mark can end a sentence.
  // `(… off the hook). Next`: a closing bracket may stand before the stop.
  const first = text.charCodeAt(from)
  // `a swift tally . Trump …`: scrapers often leave a space before a full stop
  // (not before an ellipsis, which marks words left out: `the bureau has …” Alito asked`).
  // `called it “workable”. Then …`: British news stops after the closing mark.
  if (!opensSentenceGap(first) && !(first === 0x20 && text.charCodeAt(from + 1) === 0x2e) && !stopAfterClosingMark(text, from)) return false
  const gap = text.slice(from, to)
  if (!/^["'’”»]?(?: \.+|[)\]]?[.!?…]+)["'’”»)]*\s+["'‘“«(]?$/u.test(gap)) return false
  // An abbreviation, an initial (`J.`) or a run of initials (`G.K.`) ends no sentence.
  if (gap.startsWith('.')) {
    const previous = text.slice(previousStart, from)
    if (ABBREVIATIONS.has(previous.toLowerCase()) || RUN_OF_INITIALS.test(previous)) return false
  }
  // A new sentence opens with a capital, a digit, or an opening mark after the space
  // (`… said. “We …`); a closing straight mark before the space (`“Go!" at the …`) opens nothing.
  return OPENS_SENTENCE_WORD.test(text.charAt(to)) || /\s["'‘“«(]$/.test(gap)
}

/** Whether a closing quotation mark at `from` has a full stop, question or exclamation mark right after it. */
function stopAfterClosingMark(text: string, from: number): boolean {
  const mark = text.charCodeAt(from)
  if (mark !== 0x20_1d && mark !== 0x22 && mark !== 0x20_19 && mark !== 0xbb) return false
  const next = text.charCodeAt(from + 1)
  return next === 0x2e || next === 0x21 || next === 0x3f
}

/**
 * `.`, `!`, `?`, `…`, `)` and `]`: the only code units that can open a
 * sentence-ending gap. Compared, not looked up: this runs at every gap.
 */
function opensSentenceGap(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x20_26 || code === 0x29 || code === 0x5d
}

/**
 * Drop a possessive `’s` from a word's lower-case form, the form the lexicons
 * are keyed by. Lower-casing keeps the last two code units of `’S`, so the
 * paragraph tells.
 */
function lowerWithoutPossessive(text: string, start: number, end: number, lower: string): string {
  const last = text.charCodeAt(end - 1)
  const apostrophe = text.charCodeAt(end - 2)
  const possessive = end - start > 2 && (last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x20_19)
  return possessive ? lower.slice(0, -2) : lower
}

/**
 * Whether the word at `start` starts with a capital: ASCII tested by code, the
 * rest by Unicode property. An Arabic article joined to a capital counts
 * (`al-Assad`, `el-Sisi`): the name is capitalised after it.
 */
function startsUpperCase(text: string, start: number): boolean {
  const code = text.charCodeAt(start)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || ((code === 0x61 || code === 0x65) && text.charCodeAt(start + 2) === 0x2d && articleBeforeCapital(text, start))
  return OPENS_UPPER_CASE.test(text.slice(start, start + 2))
}

/** Whether `l-` and an ASCII capital follow the `a` or `e` at `start` (`al-Assad`, `el-Sisi`). */
function articleBeforeCapital(text: string, start: number): boolean {
  const next = text.charCodeAt(start + 3)
  return text.charCodeAt(start + 1) === 0x6c && text.charCodeAt(start + 2) === 0x2d && next >= 0x41 && next <= 0x5a
}

/** Whether the code unit at `index` belongs to a word: ASCII by code, the rest by Unicode class. */
function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  // Spelled out rather than a call to `isAsciiLetterOrDigit`: inside tokenize,
  // V8 stops inlining before that call, and the quote stage ran 10% slower.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (code >= 0xd8_00 && code <= 0xdb_ff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2))
  return LETTER_OR_DIGIT.test(text.charAt(index))
}

/** `'`, `’`, `.` and `-`: what may join the parts of one word. */
function isInnerSeparator(code: number): boolean {
  return code === 0x27 || code === 0x20_19 || code === 0x2e || code === 0x2d
}
