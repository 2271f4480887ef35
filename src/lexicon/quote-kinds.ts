/**
 * What a quoted span can be. `speech` is what someone said or wrote; the
 * others are what news also sets in quotation marks without anyone saying it.
 * Documented in the README.
 */
export const QUOTE_KINDS = [
  /** Words someone said or wrote: the quotes a quote database keeps. */
  'speech',
  /** A word or phrase in scare quotes, or a word used as a word (`the “sex tape” reference`). */
  'term',
  /** The title of a show, book, film, programme or event (`told KTV’s “Early Tide”`). */
  'title',
  /** A nickname inside a name (`Rosa M. “Rosie” Lindqvist`). */
  'nickname'
] as const

/** Words a title leaves in lower case (`Voice of the Valley`, `Pact with the Coast`). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet',
  'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'into', 'onto', 'upon', 'over', 'as', 'vs', 'vs.', 'via',
  'de', 'la', 'le', 'du', 'von', 'van', 'y'
])

/** A word as titles are read: letters and digits, and the marks inside them (`Rubio-Style`, `U.S.`, `Don’t`). */
export const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu

/** A capital or a digit first. */
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u

/**
 * Whether words are in title case (`Voice of the Valley`, `13th`): every one
 * opens with a capital or a digit but the small words titles leave in lower
 * case, and the first opens with one too.
 *
 * @param words The words, as {@link TITLE_WORD} finds them.
 * @returns True for title case; false for no words.
 */
export function isTitleCase(words: readonly string[]): boolean {
  const [first] = words
  if (!first || !CAPITAL_OR_DIGIT_FIRST.test(first)) return false
  return words.every((word) => CAPITAL_OR_DIGIT_FIRST.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()))
}

/**
 * Nouns for works and shows: a quote just after one is its title
 * (`documentary “13th”`, `essay, “Marta, keep the lights on”`), and so is
 * a capitalised quote just before one (`his “Talkin’ Tides” radio program`).
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'album', 'anthem', 'article', 'blog', 'book', 'broadcast', 'cartoon', 'column', 'commentary',
  'documentary', 'edition', 'editorial', 'episode', 'essay', 'exhibit', 'exhibition', 'film', 'memoir', 'movie',
  'musical', 'newsletter', 'novel', 'op-ed', 'opera', 'painting', 'pamphlet', 'play', 'podcast',
  'poem', 'program', 'programme', 'segment', 'series', 'show', 'sitcom', 'slogan', 'song', 'video'
])

/** Last words of a named law, event or plan: a capitalised quote ending in one is its name (`“Jane Doe Harbour Day”`). */
export const NAME_ENDINGS: ReadonlySet<string> = new Set([
  ...WORK_NOUNS,
  'act', 'bill', 'campaign', 'conference', 'day', 'doctrine', 'event', 'festival', 'forum', 'initiative',
  'pact', 'plan', 'summit', 'tour', 'treaty', 'week'
])

/** Words that put a title after them (`titled “Arrogant”`, `host of “Morning Report”`). */
export const TITLE_LEADS: ReadonlySet<string> = new Set(['titled', 'entitled', 'host', 'hosts', 'anchor', 'anchors', 'hosted', 'starring', 'starred'])

/** Words that put a nickname after them (`the nickname “Lyin’ Ted”`, `dubbed “the Hammer”`). */
export const NICKNAME_LEADS: ReadonlySet<string> = new Set(['nickname', 'nicknamed', 'dubbed', 'moniker', 'aka', 'a.k.a.'])

/**
 * Words of crying out: a quote right after one is what a crowd or a voice cried,
 * speech whatever its case (`chanting “Ferry Now!”`, `shouted “Go home”`).
 */
export const CRY_LEADS: ReadonlySet<string> = new Set([
  'chant', 'chanted', 'chanting', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming', 'hollered', 'bellowed'
])

/** Nouns of crying out: a quote after one and `of` is what was cried (`chants of “…”`, `cries of “…”`). */
export const CRY_NOUNS: ReadonlySet<string> = new Set([
  'call', 'calls', 'chant', 'chants', 'cheer', 'cheers', 'cries', 'cry', 'roar', 'roars', 'scream', 'screams', 'shout', 'shouts', 'yell', 'yells'
])

/**
 * People of a show or book: a capitalised quote right after one of these and
 * `of` or `in` (`star of “Harbour Lights”`, `starred in “Tidewater”`, `author
 * of “Salt Roads”`), or right before one (`“Harbour Lights” star Jo Vale`),
 * is the work's title.
 */
export const WORK_PEOPLE: ReadonlySet<string> = new Set([
  'star', 'stars', 'starred', 'starring', 'co-star', 'host', 'hosts', 'hosted', 'co-host', 'anchor', 'author', 'creator',
  'producer', 'director', 'actor', 'actress', 'cast', 'contestant', 'judge', 'narrator', 'writer'
])
