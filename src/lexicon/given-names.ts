import type {Gender} from './honorifics.js'
import {FEMININE_NAMES, MASCULINE_NAMES, UNISEX_NAMES} from './given-names.generated.js'

/** Given names common in the news that the generated lists lack or list for both genders. */
const MASCULINE_EXTRA =
  'donald barack joe bernie mitch ted xi vladimir recep benjamin bashar moon shinzo narendra ' +
  'jair justin emmanuel olaf rishi keir jeremy nigel rudy bill ali mohammed muhammad mohammad ' +
  'ahmed ahmad hassan hussein qasem qassem abu osama jamal mahmoud ayatollah ebrahim hamid ' +
  'sergei sergey dmitry volodymyr petro yair bibi rex mike jared reince sean ' +
  'beto pete cory deval julian jeb ben rand chris marco newt rick'
const FEMININE_EXTRA =
  'hillary kamala ivanka melania nikki tulsi kirsten elizabeth amy nancy theresa angela ursula ' +
  'jacinda priti liz kellyanne huma stormy alyssa greta ilhan alexandria rashida ayanna ' +
  'kyrsten tammy marsha betsy condoleezza madeleine sarah'

/** Names the generated lists hold that are much more often a word or a surname in news text. */
const NOT_GIVEN_NAMES = new Set(['will', 'may', 'rich', 'hope', 'grace', 'the', 'new', 'north', 'south', 'east', 'west', 'white', 'house', 'green', 'young', 'long', 'page', 'price', 'ford', 'king', 'queen', 'prince', 'major', 'general', 'justice', 'trump', 'cash', 'sunday', 'monday', 'april', 'june', 'august', 'january'])

const GENDERS: ReadonlyMap<string, Gender> = buildGenders()

function buildGenders(): Map<string, Gender> {
  const genders = new Map<string, Gender>()
  for (const name of UNISEX_NAMES.split(' ')) genders.set(name, null)
  for (const name of MASCULINE_NAMES.split(' ')) genders.set(name, 'm')
  for (const name of FEMININE_NAMES.split(' ')) genders.set(name, 'f')
  // The hand-written lists win: they settle names the datasets list for both genders.
  for (const name of MASCULINE_EXTRA.split(' ')) genders.set(name, 'm')
  for (const name of FEMININE_EXTRA.split(' ')) genders.set(name, 'f')
  return genders
}

/** Names whose gender the hand-written lists settle. */
const SETTLED: ReadonlySet<string> = new Set([...MASCULINE_EXTRA.split(' '), ...FEMININE_EXTRA.split(' ')])

/**
 * Whether a given name's gender is settled by hand, not only by the datasets'
 * counts, which list some names given to both for one gender (`Taylor`).
 *
 * @param word A capitalised word.
 * @returns True when the hand-written lists hold the name.
 */
export function givenNameSettled(word: string): boolean {
  return SETTLED.has(word.toLowerCase())
}

/**
 * The gender a given name hints at.
 *
 * @param word A capitalised word.
 * @returns `'m'` or `'f'`, `null` for a name given to both, `undefined` when
 *   the word is not a known given name.
 */
export function givenNameGender(word: string): Gender | undefined {
  const lower = word.toLowerCase()
  if (NOT_GIVEN_NAMES.has(lower)) return undefined
  const gender = GENDERS.get(lower)
  if (gender !== undefined) return gender
  // `Seán`, `Zoë`, `José`: the lists are written without accents; only a name they lack, with a letter outside ASCII, is folded.
  for (let index = 0; index < lower.length; index++) {
    if (lower.charCodeAt(index) > 0x7f) return GENDERS.get(lower.normalize('NFD').replace(COMBINING_MARKS, ''))
  }
  return undefined
}

const COMBINING_MARKS = /\p{M}/gu

/**
 * Whether a word is a known given name, for telling a person's name from a place or a body.
 *
 * @param word A capitalised word.
 * @returns True for a known given name.
 */
export function isGivenName(word: string): boolean {
  return givenNameGender(word) !== undefined
}
