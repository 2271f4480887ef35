import {givenNameGender} from '../lexicon/given-names.js'
import {HONORIFICS, NON_PERSON_WORDS, type Gender} from '../lexicon/honorifics.js'
import {SENTENCE_OPENERS} from '../lexicon/function-words.js'
import {isHonorific, readNameRight, withoutFinalStop, type Words} from './mentions.js'

/** A person the article names. */
export interface Person {
  /** The fullest form of the name without titles (`Mark Esper`). */
  name: string
  /** How many words `name` has. */
  nameWords: number
  /** Lower-case given names seen with this surname. */
  readonly givenNames: Set<string>
  /** The lower-case surname, the key for `Mr Esper` and `Esper`. */
  readonly surname: string
  /** The gender honorifics or the given name hint at, when they agree. */
  gender: Gender
}

/** One place where the article names a person, for resolving pronouns. */
export interface Occurrence {
  readonly person: Person
  readonly paragraph: number
  readonly sentence: number
  /** Offset of the mention in its paragraph. */
  readonly offset: number
}

/** The people an article names, and where. */
export interface Registry {
  /** People by lower-case surname; several when a surname is shared. */
  readonly bySurname: ReadonlyMap<string, readonly Person[]>
  /** Every place a person is named, in document order. */
  readonly occurrences: readonly Occurrence[]
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
export function splitName(words: readonly string[]): NameParts {
  let first = 0
  while (first < words.length - 1 && isHonorific((words[first] ?? '').toLowerCase())) first++
  // `Harbour Workers Union President Lena Morrow`: a person's title inside the run
  // parts the body from the person, when two words or more of name follow it.
  for (let index = words.length - 3; index > first; index--) {
    if (PERSON_TITLES.has(withoutFinalStop((words[index] ?? '').toLowerCase()))) {
      first = index + 1
      break
    }
  }
  const name = words.slice(first)
  const last = name.length - 1
  if (last >= 0) name[last] = withoutPossessive(name[last] ?? '')
  return {titles: words.slice(0, first).map((word) => withoutFinalStop(word.toLowerCase())), words: name}
}

/** A word without a final `’s`, `'s`, `’` or `'` (`Esper’s` → `Esper`, `Reuters’` → `Reuters`). */
function withoutPossessive(word: string): string {
  const end = word.endsWith('s') && isApostrophe(word.charAt(word.length - 2)) ? word.length - 2 : isApostrophe(word.charAt(word.length - 1)) ? word.length - 1 : word.length
  return word.slice(0, end)
}

/** `'` or `’`. */
function isApostrophe(character: string): boolean {
  return character === "'" || character === '’'
}

/** Titles that stand right before a person's name, even after the name of a body (`Union President`). */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'minister', 'senator', 'sen',
  'governor', 'gov', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'commissioner',
  'leader', 'chief', 'rep', 'representative', 'gen', 'general', 'dr', 'mr', 'mrs', 'ms', 'professor', 'prof'
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
  if (parts.titles.length > 0) return true
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
  return words.every((word) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(word) && !NON_PERSON_WORDS.has(word.toLowerCase()) && !SENTENCE_OPENERS.has(word.toLowerCase()) && !HONORIFICS.has(word.toLowerCase()))
}

/**
 * Build the registry of people an article names from its paragraphs, so that
 * `Mr Esper`, `Esper` and `he` can be resolved to `Mark Esper`.
 *
 * @param paragraphs The words of each paragraph, in order.
 * @param speakers Where quotes name their speakers: by paragraph, the index of
 *   each name mention's last token, so that names unknown to the given-name
 *   lists still count as people when they speak.
 * @returns The registry.
 */
export function buildRegistry(paragraphs: readonly Words[], speakers: ReadonlyMap<number, ReadonlySet<number>> = new Map()): Registry {
  const bySurname = new Map<string, Person[]>()
  const occurrences: Occurrence[] = []
  for (const [paragraph, words] of paragraphs.entries()) {
    const {tokens} = words
    for (let index = 0; index < tokens.length; index++) {
      if (!tokens.capitalised(index) || tokens.quoted(index)) continue
      const mention = readNameRight(words, index, tokens.length - 1)
      if (!mention) continue
      const parts = splitName(tokenTexts(tokens, mention.first, mention.last))
      const speaks = speakers.get(paragraph)?.has(mention.last) ?? false
      const person = isPersonName(parts, speaks) ? register(bySurname, parts) : lookUp(bySurname, parts)
      if (person) occurrences.push({person, paragraph, sentence: tokens.sentence(index), offset: tokens.start(index)})
      index = mention.last
    }
  }
  return {bySurname, occurrences}
}

/** The words of tokens `first` to `last`, as written. */
function tokenTexts(tokens: Words['tokens'], first: number, last: number): string[] {
  const texts: string[] = []
  for (let index = first; index <= last; index++) texts.push(tokens.get(index)?.text ?? '')
  return texts
}

/** Add a person, or fill in what a new mention tells of one already known. */
function register(bySurname: Map<string, Person[]>, parts: NameParts): Person {
  const surname = (parts.words.at(-1) ?? '').toLowerCase()
  const given = parts.words.length > 1 ? (parts.words[0] ?? '').toLowerCase() : null
  const gender = genderOf(parts)
  const people = bySurname.get(surname) ?? []
  let person = people.find((candidate) => given === null || candidate.givenNames.size === 0 || candidate.givenNames.has(given))
  if (!person) {
    person = {name: parts.words.join(' '), nameWords: parts.words.length, givenNames: new Set(), surname, gender}
    people.push(person)
    bySurname.set(surname, people)
  }
  if (given) person.givenNames.add(given)
  if (parts.words.length > person.nameWords) {
    person.name = parts.words.join(' ')
    person.nameWords = parts.words.length
  }
  if (person.gender === null) person.gender = gender
  return person
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
  const last = parts.words.at(-1)?.toLowerCase()
  if (!last || (parts.words.length === 1 && parts.titles.length === 0 && SENTENCE_OPENERS.has(last))) {
    return undefined
  }
  const people = bySurname.get(last)
  if (!people || people.length === 0) return undefined
  if (people.length === 1) {
    const [only] = people
    const given = parts.words.length > 1 ? (parts.words[0] ?? '').toLowerCase() : null
    return given && only && only.givenNames.size > 0 && !only.givenNames.has(given) ? undefined : only
  }
  const given = parts.words.length > 1 ? (parts.words[0] ?? '').toLowerCase() : null
  if (given) return people.find((person) => person.givenNames.has(given))
  const gender = genderOf(parts)
  return people.find((person) => gender === null || person.gender === gender) ?? people[0]
}
