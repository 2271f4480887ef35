import {INVERTING_CUES, TAG_ONLY_CUES} from '../lexicon/cues.js'
import {givenNameGender, givenNameSettled, isGivenName} from '../lexicon/given-names.js'
import {BODY_HEAD_KINDS, BODY_HEADS, DOCUMENT_NOUNS, HONORIFICS, NON_PERSON_WORDS, PARTY_WORDS, POST_ABBREVIATIONS, POST_NOUNS, ROLE_NOUNS, type Gender} from '../lexicon/honorifics.js'
import {DETERMINERS, FUNCTION_WORDS, NAME_PARTICLES, SENTENCE_OPENERS} from '../lexicon/function-words.js'
import {NATIONALITY_WORDS} from '../lexicon/nationalities.js'
import {PHRASE_OPENERS, SUBORDINATORS} from './constructs/site.js'
import {ALL_CAPITALS, commaAfter, DIGITS, ELECT, firstCommaAfter, INNER_POST_CONNECTORS, isHonorific, joined, nameAfterTitle, POSSESSIVE, POST_CONNECTORS, PREPOSITIONS, readNameRight, withoutFinalStop, type Words} from './mentions.js'
import type {Token, Tokens} from './tokens.js'
import {isApostrophe, isAsciiDigit} from '../text/words.js'

/** A capital then lower case, perhaps hyphenated (`Brenn`, `Okonjo-Iweala`). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u

/** One initial with its stop (`J.`). */
const ONE_INITIAL = /^\p{Lu}\.$/u

/** Lower case only. */
const LOWER_CASE = /^\p{Ll}+$/u

/** A person the article names. */
export interface Person {
  /** The fullest form of the name without titles (`Mark Esper`). */
  name: string
  /** How many words `name` has, its surname and the particles before it counted as one (`Marine Le Pen` has two). */
  nameWords: number
  /** Lower-case given names seen with this surname. */
  readonly givenNames: Set<string>
  /** The lower-case surname, the key for `Mr Esper` and `Esper`. */
  readonly surname: string
  /** The gender honorifics or the given name hint at, when they agree. */
  gender: Gender
  /**
   * Whether `gender` rests on the given name alone, which the pronouns the
   * article uses for the person may overrule (`Taylor`, `Kim`: names given to both).
   */
  genderByName: boolean
  /**
   * Whether the name is a body's (`DNC`, `Harbour Port Authority`, or written
   * as a thing's: `Big Harbour, which …`), never a `he` or `she`.
   */
  body: boolean
  /**
   * Whether this stands for someone the article brings in without a name
   * (`a spokeswoman`, `another man`): a `she` or `he` may stand for them, and
   * then names no one.
   */
  readonly unnamed?: true
}

/** One place where the article names a person, for resolving pronouns. */
export interface Occurrence {
  readonly person: Person
  readonly paragraph: number
  readonly sentence: number
  /** Offset of the mention in its paragraph. */
  readonly offset: number
  /**
   * Whether the name can be the subject of its clause: not the object of a
   * preposition (`with Jane Doe`) nor inside a noun phrase (`the Doe
   * campaign`), which a later `she` seldom stands for.
   */
  readonly subject: boolean
  /**
   * Whether a quote is attributed to this mention (`“…,” Ruiz said`), or
   * its sentence reports the person's words outside quotes (`…, Ruiz said.`).
   */
  readonly speaks: boolean
}

/** A `he` or `she` outside quotes: the subject of its clause, which a later pronoun may stand for too. */
export interface PronounPlace {
  readonly paragraph: number
  readonly sentence: number
  /** Offset of the pronoun in its paragraph. */
  readonly offset: number
  readonly gender: 'm' | 'f'
  /**
   * Whether it opens a clause of time, cause or condition (`when he arrived`):
   * such a pronoun may point ahead, at the name its sentence gives next.
   */
  readonly subordinate: boolean
}

/** The people an article names, and where. */
export interface Registry {
  /** People by lower-case surname; several when a surname is shared. */
  readonly bySurname: ReadonlyMap<string, readonly Person[]>
  /** Every place a person is named, in document order. */
  readonly occurrences: readonly Occurrence[]
  /** Every `he` and `she` outside quotes, in document order. */
  readonly pronouns: readonly PronounPlace[]
  /**
   * Where the article names someone in each post (`prime minister`, `minister`), for `the prime minister`,
   * and a body by its head word (`council`), for `the council`; in document order.
   */
  readonly roles: ReadonlyMap<string, readonly Occurrence[]>
  /** The people named with a title or post of any kind (`Deputy Minister X`, `finance minister X`, `X, the mayor`), held now or not. */
  readonly titled: ReadonlySet<Person>
}

/** A name split into its titles and the name proper. */
export interface NameParts {
  /** Lower-case honorifics and titles before the name. */
  readonly titles: readonly string[]
  /** The words of the name proper, possessive dropped. */
  readonly words: readonly string[]
}

/**
 * Split the words of a name mention into titles and the name proper:
 * `US defence secretary Mark Esper` → `Mark Esper`, `Gen Milley` → `Milley`.
 *
 * @param words The words as written.
 * @returns The titles and the name.
 */
export function splitName(written: readonly string[]): NameParts {
  // `Alison Grey KC`, `Dame Ann Pryce CBE`: letters after a name are honours and posts, no part of it.
  let end = written.length
  while (end > 2 && POST_NOMINALS.has(written[end - 1] ?? '')) end--
  const words = end === written.length ? written : written.slice(0, end)
  let owned = 0
  // `Holmvik’s Ruiz`, `the board’s Jane Doe`: a possessive before the name owns it and is no part of it, nor a title.
  for (let index = words.length - 2; index >= 0; index--) {
    if (withoutPossessive(words[index] ?? '') !== words[index]) {
      owned = index + 1
      break
    }
  }
  let first = owned
  // A body's name keeps all its words (`Justice Department`, `Foreign Ministry`): they are no person's titles.
  const body = isBodyHead(withoutPossessive(words.at(-1) ?? ''))
  // A nationality is a descriptor only before two words of name or more (`German Chancellor Jane Doe`, not `German Ortega`).
  while (!body && first < words.length - 1 && isDescriptor((words[first] ?? '').toLowerCase(), words.length - first - 1)) first++
  // `Harbour Workers Union President Lena Morrow`, `Riverton Archbishop Jo Lind`: a person's
  // title or honorific inside the run parts the body or place from the person, when two words
  // or more of name follow it.
  for (let index = words.length - 3; index >= first && !body; index--) {
    const title = withoutFinalStop((words[index] ?? '').toLowerCase())
    if (PERSON_TITLES.has(title) || HONORIFICS.has(title) || isHyphenatedTitle(title)) {
      first = index + 1
      break
    }
  }
  // `Minister for Housing Dara Quinn`, `Chief of Staff Jo Vale`: after a title, a post's `for` or `of`
  // and its object run up to the person's given name; with none known, the last two words are the name.
  // Through `to`, `in` or `and` (`Ambassador to Westland Marie Colt`) only a given name ends the post, and so
  // after a connector a title inside the post left in the name (`Minister of Foreign Affairs and Trade Péter Vass`).
  if (!body) {
    const opens = first > owned && POST_NAME_CONNECTORS.has(words[first] ?? '')
    let connector = words.length - 1
    while (connector > first && !POST_NAME_CONNECTORS.has(words[connector] ?? '')) connector--
    const from = opens ? first : connector
    const given = opens || connector > first ? words.findIndex((word, index) => index > from + 1 && index < words.length - 1 && isGivenName(word)) : -1
    const ofOrFor = opens && (words[first] === 'of' || words[first] === 'for')
    first = given > 0 ? given : ofOrFor && words.length - first - 1 >= 3 ? words.length - 2 : first
  }
  const name = words.slice(first)
  const last = name.length - 1
  if (last >= 0) name[last] = withoutPossessive(name[last] ?? '')
  return {titles: words.slice(owned, first).map((word) => withoutFinalStop(word.toLowerCase())), words: name}
}

/** The lower-case words a post goes on through before its holder's name (`Minister for Housing`, `Ambassador to Westland`). */
const POST_NAME_CONNECTORS: ReadonlySet<string> = new Set([...POST_CONNECTORS, ...INNER_POST_CONNECTORS])

/** Whether a lower-case word describes the person a name names (`Gen`, `Former`, `Peruvian`) rather than being part of the name. */
function isDescriptor(lower: string, wordsAfter = 2): boolean {
  // `Christian James Porter`: a faith that is also a listed given name opens the name.
  return isHonorific(lower) || isHyphenatedTitle(lower) || (NATIONALITY_WORDS.has(lower) && wordsAfter >= 2 && !isGivenName(lower))
}

/**
 * A title written with a hyphen (`Secretary-General`, `Vice-President`,
 * `President-elect`): every part a title, or a word that makes one of a
 * title (`vice`, `elect`).
 */
function isHyphenatedTitle(lower: string): boolean {
  if (!lower.includes('-')) return false
  const parts = lower.split('-')
  return parts.length <= 3 && parts.some((part) => PERSON_TITLES.has(part) || HONORIFICS.has(part)) && parts.every((part) => PERSON_TITLES.has(part) || HONORIFICS.has(part) || TITLE_PARTS.has(part))
}

/** Words that make a title of another with a hyphen (`Vice-President`, `President-elect`). */
const TITLE_PARTS: ReadonlySet<string> = new Set(['vice', 'elect', 'deputy', 'general', 'in', 'chief', 'at', 'large'])

/** A nationality, or its plural (`American`, `Americans`). */
function isNationality(lower: string): boolean {
  return NATIONALITY_WORDS.has(lower) || (lower.endsWith('s') && NATIONALITY_WORDS.has(lower.slice(0, -1)))
}

/** A word without a final `’s`, `'s`, `’` or `'` (`Esper’s` → `Esper`, `Reuters’` → `Reuters`). */
function withoutPossessive(word: string): string {
  const end = word.endsWith('s') && isApostrophe(word.charAt(word.length - 2)) ? word.length - 2 : isApostrophe(word.charAt(word.length - 1)) ? word.length - 1 : word.length
  return word.slice(0, end)
}

/** Letters after a person's name (`KC`, `MP`, `CBE`), as written. */
const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MLA', 'MS', 'TD', 'CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'CH', 'FRS', 'PhD'])

/** Titles that stand right before a person's name, even after the name of a body (`Union President`). */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'minister', 'senator', 'sen',
  'governor', 'gov', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'commissioner',
  'leader', 'chief', 'rep', 'representative', 'gen', 'general', 'dr', 'mr', 'mrs', 'ms', 'professor', 'prof',
  'editor', 'correspondent', 'reporter', 'anchor', 'host', 'columnist', 'analyst', 'strategist', 'pollster', 'founder',
  'justice', 'judge', 'attorney', 'prosecutor', 'commander', 'captain', 'coach', 'manager',
  'adviser', 'advisor', 'aide', 'counsel', 'lawyer', 'economist', 'treasurer', 'chancellor', 'premier', 'sheriff',
  'superintendent', 'officer', 'administrator', 'councillor', 'councilman', 'councilwoman', 'alderman', 'trustee',
  'consultant', 'lobbyist', 'historian', 'scientist', 'researcher', 'author', 'writer'
])

/**
 * The gender a name's titles and given name hint at.
 *
 * @param parts A split name.
 * @returns The gender, or null when nothing hints or the hints disagree.
 */
export function genderOf(parts: NameParts): Gender {
  for (const title of parts.titles) {
    const gender = HONORIFICS.get(title)
    if (gender) return gender
  }
  return parts.words.length > 1 || parts.titles.length === 0 ? (givenNameGender(parts.words[0] ?? '') ?? null) : null
}

/**
 * Whether a split name is a person's: titled (`Gen Milley`, `Mr Ruiz`), or
 * two or more words opening with a known given name (`Alyssa Farah`).
 */
function isPersonName(parts: NameParts, speaks: boolean): boolean {
  if (parts.words.length === 0) return false
  // `Mexican Americans`, `Soviet`: a people, not a person (a surname may be one: `Jane English`).
  const last = (parts.words.at(-1) ?? '').toLowerCase()
  if (isNationality(last) && (parts.words.length === 1 || !NATIONALITY_WORDS.has(last))) return false
  if (parts.titles.length > 0) return true
  if (isBodyOf(parts.words)) return false
  // A name that a speech verb attributes a quote to is someone, known given name or not.
  if (speaks) return parts.words.length <= 4
  if (parts.words.length < 2 || parts.words.length > 4) return false
  return givenNameGender(parts.words[0] ?? '') !== undefined || looksLikePersonName(parts.words)
}

/**
 * Whether two or three capitalised words read as an unknown person's name
 * (`Odalys Brenn`) rather than a place or a body (`Fernhill State University`):
 * each word a capital then lower case, none a word of places, bodies or
 * sentence openers.
 */
function looksLikePersonName(words: readonly string[]): boolean {
  if (words.length > 3) return false
  // `J.C. Chandor`, `A. J. Ruiz`: initials may stand for the given names.
  return words.every((word, index) => looksLikeNameWord(word) || (index < words.length - 1 && INITIALS.test(word))) && !INITIALS.test(words.at(-1) ?? '')
}

/** One or more initials (`J.`, `J.C.`, and `J.C` as the words are read, the last stop left to the gap). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}\.?$/u

/** A capitalised word with lower case after it, not a word of places, bodies or sentence openers. */
function looksLikeNameWord(word: string): boolean {
  const lower = word.toLowerCase()
  return NAME_WORD.test(word) && !NON_PERSON_WORDS.has(lower) && !SENTENCE_OPENERS.has(lower) && !HONORIFICS.has(lower)
}

/**
 * Build the registry of people an article names from its paragraphs, so that
 * `Mr Esper`, `Esper` and `he` can be resolved to `Mark Esper`.
 *
 * @param paragraphs The words of each paragraph, in order.
 * @param speakers Where quotes name their speakers: the number in the
 *   article's word store of each name mention's last word ({@link Tokens.id}),
 *   so that names unknown to the given-name lists still count as people when
 *   they speak.
 * @param around The texts outside the body (title, captions, standfirst), read
 *   only when someone is known by one word: they complete names, never add people.
 * @returns The registry.
 */
export function buildRegistry(
  paragraphs: readonly Words[],
  speakers: ReadonlySet<number> = new Set(),
  around: () => readonly AroundText[] = () => []
): Registry {
  const bySurname = new Map<string, Person[]>()
  // Bodies are kept apart: a person's surname never looks one up (`Democrats` is not `Senate Democrats`).
  const bodies = new Map<string, Person>()
  const occurrences: Occurrence[] = []
  const roles = new Map<string, Occurrence[]>()
  const titled = new Set<Person>()
  const pronouns: PronounPlace[] = []
  const genderWords: PronounPlace[] = []
  const unnamed = {m: unnamedPerson('m'), f: unnamedPerson('f')}
  const givenAlone = new WordsAlone()
  const sharing: NameParts[] = []
  for (const [paragraph, words] of paragraphs.entries()) {
    const {tokens} = words
    for (let index = 0; index < tokens.length; index++) {
      const start = tokens.start(index)
      // Every pronoun read here opens with `h` or `s`: one code unit rules out most words.
      const initial = words.text.charCodeAt(start) | 0x20
      if ((initial === 0x68 || initial === 0x73) && !tokens.quoted(index)) {
        const gender = personalPronounAt(words.text, start)
        if (gender !== null) {
          const subordinate = SUBORDINATORS.has(tokens.get(index - 1)?.lower ?? '')
          const place: PronounPlace = {paragraph, sentence: tokens.sentence(index), offset: start, gender, subordinate}
          pronouns.push(place)
          // The same place tells the gender too (genderFromContext reads no `subordinate`): one object, not two.
          genderWords.push(place)
        } else {
          const told = possessiveGenderAt(words, index)
          if (told !== null) genderWords.push({paragraph, sentence: tokens.sentence(index), offset: start, gender: told, subordinate: false})
        }
      }
      if (tokens.quoted(index)) continue
      // `a`, `an`, `one`, `another`: one code unit rules out most words here too.
      if (initial === 0x61 || initial === 0x6f) {
        const noun = unnamedPersonAfter(words, index)
        if (noun !== -1) {
          const person = unnamed[UNNAMED_PERSON_NOUNS.get(tokens.lower(noun)) ?? 'm']
          occurrences.push({person, paragraph, sentence: tokens.sentence(noun), offset: tokens.start(noun), subject: canBeSubject(words, index, noun), speaks: false})
          index = noun
          continue
        }
      }
      // `The company said in a statement …`: a post after `the` that opens a sentence stands for the one named
      // in it, as a name would. Only there: inside the sentence it is as often an object (`help the speaker`).
      if (initial === 0x74 && roles.size > 0 && index + 1 < tokens.length && tokens.wordLength(index) === 3 && tokens.opensSentence(index) && tokens.lower(index) === 'the') {
        const post = postAfterThe(words, index, roles, {paragraph, offset: start})
        if (post !== null) {
          occurrences.push({person: post.holder, paragraph, sentence: tokens.sentence(index), offset: start, subject: canBeSubject(words, index, post.last), speaks: false})
          index = post.last
          continue
        }
      }
      if (!tokens.capitalised(index)) continue
      const mention = readNameRight(words, index, tokens.length - 1)
      if (!mention) continue
      // `Former Westshire governor Ana Roe`: capitals before a lower-case title describe the person named after it.
      if (nameAfterTitle(words, mention.last, tokens.length - 1)) {
        index = mention.last
        continue
      }
      const written = tokenTexts(tokens, mention.first, mention.last)
      // `Bank of Westshire`: a body's head word and `of` open no person's titles.
      const parts = isBodyOf(written) ? {titles: [], words: written} : splitName(written)
      const speaks = speakers.has(tokens.id(mention.last))
      // `The Pope later said`, `to become Chief Whip`: a post alone, capitalised as house styles write posts, is no
      // one's name; it stands for the one the article names in that post before, or for no one it names.
      if (isPostAlone(parts, tokens.get(mention.first - 1)?.lower) && lookUp(bySurname, parts) === undefined) {
        const holder = postAloneHolder(roles, parts, {paragraph, offset: start})
        // `The Pope said`: the post takes `the` and is still its clause's subject.
        const first = parts.titles.length === 0 ? mention.first - 1 : mention.first
        if (holder) occurrences.push({person: holder, paragraph, sentence: tokens.sentence(index), offset: tokens.start(index), subject: canBeSubject(words, first, mention.last), speaks})
        index = mention.last
        continue
      }
      const named = isPersonName(parts, speaks) || apposedGivenName(words, mention.first, mention.last) ? register(bySurname, parts, kinBefore(words, mention.first)) : lookUp(bySurname, parts)
      // `China’s Daily Ledger newspaper`, `airline Skyhop`: a name beside the noun for its kind of body is that body.
      const kind = named ? null : bodyKindBeside(words, mention.first, mention.last)
      const person = named ?? registerBody(bodies, words, mention.first, mention.last, parts, kind !== null)
      // `Owen handles the brewing`: a listed given name alone, which names no one yet; it stands for the one
      // person of the article with that given name, known when every name is read. `Vance agreed to talk`
      // before `“…,” Vance said`: a word alone that a later quote makes a person's name is that person here too.
      if (!person && parts.titles.length === 0 && parts.words.length === 1) {
        givenAlone.add(parts.words[0] ?? '', paragraph, tokens.sentence(index), tokens.start(index), canBeSubject(words, mention.first, mention.last))
      }
      if (person) {
        // Only a name that tells no gender: `… for Clinton, which is a problem` relates the clause, not her.
        // `Harbour Watch first reported`: the subject of `reported` that tells no gender is a newsroom, as `which` tells.
        if (person.gender === null && (whichAfter(words, mention.last) || reportsAfter(words, mention.last))) person.body = true
        // `The Harbour Board said`: a body's name takes `the` and is still its clause's subject.
        const first = !named && tokens.get(mention.first - 1)?.lower === 'the' ? mention.first - 1 : mention.first
        const occurrence: Occurrence = {person, paragraph, sentence: tokens.sentence(index), offset: tokens.start(index), subject: canBeSubject(words, first, mention.last), speaks: speaks || reportsSpeech(words, mention.first, mention.last)}
        occurrences.push(occurrence)
        if (named) noteRoles(roles, titled, occurrence, parts, words, mention.first, mention.last)
        if (named && parts.titles.length === 0 && parts.words.length >= 2) givenNamesSharing(words, mention.first, parts.words, sharing)
        // `the council`, `the agency`: a body is filed under its head word, as a person under a post.
        // One word (`Commission`) is the head alone, and names nothing more than `the commission` does.
        if (person.body && person.nameWords > 1 && BODY_HEADS.has(person.surname)) {
          addTo(roles, person.surname, occurrence)
          for (const kind of BODY_HEAD_KINDS.get(person.surname) ?? []) addTo(roles, kind, occurrence)
        }
        if (kind !== null && person.body) addTo(roles, kind, occurrence)
      }
      index = mention.last
    }
  }
  // `Kevin, Andrew and Luis Palau`: given names listed before a full name share its surname, once every name is read
  // (a word someone's surname files, `Cruz and Marco Rubio`, is that person, not a Rubio).
  for (const parts of sharing) if (!bySurname.get((parts.words[0] ?? '').toLowerCase())?.some((person) => person.nameWords > 1)) register(bySurname, parts)
  const withGivenNames = givenAlone.length > 0 ? mergeByPlace(occurrences, givenNameOccurrences(bySurname, givenAlone)) : occurrences
  genderFromContext(withGivenNames, genderWords)
  // Only a person known by one word can be completed: most articles' texts around the body are then not read at all.
  if (someOneWordName(bySurname)) for (const text of around()) completeNames(bySurname, text)
  const aliases = givenNameAliases(bySurname)
  if (aliases.size === 0) return {bySurname, occurrences: withGivenNames, pronouns, roles, titled}
  const alias = (person: Person): Person => aliases.get(person) ?? person
  for (const [surname, people] of bySurname) bySurname.set(surname, [...new Set(people.map(alias))])
  const aliased = (occurrence: Occurrence): Occurrence => (aliases.has(occurrence.person) ? {...occurrence, person: alias(occurrence.person)} : occurrence)
  for (const [role, holders] of roles) roles.set(role, holders.map(aliased))
  return {bySurname, occurrences: withGivenNames.map(aliased), pronouns, roles, titled: new Set([...titled].map(alias))}
}

/** Words that name a post and never a person alone, beyond {@link POST_NOUNS} and {@link PERSON_TITLES}: `Chief Whip`, `the Pontiff`. */
const POST_ONLY_WORDS: ReadonlySet<string> = new Set(['whip', 'pontiff'])

/**
 * Whether a name mention's words are a post alone (`the Pope`, `Chief Whip`,
 * `Attorney General`): one word of name proper, itself a post, after `the`
 * or after titles.
 */
function isPostAlone(parts: NameParts, before: string | undefined): boolean {
  if (parts.words.length !== 1 || (parts.titles.length === 0 && before !== 'the')) return false
  const lower = (parts.words[0] ?? '').toLowerCase()
  return POST_NOUNS.has(lower) || PERSON_TITLES.has(lower) || POST_ONLY_WORDS.has(lower)
}

/** The one the article names before a place in the post a {@link isPostAlone} mention writes: the whole post (`attorney general`), or its last word. */
function postAloneHolder(roles: ReadonlyMap<string, readonly Occurrence[]>, parts: NameParts, place: {readonly paragraph: number; readonly offset: number}): Person | undefined {
  const word = (parts.words[0] ?? '').toLowerCase()
  return (parts.titles.length > 0 ? holderIn(roles, [...parts.titles, word].join(' '), place) : undefined) ?? holderIn(roles, word, place)
}

/**
 * Whether a body of that name is named before a place in the place's own
 * paragraph, among the few names nearest it (`The Bank of Westshire raised
 * rates. “…,” it said.`).
 *
 * @param registry The article's registry.
 * @param name A canonical name.
 * @param place Where the pronoun stands: its paragraph and offset.
 * @returns True when the paragraph names that body shortly before.
 */
export function bodyNamedBefore(registry: Registry, name: string, place: {readonly paragraph: number; readonly offset: number}): boolean {
  const {occurrences} = registry
  const last = lastBefore(occurrences, place)
  // Bounded, as the pronouns' walk is: one endless paragraph keeps the parse linear.
  for (let index = last; index >= 0 && index > last - NAMED_BEFORE_REACH; index--) {
    const occurrence = occurrences[index]
    if (occurrence?.paragraph !== place.paragraph) return false
    if (occurrence.person.body && occurrence.person.name === name) return true
  }
  return false
}

/** How many names back {@link bodyNamedBefore} looks. */
const NAMED_BEFORE_REACH = 20

/** Whether a name is a body's head word, `of` and what it is of (`Ministry of Justice`, `Bank of Westshire`). */
function isBodyOf(written: readonly string[]): boolean {
  const of = written.indexOf('of')
  // `Court of Appeal Judge Mary Hollis`: a title after `of` leads to a person's name.
  return of < written.length - 1 && isBodyHead(headBeforeOf(written, of) ?? '') && !written.slice(of + 1).some((word) => isHonorific(word.toLowerCase()))
}

/** The word before a name's `of` (`Ministry` of `Ministry of Justice`), where a body's head word stands; none without one. */
function headBeforeOf(written: readonly string[], of = written.indexOf('of')): string | undefined {
  return of > 0 ? written[of - 1] : undefined
}

/** How many given names listed before a full name may share its surname (`Kevin, Andrew, Ruth and Luis Palau`). */
const SHARED_SURNAME_GIVENS = 4

/**
 * Collect the given names listed before the full name at token `first`
 * (`Kevin, Andrew and Luis Palau`, `Ann and Tom Vale`), each written alone,
 * with the name's surname: the family the list names. Only listed given names,
 * joined by commas and one `and` or `&` before the name.
 */
function givenNamesSharing(words: Words, first: number, name: readonly string[], into: NameParts[]): void {
  const {tokens} = words
  const and = tokens.get(first - 1)
  if (and?.lower !== 'and' && and?.text !== '&') return
  const surname = name.slice(surnameStart(name))
  const found: NameParts[] = []
  for (let index = first - 2; index >= 0 && found.length < SHARED_SURNAME_GIVENS; index--) {
    const token = tokens.get(index)
    if (!token || token.quoted || !token.capitalised || !isGivenName(token.text)) break
    // Alone: the word before it is no part of a name (`Kevin` after a comma or a lower-case word, not `Ann Kevin`).
    const before = tokens.get(index - 1)
    if (before && before.capitalised && !commaAfter(words, index - 1) && !tokens.opensSentence(index)) break
    found.push({titles: [], words: [token.text, ...surname]})
    // Further back only over a list's comma (`Kevin, Andrew and …`).
    if (!before || !commaAfter(words, index - 1)) break
  }
  // Two names alone are as often two people, one known by the given name (`Burgess and James Arkin report`):
  // a couple of two genders (`Ann and Tom Vale`) shares the surname; a list of three or more is a family.
  const [only] = found
  if (found.length === 1 && only && !(twoGenders(only.words[0] ?? '', name[0] ?? ''))) return
  into.push(...found)
}

/** Whether two given names are listed for different genders. */
function twoGenders(one: string, other: string): boolean {
  const a = givenNameGender(one)
  const b = givenNameGender(other)
  return (a === 'm' && b === 'f') || (a === 'f' && b === 'm')
}

/**
 * The words written alone that name no one where they stand, before it is
 * known whom they stand for, with their places: numbers in one typed array,
 * with no object a word. Most capitalised words of an article (`Iraq`,
 * `Pentagon`) are such words, and they are all held until every name is read:
 * on a seed-like article of 10 MB, an object a word, with its name's parts and
 * their arrays, made 10 MB that outlived two young-generation collections and
 * so stayed in the old generation as garbage until the parse ended; a plain
 * array of numbers, grown by copying, still left 5 MB of its old copies there.
 */
class WordsAlone {
  /** Each different word, as a name's one word (possessive dropped). */
  readonly words: string[] = []
  /** How many places are listed. */
  length = 0
  /** {@link PLACE_NUMBERS} numbers a place: the word's number in `words`, paragraph, sentence, offset, and 1 when it can be its clause's subject. */
  places = new Int32Array(PLACE_NUMBERS * 64)
  /** Each word's number in `words`. */
  private readonly numbers = new Map<string, number>()

  /**
   * List a word at a place.
   *
   * @param word The name's one word.
   * @param paragraph Its paragraph.
   * @param sentence Its sentence in the paragraph.
   * @param offset Its offset in the paragraph.
   * @param subject Whether it can be its clause's subject.
   */
  add(word: string, paragraph: number, sentence: number, offset: number, subject: boolean): void {
    let number = this.numbers.get(word)
    if (number === undefined) {
      number = this.words.push(word) - 1
      this.numbers.set(word, number)
    }
    let at = this.length * PLACE_NUMBERS
    if (at + PLACE_NUMBERS > this.places.length) {
      const grown = new Int32Array(this.places.length * 2)
      grown.set(this.places)
      this.places = grown
    }
    const {places} = this
    places[at++] = number
    places[at++] = paragraph
    places[at++] = sentence
    places[at++] = offset
    places[at] = subject ? 1 : 0
    this.length++
  }
}

/** How many numbers {@link WordsAlone} keeps a place. */
const PLACE_NUMBERS = 5

/**
 * The places of words written alone that named no one where they stand: each
 * for the person a later mention names by that word (`Vance agreed to talk`
 * before `“…,” Vance said`), or, for a given name (`Owen handles the
 * brewing`), the one person of the article named in full with it (`Owen
 * Harmon`); none for a given name two people share, or no one has (`Georgia`
 * is then a state's name as often as a person's).
 */
function givenNameOccurrences(bySurname: ReadonlyMap<string, readonly Person[]>, alone: WordsAlone): Occurrence[] {
  let byGiven: ReadonlyMap<string, Person | null> | undefined
  const found: Occurrence[] = []
  const {words, places} = alone
  for (let at = 0; at < alone.length * PLACE_NUMBERS; at += PLACE_NUMBERS) {
    const written = words[places[at] ?? 0] ?? ''
    const later = lookUp(bySurname, {titles: [], words: [written]})
    // Only someone known by that one word (`Vance said`): `Jackson` alone, before `State Senator Dan Jackson`, is as
    // often the city. Built on the first given name that needs it: most words alone here are no given name.
    const person =
      later && !later.body && later.nameWords === 1 ? later : isGivenName(written) ? (byGiven ??= soleByGivenName(bySurname)).get(written.toLowerCase()) : undefined
    if (person) {
      found.push({person, paragraph: places[at + 1] ?? 0, sentence: places[at + 2] ?? 0, offset: places[at + 3] ?? 0, subject: places[at + 4] === 1, speaks: false})
    }
  }
  return found
}

/** Two lists of places, each in input order, as one in input order. */
function mergeByPlace(first: readonly Occurrence[], second: readonly Occurrence[]): readonly Occurrence[] {
  // Most articles' words alone name no one: the list is then kept as it is, not copied.
  if (second.length === 0) return first
  const merged: Occurrence[] = []
  let a = 0
  let b = 0
  while (a < first.length || b < second.length) {
    const left = first[a]
    const right = second[b]
    if (right === undefined || (left !== undefined && comesBefore(left, right))) {
      merged.push(left!)
      a++
    } else {
      merged.push(right)
      b++
    }
  }
  return merged
}

/**
 * The gender of a `he` or `she` (or `he’s`, `she’d`) starting at `start`, read
 * from the text's code units: this runs on every word of the article, and
 * makes no token of the words it passes.
 */
function personalPronounAt(text: string, start: number): 'm' | 'f' | null {
  let at = start
  const first = text.charCodeAt(at) | 0x20
  if (first === 0x73) at++ // s
  else if (first !== 0x68) return null // h
  if ((text.charCodeAt(at) | 0x20) !== 0x68 || (text.charCodeAt(at + 1) | 0x20) !== 0x65) return null // h e
  // The word ends there (or at an apostrophe: `he’s`): `hear`, `shell` and `Shea` are other words.
  return continuesWord(text.charCodeAt(at + 2)) ? null : at === start ? 'm' : 'f'
}

/**
 * The gender of a possessive or reflexive pronoun at token `index` (`his`,
 * `himself`, `herself`, and `her` before a lower-case word that is no function
 * word: `her former label`, not `told her that`). Object pronouns are left out:
 * `Ruiz scolded him` says nothing of Ruiz.
 */
function possessiveGenderAt(words: Words, index: number): 'm' | 'f' | null {
  // Read by code unit, making no token: this runs on every word.
  const {text} = words
  const start = words.tokens.start(index)
  if ((text.charCodeAt(start) | 0x20) !== 0x68) return null // h
  const second = text.charCodeAt(start + 1) | 0x20
  const third = text.charCodeAt(start + 2) | 0x20
  let gender: 'm' | 'f'
  if (second === 0x69 && third === 0x73) gender = 'm' // his
  else if (second === 0x65 && third === 0x72) gender = 'f' // her
  else if (second === 0x69 && third === 0x6d) gender = 'm' // him, only as `himself`
  else return null
  let end = start + 3
  const reflexive = text.slice(end, end + 4).toLowerCase() === 'self'
  if (reflexive) end += 4
  if (continuesWord(text.charCodeAt(end))) return null
  if (reflexive || (gender === 'm' && third === 0x73)) return gender
  if (gender === 'm') return null
  // `her former label`, not `told her that`.
  const next = words.tokens.get(index + 1)
  return next !== undefined && !next.capitalised && !FUNCTION_WORDS.has(next.lower) ? 'f' : null
}

/**
 * Give a person whose name tells no gender (a given name both lists hold, or
 * one neither holds) the gender of the pronouns that follow them in a
 * sentence that names no one else (`Odalys Brenn and her label`): every such
 * pronoun must agree. A gender read from a given name alone (`Taylor`, which
 * the datasets count for men) gives way to two such pronouns that agree.
 */
function genderFromContext(occurrences: readonly Occurrence[], genderWords: readonly PronounPlace[]): void {
  const votes = new Map<Person, Gender>()
  const agreeing = new Set<Person>()
  let next = 0
  for (let index = 0; index < occurrences.length; index++) {
    const occurrence = occurrences[index]
    // Alone in its sentence: no one else a pronoun there could stand for.
    if (!occurrence || (occurrence.person.gender !== null && !occurrence.person.genderByName) || !occurrence.subject) continue
    if (sharesSentence(occurrence, occurrences[index + 1]) || sharesSentence(occurrence, occurrences[index - 1])) continue
    while (next < genderWords.length && comesBefore(genderWords[next], occurrence)) next++
    const word = genderWords[next]
    if (!word || word.paragraph !== occurrence.paragraph || word.sentence !== occurrence.sentence) continue
    const vote = votes.get(occurrence.person)
    if (vote === undefined && !readsAsPerson(occurrence.person)) continue
    votes.set(occurrence.person, vote === undefined || vote === word.gender ? word.gender : null)
    if (vote === word.gender) agreeing.add(occurrence.person)
  }
  // A given name's gender gives way only to pronouns that say otherwise twice and never agree with it.
  for (const [person, gender] of votes) if (!person.genderByName || (gender !== null && agreeing.has(person))) person.gender = gender
}

/** Whether another person is named in an occurrence's sentence. */
function sharesSentence(occurrence: Occurrence, other: Occurrence | undefined): boolean {
  return other !== undefined && other.paragraph === occurrence.paragraph && other.sentence === occurrence.sentence && other.person !== occurrence.person
}

/**
 * The body a capitalised run names, registered on first sight: a name ending
 * in a body's head word (`Harbour Port Authority`), or one written as a
 * thing's (`Silver Pylon, which …`). Acronyms are left out: too many are
 * places or times (`US`, `EST`).
 */
function registerBody(bodies: Map<string, Person>, words: Words, first: number, last: number, parts: NameParts, kindBeside: boolean): Person | undefined {
  // `Ministry of Justice`: the head word stands before `of`.
  const head = headBeforeOf(parts.words) ?? parts.words.at(-1) ?? ''
  if (!kindBeside && !isBodyHead(head) && !(first < last && whichAfter(words, last))) return undefined
  const name = parts.words.join(' ')
  const known = bodies.get(name)
  if (known) return known
  const body: Person = {name, nameWords: parts.words.length, givenNames: new Set(), surname: head.toLowerCase(), gender: null, genderByName: false, body: true}
  bodies.set(name, body)
  return body
}

/**
 * Lower-case nouns for a kind of body: a name written right beside one
 * (`the Daily Ledger newspaper`, `airline Skyhop`) is a body of that kind, and
 * `the newspaper`, `the airline` stand for it.
 */
const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'tabloid', 'daily', 'magazine', 'website', 'outlet', 'broadcaster', 'network', 'channel',
  'airline', 'carrier', 'company', 'firm', 'group', 'agency', 'bank', 'lender', 'insurer', 'retailer', 'carmaker',
  'automaker', 'manufacturer', 'conglomerate', 'startup', 'charity', 'union', 'club', 'studio', 'publisher', 'regulator', 'watchdog'
])

/**
 * The noun for the kind of body a name is, written right beside it in lower
 * case (`the Daily Ledger newspaper`, `airline Skyhop`), or null. Not a
 * possessive's (`Ruiz’s company` is hers, not Ruiz).
 */
function bodyKindBeside(words: Words, first: number, last: number): string | null {
  const {tokens} = words
  const after = tokens.get(last + 1)
  // `joined` allows only a space between: `Parents’ union` is ruled out there, `Ruiz’s` here.
  const owned = POSSESSIVE.test(tokens.get(last)?.text ?? '')
  if (after && !owned && !after.capitalised && !after.quoted && BODY_KIND_NOUNS.has(after.lower) && joined(words, last, last + 1)) return after.lower
  const before = tokens.get(first - 1)
  if (before && !before.capitalised && !before.quoted && BODY_KIND_NOUNS.has(before.lower) && joined(words, first - 1, first)) return before.lower
  return null
}

/** Whether a name is followed by `, which`, the relative of a thing, not of a person (`who`); read by code unit, for every run. */
function whichAfter(words: Words, last: number): boolean {
  return relativeAfter(words, last, 'which')
}

/**
 * Whether `reported` or `reports` follows a name as its verb, after at most
 * one adverb or auxiliary (`first reported`, `has reported`): a newsroom's
 * verb, which tells its subject is no person when nothing else tells it is.
 */
function reportsAfter(words: Words, last: number): boolean {
  const {tokens} = words
  for (let index = last + 1; index <= last + 2 && index < tokens.length; index++) {
    if (tokens.quoted(index) || tokens.capitalised(index) || tokens.sentence(index) !== tokens.sentence(last)) return false
    const lower = tokens.lower(index)
    if (lower === 'reported' || lower === 'reports') return index === last + 1 || REPORT_LEAD_INS.has(tokens.lower(last + 1))
  }
  return false
}

/** Words that may stand between a newsroom's name and `reported`. */
const REPORT_LEAD_INS: ReadonlySet<string> = new Set(['first', 'also', 'has', 'had', 'previously', 'earlier', 'later', 'originally'])

/** Whether `, who` follows a name, opening a clause it is the subject of (`Vale, who chairs the board,`). */
function whoAfter(words: Words, last: number): boolean {
  return relativeAfter(words, last, 'who')
}

/** Whether a comma and the relative pronoun `relative`, the whole word, follow token `last`. */
function relativeAfter(words: Words, last: number, relative: string): boolean {
  const {text, tokens} = words
  const next = last + 1
  if (next >= tokens.length || tokens.quoted(next) || tokens.wordLength(next) !== relative.length) return false
  const start = tokens.start(next)
  return text.charCodeAt(start - 2) === 0x2c && text.charCodeAt(start - 1) === 0x20 && text.startsWith(relative, start)
}

/**
 * Whether a name's words are a body's: one word in capitals (`DNC`), or a
 * last word bodies' names end in (`Harbour Port Authority`). Read once, when
 * the name is registered.
 */
function namesBody(words: readonly string[]): boolean {
  const last = words.at(-1) ?? ''
  return (words.length === 1 && ACRONYM.test(last)) || isBodyHead(last) || WEB_NAME.test(last)
}

/** A site's name with its domain (`DailyLedger.com`, `Harbour.news`): a body, never a person, though it speaks. */
const WEB_NAME = /\.(?:com|org|net|news|co\.uk|com\.au|co\.nz|ca|in|ie)$/i

/** Whether a word, as written, is a body's head word (`Council`, `council`); no lower-case copy is made. */
function isBodyHead(word: string): boolean {
  if (BODY_HEADS.has(word) || CAPITALISED_BODY_HEADS.has(word)) return true
  // A second letter in capitals first: most words asked about are capitalised names.
  const second = word.charCodeAt(1)
  return second >= 0x41 && second <= 0x5a && ALL_CAPITALS.test(word) && BODY_HEADS.has(word.toLowerCase())
}

/** The body head words as a name writes them (`Council`). */
const CAPITALISED_BODY_HEADS: ReadonlySet<string> = new Set([...BODY_HEADS].map((head) => head.charAt(0).toUpperCase() + head.slice(1)))

/** A name in capitals with no space (`DNC`, `AT&T`). */
const ACRONYM = /^[\p{Lu}\p{N}&.]+$/u

/** Whether a person's name reads as a person's, not a body's (`Fernhill University School`). */
function readsAsPerson(person: Person): boolean {
  if (person.body) return false
  const words = person.name.split(' ')
  return givenNameGender(words[0] ?? '') !== undefined || looksLikePersonName(words)
}

/**
 * Whether a place comes before another: by paragraph, then offset.
 *
 * @param place A place, or undefined (which comes before nothing).
 * @param other The place to compare with.
 * @returns True when `place` stands earlier.
 */
export function comesBefore(place: {readonly paragraph: number; readonly offset: number} | undefined, other: {readonly paragraph: number; readonly offset: number}): boolean {
  return place !== undefined && (place.paragraph < other.paragraph || (place.paragraph === other.paragraph && place.offset < other.offset))
}

/**
 * The index of the last place before `place` (a binary search: places are in input order), or -1.
 *
 * @param places Places in input order.
 * @param place The place to look before.
 * @returns The index, or -1 when none comes before.
 */
export function lastBefore(places: ReadonlyArray<{readonly paragraph: number; readonly offset: number}>, place: {readonly paragraph: number; readonly offset: number}): number {
  let low = 0
  let high = places.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (comesBefore(places[middle], place)) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Whether a code unit goes on a word: an ASCII letter or digit, or a letter of the Latin, Greek or Cyrillic blocks (up to U+1FFF, where punctuation begins). */
function continuesWord(code: number): boolean {
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code < 0x2000)
}

/**
 * `his wife, Jane, said`, `the director, Ossa, 39, …`, `first lady Jane
 * explained`: a listed given name alone, between commas or not, right after
 * a lower-case role or kinship noun names a person, though one word long.
 */
function apposedGivenName(words: Words, first: number, last: number): boolean {
  const {tokens, text} = words
  const name = tokens.get(first)
  // `his wife of 45 years, Jean,`: the noun before how long it has been.
  const span = tokens.get(first - 1)?.lower === 'years' && DIGITS.test(tokens.get(first - 2)?.text ?? '') && tokens.get(first - 3)?.lower === 'of' ? 3 : 0
  const noun = tokens.get(first - 1 - span)
  if (first !== last || !name || !noun || noun.capitalised || !ROLE_NOUNS.has(noun.lower) || !isGivenName(name.text)) return false
  const gap = text.slice(tokens.get(first - 1)?.end, name.start)
  if (gap === ', ') return text.charCodeAt(name.end) === 0x2c
  // `first lady Michelle explained`, `his daughter Malia said`: with no commas, the name right after the noun.
  return gap === ' ' && !name.quoted
}

/** Whether any person is known by one word only (`Ruiz`), whom a text around the body may name in full. */
function someOneWordName(bySurname: ReadonlyMap<string, readonly Person[]>): boolean {
  for (const people of bySurname.values()) for (const person of people) if (person.nameWords === 1) return true
  return false
}

/** A text outside the body whose names complete the body's (the title, a caption, a standfirst). */
export interface AroundText {
  readonly words: Words
  /** Whether it is set in title case, where a capital tells nothing: only listed given names are read before a surname. */
  readonly titleCase: boolean
}

/** How many words before a surname a text around the body may give (`Jane Q. Doe`). */
const GIVEN_WORDS = 2

/**
 * The fullest names of the people the body names by surname alone, as the
 * title, captions and standfirst write them (`Ruiz` in the body, `Ana Ruiz`
 * in a caption). Nobody new is registered from these texts: a headline's
 * capitals would make people of its words.
 */
function completeNames(bySurname: Map<string, Person[]>, {words, titleCase}: AroundText): void {
  const {tokens} = words
  for (let index = 1; index < tokens.length; index++) {
    if (!tokens.capitalised(index)) continue
    const token = tokens.get(index)
    const surname = token ? withoutPossessive(token.text) : ''
    if (!bySurname.has(surname.toLowerCase())) continue
    let first = index
    while (first > 0 && index - first < GIVEN_WORDS && isGivenWord(words, first - 1, titleCase)) first--
    if (first === index) continue
    const given = tokenTexts(tokens, first, index - 1)
    const key = (given[0] ?? '').toLowerCase()
    const known = bySurname.get(surname.toLowerCase()) ?? []
    if (known.some((person) => person.givenNames.size === 0 || person.givenNames.has(key))) register(bySurname, {titles: [], words: [...given, surname]})
  }
}

/** Whether token `index` can be a given name or an initial right before a surname. */
function isGivenWord(words: Words, index: number, titleCase: boolean): boolean {
  const token = words.tokens.get(index)
  const next = words.tokens.get(index + 1)
  if (!token || !next || !token.capitalised || next.start - token.end !== 1 || isDescriptor(token.lower)) return false
  if (isGivenName(token.text) || ONE_INITIAL.test(token.text)) return true
  return !titleCase && looksLikePersonName([token.text]) && !isDescriptor(token.lower)
}

/**
 * One-word names that are the given name of exactly one person named in full
 * (`Ana` for `Ana Ruiz`): many people are written given name first.
 */
function givenNameAliases(bySurname: ReadonlyMap<string, readonly Person[]>): Map<Person, Person> {
  const byGiven = new Map<string, Person[]>()
  for (const people of bySurname.values()) {
    for (const person of people) {
      if (person.nameWords < 2) continue
      for (const given of person.givenNames) {
        const holders = byGiven.get(given)
        if (holders) holders.push(person)
        else byGiven.set(given, [person])
      }
    }
  }
  const aliases = new Map<Person, Person>()
  for (const people of bySurname.values()) {
    for (const person of people) {
      const full = person.nameWords === 1 && person.givenNames.size === 0 ? byGiven.get(person.surname) : undefined
      const [only] = full ?? []
      if (!only || full?.length !== 1) continue
      aliases.set(person, only)
      only.gender ??= person.gender
    }
  }
  return aliases
}

/**
 * The one person named in full whose given name a word is (`Nomvula` for
 * `Nomvula Dlamini`), when the word names no one by surname: a given name the
 * lists lack, written alone. Undefined for none, or for several.
 *
 * @param registry The article's registry.
 * @param word A name of one word, as written.
 * @returns The person.
 */
export function givenNameHolder(registry: Registry, word: string): Person | undefined {
  let byGiven = BY_GIVEN.get(registry)
  if (!byGiven) {
    byGiven = soleByGivenName(registry.bySurname)
    BY_GIVEN.set(registry, byGiven)
  }
  return byGiven.get(word.toLowerCase()) ?? undefined
}

/** Each registry's {@link soleByGivenName}, built when a given name alone is first looked up. */
const BY_GIVEN = new WeakMap<Registry, ReadonlyMap<string, Person | null>>()

/**
 * The people named in full (two words or more, no body) by each of their
 * given names in lower case; null where several people share one. A person
 * filed under two surnames (an alias) is still one person.
 */
function soleByGivenName(bySurname: ReadonlyMap<string, readonly Person[]>): ReadonlyMap<string, Person | null> {
  const byGiven = new Map<string, Person | null>()
  for (const people of bySurname.values()) {
    for (const person of people) {
      if (person.nameWords < 2 || person.body) continue
      for (const given of person.givenNames) byGiven.set(given, byGiven.has(given) && byGiven.get(given) !== person ? null : person)
    }
  }
  return byGiven
}

/** Courtesy titles and ranks, which say nothing of the post a person holds. */
const COURTESY_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'reverend', 'st', 'former', 'acting', 'deputy', 'us', 'u.s', 'uk',
  // Courtesy titles of other English-speaking countries, set between a post and the name (`Union Minister Shri X`, `Senate President Alhaji X`)
  'shri', 'smt', 'alhaji', 'alhaja', 'hajia', 'hon', 'datuk', 'dato', 'datin', 'puan', 'encik', 'comrade'
])

/**
 * Note the posts a name is written with, so that `the prime minister` and
 * `the governor` can be resolved to the person who holds them: the titles
 * before the name (`Prime Minister Jane Doe`), a post in lower case right
 * before it (`finance minister Jane Doe`), and a post in apposition on
 * either side (`Jane Doe, the county's chief engineer,`; `the museum's
 * director, Jane Doe`).
 */
function noteRoles(roles: Map<string, Occurrence[]>, titled: Set<Person>, occurrence: Occurrence, parts: NameParts, words: Words, first: number, last: number): void {
  if (parts.titles.some((title) => !COURTESY_TITLES.has(title))) titled.add(occurrence.person)
  // `former Gov. Jane Doe` holds the post no more, and `Vice President Jane Doe` holds
  // another: `the governor` and `the president` are someone else.
  const takers = parts.titles.filter(takesPostAway)
  // `former health minister Grant Hollis`: a taker among the lower-case words before the name takes it away too.
  const lowerTaker = takers.length === 0 ? takerBefore(words, first) : null
  if (lowerTaker !== null) takers.push(lowerTaker)
  if (takers.length > 0) {
    // `Vice President Jane Doe` holds the post `the vice president` names, and no other.
    if (takers.every((title) => OTHER_POSTS.has(title)) && isPostNoun(parts.titles.at(-1) ?? '')) {
      filePost(roles, parts.titles.join(' '), occurrence)
      titled.add(occurrence.person)
    }
    if (takers.length === 1 && takers[0] === 'former') noteFormerPost(roles, titled, occurrence, parts, words, first)
    return
  }
  // `Sen. Jane Doe` holds the post `the senator` names, as `Senator Jane Doe` does.
  const written = parts.titles.filter((title) => !COURTESY_TITLES.has(title) && !NATIONALITY_WORDS.has(title) && !PARTY_WORDS.has(title)).map((title) => POST_ABBREVIATIONS.get(title) ?? title)
  // `Minister for Finance Jane Doe` is `the minister` and `the minister for finance`.
  const connector = written.findIndex((title) => title === 'for' || title === 'of')
  if (connector > 0 && isPostNoun(written[connector - 1] ?? '')) filePost(roles, written.join(' '), occurrence)
  const posts = connector > 0 ? written.slice(0, connector) : written
  const before = words.tokens.get(first - 1)
  const twoBefore = words.tokens.get(first - 2)
  // `finance minister Jane Doe` is `the minister` and `the finance minister`.
  let modified: string | null = null
  if (before && !before.capitalised && isPostNoun(before.lower) && before.end + 1 === words.tokens.start(first)) {
    posts.push(before.lower)
    // `Opposition leader Jo Marsh`: a word capitalised only because it opens the sentence is the post's too;
    // `Chilean president Jo Vale`: a place or a people says whose post (`the Chilean president`).
    const lowerCase = twoBefore !== undefined && (!twoBefore.capitalised || words.tokens.opensSentence(first - 2) || TITLE_CASE_WORD.test(twoBefore.text))
    if (twoBefore && lowerCase && !DETERMINERS.has(twoBefore.lower) && twoBefore.end + 1 === before.start) modified = `${twoBefore.lower} ${before.lower}`
  }
  const head = posts.at(-1) ?? ''
  // A post is a role noun (`minister`, `governor`): `Concord resident` or `Labour` say where or which side, not what post.
  if (isPostNoun(head)) {
    // `Kerala Chief Minister X`, `Union Home Minister X`: the post's last two words name it too (`the chief minister`).
    const twoWords = posts.length > 2 ? posts.slice(-2).join(' ') : head
    for (const role of new Set([head, posts.join(' '), twoWords, modified ?? head])) filePost(roles, role, occurrence)
    titled.add(occurrence.person)
  }
  for (const role of appositivePosts(words, first, last)) {
    filePost(roles, role, occurrence)
    titled.add(occurrence.person)
  }
  const age = ageOf(words, first, last)
  if (age !== null) addTo(roles, age, occurrence)
}

/**
 * `Former Labor Secretary Jo Vale`, `former health minister Jo Vale`: the one
 * who held a post is `the former secretary` and `the former minister` (never
 * `the secretary`), and as the titles are written (`the former secretary of
 * state`).
 */
function noteFormerPost(roles: Map<string, Occurrence[]>, titled: Set<Person>, occurrence: Occurrence, parts: NameParts, words: Words, first: number): void {
  const {titles} = parts
  const connector = titles.findIndex((title) => title === 'for' || title === 'of')
  const before = words.tokens.get(first - 1)
  const head = titles.length > 0 ? titles[connector > 0 ? connector - 1 : titles.length - 1] : before && !before.capitalised ? before.lower : undefined
  if (head === undefined || !isPostNoun(head)) return
  filePost(roles, `former ${head}`, occurrence)
  if (titles[0] === 'former' && titles.length > 2) filePost(roles, titles.join(' '), occurrence)
  // Named in a post, if a past one: `the minister` is then someone else, never this person as the one in view.
  titled.add(occurrence.person)
}

/**
 * Whether a lower-case word names a post: a role noun, or a post one person
 * holds as an apposition gives it. `Premier Jane Doe` and `sheriff Jane Doe`
 * file her under `the premier` and `the sheriff`, as `Jane Doe, the premier,`
 * does.
 */
function isPostNoun(lower: string): boolean {
  // `in his letter Mrs Vale said`: a document before a name is no post of hers.
  // `President-elect Jane Doe` holds the post `the president-elect` names.
  const post = lower.endsWith(ELECT) ? lower.slice(0, -ELECT.length) : lower
  return (ROLE_NOUNS.has(post) || POST_NOUNS.has(post)) && !DOCUMENT_NOUNS.has(post)
}

/**
 * The age an article gives a person beside their name, as `the 56-year-old`
 * later names them: `Jo Vale, 56,` or `56-year-old Jo Vale`.
 */
function ageOf(words: Words, first: number, last: number): string | null {
  const {tokens, text} = words
  // Digits first, read by code unit: this runs for every name the registry records, and few stand by an age.
  if (first > 0 && isAsciiDigit(text.charCodeAt(tokens.start(first - 1)))) {
    const before = tokens.get(first - 1)
    if (before && AGED.test(before.lower) && before.end + 1 === tokens.start(first)) return before.lower
  }
  const end = tokens.get(last)?.end ?? 0
  if (text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20 || !isAsciiDigit(text.charCodeAt(end + 2))) return null
  const after = tokens.get(last + 1)
  if (!after || after.start !== end + 2 || !/^\d{1,3}$/.test(after.text) || text.charCodeAt(after.end) !== 0x2c) return null
  return `${after.text}-year-old`
}

/** `56-year-old`, as a word: an age that stands for a person. */
export const AGED = /^\d{1,3}-year-old$/

/** File a person under a post, and under the other way news writes it (`chief executive` and `CEO`). */
function filePost(roles: Map<string, Occurrence[]>, role: string, occurrence: Occurrence): void {
  addTo(roles, role, occurrence)
  for (const other of POST_ALIASES.get(role) ?? []) addTo(roles, other, occurrence)
}

/**
 * Posts written two ways: in full and as their initials, or as the title
 * before the name and the noun after `the` (`Justice Ana Ruiz` … `the judge`;
 * `Rep. Jo Vale` … `the congresswoman`).
 */
const POST_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['ceo', 'chief executive', 'chief executive officer'],
      ['cfo', 'chief financial officer'],
      ['coo', 'chief operating officer'],
      ['justice', 'judge'],
      ['representative', 'congressman', 'congresswoman'],
      ['prime minister', 'pm'],
      ['chief minister', 'cm'],
      ['captain', 'skipper']
    ] as const
  ).flatMap((forms) => forms.map((form) => [form, forms.filter((other) => other !== form)] as const))
)

/** Add `value` to the list `map` holds under `key`. */
function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const values = map.get(key)
  if (values) values.push(value)
  else map.set(key, [value])
}

/**
 * Words that take the post away from the name they stand with: they put it in
 * the past (`former`, `ex-`, `the late`) or make it another, lesser one
 * (`vice president`, `deputy minister`).
 */
const POST_TAKERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'late', 'then', 'retired', 'outgoing',
  'vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant', 'acting', 'interim', 'shadow', 'junior'
])

/** Post takers that make another post the person holds (`vice president`, `deputy minister`), not one they held. */
const OTHER_POSTS: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant', 'shadow', 'junior'])

/** How many lower-case words of a post a taker may stand before (`former deputy health minister`). */
const FORMER_REACH = 3

/** The word that takes the post away opening the lower-case post words right before a name (`former health minister Grant Hollis`), or null. */
function takerBefore(words: Words, first: number): string | null {
  const {tokens} = words
  for (let index = first - 1; index >= 0 && index >= first - 1 - FORMER_REACH && joined(words, index, index + 1); index--) {
    const lower = tokens.lower(index)
    if (takesPostAway(lower)) return lower
    if (tokens.capitalised(index) && !tokens.opensSentence(index)) return null
  }
  return null
}

/** Whether a lower-case word takes the post away (see {@link POST_TAKERS}). */
function takesPostAway(lower: string): boolean {
  return POST_TAKERS.has(lower)
}

/**
 * Whether a token is a post's noun as an apposition writes it, not a
 * possessive (`the senator’s aide`); in lower case or, as house styles write
 * posts, capitalised (`the Health Secretary, Jane Doe`).
 */
function isPostToken(token: Token): boolean {
  return POST_NOUNS.has(token.lower) && !isPossessive(token.text)
}

/** How many words may stand between an apposition's determiner and its noun (`the county's chief`). */
const APPOSITION_MODIFIERS = 3

/** Words that may follow the noun of an apposition after a name (`director of …`, `engineer at …`). */
const APPOSITION_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'with', 'who', 'from', 'on', 'since', 'and'])

/**
 * The posts an apposition beside a name gives it: `, the|a <modifiers> <noun>`
 * after it, its noun ending the phrase or followed by `of`, `at`, `who`…;
 * or `the <modifiers> <noun>, ` before it. The noun alone, and with the word
 * before it when that word is a plain modifier (`chief engineer`).
 */
function appositivePosts(words: Words, first: number, last: number): string[] {
  const {tokens, text} = words
  const found: string[] = []
  const opening = tokens.get(last + 1)
  const end = tokens.get(last)
  if (opening && end && text.slice(end.end, opening.start) === ', ' && APPOSITION_DETERMINERS.has(opening.lower)) {
    for (let index = last + 2; index <= last + 2 + APPOSITION_MODIFIERS; index++) {
      const token = tokens.get(index)
      const previous = tokens.get(index - 1)
      if (!token || !previous || token.quoted || token.start !== previous.end + 1 || takesPostAway(token.lower)) break
      if (isPostToken(token) && endsApposition(words, index)) {
        found.push(...postForms(words, index, last + 2))
        break
      }
    }
  }
  const before = tokens.get(first - 1)
  if (!before || text.slice(before.end, tokens.start(first)) !== ', ') return found
  // `The leader of Harbourside Council, Neil Cargill,`: the post's noun stands before an `of`, `for` or `at` phrase.
  const post = isPostToken(before) ? first - 1 : postBeforePhrase(words, first - 1)
  const noun = tokens.get(post)
  if (noun && isPostToken(noun)) {
    for (let index = post - 1; index >= post - 1 - APPOSITION_MODIFIERS && index >= 0; index--) {
      const token = tokens.get(index)
      const next = tokens.get(index + 1)
      if (!token || !next || next.start !== token.end + 1 || takesPostAway(token.lower)) break
      if (APPOSITION_DETERMINERS.has(token.lower) && token.lower !== 'a' && token.lower !== 'an') {
        found.push(...postForms(words, post, index + 1))
        break
      }
    }
  }
  return found
}

/** How many words the phrase after a post before a name may have (`the head of the regional water board, Ana Ruiz`). */
const POST_PHRASE_WORDS = 6

/** Connectors that open the phrase after a post's noun (`the leader of`, `the head of research at`). */
const POST_PHRASE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'at'])

/**
 * The index of the post's noun before the `of`, `for` or `at` phrase that
 * ends at token `last`, right before a name (`the leader of Harbourside
 * Council, Neil Cargill`), or -1: the phrase's words joined by single spaces.
 */
function postBeforePhrase(words: Words, last: number): number {
  const {tokens} = words
  for (let index = last - 1; index >= Math.max(1, last - POST_PHRASE_WORDS); index--) {
    if (!joined(words, index, index + 1) || tokens.quoted(index)) return -1
    if (POST_PHRASE_CONNECTORS.has(tokens.lower(index))) return joined(words, index - 1, index) && !insideNounPhrase(words, index - 1) ? index - 1 : -1
  }
  return -1
}

/**
 * Whether the noun at `noun`, with its determiner, stands in another noun's
 * phrase (`The wife of the leader of Harbourside Council, Ann Cargill,`): the
 * name after the comma is then that other noun's, not the post's holder.
 */
function insideNounPhrase(words: Words, noun: number): boolean {
  const {tokens} = words
  for (let index = noun - 1; index >= Math.max(0, noun - 3); index--) {
    if (!DETERMINERS.has(tokens.lower(index))) continue
    const before = tokens.get(index - 1)
    return before !== undefined && !before.quoted && PREPOSITIONS.has(before.lower)
  }
  return false
}

/** The apposition ends at its noun: a comma or stop next, the sentence's end, or `of`, `at`, `who`…. */
function endsApposition(words: Words, index: number): boolean {
  const token = words.tokens.get(index)
  const next = words.tokens.get(index + 1)
  if (!token) return false
  if (!next || words.tokens.sentence(index + 1) !== words.tokens.sentence(index)) return true
  const gap = words.text.slice(token.end, next.start)
  return /^[,.;)]/.test(gap) || (gap === ' ' && APPOSITION_FOLLOWERS.has(next.lower))
}

/** The noun at `index`, and with its modifier when the word before it, from `from` on, is a plain lower-case word. */
function postForms(words: Words, index: number, from: number): string[] {
  const noun = words.tokens.get(index)
  const modifier = index - 1 >= from ? words.tokens.get(index - 1) : undefined
  if (!noun) return []
  // Letters in lower case only: no capital, no possessive, no figure; a post written in capitals takes its
  // modifier in capitals too (`the Health Secretary`).
  // `the Chilean president, Jo Vale`: a place or a people in capitals before a post in lower case says whose post, for
  // `the Chilean president`; the post alone is filed too.
  const plain = modifier && !DETERMINERS.has(modifier.lower) && (LOWER_CASE.test(modifier.text) || TITLE_CASE_WORD.test(modifier.text))
  return plain ? [noun.lower, `${modifier.lower} ${noun.lower}`] : [noun.lower]
}

/** A capital, then lower-case letters only (`Health`). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u

/** Whether a word ends in a possessive `’s` or `'s`. */
function isPossessive(word: string): boolean {
  return withoutPossessive(word) !== word
}

/** Determiners an apposition opens with (`Jane Doe, the mayor`; `Jane Doe, a lawyer`; `his lawyer, Tom Ode`). */
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their'])

/**
 * The one person the article has named in a post before a place (`the prime
 * minister`), or undefined when it has named none, or several with none of
 * them alone named lately: `the senator` points back at a senator already
 * met, never at one named further on.
 *
 * @param registry The registry.
 * @param role The post, lower case, without its determiner.
 * @param place Where the post is mentioned.
 * @returns The person.
 */
export function holderOf(registry: Registry, role: string, place: {readonly paragraph: number; readonly offset: number}): Person | undefined {
  return holderIn(registry.roles, role, place)
}

/**
 * The post in lower case after the `the` at `index` (`the company`, `the
 * health minister`) and the one it stands for there, or null when it is no
 * post or no one holds it yet.
 */
function postAfterThe(words: Words, index: number, roles: ReadonlyMap<string, readonly Occurrence[]>, place: {readonly paragraph: number; readonly offset: number}): {holder: Person; last: number} | null {
  const {tokens} = words
  if (tokens.quoted(index) || tokens.capitalised(index + 1) || tokens.sentence(index + 1) !== tokens.sentence(index)) return null
  const first = tokens.lower(index + 1)
  // Two words first (`the health minister`), the whole post matched as a name's is: `the minister` is not `the first minister`.
  const two = index + 2 < tokens.length && !tokens.capitalised(index + 2) && tokens.sentence(index + 2) === tokens.sentence(index) ? `${first} ${tokens.lower(index + 2)}` : null
  const [role, last] = two !== null && roles.has(two) ? [two, index + 2] : [first, index + 1]
  if (!roles.has(role)) return null
  // A possessive (`the company’s shares`) is the holder's, and no subject the pronoun after it reads;
  // an apposition (`The company, Orla Group Ltd, said`) names the one it stands for itself.
  if (tokens.wordLength(last) !== tokens.lower(last).length || commaAfter(words, last)) return null
  const holder = holderIn(roles, role, place)
  return holder ? {holder, last} : null
}

/**
 * {@link holderOf} over the posts filed so far: the last holder named before
 * the place, and the last other one before that, found by a binary search and
 * a table, so that a post met thousands of times in one article keeps the
 * parse linear.
 */
function holderIn(roles: ReadonlyMap<string, readonly Occurrence[]>, role: string, place: {readonly paragraph: number; readonly offset: number}): Person | undefined {
  const holders = roles.get(role)
  if (!holders) return undefined
  const last = lastBefore(holders, place)
  const holder = holders[last]
  if (!holder) return undefined
  const other = holders[othersBefore(holders)[last] ?? -1]
  // `Transport Minister Marsh … The housing minister, Rita Kell, said … “…,” the minister said`: of several,
  // the one named in this paragraph or the one before, when no other was named there.
  if (other && !(holder.paragraph >= place.paragraph - 1 && other.paragraph < place.paragraph - 1)) return undefined
  return holder.person
}

/**
 * For each occurrence of a post's holders, the index of the last one before it
 * that names someone else (-1 for none), kept for each list and extended as
 * the registry files more.
 */
function othersBefore(holders: readonly Occurrence[]): number[] {
  let others = OTHERS_BEFORE.get(holders)
  if (!others) {
    others = []
    OTHERS_BEFORE.set(holders, others)
  }
  for (let index = others.length; index < holders.length; index++) {
    others.push(index === 0 ? -1 : holders[index]?.person === holders[index - 1]?.person ? (others[index - 1] ?? -1) : index - 1)
  }
  return others
}

const OTHERS_BEFORE = new WeakMap<readonly Occurrence[], number[]>()

/** Whether a name from token `first` to `last` can be its clause's subject (see `Occurrence.subject`). */
function canBeSubject(words: Words, first: number, last: number): boolean {
  // `turned to Vale, who praised …`: the one a `who` clause tells of is its subject, whatever governs the name.
  if (whoAfter(words, last)) return true
  const before = words.tokens.get(first - 1)
  // Possessors and modifiers are left in: `Doe’s campaign said … she` stands for Doe as often as not.
  if (before && !before.quoted && (PREPOSITIONS.has(before.lower) || before.lower === 'the' || before.lower === 'a' || before.lower === 'an')) return false
  return !possessorOfApposed(words, last) && !inOpeningPhrase(words, first, last)
}

/** The most lower-case words of a post between a possessor and the name set off after it (`Doe’s deputy chief of staff, Jo Vale,`). */
const APPOSED_POST_WORDS = 4

/**
 * `Doe’s lawyer, Jo Vale, said …`: a possessor whose post is set off by the
 * name of the one who holds it; the holder is the clause's subject, not Doe.
 */
function possessorOfApposed(words: Words, last: number): boolean {
  const {tokens} = words
  const name = tokens.get(last)
  if (!name || name.lower.length === name.text.length) return false
  for (let index = last + 1; index <= last + APPOSED_POST_WORDS; index++) {
    const post = tokens.get(index)
    if (!post || post.quoted || tokens.capitalised(index)) return false
    if (commaAfter(words, index)) return index + 1 < tokens.length && tokens.capitalised(index + 1) && !tokens.quoted(index + 1)
  }
  return false
}

/** The most words of a sentence's opening phrase a name is read inside (`After meeting Tait on Friday,`). */
const OPENING_PHRASE_WORDS = 10

/** `Hours after …`, `Days before …`: a time before a subordinator opens the phrase too. */
const TIME_UNITS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'moments', 'shortly', 'soon', 'just', 'long'])

/** Whether a name stands inside its sentence's opening phrase, which a comma closes before the subject. */
function inOpeningPhrase(words: Words, first: number, last: number): boolean {
  const {tokens} = words
  const sentence = tokens.sentence(first)
  const start = tokens.sentenceStart(sentence)
  if (start >= first || first - start > OPENING_PHRASE_WORDS || tokens.quoted(start)) return false
  const opener = tokens.lower(start)
  if (!PHRASE_OPENERS.has(opener) && !(TIME_UNITS.has(opener) && PHRASE_OPENERS.has(tokens.lower(start + 1)))) return false
  // No comma before the name: it is inside the phrase; one after it, close by, ends the phrase.
  if (firstCommaAfter(words, start, first) >= 0) return false
  const comma = firstCommaAfter(words, last, start + OPENING_PHRASE_WORDS, sentence)
  // The word after the comma is read too: it must stay in the sentence, so in the paragraph.
  if (comma < 0 || tokens.sentence(comma + 1) !== sentence) return false
  // A name after the comma is the subject, or `the` opening one (`After the vote, the NRA’s Jo Vale said`);
  // but `the` and a comma close by set off the name's apposition (`Minutes later Gen Ana Roe, the chief, returned`).
  return tokens.capitalised(comma + 1) || (tokens.lower(comma + 1) === 'the' && firstCommaAfter(words, comma + 1, comma + 1 + OPENING_PHRASE_WORDS, sentence) < 0)
}

/**
 * Nouns for a person of one gender (`a spokeswoman`, `another man`, `an
 * elderly woman`): when the article does not name them, the `she` or `he`
 * after them stands for them, and not for the last woman or man it named.
 */
const UNNAMED_PERSON_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...(['woman', 'mother', 'wife', 'daughter', 'sister', 'girl', 'spokeswoman', 'chairwoman', 'businesswoman', 'widow', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend', 'mom', 'mum', 'policewoman', 'stepmother'] as const).map((noun) => [noun, 'f'] as const),
  ...(['man', 'father', 'husband', 'son', 'brother', 'boy', 'spokesman', 'chairman', 'businessman', 'widower', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'dad', 'policeman', 'stepfather'] as const).map((noun) => [noun, 'm'] as const)
])

/** The stand-in for everyone of one gender the article leaves unnamed: no name, nothing to look them up by. */
function unnamedPerson(gender: 'm' | 'f'): Person {
  return {name: '', nameWords: 0, givenNames: new Set(), surname: '', gender, genderByName: false, body: false, unnamed: true}
}

/** The nouns' lengths and first letters, one number each: most words after a determiner are ruled out before their text is read. */
const UNNAMED_PERSON_KEYS: ReadonlySet<number> = new Set([...UNNAMED_PERSON_NOUNS.keys()].map((noun) => (noun.length << 16) | noun.charCodeAt(0)))

/**
 * Whether the word at `start` is a determiner that brings in someone new
 * (`a`, `an`, `one`, `another`: `a spokeswoman`, `another man`), where `the
 * woman`, `his wife` and `my mother` are as often someone the article names
 * elsewhere. Read by code unit: it runs at every word that opens with `a` or
 * `o`, and `of`, `on` and `or` are among the commonest words.
 */
function isNewPersonDeterminer(text: string, start: number, length: number): boolean {
  const initial = text.charCodeAt(start) | 0x20
  if (initial === 0x61) return length === 1 || (length === 2 && text.charCodeAt(start + 1) === 0x6e) || (length === 7 && text.startsWith('nother', start + 1))
  return initial === 0x6f && length === 3 && text.startsWith('ne', start + 1)
}

/** Words after which a description is the person named before it (`Ruiz is a mother of three`, `as a woman`). */
const SAME_PERSON_BEFORE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'became', 'becomes', 'as'])

/** How many adjectives may stand between the determiner and the noun (`an elderly retired man`). */
const UNNAMED_ADJECTIVES = 2

/**
 * The noun for a person of one gender that determiner `index` brings in,
 * when the article does not name them there (`a spokeswoman for the council`,
 * `another elderly man`): not followed by a name (`a spokeswoman, Jo Vale`,
 * `a spokeswoman Jo Vale`), and not a description of someone just named
 * (`Ruiz, a mother of three,`, `Ruiz is a mother`).
 *
 * @returns The noun's index, or -1.
 */
function unnamedPersonAfter(words: Words, index: number): number {
  const {tokens} = words
  if (!isNewPersonDeterminer(words.text, tokens.start(index), tokens.wordLength(index))) return -1
  // Read from the store first: most determiners bring in no person, and a token made a word costs more than the test.
  let noun = index + 1
  for (; noun <= Math.min(tokens.length - 1, index + 1 + UNNAMED_ADJECTIVES); noun++) {
    const start = tokens.start(noun)
    const gap = tokens.start(noun - 1) + tokens.wordLength(noun - 1)
    // One space between, as `joined` asks, read without making a token of either word.
    const space = start - gap === 1 && (words.text.charCodeAt(gap) === 0x20 || words.text.charCodeAt(gap) === 0xa0)
    if (!space || tokens.quoted(noun)) return -1
    // `a Norvik spokeswoman`, `a White House spokesman`: the body a person works for, capitalised, before the noun.
    if (tokens.capitalised(noun)) continue
    if (UNNAMED_PERSON_KEYS.has((tokens.wordLength(noun) << 16) | words.text.charCodeAt(start)) && UNNAMED_PERSON_NOUNS.has(tokens.lower(noun))) break
  }
  if (noun > Math.min(tokens.length - 1, index + 1 + UNNAMED_ADJECTIVES)) return -1
  const before = tokens.get(index - 1)
  if (before && (SAME_PERSON_BEFORE.has(before.lower) || (before.capitalised && commaAfter(words, index - 1)))) return -1
  const next = tokens.get(noun + 1)
  const end = tokens.start(noun) + tokens.wordLength(noun)
  return next && next.capitalised && /^,? $/.test(words.text.slice(end, next.start)) ? -1 : noun
}

/**
 * The words of tokens `first` to `last`, as written: an initial keeps the stop
 * after it (`J.C. Chandor`, `Donald J. Trump`), which the words leave out.
 *
 * @param tokens A paragraph's words.
 * @param first The first token.
 * @param last The last token.
 * @returns The words.
 */
export function tokenTexts(tokens: Words['tokens'], first: number, last: number): string[] {
  const texts: string[] = []
  for (let index = first; index <= last; index++) {
    const token = tokens.get(index)
    if (!token) continue
    const stopped = index < last && tokens.text.charCodeAt(token.end) === 0x2e && INITIALS.test(token.text)
    texts.push(stopped ? `${token.text}.` : token.text)
  }
  return texts
}

/** Add a person, or fill in what a new mention tells of one already known. */
function register(bySurname: Map<string, Person[]>, parts: NameParts, kin: Gender = null): Person {
  const start = surnameStart(parts.words)
  const given = givenOf(parts.words, start)
  const surname = given === null && parts.words.length === 1 ? loneSurnameKey(bySurname, surnameKey(parts.words)) : surnameKey(parts.words)
  const length = parts.words.length === 0 ? 0 : start + 1
  const gender = kin ?? genderOf(parts)
  const byName = kin === null && gender !== null && !parts.titles.some((title) => HONORIFICS.get(title)) && !givenNameSettled(parts.words[0] ?? '')
  const people = bySurname.get(surname) ?? []
  // `Ms. Ruiz` is not `her father, Carlos Ruiz`: a person whose gender a title gave is not one of the other
  // gender by title, kin noun or given name (a surname alone tells none, though a list may hold it: `Conway`).
  const told = kin ?? (given !== null || parts.titles.some((title) => HONORIFICS.get(title)) ? gender : null)
  // Joined only when a candidate's given names do not settle it: most names are filed without.
  let written: string | undefined
  const name = (): string => (written ??= parts.words.join(' '))
  let person = people.find(
    (candidate) =>
      (given === null || candidate.givenNames.size === 0 || candidate.givenNames.has(given) || endsWithName(candidate.name, name()) || endsWithName(name(), candidate.name)) &&
      !(told !== null && candidate.gender !== null && !candidate.genderByName && candidate.gender !== told)
  )
  if (!person) {
    person = {name: name(), nameWords: length, givenNames: new Set(), surname, gender, genderByName: byName, body: namesBody(parts.words)}
    people.push(person)
    bySurname.set(surname, people)
    if (hasGenerationSuffix(parts.words)) noteSuffixed(bySurname, parts.words, surname)
  }
  // `Whitby said …`, then `Ann Whitby`: a gender the lists gave a lone surname yields to the given name's.
  const surnameOnly = person.givenNames.size === 0 && person.genderByName
  if (given) person.givenNames.add(given)
  if (length > person.nameWords) {
    person.name = name()
    person.nameWords = length
  }
  if (person.gender === null || (surnameOnly && given !== null && gender !== null)) {
    person.gender = gender
    person.genderByName = byName
  } else if (gender === person.gender && !byName) {
    // A title or a settled given name bears the name's gender out.
    person.genderByName = false
  }
  return person
}

/**
 * Whether a full name ends with another of two words or more, whole words:
 * `López Obrador` and `St-Pierre Plamondon` are the tails of the names written
 * in full before or after them (`Andrés Manuel López Obrador`), a double
 * surname whose first word is no given name, when the full name opens with a
 * listed given name.
 */
function endsWithName(full: string, tail: string): boolean {
  if (full.length <= tail.length || !tail.includes(' ') || !full.endsWith(tail) || full.charCodeAt(full.length - tail.length - 1) !== 0x20) return false
  // `Michael Vale` is not `John Michael Vale`: a tail that opens with a given name is a person's own name.
  // `VP Joe Biden`, `China Xi Jinping`: a word the scraper or a possessive left before a name is no given name.
  return !isGivenName(tail.slice(0, tail.indexOf(' '))) && isGivenName(full.slice(0, full.indexOf(' ')))
}

/**
 * The key a name is filed under: its surname in lower case, with a
 * generation's suffix after it (`Trump Jr` is `trump jr`, and so never the
 * `Trump` the article names besides).
 */
function surnameKey(words: readonly string[]): string {
  const last = (words.at(-1) ?? '').toLowerCase()
  return hasGenerationSuffix(words) ? `${(words.at(-2) ?? '').toLowerCase()} ${last}` : last
}

/**
 * The key a surname written alone is found under: its own, or, when no one
 * is filed under it, the one name filed under it with a generation's suffix
 * (`Pate` after `Luther Pate IV`, `King` after `Martin Luther King Jr.`). A
 * surname shared by a father and a son named apart stays the plain one's.
 */
function loneSurnameKey(bySurname: ReadonlyMap<string, readonly Person[]>, key: string): string {
  if (bySurname.has(key)) return key
  return SUFFIXED.get(bySurname)?.get(key) ?? key
}

/**
 * Per registry, a plain surname's key → the one key filed with a generation's
 * suffix after that surname (null once a second one is filed): kept as names
 * are filed, so that a lone surname looks it up in one step.
 */
const SUFFIXED = new WeakMap<ReadonlyMap<string, readonly Person[]>, Map<string, string | null>>()

/** Note a key filed with a generation's suffix (`pate iv`) under its plain surname, for {@link loneSurnameKey}. */
function noteSuffixed(bySurname: ReadonlyMap<string, readonly Person[]>, words: readonly string[], key: string): void {
  let suffixed = SUFFIXED.get(bySurname)
  if (!suffixed) SUFFIXED.set(bySurname, (suffixed = new Map()))
  const plain = (words.at(-2) ?? '').toLowerCase()
  const known = suffixed.get(plain)
  suffixed.set(plain, known === undefined || known === key ? key : null)
}

/** Whether a name of two words or more ends in a generation's suffix (`Jr`, `Sr`, `III`). */
function hasGenerationSuffix(words: readonly string[]): boolean {
  return words.length > 1 && GENERATION_SUFFIXES.has(words.at(-1) ?? '')
}

/** A generation's suffix after a surname, as written (the stop after `Jr.` ends no word). */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'Jnr', 'Snr', 'JR', 'SR', 'II', 'III', 'IV'])

/**
 * Where a name's surname begins: its last word, with the particles before it
 * (`Le Pen`, `da Silva`, `bin Salman`); a word the given-name lists hold is no
 * particle (`Al Sharpton`, `Van Jones`, and so also `De`, `Von`).
 */
function surnameStart(words: readonly string[]): number {
  let start = words.length - (hasGenerationSuffix(words) ? 2 : 1)
  while (start > 0 && isParticle(words[start - 1] ?? '')) start--
  return start
}

/** Whether a word is a surname's particle (`Le`, `de`, `van`), not a listed given name (`Al`); written in lower case, always (`Ms von der Leyen`). */
function isParticle(word: string): boolean {
  // Every particle is short: a longer word is ruled out before it is lower-cased.
  if (word.length > LONGEST_PARTICLE) return false
  const lower = word.toLowerCase()
  return NAME_PARTICLES.has(lower) && (lower === word || !isGivenName(word))
}

const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((particle) => particle.length))

/** A name's given name in lower case: its first word, when a word stands before the surname (which begins at `start`); else null. */
function givenOf(words: readonly string[], start = surnameStart(words)): string | null {
  return start > 0 ? (words[0] ?? '').toLowerCase() : null
}

/**
 * The gender a kin noun gives the name set after it with a comma (`her
 * father, Jean-Marie Le Pen`, `his wife, Ana Ruiz`): a relative, of that
 * gender, whatever the lists say of the given name. Null for any other name.
 */
function kinBefore(words: Words, first: number): Gender {
  const {text, tokens} = words
  const noun = first - 1
  // Read by code unit first, making no token: most names stand after no comma.
  const end = tokens.start(first)
  if (noun < 0 || text.charCodeAt(end - 1) !== 0x20 || text.charCodeAt(end - 2) !== 0x2c || tokens.start(noun) + tokens.wordLength(noun) !== end - 2) return null
  return tokens.capitalised(noun) || tokens.quoted(noun) ? null : (UNNAMED_PERSON_NOUNS.get(tokens.lower(noun)) ?? null)
}

/**
 * Find the person a name mention refers to: by given name and surname, by
 * surname alone when only one person has it, else by the gender of a title.
 *
 * @param bySurname The people by surname.
 * @param parts A split name.
 * @returns The person, or undefined when the article names no such person.
 */
export function lookUp(bySurname: ReadonlyMap<string, readonly Person[]>, parts: NameParts): Person | undefined {
  const last = parts.words.length === 1 ? loneSurnameKey(bySurname, surnameKey(parts.words)) : surnameKey(parts.words)
  if (!last || (parts.words.length === 1 && parts.titles.length === 0 && SENTENCE_OPENERS.has(last))) {
    return undefined
  }
  const people = bySurname.get(last)
  if (!people || people.length === 0) return undefined
  const given = givenOf(parts.words)
  if (people.length === 1) {
    const [only] = people
    return given && only && only.givenNames.size > 0 && !only.givenNames.has(given) ? undefined : only
  }
  if (given) return people.find((person) => person.givenNames.has(given))
  const gender = genderOf(parts)
  return people.find((person) => gender === null || person.gender === gender) ?? people[0]
}

/** Cues that stand before a speaker but whose subject reports no words of their own ({@link REPORTING_VERBS}). */
const NOT_REPORTING: ReadonlySet<string> = new Set([
  'asked', 'asks', 'read', 'reads', 'posted', 'posts', 'offered', 'answered', 'answers', 'replied', 'replies', 'responded', 'responds',
  'continued', 'continues', 'reported', 'reports'
])

/**
 * Verbs of saying whose subject, outside quotes, is the one whose words the
 * sentence reports (`Ruiz argued`, `said Ruiz, 40,`): the cues that may stand
 * before their speaker, less those that answer, read or go on (`Ruiz asked`,
 * `Ruiz continued to …`) or a reporter's (`Ruiz reported`, whose source is
 * someone else).
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set(
  INVERTING_CUES.filter((cue) => !cue.includes(' ') && !NOT_REPORTING.has(cue) && !TAG_ONLY_CUES.has(cue))
)

/** Adverbs and auxiliaries between a name and its verb of saying (`Ruiz also said`, `Ruiz, …, has argued`), and `who`. */
const BEFORE_REPORTING: ReadonlySet<string> = new Set(['also', 'later', 'then', 'has', 'had', 'previously', 'again', 'recently', 'repeatedly', 'who', 'once', 'often'])

/** How many words an apposition between a name and its verb may hold (`Ruiz, a lawyer for the port, said`). */
const APPOSITION_REACH = 16

/**
 * Whether the name at `first` … `last` is the subject of a verb of saying
 * outside quotes: `Ruiz said the port would close.`, `…, Ruiz argued.`,
 * `Ruiz, a lawyer for the port, said`, `…, said Ruiz, a lawyer.` The sentence
 * reports that person's words, and the `he` or `she` of the quote after it is
 * that person more often than anyone else the sentence names
 * (`Vale hurt the campaign, Ruiz said. “…,” he said.`). Not a name in a
 * clause of time or cause (`when Ruiz said`), nor the second of two
 * (`Vale and Ruiz said`), nor a possessive (`Ruiz’s stated aim`).
 *
 * @param words The paragraph's words.
 * @param first The name's first word.
 * @param last The name's last word.
 * @returns True when the name reports speech.
 */
function reportsSpeech(words: Words, first: number, last: number): boolean {
  const {tokens} = words
  const end = tokens.length
  let next = last + 1
  const after = next < end ? tokens.lower(next) : ''
  const comma = commaAfter(words, last)
  const opener = first > 0 ? tokens.lower(first - 1) : ''
  // Most names have no verb of saying beside them, nor a comma after them: this runs on every name.
  if (!comma && !REPORTING_VERBS.has(after) && !BEFORE_REPORTING.has(after) && !REPORTING_VERBS.has(opener)) return false
  if (SUBORDINATORS.has(opener) || opener === 'and' || opener === 'or' || POSSESSIVE.test(tokens.get(last)?.text ?? '')) return false
  const sentence = tokens.sentence(last)
  // `The ferry struck Berg, said Brandt`: a verb right after a name's comma is inverted, its speaker after it.
  if (comma && REPORTING_VERBS.has(after)) return false
  // `Ruiz, a lawyer for the port, said`: the verb after the apposition's closing comma, read only a few words on.
  if (comma) {
    const close = firstCommaAfter(words, next, Math.min(end, next + APPOSITION_REACH), sentence)
    next = close < 0 ? end : close + 1
  }
  for (let step = 0; step < 2 && next < end && BEFORE_REPORTING.has(tokens.lower(next)); step++) next++
  // `Ruiz continued to …`, `Ruiz vowed to …`: a verb before an infinitive reports no words.
  const verb = next < end && !tokens.quoted(next) && tokens.sentence(next) === sentence && REPORTING_VERBS.has(tokens.lower(next))
  if (verb && !(next + 1 < end && tokens.lower(next + 1) === 'to')) return true
  // `…, said Ruiz, a lawyer.` and `…, said Ruiz.`: inverted after a comma, the name ends its clause (`said Vale was` is an object's).
  if (first === 0 || tokens.quoted(first - 1) || !REPORTING_VERBS.has(opener)) return false
  const endsClause = comma || last + 1 >= end || tokens.sentence(last + 1) !== sentence
  return endsClause && commaBefore(words.text, tokens.start(first - 1))
}

/** Whether a comma stands just before `offset`, spaces between (read back a few code units only). */
function commaBefore(text: string, offset: number): boolean {
  for (let cursor = offset - 1; cursor >= 0 && cursor >= offset - COMMA_REACH; cursor--) {
    const code = text.charCodeAt(cursor)
    if (code === 0x2c) return true
    if (code !== 0x20 && code !== 0xa0) return false
  }
  return false
}

/** How many code units back {@link commaBefore} reads. */
const COMMA_REACH = 4
