import {ADVERBS, COORDINATORS, DATE_WORDS, DETERMINERS, FUNCTION_WORDS, NAME_PARTICLES, SENTENCE_OPENERS} from '../lexicon/function-words.js'
import {CUE_VERB_SET, CUE_VERBS} from '../lexicon/cues.js'
import {isGivenName} from '../lexicon/given-names.js'
import {BODY_HEADS, DOCUMENT_NOUNS, HONORIFICS, MEMBER_INITIALS, PARTY_WORDS, POST_NOUNS, ROLE_NOUNS} from '../lexicon/honorifics.js'
import {NATIONALITY_WORDS} from '../lexicon/nationalities.js'
import {SUBJECT_PRONOUNS} from '../lexicon/pronouns.js'
import type {Token, Tokens} from './tokens.js'

/** A word in lower case, perhaps hyphenated (`spokeswoman`, `co-chair`). */
const LOWER_CASE_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u

/** What kind of words name a speaker. */
export type MentionKind = 'name' | 'pronoun' | 'description'

/** Words of a paragraph that name (or point at) a speaker. */
export interface Mention {
  readonly kind: MentionKind
  /** Index of the first token. */
  readonly first: number
  /** Index of the last token. */
  readonly last: number
}

/** The words of a paragraph, as the attribution rules read them. */
export interface Words {
  readonly text: string
  readonly tokens: Tokens
  /**
   * Lower-case capitalised words the article also writes inside a sentence:
   * proper nouns, as opposed to common words capitalised because they open one.
   */
  readonly properNouns?: ReadonlySet<string> | undefined
}

/**
 * The index of the first token of a sentence, from the paragraph's table: a
 * constant-time look-up, so no caller can walk back over a long sentence once per quote.
 *
 * @param words The paragraph's words.
 * @param sentence The sentence number.
 * @returns The index of its first token.
 */
export function sentenceStart(words: Words, sentence: number): number {
  return words.tokens.sentenceStart(sentence)
}

/** A pronoun with a verb joined on (`I’m`, `We’ve`, `They’ll`): never a name. */
const CONTRACTION = /^(?:I|We|You|They|He|She|It)['’](?:[dms]|re|ve|ll)$/

/** The longest name read, in words, so a long run of capitals costs a bounded walk. */
const MAX_NAME_WORDS = 8

/**
 * Whether a one-word name is only a common word capitalised because it opens
 * its sentence (`Calls grow louder …`, `Tension is rising …`): the article
 * never writes it capitalised elsewhere, and it is no given name or title.
 */
function capitalisedOpener(words: Words, first: number, last: number): boolean {
  const token = words.tokens.get(first)
  if (first !== last || !token || !words.properNouns || !words.tokens.opensSentence(first)) return false
  return !words.properNouns.has(token.lower) && !isGivenName(token.text) && !isHonorific(token.lower)
}

/**
 * Whether two neighbouring tokens are joined by nothing but one space, so they
 * can belong to one name.
 *
 * @param words The paragraph's words.
 * @param left The first token's index.
 * @param right The next token's index.
 * @returns True for one space (or an initial's stop and a space) between.
 */
export function joined(words: Words, left: number, right: number): boolean {
  const a = words.tokens.get(left)
  const b = words.tokens.get(right)
  if (!a || !b || a.quoted !== b.quoted) return false
  // Read by code unit: this runs on every pair of capitalised words, and a slice a pair adds up.
  const {text} = words
  const width = b.start - a.end
  const last = text.charCodeAt(b.start - 1)
  if (width === 1) return last === 0x20 || last === 0xa0
  // `Jane Q. Doe`: a stop inside a name, never one that ends a sentence (`… her son, Tom. Doe called …`).
  return width === 2 && last === 0x20 && text.charCodeAt(a.end) === 0x2e && !words.tokens.opensSentence(right)
}

/** Whether a token may be part of a name: capitalised, or a particle inside one. */
function isNameToken(token: Token | undefined): boolean {
  if (token === undefined || DATE_WORDS.has(token.lower)) return false
  // `Mayor Ruiz Faces Her Critics`: a capitalised function word belongs to a headline, not a name.
  if (token.capitalised && token.text.length > 1 && SENTENCE_OPENERS.has(token.lower)) return false
  // `Ruiz Calls the Vote ‘a Disgrace’`: nor does a speech verb a headline capitalises.
  if (token.capitalised && HEADLINE_CUES.has(token.lower)) return false
  return token.capitalised || NAME_PARTICLES.has(token.lower)
}

/**
 * Speech verbs in the present tense (`calls`, `refers`, `warns`): a headline
 * capitalises them, and no name is one; but `states` is (`United States`).
 */
const HEADLINE_CUES: ReadonlySet<string> = new Set(CUE_VERBS.filter((verb) => verb.endsWith('s') && !verb.includes(' ') && verb !== 'states'))

/**
 * Read a name that ends at token `last`, extending left over capitalised words,
 * honorifics and particles.
 *
 * @param words The paragraph's words.
 * @param last Index of the name's last token.
 * @param floor The lowest index the name may reach.
 * @returns The mention, or null when the token is not a name.
 */
export function readNameLeft(words: Words, last: number, floor: number): Mention | null {
  const token = words.tokens.get(last)
  if (!token?.capitalised || SUBJECT_PRONOUNS.has(token.lower) || DATE_WORDS.has(token.lower) || CONTRACTION.test(token.text) || isRoleInitials(token)) return null
  let first = last
  while (first - 1 >= floor && last - first < MAX_NAME_WORDS && (isNameToken(words.tokens.get(first - 1)) || opensTitle(words, first - 1)) && joined(words, first - 1, first)) first--
  while (first < last && NAME_PARTICLES.has(words.tokens.get(first)?.lower ?? '')) first++
  // A lone capitalised word that opens a sentence (`Minutes`, `However`) names no one, nor does a language (`in Farsi`).
  const lone = words.tokens.get(first)
  if (first === last && lone && ((SENTENCE_OPENERS.has(lone.lower) && !isAcronym(lone.text)) || isLoneNationality(words, first))) return null
  if (setInCapitals(words, first, last)) return null
  // `Russia insisted …`: right before a speech verb even a lone opening word is a subject.
  if (capitalisedOpener(words, first, last) && !CUE_VERB_SET.has(words.tokens.get(last + 1)?.lower ?? '')) return null
  // `Midfielder Dana Ortiz said`: as read rightwards, the run's first word may be no part of the name.
  if (firstWordNoName(words, first, last)) return {kind: 'name', first: first + 1, last}
  return {kind: 'name', first, last}
}

/**
 * Read a name that starts at token `first`, extending right.
 *
 * @param words The paragraph's words.
 * @param first Index of the name's first token.
 * @param ceiling The highest index the name may reach.
 * @returns The mention, or null when the token is not a name.
 */
export function readNameRight(words: Words, first: number, ceiling: number): Mention | null {
  const token = words.tokens.get(first)
  if (!token?.capitalised || ((SUBJECT_PRONOUNS.has(token.lower) || (SENTENCE_OPENERS.has(token.lower) && !opensTitle(words, first))) && !isAcronym(token.text)) || CONTRACTION.test(token.text)) return null
  if (DATE_WORDS.has(token.lower) && !givenNameNotDate(words, first)) return null
  let last = runEnd(words, first, first, ceiling)
  last = throughPost(words, first, last, ceiling)
  while (last > first && !words.tokens.capitalised(last) && NAME_PARTICLES.has(words.tokens.get(last)?.lower ?? '')) last--
  // `one Labour MP`: the run heads a description of someone unnamed; after a given name and a surname
  // the letters are the person's post (`Tom Vale MP`).
  if (isRoleInitials(words.tokens.get(last))) {
    if (last - first < 2 || !isGivenName(words.tokens.get(first)?.text ?? '')) return null
    last--
  }
  if (capitalisedOpener(words, first, last) || (first === last && isLoneNationality(words, first)) || setInCapitals(words, first, last)) return null
  if (firstWordNoName(words, first, last)) return {kind: 'name', first: first + 1, last}
  return {kind: 'name', first, last}
}

/**
 * Whether the first word of a run of names is none of the name: a word
 * capitalised only because it opens the sentence (`Understated Lind walked
 * in`), or one that ends a post or describes the person (`Ohio-based Jo Vale`).
 */
function firstWordNoName(words: Words, first: number, last: number): boolean {
  return last > first && (openerBeforeName(words, first, last) || modifierBeforeName(words, first, last))
}

/**
 * Whether the run's first word ends a post or describes the person, not names
 * them, before a listed given name and a surname: the last word of a post
 * after a lower-case connector (`Special Agent in Charge Jo Vale`,
 * `Ambassador to Westland Jo Vale`, `Minister of Fisheries and Trade Jo
 * Vale`), or a place's `-based` or `-born` (`Ohio-based Jo Vale`).
 */
function modifierBeforeName(words: Words, first: number, last: number): boolean {
  if (last < first + 2) return false
  const token = words.tokens.get(first)
  // `Ruiz and Premier Tom Ode`: a title is the name's own, after `and` too.
  if (!token || !isGivenName(words.tokens.get(first + 1)?.text ?? '') || isGivenName(token.text) || isTitleWord(token.lower)) return false
  if (PLACE_MODIFIER.test(token.text)) return true
  const before = words.tokens.get(first - 1)
  return before !== undefined && !before.quoted && POST_TAIL_CONNECTORS.has(before.text) && joined(words, first - 1, first)
}

/** A place and the lower-case ending that makes it say where a person is from or works (`Ohio-based`, `Leeds-born`). */
const PLACE_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:based|born|raised|bred)$/u

/** Whether an opener is the first word of a capitalised title (`First Minister Jo Vale`, `First Lady`). */
function opensTitle(words: Words, index: number): boolean {
  if (words.tokens.get(index)?.lower !== 'first') return false
  const next = words.tokens.get(index + 1)
  return next !== undefined && next.capitalised && isTitleWord(next.lower) && joined(words, index, index + 1)
}

/** The last token of a run of name words that goes on from token `from` (the run started at `first`). */
function runEnd(words: Words, first: number, from: number, ceiling: number): number {
  let last = from
  while (last + 1 <= ceiling && last - first < MAX_NAME_WORDS && isNameToken(words.tokens.get(last + 1)) && joined(words, last, last + 1)) last++
  return last
}

/**
 * The lower-case words inside the name of a post (`Secretary of State`,
 * `Minister for Housing`). `and` joins two people as often (`Ruiz and Premier
 * Jo Vale`): it is read only inside a post's object (see
 * {@link INNER_POST_CONNECTORS}).
 */
export const POST_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for'])

/** How many connectors one post's name may hold (`Minister of State for Defence`): a bound, so a run stays short. */
const POST_CONNECTOR_HOPS = 2

/**
 * The end of a run of name words read on through a post's `of` or `for`
 * (`Secretary of State Mike Pompeo`, `Minister for Housing Dara Quinn`), or
 * inside a post through `to`, `in` or `and` up to a listed given name and a
 * surname (`Ambassador to Westland Marie Colt`), when
 * past it a title leads to two words of name, or a title before it is
 * followed by a given name: the run is then one person's post and name, which
 * `splitName` parts; or after a body's head word and `of` (`Bank of
 * Westshire`), one body's name. Otherwise the connector ends the name.
 */
function throughPost(words: Words, first: number, last: number, ceiling: number): number {
  let end = last
  for (let hop = 0; hop < POST_CONNECTOR_HOPS; hop++) {
    const connector = end + 1
    // Read by code unit first: this runs after every name read, and few are followed by a connector.
    if (end + 2 > ceiling || !connectorAt(words.text, words.tokens.start(connector))) break
    const lower = words.tokens.get(connector)?.lower ?? ''
    const inner = INNER_POST_CONNECTORS.has(lower) && innerConnectorAllowed(words, first, connector, hop)
    if ((!POST_CONNECTORS.has(lower) && !inner) || !joined(words, end, connector) || !joined(words, connector, connector + 1)) break
    const next = words.tokens.get(connector + 1)
    if (!next?.capitalised || SENTENCE_OPENERS.has(next.lower)) break
    const head = words.tokens.get(connector - 1)
    end = runEnd(words, first, connector + 1, ceiling)
    // `Ambassador to Westland Marie Colt`: past `to`, `in` or `and`, only a listed given name and a surname end the post.
    if (inner) {
      if (givenNameInside(words, connector + 2, end)) return end
      continue
    }
    // `Ministry of Justice`, `Bank of Westshire`: a body's head word with `of` and its name is one name.
    if (hop === 0 && head?.capitalised && BODY_HEADS.has(head.lower) && words.tokens.get(connector)?.lower === 'of') return end
    if (titledInside(words, {kind: 'name', first: connector, last: end})) return end
    // `Minister for Housing Dara Quinn`: a title before the connector, then the post's object and a
    // person's name: a known given name, or three words at least.
    if (isHonorific(words.tokens.get(connector - 1)?.lower ?? '') && (givenNameInside(words, connector + 2, end) || end - connector >= 3)) return end
  }
  return last
}

/** Whether `of`, `for`, `to`, `in` or `and` may start at `start`, read by its first two code units. */
function connectorAt(text: string, start: number): boolean {
  const pair = (text.charCodeAt(start) << 8) | text.charCodeAt(start + 1)
  return pair === 0x6f_66 || pair === 0x66_6f || pair === 0x74_6f || pair === 0x69_6e || pair === 0x61_6e
}

/**
 * Connectors a post's name goes on through less often than `of` and `for`
 * (`Special Envoy to Westland`, `Minister of Fisheries and Trade`), and as
 * often join two people (`Ruiz and Premier Jo Vale`): read through only
 * inside a post (see {@link innerConnectorAllowed}).
 */
export const INNER_POST_CONNECTORS: ReadonlySet<string> = new Set(['to', 'in', 'and'])

/**
 * The lower-case words a post's name goes on through before its last
 * capitalised word (`in Charge`, `to Westland`, `and Trade`). Not `of` and
 * `for`, through which a name is read on as one post and name (`Secretary of
 * State Jo Vale`, see `throughPost`).
 */
const POST_TAIL_CONNECTORS: ReadonlySet<string> = new Set([...INNER_POST_CONNECTORS, 'at'])

/**
 * Whether the run before an inner connector is a post with no one named in
 * it yet: `to` or `in` right after a title (`Ambassador to …`), or `and` in
 * the object of a post's `of` or `for` (`Minister of Fisheries and …`); and
 * no title opens the words after it, which would name another person
 * (`Chancellor Brandt and Foreign Secretary Mary Holt`, `Minister Jo Ruiz and
 * Premier Tom Ode`).
 */
function innerConnectorAllowed(words: Words, first: number, connector: number, hop: number): boolean {
  const {tokens} = words
  const next = tokens.get(connector + 1)
  if (!next || isTitleWord(next.lower) || givenNameInside(words, first, connector)) return false
  return tokens.get(connector)?.lower === 'and' ? hop > 0 && isHonorific(tokens.get(first)?.lower ?? '') : isHonorific(tokens.get(connector - 1)?.lower ?? '')
}

/** Whether a word is an acronym in capitals (`WHO`, `IT`), never the pronoun or function word it spells. */
function isAcronym(text: string): boolean {
  return text.length >= 2 && ALL_CAPITALS.test(text)
}

/** Whether a token is a member of a parliament written as initials (`MP`, `MEPs`), which heads a description, not a name. */
function isRoleInitials(token: Token | undefined): boolean {
  return token !== undefined && token.text.length <= 4 && MEMBER_INITIALS.has(token.lower) && ALL_CAPITALS.test(token.text.replace(/s$/, ''))
}

/** A word in capitals (`WHO`, `COUNCIL`). */
export const ALL_CAPITALS = /^\p{Lu}+$/u

/**
 * Whether the word opening a sentence before a name is an ordinary word, not
 * the name's first (`Understated Lind`, `Debating Ruiz`): capitalised nowhere
 * else in the article, no listed given name or honorific, and shaped like an
 * English verb form (`-ing`, `-ed`), which given names outside the lists
 * seldom are.
 */
function openerBeforeName(words: Words, first: number, last: number): boolean {
  const token = words.tokens.get(first)
  // An initial (`M. Dane Waters`) is the name's own.
  if (!token || token.text.length === 1 || !words.properNouns || !words.tokens.opensSentence(first) || words.properNouns.has(token.lower)) return false
  // The shape first: it rules out most openers before the lists are read.
  const ordinary = ORDINARY_ENDING.test(token.lower)
  if (!ordinary && last < first + 2) return false
  return !isGivenName(token.text) && !isHonorific(token.lower) && (ordinary || personAfterOpener(words, first, last))
}

/**
 * Whether a listed given name and a surname follow the word that opens the
 * sentence (`Count Lee Hamilton, a former congressman, …`, `Goalkeeper Sam
 * Ibe`): the opener is then no part of the person's name. Not before a
 * body's head word (`New York Times`).
 */
function personAfterOpener(words: Words, first: number, last: number): boolean {
  return last >= first + 2 && isGivenName(words.tokens.get(first + 1)?.text ?? '') && !BODY_HEADS.has(words.tokens.get(last)?.lower ?? '')
}

/** Endings of verb forms (`debating`, `understated`), four letters or more (`-ly` is left out: `Nathaly`, `Kimberly`). */
const ORDINARY_ENDING = /^[a-z]{2,}(?:ing|ed)$/

/** A single word in capitals longer than this is no acronym (`NATO`, `UNICEF`) but a dateline or a heading (`HARBOURTON`). */
const ACRONYM_LETTERS = 6

/**
 * Whether a name's words are all set in capitals as a dateline or a heading
 * is (`HARBOURTON —`, `PORT TALKS STALL`): two words or more, or one longer
 * than an acronym. Such capitals name a place or a topic, not a speaker.
 */
function setInCapitals(words: Words, first: number, last: number): boolean {
  const {text, tokens} = words
  // Read by code unit first: this runs on every name read, and most names have a lower-case second letter.
  for (let index = first; index <= last; index++) {
    const second = text.charCodeAt(tokens.start(index) + 1)
    if (second < 0x41 || second > 0x5a) return false
  }
  if (first === last && (tokens.get(first)?.text.length ?? 0) <= ACRONYM_LETTERS) return false
  for (let index = first; index <= last; index++) {
    const word = tokens.get(index)?.text ?? ''
    if (word !== word.toUpperCase()) return false
  }
  return true
}

/**
 * Whether a word that can name a month (`Jan`, `April`, `June`) is a given
 * name here: listed as one, right before a capitalised word with one space
 * between (`Jan Brewer`, not `Jan. 5`), and after no word that puts a date
 * after it (`in June Ruiz said`).
 */
function givenNameNotDate(words: Words, first: number): boolean {
  const token = words.tokens.get(first)
  const next = words.tokens.get(first + 1)
  const before = words.tokens.get(first - 1)
  if (!token || !next || !next.capitalised || next.start - token.end !== 1 || DATE_WORDS.has(next.lower) || !isGivenName(token.text)) return false
  return !before || !(PREPOSITIONS.has(before.lower) || DATE_LEADS.has(before.lower))
}

/** Words that put a date after them besides prepositions (`since June`, `last April`). */
const DATE_LEADS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'last', 'next', 'early', 'late', 'mid', 'this', 'that', 'each', 'every', 'before', 'after', 'during'])

/** Whether a lower-case word can head a description of a speaker. */
export function isSpeakerNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || AGE_NOUN.test(lower) || (lower.endsWith(ELECT) && ROLE_NOUNS.has(lower.slice(0, -ELECT.length)))
}

/** The ending of a post's holder to be (`president-elect`, `mayor-elect`): a speaker noun and a post, as the post is. */
export const ELECT = '-elect'

/** `the 46-year-old`: a person by age. */
const AGE_NOUN = /^\d{1,3}-year-old$/

/** `the 43-year-old prime minister`: an age before a noun describes the person the noun names. */
function ageBeforeNoun(words: Words, index: number): boolean {
  const next = words.tokens.get(index + 1)
  return AGE_NOUN.test(words.tokens.get(index)?.lower ?? '') && next !== undefined && !next.capitalised && !FUNCTION_WORDS.has(next.lower) && !CUE_VERB_SET.has(next.lower) && !ADVERBS.has(next.lower) && gapAfter(words, index) === ' '
}

/**
 * Read a description that ends at token `last` (`a Pentagon spokesperson`,
 * `the memo`, `officials`).
 */
function readDescriptionLeft(words: Words, last: number, floor: number, anyHead = false): Mention | null {
  const head = words.tokens.get(last)
  if (!head || SUBJECT_PRONOUNS.has(head.lower)) return null
  // Capitalised only as the first word of its sentence (`Police said`).
  // `Producers said`: a plural right before its verb names a group even where it is not listed.
  const opener = last === floor && words.tokens.opensSentence(last)
  // `a Tory MP`: a role written as its initials heads a description as a lower-case noun does.
  const initials = isRoleInitials(head)
  // Not a function word that ends in `s` (`As reported in …`, `Thus`).
  const plural = anyHead && /[^s]s$/.test(head.lower) && !FUNCTION_WORDS.has(head.lower) && !SENTENCE_OPENERS.has(head.lower)
  if (head.capitalised && !initials && !(opener && (isSpeakerNoun(head.lower) || plural))) return null
  if (head.capitalised && !initials) return {kind: 'description', first: last, last}
  // Right before its verb any noun with a determiner can speak (`the narrator said`, `the video says`).
  if (!isSpeakerNoun(head.lower) && (!anyHead || FUNCTION_WORDS.has(head.lower) || !LOWER_CASE_WORD.test(head.text) || head.lower.endsWith('ly'))) return null
  let first = last
  for (let index = last - 1; index >= Math.max(floor, last - 5); index--) {
    const token = words.tokens.get(index)
    if (!token || token.quoted || /[,;:()—–]/.test(words.text.slice(token.end, words.tokens.get(index + 1)?.start))) break
    // `that` and `which` before a verb open a relative clause, not a description; `the then prime minister` is one.
    const modifier = token.lower === 'then' && words.tokens.get(index - 1)?.lower === 'the'
    if ((COORDINATORS.has(token.lower) && !modifier) || SUBJECT_PRONOUNS.has(token.lower) || token.lower === 'that' || token.lower === 'which') break
    first = index
    if (DETERMINERS.has(token.lower)) {
      // `a senior official`, `the former mayor`: an adjective the list keeps as a determiner takes the one before it.
      if (ADJECTIVE_DETERMINERS.has(token.lower) && index - 1 >= floor && OPENING_DETERMINERS.has(words.tokens.get(index - 1)?.lower ?? '') && joined(words, index - 1, index)) first = index - 1
      // `walking along the quay shouted`: the object of a preposition is no subject.
      const before = words.tokens.get(first - 1)
      return anyHead && before && PREPOSITIONS.has(before.lower) && !isSpeakerNoun(head.lower) ? null : {kind: 'description', first, last}
    }
    // `Ana Ruiz’s spokesman said`: a possessive name stands for the determiner; the role it owns speaks, not its owner.
    // A determiner before the name is the phrase's own (`the RNC’s rules committee`).
    if (token.capitalised && index < last && isSpeakerNoun(head.lower) && POSSESSIVE.test(token.text)) {
      const owner = readNameLeft(words, index, floor)?.first ?? index
      const determiner = owner - 1 >= floor && DETERMINERS.has(words.tokens.get(owner - 1)?.lower ?? '')
      return {kind: 'description', first: determiner ? owner - 1 : owner, last}
    }
  }
  // Without a determiner only a plural role stands alone (`officials said`, `police said`),
  // with the word that opens its sentence before it (`Hospital staff said`, `Company officials said`).
  if (!(head.lower.endsWith('s') || BARE_PLURALS.has(head.lower)) || !isSpeakerNoun(head.lower)) return null
  const modifier = words.tokens.get(last - 1)
  const opensWith = last - 1 >= floor && modifier !== undefined && !modifier.quoted && words.tokens.opensSentence(last - 1) && joined(words, last - 1, last)
  return {kind: 'description', first: opensWith && !FUNCTION_WORDS.has(modifier.lower) && !SUBJECT_PRONOUNS.has(modifier.lower) ? last - 1 : last, last}
}

/** Words listed as determiners that describe the noun after another determiner (`a senior official`). */
const ADJECTIVE_DETERMINERS: ReadonlySet<string> = new Set(['senior', 'top', 'former'])

/** Determiners that open a noun phrase before such an adjective. */
const OPENING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'his', 'her', 'its', 'their', 'our', 'my'])

/** A word in the possessive (`Ruiz’s`, `the board's`): a token never ends in a bare apostrophe, so this is every possessive token. */
export const POSSESSIVE = /['’]s$/

/** Nouns plural without an `s` that stand alone before their verb (`police said`, `staff say`). */
const BARE_PLURALS: ReadonlySet<string> = new Set(['police', 'staff', 'people'])

/**
 * Read a description that starts at token `first` (`a spokesman for the firm`).
 */
function readDescriptionRight(words: Words, first: number, ceiling: number): Mention | null {
  for (let index = first; index <= Math.min(ceiling, first + 5); index++) {
    const token = words.tokens.get(index)
    if (!token || token.quoted) return null
    // `Afterwards, authorities …`: a comma inside parts the phrase.
    if (index > first && /[,;:()—–]/.test(words.text.slice(words.tokens.get(index - 1)?.end, token.start))) return null
    // `Protesters chanted …`: a role noun may be capitalised where it opens the sentence.
    const lowerCase = !token.capitalised || (index === first && words.tokens.opensSentence(index))
    if (isSpeakerNoun(token.lower) && lowerCase && !ageBeforeNoun(words, index)) {
      const last = compoundEnd(words, index)
      // `the union chair Lena Morrow`: a title written before a name; the name is the speaker.
      const next = words.tokens.get(last + 1)
      const titled = next && last + 1 <= ceiling && gapAfter(words, last) === ' ' && !ADVERBS.has(next.lower) ? readNameRight(words, last + 1, ceiling) : null
      return titled ?? apposedName(words, last, ceiling) ?? {kind: 'description', first, last}
    }
    // A verb or a function word ends the phrase: `the Harbour Board issued …`, `the Harbour Authority said` name a body.
    if (index > first && (FUNCTION_WORDS.has(token.lower) || (!token.capitalised && (/(?:ed|ly)$/.test(token.lower) || CUE_VERB_SET.has(token.lower))))) {
      return namedBody(words, first, index - 1)
    }
  }
  // `according to The Ledger.`: the phrase ends with the clause.
  const end = Math.min(ceiling, first + 5)
  return end === ceiling ? namedBody(words, first, end) : null
}

/**
 * `Another critic, Jo Vale, likened …`: a name set between commas right after
 * a description names the one it describes.
 */
function apposedName(words: Words, last: number, ceiling: number): Mention | null {
  if (gapAfter(words, last) !== ', ' || last + 1 > ceiling) return null
  const name = readNameRight(words, last + 1, ceiling)
  return name && name.last < ceiling && gapAfter(words, name.last).startsWith(',') ? name : null
}

/** The last word of a compound of speaker nouns that starts at `index` (`the team coach`). */
function compoundEnd(words: Words, index: number): number {
  let last = index
  while (last - index < 3) {
    const next = words.tokens.get(last + 1)
    // `the parents’ group`: a plural possessive joins a compound too.
    const gap = words.text.slice(words.tokens.get(last)?.end, next?.start)
    if (!next || next.quoted || next.capitalised || !isSpeakerNoun(next.lower) || !/^['’]? $/.test(gap)) break
    last++
  }
  return last
}

/** `the Harbour Board`: a determiner and capitalised words, a body that can speak. */
function namedBody(words: Words, first: number, last: number): Mention | null {
  if (last <= first || words.tokens.get(first)?.lower !== 'the') return null
  for (let index = first + 1; index <= last; index++) if (!words.tokens.get(index)?.capitalised) return null
  return {kind: 'description', first, last}
}

/** A pronoun speaker at token `index`. */
function readPronoun(words: Words, index: number): Mention | null {
  const token = words.tokens.get(index)
  return token && SUBJECT_PRONOUNS.has(token.lower) ? {kind: 'pronoun', first: index, last: index} : null
}

/** Words that stand alone for someone the article does not name (`one said`, `said another`). */
const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set(['one', 'another', 'someone', 'somebody', 'others'])

/** `one said`, `said another`: an unnamed speaker at token `index`, a description that resolves to no one. */
function readUnnamed(words: Words, index: number): Mention | null {
  const token = words.tokens.get(index)
  return token && !token.quoted && UNNAMED_SPEAKERS.has(token.lower) ? {kind: 'description', first: index, last: index} : null
}

/**
 * A pronoun, name or description that starts at token `first` (`“…,” Jane
 * Doe, a lawyer, said`).
 *
 * @param words The paragraph's words.
 * @param first Index of the first token.
 * @param ceiling The highest index the mention may reach.
 * @returns The mention, or null.
 */
export function subjectRight(words: Words, first: number, ceiling: number): Mention | null {
  const token = words.tokens.get(first)
  if (!token || token.quoted) return null
  return readPronoun(words, first) ?? readNameRight(words, first, ceiling) ?? readDescriptionRight(words, first, ceiling)
}

/** The text between token `index` and the next token (or a little past the end). */
function gapAfter(words: Words, index: number): string {
  const token = words.tokens.get(index)
  if (!token) return ''
  const next = words.tokens.get(index + 1)
  return words.text.slice(token.end, next ? next.start : token.end + 2)
}

/**
 * Whether the gap after token `index` holds a comma (read in place: it runs at every word of a clause).
 *
 * @param words The paragraph's words.
 * @param index A token's index.
 * @returns True when a comma follows it before the next word.
 */
export function commaAfter(words: Words, index: number): boolean {
  const {tokens} = words
  if (index < 0 || index >= tokens.length) return false
  // Raw reads, no tokens made: this runs for every name the registry reads.
  const from = tokens.start(index) + tokens.wordLength(index)
  const end = Math.min(index + 1 < tokens.length ? tokens.start(index + 1) : from + 2, words.text.length)
  for (let cursor = from; cursor < end; cursor++) if (words.text.charCodeAt(cursor) === 0x2c) return true
  return false
}

/**
 * The first token from `from` up to (not including) `to` that a comma
 * follows, read while the tokens stay in one sentence when `sentence` is
 * given; -1 when none does.
 *
 * @param words The paragraph's words.
 * @param from The first token to look after.
 * @param to The token to stop before.
 * @param sentence The sentence the tokens must stay in, or -1 for any.
 * @returns The token's index, or -1.
 */
export function firstCommaAfter(words: Words, from: number, to: number, sentence = -1): number {
  for (let index = from; index < to && (sentence < 0 || words.tokens.sentence(index) === sentence); index++) if (commaAfter(words, index)) return index
  return -1
}

/**
 * Find the subject of a speech verb by reading left from it: skip adverbs and
 * auxiliaries (`later`, `has`), an infinitive's verb (`returned to tell`), and
 * an appositive between commas (`Alyssa Farah, a Pentagon spokesperson, later
 * tweeted`); a coordinated verb (`… and added`) takes the clause's subject.
 *
 * @param words The paragraph's words.
 * @param cue Index of the cue's first token.
 * @param floor The lowest index to read (the sentence's first unquoted word).
 * @param relative Whether a relative `who` before the cue stands for the name before it
 *   (`… met Ana Ruiz, who said`); not for a cue after the quote, whose relative clause says what comes next.
 * @returns The subject, or null.
 */
export function subjectBefore(words: Words, cue: number, floor: number, relative = true): Mention | null {
  const quoted = quotedAsSaying(words, cue, floor)
  if (quoted) return quoted
  let index = skipReportingLeft(words, skipAdverbsLeft(words, cue - 1, floor), cue, floor)
  if (words.tokens.get(index)?.lower === 'to' && index - 1 >= floor) {
    index = skipAdverbsLeft(words, index - 2, floor)
  }
  index = skipDashAsideLeft(words, skipParenthesisLeft(words, index, floor), floor)
  if (index < floor) return null
  const token = words.tokens.get(index)
  if (!token || token.quoted) return null
  // `The mayor met Ana Ruiz, who said …`: a relative `who` stands for the name before its comma.
  // Only a name, and not the place someone is from (`Jo Vale, 24, from Holmvik, who said`); a description
  // (`one former aide, who said`) is left to the readings that keep it unnamed.
  // A person's name after such a word is still the one the clause tells of (`criticism from Rep. Ana Ruiz, who called it`).
  if (relative && token.lower === 'who' && index - 1 >= floor && commaAfter(words, index - 1)) {
    const antecedent = withHead(words, readSubjectAt(words, index - 1, floor), floor)
    if (antecedent?.kind === 'name' && (!PLACE_PREPOSITIONS.has(wordBefore(words, antecedent)?.lower ?? '') || namesPerson(words, antecedent))) return antecedent
  }
  // `with help from Jo Vale, a union leader who confirmed …`: a `who` after a description set off after a person's
  // name stands for that person.
  if (relative && token.lower === 'who' && index - 1 >= floor && !commaAfter(words, index - 1)) {
    const apposed = apposedNameBefore(words, index - 1, floor)
    if (apposed) return apposed
  }
  // `X did this, saying …`: a participle after a comma shares the clause's subject;
  // after `…, Ruiz said, adding`, the subject of the speech verb it follows.
  if (commaAfter(words, index) && words.tokens.get(cue)?.lower.endsWith('ing')) return verbSubjectBefore(words, index, floor) ?? clauseSubject(words, floor, cue)
  if (commaAfter(words, index)) {
    // The end of an appositive: its start is an earlier comma, the nearest
    // one unless an earlier one follows the clause's subject (`X, president
    // of Y, which runs Z, said`).
    let nearest: Mention | null | undefined
    for (let back = index - 1; back >= Math.max(floor, index - APPOSITIVE_WORDS); back--) {
      if (words.tokens.quoted(back)) break
      if (!commaAfter(words, back)) continue
      const subject = appositiveSubject(words, back, index, floor)
      if (nearest === undefined) nearest = subject
      if (subject && subject.first === floor) return subject
    }
    return nearest ?? clauseSubject(words, floor, cue)
  }
  if (COORDINATORS.has(token.lower)) return clauseSubject(words, floor, cue)
  if (relative) {
    const antecedent = unmarkedRelative(words, index, floor)
    if (antecedent) return antecedent
  }
  const subject = readSubjectAt(words, index, floor)
  return withHead(words, regionOf(words, subject, floor) ?? subject, floor)
}

/**
 * `Mayor Ana Roe who ran the pier told …`: a `who` clause set off by no comma
 * between a person's name and the verb, within {@link RELATIVE_CLAUSE_WORDS}
 * before token `last`; the name before `who` (two words or more) is the verb's
 * subject, not the clause's object (`the pier`).
 */
function unmarkedRelative(words: Words, last: number, floor: number): Mention | null {
  const {tokens} = words
  // `who` first, by its length: most clauses have none, and the gaps between words are read only when one has.
  let who = -1
  for (let index = last; index > Math.max(floor, last - RELATIVE_CLAUSE_WORDS); index--) {
    if (tokens.quoted(index)) return null
    if (tokens.wordLength(index) === 3 && tokens.lower(index) === 'who') {
      who = index
      break
    }
  }
  if (who < 0) return null
  for (let index = who; index <= last; index++) if (CLAUSE_BREAK.test(gapAfter(words, index))) return null
  const name = readNameLeft(words, who - 1, floor)
  return name && name.last === who - 1 && name.last > name.first && joined(words, who - 1, who) ? name : null
}

/** Punctuation between two words that sets a clause off. */
const CLAUSE_BREAK = /[,;:]/

/** How far back {@link unmarkedRelative} looks for `who`. */
const RELATIVE_CLAUSE_WORDS = 12

/**
 * The person's name a description ending at `last` is set off after
 * (`Jo Vale, a union leader`), or null: the description opens after a
 * comma, and before the comma is a name with a given name in it.
 */
function apposedNameBefore(words: Words, last: number, floor: number): Mention | null {
  const description = readSubjectAt(words, last, floor)
  if (description?.kind !== 'description' || description.first - 1 < floor || !commaAfter(words, description.first - 1)) return null
  const name = readSubjectAt(words, description.first - 1, floor)
  return name?.kind === 'name' && name.last === description.first - 1 && namesPerson(words, name) ? name : null
}

/**
 * `Jo Vale of Keene, Westshire says`: a name after a place's comma is its
 * region; the place, after `of`, `from` or `in`, is what tells more of the
 * subject. Null unless the name is a short one with no given name, after a
 * comma and a name that follows such a preposition, and a person's name or
 * noun stands before it.
 */
function regionOf(words: Words, subject: Mention | null, floor: number): Mention | null {
  if (subject?.kind !== 'name' || subject.last - subject.first >= REGION_WORDS || subject.first - 2 < floor || !commaAfter(words, subject.first - 1)) return null
  if (namesPerson(words, subject) || isGivenName(words.tokens.get(subject.first)?.text ?? '')) return null
  const place = readNameLeft(words, subject.first - 1, floor)
  const preposition = place ? words.tokens.get(place.first - 1) : undefined
  if (!place || !preposition || preposition.quoted || !REGION_PREPOSITIONS.has(preposition.lower)) return null
  const head = withHead(words, place, floor)
  // Only a person before the preposition (`a voter from Keene, Westshire`, `Jo Vale of Keene, …`), not a body or a place of its own.
  if (!head || head === place || head.first >= place.first) return null
  // And one that opens its clause: `Speaking to the people of Ohio, Vale said` is Vale's.
  const opens = head.first === floor || commaAfter(words, head.first - 1) || OPENING_CONJUNCTIONS.has(words.tokens.get(head.first - 1)?.lower ?? '')
  return opens && (head.kind === 'description' || namesPerson(words, head)) ? place : null
}

/** Prepositions between a person and the place they come from (`Jo Vale of Keene`, `a nurse from Keene`). */
const REGION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in'])

/**
 * `…, Ruiz said, adding …`, `…, Ruiz told reporters, adding …`: the subject of
 * a speech verb (not a participle) that ends at token `index`, or at the one
 * before it with a lower-case word after, when it is a name or a pronoun;
 * null otherwise.
 */
function verbSubjectBefore(words: Words, index: number, floor: number): Mention | null {
  const {tokens} = words
  const at = CUE_VERB_SET.has(tokens.lower(index)) ? index : index - 1 > floor && !tokens.capitalised(index) && CUE_VERB_SET.has(tokens.lower(index - 1)) ? index - 1 : -1
  if (at <= floor || tokens.lower(at).endsWith('ing') || commaAfter(words, at - 1)) return null
  // A name or pronoun, not an owner (`Ruiz’s comments, saying`) or a thing (`graduation rates, saying`), where the word is a noun.
  if (POSSESSIVE.test(tokens.get(at - 1)?.text ?? '')) return null
  const subject = withHead(words, readSubjectAt(words, at - 1, floor), floor)
  return subject?.kind === 'description' ? null : subject
}

/**
 * `Pat Morrow of Vermont said`, `a spokesman for the mayor said`: a place or
 * a body after a preposition tells more of the subject before it, which is
 * the speaker; a person's name is the subject itself.
 */
function withHead(words: Words, subject: Mention | null, floor: number): Mention | null {
  if (subject?.kind === 'description') return describedHead(words, subject, floor) ?? subject
  if (subject?.kind !== 'name') return subject
  let head = modifiedSubject(words, subject, floor)
  // `an official at the Bank of Westshire said`: a body's name read on through `of` may itself follow a person's noun.
  // So may a person's name (`Jo Vale of the Bank of Westshire said`), with no comma before the preposition.
  if (head?.kind === 'name' && head.first < subject.first && head.last === subject.last) {
    const person = modifiedSubject(words, head, floor)
    if (person && !commaAfter(words, person.last) && (person.kind === 'description' || namesPerson(words, person))) head = person
  }
  // `a spokesman for Jane Doe said` is the spokesman; `Secretary of State Jane Doe said` is Jane Doe;
  // a run read on through the preposition (`Minister for Harbours Jo Keogh`) is one name;
  // `a statement from the Harbour Board said` is the board's.
  const before = words.tokens.get(subject.first - 1)?.lower === 'the' ? subject.first - 2 : subject.first - 1
  if (head?.kind === 'description' && words.tokens.get(before)?.lower === 'from' && DOCUMENT_NOUNS.has(words.tokens.get(head.last)?.lower ?? '')) return subject
  // `Sam Reid of Morgan Stanley said`: a person's full name before the preposition is the subject, whatever the name after it looks like.
  // `Shin of Washington University said`: a body's name is no person's, though a given name opens it.
  const personAfter = namesPerson(words, subject) && !BODY_HEADS.has(words.tokens.get(subject.last)?.lower ?? '')
  return head && (head.kind === 'description' || head.last === subject.last || !personAfter || (head.kind === 'name' && namesPerson(words, head))) ? head : subject
}

/**
 * Step left over the passive participle that reports a subject's words
 * through a participle cue (`X was quoted as saying`, `X was heard saying`),
 * and the auxiliaries before it, to the subject. Any other word is left.
 */
function skipReportingLeft(words: Words, index: number, cue: number, floor: number): number {
  if (!words.tokens.get(cue)?.lower.endsWith('ing')) return index
  const as = words.tokens.get(index)?.lower === 'as'
  const at = as ? index - 1 : index
  const participle = words.tokens.get(at)
  // Only `quoted` takes `as` (`quoted as saying`, `quoted saying`; `heard saying`).
  if (at <= floor || !participle || participle.quoted || !REPORTING_PARTICIPLES.has(participle.lower) || (as && participle.lower !== 'quoted')) return index
  // `can be heard`, `was being quoted`: the passive's `be` before the auxiliaries.
  let cursor = at - 1
  while (cursor > floor && PASSIVE_BE.has(words.tokens.get(cursor)?.lower ?? '')) cursor--
  return skipAdverbsLeft(words, cursor, floor)
}

/**
 * `The Ledger had the story, quoting Ana Ruiz as saying …`, `citing Jo Vale
 * as saying`: the one quoted, named between the verb that quotes and `as`,
 * said the words, not the clause's subject who reports them.
 */
function quotedAsSaying(words: Words, cue: number, floor: number): Mention | null {
  const {tokens} = words
  // Read by the words' shapes first: `as` right before a participle cue, as few cues have.
  if (cue - 2 < floor || tokens.wordLength(cue - 1) !== 2 || tokens.lower(cue - 1) !== 'as' || !tokens.lower(cue).endsWith('ing')) return null
  const name = readNameLeft(words, cue - 2, floor)
  const verb = name ? tokens.get(name.first - 1) : undefined
  return name && verb && !verb.quoted && QUOTING_VERBS.has(verb.lower) ? name : null
}

/** Verbs whose object is the one whose words they report (`quoting X as saying`). */
const QUOTING_VERBS: ReadonlySet<string> = new Set(['quoting', 'quoted', 'quotes', 'quote', 'citing', 'cited', 'cites', 'cite'])

/** Forms of `be` that make a passive (`can be heard`, `was being filmed`). */
const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'being', 'been'])

/** Passive participles that report what their subject said (`quoted as saying`, `overheard telling`). */
const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(['quoted', 'heard', 'overheard', 'caught', 'recorded', 'filmed', 'seen'])

/**
 * The person a description after a preposition tells more of (`the chair` in
 * `the chair of the board said`), as `withHead` reads a name there: the
 * speaker is the person, not the body or thing after the preposition. Those
 * who speak for a body leave it the speaker (`a spokesman for the union said`
 * is the union's, as quote databases record it), but not for a person's post
 * (`a spokesman for the minister` is the spokesman), and a document from
 * it (`a statement from the board said`). Null when no person's noun stands
 * before the preposition.
 */
function describedHead(words: Words, subject: Mention, floor: number): Mention | null {
  const at = subject.first - 1
  const preposition = words.tokens.get(at)
  const tied = beforeTie(words, at)
  if (!preposition || preposition.quoted || !POST_MODIFIERS.has(preposition.lower) || tied < floor) return null
  const head = readDescriptionLeft(words, tied, floor)
  const noun = head ? words.tokens.get(head.last)?.lower ?? '' : ''
  if (!head || !isSpeakerNoun(noun) || (preposition.lower === 'from' && DOCUMENT_NOUNS.has(noun))) return null
  // A spokesman speaks for a body in its place, but for a person only as himself, as he does for a named one (`a spokesman for the minister`).
  if (noun.startsWith('spokes') && !POST_NOUNS.has(words.tokens.get(subject.last)?.lower ?? '')) return null
  return head
}

/** How long an opening phrase before a clause's subject may be (`When …, Jane Doe said`). */
const OPENING_PHRASE_WORDS = 25

/** How far back an appositive's opening comma may stand. */
const APPOSITIVE_WORDS = 40

/** Prepositions after which a name is an object, not a subject (`a partner at Holmvik, Jane Doe, said`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'by', 'on', 'to', 'through', 'across', 'into', 'over', 'under', 'near', 'against', 'about', 'outside', 'inside'])

/**
 * The subject of `A, B, said`: A (`Jane Doe, a lawyer, said`), unless A is
 * a description ending in the object of a preposition and B is a name
 * (`A partner at Holmvik, Jane Doe, said`).
 */
function appositiveSubject(words: Words, comma: number, last: number, floor: number): Mention | null {
  // `Rep. Ana Ruiz (D), a longtime critic, said`: a party and state after the name are passed over.
  const before = readSubjectAt(words, skipParenthesisLeft(words, comma, floor), floor)
  // `Her husband, former mayor Carlos Ruiz, said`: the name may follow its title in lower case.
  const inner = readNameRight(words, comma + 1, last) ?? nameAfterModifiers(words, comma + 1, last)
  // `A partner at Holmvik, Jane Doe, said`, `The head of the Harbour Trust, Jane Doe, said`.
  const objectOfPreposition = before?.kind === 'name' && PREPOSITIONS.has(wordBefore(words, before)?.lower ?? '')
  // `The board's chair, Jane Doe, said`: a name in apposition to a title is the speaker, and to a post
  // written in capitals (`The Transport Secretary, Jane Doe, said`, `Britain's Prime Minister, Jane Doe,`).
  // `Jane Doe, 23, said`: her age closes the apposition.
  const end = AGE.test(words.tokens.get(last)?.text ?? '') && commaAfter(words, last - 1) ? last - 1 : last
  if (inner && inner.last === end && (before === null || objectOfPreposition || before.kind === 'description' || isCapitalisedPost(words, before))) return inner
  return withHead(words, before, floor)
}

/** An age after a name (`Jane Doe, 23,`). */
const AGE = /^\d{1,3}$/

/** Whether a name is a post in capitals after `the` or a possessive (`the Home Secretary`, `Britain's Prime Minister`), not a person's name. */
function isCapitalisedPost(words: Words, name: Mention): boolean {
  const {tokens} = words
  if (name.kind !== 'name' || !isTitleWord(tokens.get(name.last)?.lower ?? '')) return false
  const before = tokens.get(name.first - 1)
  return before?.lower === 'the' || POSSESSIVE.test(before?.text ?? '') || POSSESSIVE.test(tokens.get(name.first)?.text ?? '')
}

/** The word before a mention, a `the` before it passed over (`of the Harbour Trust`). */
function wordBefore(words: Words, mention: Mention): Token | undefined {
  const before = words.tokens.get(mention.first - 1)
  return before?.lower === 'the' ? words.tokens.get(mention.first - 2) : before
}

/** A pronoun, name or description ending at token `index`. */
function readSubjectAt(words: Words, index: number, floor: number): Mention | null {
  const subject = readPronoun(words, index) ?? readUnnamed(words, index) ?? readNameLeft(words, index, floor) ?? readDescriptionLeft(words, index, floor, true) ?? describedOf(words, index, floor)
  // `Jane Doe and John Roe said`: the first of two coordinated names leads.
  const and = subject ? words.tokens.get(subject.first - 1) : undefined
  if (subject?.kind === 'name' && and?.lower === 'and' && subject.first - 2 >= floor) {
    const first = readNameLeft(words, subject.first - 2, floor)
    if (first) return first
  }
  return subject
}

/**
 * `the 54-year-old mother of three said`: a speaker noun with one word of
 * `of` after it, read as one description.
 */
function describedOf(words: Words, index: number, floor: number): Mention | null {
  const object = words.tokens.get(index)
  if (!object || object.capitalised || words.tokens.get(index - 1)?.lower !== 'of' || index - 2 < floor) return null
  const head = words.tokens.get(index - 2)
  if (!head || !isSpeakerNoun(head.lower)) return null
  const described = readDescriptionLeft(words, index - 2, floor)
  return described ? {kind: 'description', first: described.first, last: index} : null
}

/** Whether a known given name stands from token `from` to the one before `last`, a surname after it. */
function givenNameInside(words: Words, from: number, last: number): boolean {
  for (let index = from; index < last; index++) if (isGivenName(words.tokens.get(index)?.text ?? '')) return true
  return false
}

/** Whether a title stands inside a name after its first word, with two words of name after it (`Development Secretary Julia Castro`). */
function titledInside(words: Words, name: Mention): boolean {
  for (let index = name.last - 2; index > name.first; index--) if (isHonorific(words.tokens.get(index)?.lower ?? '')) return true
  return false
}

/**
 * The subject a name after a preposition tells more of (`Pat Morrow` for
 * `Vermont` in `Pat Morrow of Vermont`, `a spokesman` for `the mayor`), or the
 * body's whole name through `of` (`University of Fernhill`); null when no
 * preposition stands before the name.
 */
function modifiedSubject(words: Words, name: Mention, floor: number): Mention | null {
  const {tokens} = words
  const at = tokens.get(name.first - 1)?.lower === 'the' ? name.first - 2 : name.first - 1
  const preposition = tokens.get(at)
  const tied = beforeTie(words, at)
  if (!preposition || preposition.quoted || !PLACE_OR_POST_MODIFIERS.has(preposition.lower) || tied < floor) return null
  // `a father of two from Kilkenny`: a person's noun and its `of` phrase.
  const head = readNameLeft(words, tied, floor) ?? readDescriptionLeft(words, tied, floor) ?? describedOf(words, tied, floor)
  if (!head) return null
  // `the University of Fernhill`, `the Centre for Harbour Studies`: a body's name goes on through `of` or `for`;
  // so does a post's before its holder's name (`Minister for Housing Dara Quinn`).
  const post = head.first === head.last && isHonorific(tokens.get(head.last)?.lower ?? '')
  if (head.kind === 'name' && (preposition.lower === 'of' || preposition.lower === 'for') && at === name.first - 1 && (BODY_HEADS.has(tokens.get(head.last)?.lower ?? '') || post)) {
    return {kind: 'name', first: head.first, last: name.last}
  }
  return head
}

/** Whether a name reads as a person's: a given name before another of its words (`John F. Kerry`, `State John F. Kerry`). */
function namesPerson(words: Words, name: Mention): boolean {
  for (let index = name.first; index < name.last; index++) if (isGivenName(words.tokens.get(index)?.text ?? '')) return true
  return false
}

/** Prepositions after which a name tells where or what the subject before them is (`X of Y`, `X at Y`, `a spokesman for Y`). */
const POST_MODIFIERS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'for', 'with', 'to'])

/** Those, and `in` before a place's name (`a man in Westvale said`), where a thing after `in` is no place (`a narrator in the ad`). */
const PLACE_OR_POST_MODIFIERS: ReadonlySet<string> = new Set([...POST_MODIFIERS, 'in'])

/** Adjectives between a person's noun and `to` or `with` (`a source close to Y`, `people familiar with Y`). */
const TIE_ADJECTIVES: ReadonlySet<string> = new Set(['close', 'closest', 'loyal', 'familiar', 'near', 'linked', 'connected'])

/** The token before a preposition at `at` where the noun it ties stands, past an adjective (`a source close to Y`). */
function beforeTie(words: Words, at: number): number {
  return TIE_ADJECTIVES.has(words.tokens.get(at - 1)?.lower ?? '') ? at - 2 : at - 1
}

/** How many words a parenthesis after a name may hold (`Rep. Jane Doe (D-Ohio.)`). */
const PARENTHESIS_WORDS = 6

/**
 * Step left over a short parenthesis that ends at token `index` (a party and
 * state after a name), to the word before it.
 */
function skipParenthesisLeft(words: Words, index: number, floor: number): number {
  const gap = gapAfter(words, index)
  if (!gap.startsWith(')') && !/\)\s*$/.test(gap.split(',')[0] ?? '')) return index
  for (let back = index; back >= Math.max(floor, index - PARENTHESIS_WORDS); back--) {
    const token = words.tokens.get(back)
    if (!token) break
    const gapBefore = words.text.slice(words.tokens.get(back - 1)?.end ?? 0, token.start)
    if (gapBefore.includes('(')) return back - 1
  }
  return index
}

/** How many words an aside set between dashes may hold (`Jane Doe — a former aide to the mayor — said`). */
const DASH_ASIDE_WORDS = 20

/** A dash that sets off an aside: an em or en dash, or a hyphen with spaces around it. */
const ASIDE_DASH = /[—–]|\s-\s/

/**
 * Step left over an aside set between dashes that ends right after token
 * `index` (`Jane Doe — a former aide to the mayor — said`): the subject is
 * before the first dash. Without an opening dash in reach, nothing is skipped.
 */
function skipDashAsideLeft(words: Words, index: number, floor: number): number {
  if (index < floor || !ASIDE_DASH.test(gapAfter(words, index))) return index
  for (let back = index; back > Math.max(floor, index - DASH_ASIDE_WORDS); back--) {
    const token = words.tokens.get(back)
    if (!token || token.quoted) break
    if (ASIDE_DASH.test(words.text.slice(words.tokens.get(back - 1)?.end ?? 0, token.start))) return back - 1
  }
  return index
}

/**
 * Whether a token is an adverb or auxiliary: listed, or a word in `-ly`
 * (`cynically`); in lower case, since a capital between a name and its verb
 * makes a surname of the word (`Theresa May said`, `Tom Will said`).
 */
function isAdverb(token: Token | undefined): boolean {
  return isListedAdverb(token) || (token !== undefined && !token.quoted && !token.capitalised && token.lower.length > 4 && token.lower.endsWith('ly') && !LY_NOUNS.has(token.lower))
}

/** Nouns that end like adverbs (`the family said`, `the assembly voted`). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'homily', 'butterfly', 'melancholy'])

/** Whether a token is a listed adverb or auxiliary, in lower case unless a day (`released Thursday`; see `isAdverb`). */
function isListedAdverb(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && ADVERBS.has(token.lower) && (!token.capitalised || DATE_WORDS.has(token.lower))
}

/** Step left over adverbs and auxiliaries. */
function skipAdverbsLeft(words: Words, index: number, floor: number): number {
  let cursor = index
  for (;;) {
    if (cursor >= floor && isAdverb(words.tokens.get(cursor)) && !commaAfter(words, cursor)) cursor--
    // `A federal audit this year noted …`: a time phrase before the verb is no subject.
    else if (cursor - 1 >= floor && isTimePhrase(words, cursor - 1) && !commaAfter(words, cursor)) cursor -= 2
    else if (words.tokens.get(cursor)?.lower === 'ago' && !commaAfter(words, cursor)) {
      // `The board two weeks ago said`, `less than a month ago`: the amount of time and the words that measure it.
      const noun = cursor - 1
      if (noun < floor || !TIME_NOUNS.has(withoutPluralS(words.tokens.get(noun)?.lower ?? ''))) return cursor
      let first = noun
      while (first - 1 >= Math.max(floor, noun - AGO_AMOUNT_WORDS) && isAmountWord(words.tokens.get(first - 1))) first--
      if (first === noun) return cursor
      cursor = first - 1
    } else return cursor
  }
}

/** How many words may measure the time before `ago` (`less than two weeks ago`). */
const AGO_AMOUNT_WORDS = 4

/** A word that measures an amount of time before `ago`: a number, or a listed word (`a`, `few`, `than`). */
function isAmountWord(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && !token.capitalised && (AMOUNT_WORDS.has(token.lower) || DIGITS.test(token.lower))
}

/** A number in digits (`10 days ago`, `of 45 years`). */
export const DIGITS = /^\d+$/

/** Words that measure an amount of time (`a few`, `less than two`, `some 20`). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many', 'some',
  'than', 'less', 'more', 'just', 'about', 'nearly', 'almost', 'only', 'over', 'under', 'couple', 'of'
])

/** A noun without its plural `s` (`weeks` → `week`). */
function withoutPluralS(lower: string): string {
  return lower.endsWith('s') ? lower.slice(0, -1) : lower
}

/** Whether tokens `index` and `index + 1` are a time phrase (`this year`, `last week`, `each morning`). */
function isTimePhrase(words: Words, index: number): boolean {
  const determiner = words.tokens.get(index)
  const noun = words.tokens.get(index + 1)
  return determiner !== undefined && noun !== undefined && !determiner.quoted && !noun.quoted && TIME_DETERMINERS.has(determiner.lower) && TIME_NOUNS.has(noun.lower)
}

/** Words that make a time phrase of a time noun (`this year`, `last week`). */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'that', 'each', 'every', 'earlier', 'later'])

/** Nouns of a time phrase. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year', 'week', 'month', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'quarter', 'decade', 'century', 'time', 'hour', 'minute', 'moment'
])

/**
 * Find the speaker named after a speech verb (`said Mark Esper`, `said a
 * spokesman`, `according to officials`).
 *
 * @param words The paragraph's words.
 * @param after Index of the first token after the cue.
 * @param ceiling The highest index to read.
 * @returns The speaker, or null.
 */
export function subjectAfter(words: Words, after: number, ceiling: number): Mention | null {
  let index = after
  // `said Will Ruiz`: a capitalised word there opens the name.
  while (index <= ceiling && isListedAdverb(words.tokens.get(index))) index++
  if (index > ceiling || words.tokens.quoted(index)) return null
  // `said he.` inverts; `said it wrongly implied` does not name a speaker.
  // `said one.` names someone unnamed; `said one resident, Jo Vale` goes on to the name.
  const pronoun = readPronoun(words, index)
  const alone = index === ceiling || /[,.;:!?]/.test(gapAfter(words, index))
  if (pronoun) return alone ? pronoun : null
  const unnamed = readUnnamed(words, index)
  if (unnamed && alone) return unnamed
  // `said the parish clerk, Ben Asker`: a title, then the name of its holder after a comma.
  // So does a possessive's (`said the mayor’s aide, Ben Asker`, `said Ruiz’s deputy, Ben Asker`).
  const opener = words.tokens.get(index)
  const holder = opener?.capitalised && !POSSESSIVE.test(opener.text) ? null : appositiveName(words, index, ceiling)
  if (holder) return holder
  const name = readNameRight(words, index, ceiling)
  // `said Holmvik council leader Ana Ruiz`: a name before a lower-case noun modifies it; the person is named after.
  const later = name && modifiesNoun(words, name.last) ? nameAfterModifiers(words, name.last + 1, ceiling, true) : null
  // `said Ruiz’s spokesman`: a possessive name before a role is the role's owner, not the speaker.
  const found = later ?? (name && possessedBody(words, name, ceiling)) ?? (name && postAfterAnd(words, name, ceiling)) ?? name ?? nameAfterModifiers(words, index, ceiling)
  if (found) return found
  const described = readDescriptionRight(words, index, ceiling) ?? readIndefiniteRight(words, index, ceiling)
  return (described && documentSource(words, described, ceiling)) ?? described
}

/**
 * `according to a statement from the Harbour Board`: a document from a named
 * body or person speaks for it, as `a statement from X said` does.
 */
function documentSource(words: Words, document: Mention, ceiling: number): Mention | null {
  if (!DOCUMENT_NOUNS.has(words.tokens.get(document.last)?.lower ?? '') || words.tokens.get(document.last + 1)?.lower !== 'from') return null
  const first = words.tokens.get(document.last + 2)?.lower === 'the' ? document.last + 3 : document.last + 2
  const source = first <= ceiling ? readNameRight(words, first, ceiling) : null
  // `from Halton police`: a name that goes on in lower case is part of a longer one; the document stays.
  return source && (source.last === ceiling || /[,.;:!?]/.test(gapAfter(words, source.last))) ? source : null
}

/** How many words an indefinite subject after a speech verb may have (`a longtime industry lobbyist`). */
const INDEFINITE_WORDS = 5

/** Determiners of an indefinite subject (`said a resident`, `said one resident`). */
const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one'])

/** Nouns after `a` that measure time or amount (`said a day later`, `said a lot`), not a speaker. */
const NOT_SPEAKER_HEADS: ReadonlySet<string> = new Set([
  'lot', 'bit', 'day', 'week', 'month', 'year', 'while', 'moment', 'minute', 'hour', 'decade', 'number', 'few', 'little', 'time'
])

/**
 * `said an industry lobbyist who …`, `said a longtime resident`: after a
 * speech verb, an indefinite phrase (`a White House aide`) is the inverted
 * subject, whatever its noun: someone the article does not name.
 */
function readIndefiniteRight(words: Words, first: number, ceiling: number): Mention | null {
  const determiner = words.tokens.get(first)
  if (!determiner || !INDEFINITE_DETERMINERS.has(determiner.lower) || determiner.capitalised) return null
  let last = first
  for (let index = first + 1; index <= Math.min(ceiling, first + INDEFINITE_WORDS); index++) {
    const token = words.tokens.get(index)
    if (!token || token.quoted || FUNCTION_WORDS.has(token.lower) || !joined(words, index - 1, index)) break
    last = index
    if (/[,.;:!?]/.test(gapAfter(words, index))) break
  }
  const head = words.tokens.get(last)
  return last > first && head && !NOT_SPEAKER_HEADS.has(head.lower) ? {kind: 'description', first, last} : null
}

/**
 * Whether token `index` is a nationality used as an adjective (`Peruvian
 * business daily`) or a language (`in Farsi`), not a surname (`Jane Cuban`).
 */
function isLoneNationality(words: Words, index: number): boolean {
  const token = words.tokens.get(index)
  if (!token || !NATIONALITY_WORDS.has(token.lower)) return false
  return words.tokens.get(index - 1)?.lower === 'in' || modifiesNoun(words, index)
}

/** Whether the word after token `last` is a lower-case noun the name before it modifies (`the Ruiz campaign`, `Holmvik council`). */
function modifiesNoun(words: Words, last: number): boolean {
  const after = words.tokens.get(last + 1)
  return after !== undefined && !after.capitalised && !after.quoted && joined(words, last, last + 1) && !FUNCTION_WORDS.has(after.lower) && !ADVERBS.has(after.lower) && !CUE_VERB_SET.has(after.lower)
}

/**
 * The name after a few lower-case title words that follow token `last`
 * (`Former first lady Ana Roe`, `Minority Democrat leader Jon Vale`), each
 * joined to the next: a verb between (`Ruiz met Jon Ode`) is no title.
 *
 * @param words The paragraph's words.
 * @param last Index of the last token of the capitalised words before the title.
 * @param ceiling The highest index the name may reach.
 * @returns The name of two words or more after the title, or null.
 */
export function nameAfterTitle(words: Words, last: number, ceiling: number): Mention | null {
  let index = last + 1
  let reach = last + NAME_MODIFIERS
  while (index <= Math.min(ceiling, reach)) {
    const token = words.tokens.get(index)
    if (!token || token.quoted || !joined(words, index - 1, index)) return null
    if (token.capitalised) {
      // A person's name of two words or more: one capitalised word after a title is as often a body (`state TV`).
      const name = index > last + 1 ? readNameRight(words, index, ceiling) : null
      return name && name.last > name.first ? name : null
    }
    // `secretary of state`, `chief of staff`: a title goes on through `of` and the lower-case word after it.
    if (token.lower === 'of' && index > last + 1 && isTitleWord(words.tokens.get(index - 1)?.lower ?? '') && !words.tokens.capitalised(index + 1)) {
      index += 2
      reach += 2
      continue
    }
    if (!isTitleWord(token.lower) && !TITLE_ADJECTIVES.has(token.lower)) return null
    index++
  }
  return null
}

/** A word that makes a title by itself (`governor`, `secretary`, `spokesman`). */
function isTitleWord(lower: string): boolean {
  return HONORIFICS.has(lower) || ROLE_NOUNS.has(lower)
}

/** Adjectives inside a lower-case title (`Republican presidential candidate X`, `Westshire gubernatorial hopeful X`). */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(['presidential', 'vice', 'congressional', 'gubernatorial', 'senatorial', 'mayoral', 'parliamentary', 'deputy', 'acting', 'senior', 'longtime', 'interim', 'assistant'])

/** How many words a title after a speech verb may have before the comma and its holder's name. */
const TITLE_WORDS = 6

/**
 * The name after a short title opening in lower case and a comma (`the parish
 * clerk, Ben Asker`, `the museum’s director, Nell Varga`, `the top Democrat on
 * the panel, Ana Ruiz`), when it ends the clause.
 */
function appositiveName(words: Words, first: number, ceiling: number): Mention | null {
  for (let index = first; index <= Math.min(ceiling - 1, first + TITLE_WORDS - 1); index++) {
    const token = words.tokens.get(index)
    // After its first word, a title may hold a capitalised party or body (`the top Democrat`).
    if (!token || token.quoted || (index === first && token.capitalised && !POSSESSIVE.test(token.text)) || (index > first && !/^\s+$/.test(words.text.slice(words.tokens.get(index - 1)?.end, token.start)))) return null
    if (gapAfter(words, index) !== ', ') continue
    // `said voter Jo Vale of Keene, Westshire`: a person named before the comma holds no title; what follows is where she is from.
    if (personNamedIn(words, first, index)) return null
    // `the host, singer Jo Vale`: the holder's name may follow a lower-case title of her own.
    const name = readNameRight(words, index + 1, ceiling) ?? nameAfterModifiers(words, index + 1, ceiling)
    const ends = name && (name.last === ceiling || /^[,.;!?]/.test(gapAfter(words, name.last)))
    return ends ? name : null
  }
  return null
}

/** Whether a known given name opens a run of capitalised words from token `from` to `last` (`Jo Vale` in `voter Jo Vale of Keene`). */
function personNamedIn(words: Words, from: number, last: number): boolean {
  const {tokens} = words
  for (let index = from; index < last; index++) if (tokens.capitalised(index + 1) && isGivenName(tokens.get(index)?.text ?? '')) return true
  return false
}

/** How many lower-case words may stand before a name after its verb (`said longtime aide Jane Doe`). */
const NAME_MODIFIERS = 3

/** Participles that describe a person before the name, not verbs (`said retired Gen. Jo Vale`, `said embattled mayor Jo Vale`). */
const TITLE_PARTICIPLES: ReadonlySet<string> = new Set(['retired', 'embattled', 'disgraced', 'ousted', 'exiled', 'jailed', 'indicted', 'acclaimed', 'celebrated', 'decorated', 'elected', 'appointed'])

/** Words that open a clause a speech verb reports (`said that …`, `asked whether …`): never a name's modifier. */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who'])

/**
 * A name after a few lower-case words or numbers with no punctuation between
 * (`said the Rev. Jane Doe`, `said 9/11 widow Jane Doe`, `said former aide Jane Doe`).
 */
function nameAfterModifiers(words: Words, first: number, ceiling: number, afterName = false): Mention | null {
  for (let index = first; index <= Math.min(ceiling, first + NAME_MODIFIERS); index++) {
    const token = words.tokens.get(index)
    if (!token || token.quoted) return null
    const gap = index > first ? words.text.slice(words.tokens.get(index - 1)?.end, token.start) : ' '
    // `Ruiz’s partner, Tom Ode`: after a name's title, the title's holder may follow a comma.
    const apposed = afterName && gap === ', ' && token.capitalised
    if (!/^[\s/-]+$/.test(gap) && !apposed) return null
    if (token.capitalised) {
      const name = readNameRight(words, index, ceiling)
      const after = name ? words.tokens.get(name.last + 1) : undefined
      // `one Labour source`: a capitalised word before a noun is an adjective, not a name.
      const adjective = after !== undefined && !after.capitalised && !FUNCTION_WORDS.has(after.lower) && joined(words, name?.last ?? 0, name ? name.last + 1 : 0)
      if (!name || adjective || (index === first && !afterName)) return null
      return postAfterAnd(words, name, ceiling) ?? name
    }
    // A verb between the cue and the name means the name is its object (`tweets targeting Jane Doe`);
    // `said that Jane Doe …` opens the clause the verb reports, whose subject she is.
    if ((index > first && FUNCTION_WORDS.has(token.lower)) || COMPLEMENTIZERS.has(token.lower) || (/(?:ing|ed)$/.test(token.lower) && !TITLE_PARTICIPLES.has(token.lower))) return null
  }
  return null
}

/**
 * `Housing and Transport Secretary Ana Roe`: one capitalised word before
 * `and` and a run of capitals with a title inside, then two words or more of name,
 * is the first half of the post, and the person is named at the run's end.
 *
 * @param words The paragraph's words.
 * @param name The one word read as a name.
 * @param ceiling The highest index the run may reach.
 * @returns The run up to the person's name, or null.
 */
function postAfterAnd(words: Words, name: Mention, ceiling: number): Mention | null {
  const {tokens} = words
  if (name.last !== name.first || tokens.get(name.last + 1)?.lower !== 'and' || !joined(words, name.last, name.last + 1) || !joined(words, name.last + 1, name.last + 2)) return null
  if (isGivenName(tokens.get(name.first)?.text ?? '')) return null
  const run = readNameRight(words, name.last + 2, ceiling)
  if (!run) return null
  // The title ends the post's second half (`Transport Secretary`), before two words of name at least;
  // a title right after `and` is another person's (`Ruiz and Mayor Ana Roe`).
  for (let index = run.first + 1; index <= run.last - 2; index++) {
    const lower = withoutFinalStop(tokens.get(index)?.lower ?? '')
    if (isHonorific(lower) || POST_NOUNS.has(lower)) return run
  }
  return null
}

/**
 * The subject of the clause that starts at `floor`: the first name, pronoun or
 * description, after an opening phrase set off by a comma (`In his briefing,
 * Mr Esper …`).
 *
 * @param words The paragraph's words.
 * @param floor Index of the clause's first token.
 * @param ceiling Index past which to stop.
 * @returns The subject, or null.
 */
export function clauseSubject(words: Words, floor: number, ceiling: number): Mention | null {
  const opener = words.tokens.get(floor)
  // `But Ruiz refused, saying …`, `And in May, Ruiz said …`: a conjunction opens the clause it joins, read after it
  // (and when that reads none, as any opener: `But a day later, Ruiz …`).
  if (opener && OPENING_CONJUNCTIONS.has(opener.lower) && floor + 1 < ceiling && joined(words, floor, floor + 1)) {
    const subject = clauseSubject(words, floor + 1, ceiling)
    if (subject) return subject
  }
  if (opener && SENTENCE_OPENERS.has(opener.lower) && !DETERMINERS.has(opener.lower) && !SUBJECT_PRONOUNS.has(opener.lower)) {
    // `On July 6, 2015, Jane Doe …`: the subject follows one of the opening phrase's commas.
    for (let index = floor; index < Math.min(ceiling, floor + OPENING_PHRASE_WORDS); index++) {
      // `In Harbourton, Westshire, on Monday, …`: the name after a place's comma is its region, not the subject.
      if (!commaAfter(words, index) || placeBefore(words, index, floor)) continue
      const subject = subjectAt(words, index + 1, ceiling)
      if (subject) return subject
    }
    // `Later she spoke to reporters, saying …`: an adverb opening the clause without a comma stands before its subject.
    return OPENING_ADVERBS.has(opener.lower) ? subjectAt(words, floor + 1, ceiling) : null
  }
  return subjectAt(words, floor, ceiling)
}

/** Conjunctions that open a sentence joined to the one before (`But Ruiz said`). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'so', 'yet', 'nor'])

/** Adverbs of time and sequence that open a clause right before its subject (`Later she said`, `Then Ruiz added`). */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'now', 'earlier', 'today', 'yesterday', 'still', 'also', 'instead', 'finally', 'separately', 'similarly', 'meanwhile'])

/**
 * Whether the comma after token `index` parts a place from its region
 * (`in Harbourton, Westshire,`, `in Salem, New Hampshire,`): a capitalised
 * name after `in`, `near` or `from`, then a region of capitalised words
 * (at most `REGION_WORDS`) and another comma.
 */
function placeBefore(words: Words, index: number, floor: number): boolean {
  const {tokens} = words
  let first = index
  while (first > floor && tokens.capitalised(first) && tokens.capitalised(first - 1)) first--
  if (!tokens.capitalised(first) || !PLACE_PREPOSITIONS.has(tokens.get(first - 1)?.lower ?? '')) return false
  for (let region = index + 1; region <= index + REGION_WORDS && tokens.capitalised(region); region++) {
    if (commaAfter(words, region)) return true
    if (!joined(words, region, region + 1)) return false
  }
  return false
}

/** The most words of a region after a place (`New South Wales`). */
const REGION_WORDS = 3

/** Prepositions that put a place before them (`in`, `near`, `from`), not a body one speaks with or to. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'from'])

/** The pronoun, name or description that opens a clause at token `start`. */
function subjectAt(words: Words, start: number, ceiling: number): Mention | null {
  const token = words.tokens.get(start)
  if (!token || token.quoted || start >= ceiling) return null
  if (readPronoun(words, start)) return readPronoun(words, start)
  // `Peruvian business daily Gestion said`: the body is named after its description.
  if (NATIONALITY_WORDS.has(token.lower) && modifiesNoun(words, start)) return nameAfterModifiers(words, start + 1, ceiling - 1, true)
  // `then bureau Director Ana Roe`: `then` before a lower-case post describes the person named after it.
  if (token.lower === 'then') return nameAfterPost(words, start, ceiling - 1)
  if (token.capitalised && !SENTENCE_OPENERS.has(token.lower)) {
    const name = readNameRight(words, start, ceiling - 1)
    // `Former first lady Ana Roe`, `Minority Democrat leader Jon Vale`: capitals before a lower-case title describe the person named after it.
    const later = name ? nameAfterTitle(words, name.last, ceiling - 1) : null
    if (later) return later
    // `County auditor Ana Roe`, `Former bureau Director Ana Roe`: one capitalised word before lower-case words
    // of a post is an adjective of the post, not a name.
    const post = !name || name.last === name.first ? nameAfterPost(words, start, ceiling - 1) : null
    if (post) return post
    if (name) return possessedBody(words, name, ceiling - 1) ?? name
    // `Protesters marching … chanted`: a capitalised role noun opening the sentence.
    return isSpeakerNoun(token.lower) || token.lower.endsWith('s') ? readDescriptionRight(words, start, ceiling - 1) : null
  }
  if (DETERMINERS.has(token.lower) || isSpeakerNoun(token.lower)) return readDescriptionRight(words, start, ceiling - 1)
  return null
}

/**
 * The name after a post in lower-case words that follow token `last`
 * (`County auditor Ana Roe`, `then bureau Director Ana Roe`): at most
 * {@link NAME_MODIFIERS} words, each joined to the next, none a function word,
 * cue or participle; the post is the last of them (`auditor`) or the name's
 * title (`Director`), and the name has two words or more.
 *
 * @param words The paragraph's words.
 * @param last Index of the token before the post.
 * @param ceiling The highest index the name may reach.
 * @returns The name, or null.
 */
function nameAfterPost(words: Words, last: number, ceiling: number): Mention | null {
  const {tokens} = words
  for (let index = last + 1; index <= Math.min(ceiling, last + NAME_MODIFIERS + 1); index++) {
    const token = tokens.get(index)
    if (!token || token.quoted || !joined(words, index - 1, index)) return null
    if (token.capitalised) {
      if (index === last + 1) return null
      const name = readNameRight(words, index, ceiling)
      const before = tokens.get(index - 1)?.lower ?? ''
      const post = isSpeakerNoun(before) || POST_NOUNS.has(before) || isHonorific(before) || (isHonorific(token.lower) && !PARTY_WORDS.has(token.lower))
      return name && name.last > name.first && post ? name : null
    }
    if (FUNCTION_WORDS.has(token.lower) || ADVERBS.has(token.lower) || CUE_VERB_SET.has(token.lower) || !LOWER_CASE_WORD.test(token.text)) return null
    // `Roe supports Senator Vale`, `Six years ago Pope …`: a verb or a plural is no post before a name.
    if ((/(?:ing|ed)$/.test(token.lower) && !TITLE_PARTICIPLES.has(token.lower)) || (token.lower.endsWith('s') && !isSpeakerNoun(token.lower))) return null
  }
  return null
}

/**
 * `Jane Doe’s campaign`: a possessive name before a speaker noun names that
 * body or person; a few words may describe them first (`Doe’s personal
 * physician`, `Doe’s then chief of staff`), and a name right after, or set off
 * by commas, is theirs (`Doe’s campaign manager John Roe`, `Westland’s
 * supreme leader, Ali Vale,`).
 */
function possessedBody(words: Words, name: Mention, ceiling: number): Mention | null {
  const {tokens} = words
  const owner = tokens.get(name.last)
  if (!owner || name.last + 1 > ceiling || !POSSESSIVE.test(owner.text)) return null
  let noun = name.last + 1
  while (noun - name.last <= OWNED_MODIFIERS && noun < ceiling && describesOwned(words, noun)) noun++
  const head = tokens.get(noun)
  if (!head || head.capitalised || head.quoted || !isSpeakerNoun(head.lower)) return null
  let last = compoundEnd(words, noun)
  // `chief of staff`: a post goes on through `of` and one lower-case word.
  const through = tokens.get(last + 1)
  if (noun > name.last + 1 && through?.lower === 'of' && last + 2 <= ceiling && !tokens.capitalised(last + 2) && joined(words, last, last + 1) && joined(words, last + 1, last + 2)) last += 2
  // `Jane Doe’s campaign manager John Roe`: the title's holder, named right after it, or set off by commas.
  const holder = joined(words, last, last + 1) ? readNameRight(words, last + 1, ceiling) : apposedName(words, last, ceiling)
  return holder ?? {kind: 'description', first: name.first, last}
}

/** How many words may describe the one a possessive owns before the noun (`Doe’s then chief`, `Doe’s personal physician`). */
const OWNED_MODIFIERS = 2

/** Whether a word between a possessive and its noun only describes what is owned: lower case, joined to the next, no noun of a speaker, cue or function word (`then` aside). */
function describesOwned(words: Words, index: number): boolean {
  const token = words.tokens.get(index)
  if (!token || token.capitalised || token.quoted || isSpeakerNoun(token.lower) || CUE_VERB_SET.has(token.lower) || !joined(words, index, index + 1)) return false
  return token.lower === 'then' || !FUNCTION_WORDS.has(token.lower)
}

/**
 * Whether the tokens from `first` to `last` begin with an honorific or title
 * (`Gen`, `Mr`, `President`).
 */
export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(withoutFinalStop(lower))
}

/**
 * A word without its final full stop (`gen.` → `gen`).
 *
 * @param word A word.
 * @returns The word, its final stop dropped.
 */
export function withoutFinalStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}
