/**
 * Synthetic inputs of a chosen size for the growth and memory measurements:
 * the seed repeated, and adversarial mixes aimed at each stage. Every
 * generator is deterministic (a seeded generator), so runs compare.
 */

/** The sizes of the growth inputs, in UTF-16 code units (the parser's default limit is 10,000,000). */
export const SIZES: readonly number[] = [100_000, 1_000_000, 10_000_000]

/** A generator of a synthetic input of about `size` UTF-16 code units. */
export interface Synthetic {
  readonly name: string
  /** What it stresses, for the README and the report. */
  readonly aim: string
  readonly make: (size: number) => string
}

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** Append pieces until `size` is reached, then cut to exactly `size` code units. */
function fill(size: number, piece: (index: number) => string, separator: string): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = piece(index)
    parts.push(part)
    length += part.length + separator.length
  }
  return parts.join(separator).slice(0, size)
}

const WORDS = (
  'the government said on tuesday that officials would review plans for new troops in the region after ' +
  'talks with allies over security and trade while critics warned of costs and delays to the programme'
).split(' ')
/** Nouns that are no speech verb and no speaker noun, so no quote below finds a cue. */
const NOUNS = ['plan', 'budget', 'bridge', 'deal', 'road', 'policy', 'tax', 'market', 'school', 'river', 'harbour', 'disaster', 'farce']
const GIVEN = [
  'Mark', 'Alyssa', 'William', 'Donald', 'Nancy', 'Angela', 'Boris', 'Theresa', 'Joe', 'Kamala', 'Mike', 'Sarah',
  'James', 'Mary', 'Robert', 'Linda', 'David', 'Susan', 'Richard', 'Karen', 'Thomas', 'Lisa', 'Daniel', 'Emily'
]
const SURNAMES = [
  'Esper', 'Farah', 'Seely', 'Milley', 'Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas',
  'Johnson', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green'
]
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Sen', 'President', 'Prof']
const PRONOUNS = ['he', 'she', 'they', 'it']
const ROLES = ['a Pentagon spokesperson', 'the company’s chief executive', 'a senior official', 'an aide', 'the minister']
const AGENCIES = ['AP', 'Reuters', 'AFP', 'Getty Images', 'EPA', 'PA', 'Bloomberg', 'Shutterstock']

function sentence(next: () => number, words: number): string {
  const chosen = Array.from({length: words}, () => pick(next, WORDS))
  const first = chosen[0] ?? 'the'
  chosen[0] = first.charAt(0).toUpperCase() + first.slice(1)
  return chosen.join(' ')
}

/**
 * The seed repeated, with blank lines between copies.
 *
 * @param seed The seed's text.
 * @returns The generator.
 */
export function seedRepeated(seed: string): Synthetic {
  return {name: 'seed repeated', aim: 'a realistic article, many times over', make: (size) => fill(size, () => seed.trim(), '\n\n')}
}

/**
 * The seed's lines joined by spaces into one line without a break.
 *
 * @param seed The seed's text.
 * @returns The generator.
 */
export function longLine(seed: string): Synthetic {
  const prose = seed
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
  return {
    name: 'one line, no breaks',
    aim: 'one paragraph the size of the input: per-paragraph work must be linear',
    make: (size) => fill(size, () => prose, ' ')
  }
}

/** A flood of quotation marks of every family, balanced and not, in short paragraphs. */
export const quoteFlood: Synthetic = {
  name: 'quotation-mark flood',
  aim: 'quote spans and tokens: marks of every family, nested, unbalanced, apostrophes',
  make(size) {
    const next = random(1)
    const marks = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚', '‹', '›']
    const title = 'Quotation marks everywhere in a headline'
    const body = fill(
      size,
      () => {
        const pieces: string[] = []
        for (let index = 0; index < 60; index++) {
          const roll = next()
          if (roll < 0.45) pieces.push(`${pick(next, marks)}${pick(next, WORDS)}${pick(next, marks)}`)
          else if (roll < 0.6) pieces.push(`${pick(next, WORDS)}’s`)
          else if (roll < 0.7) pieces.push(`“${sentence(next, 3)},” ${pick(next, PRONOUNS)} said.`)
          else pieces.push(pick(next, WORDS))
        }
        return pieces.join(' ')
      },
      '\n\n'
    )
    return `${title}\n\n${body}`.slice(0, size)
  }
}

/** Thousands of `Read more` headings, inline related links, addresses and headline lines. */
export const readMoreLines: Synthetic = {
  name: 'Read more lines',
  aim: 'related-link and notice passes: thousands of headings, inline links, bare URLs',
  make(size) {
    const next = random(2)
    const headline = (): string => `${sentence(next, 4 + Math.floor(next() * 6))} ${pick(next, SURNAMES)}`
    const body = fill(
      size,
      (index) => {
        switch (index % 6) {
          case 0:
            return 'Read more'
          case 1:
            return headline()
          case 2:
            return `${headline()} https://example.com/news/${index}`
          case 3:
            return `${headline()} Read more`
          case 4:
            return `READ MORE: ${headline()}\nhttps://example.com/story/${index}`
          default:
            return `${sentence(next, 25)}.`
        }
      },
      '\n'
    )
    return `Related stories and more in a headline\n\n${body}`.slice(0, size)
  }
}

/** Thousands of people, honorifics, pronouns and attributed quotes, in ordinary paragraphs. */
export const namesAndQuotes: Synthetic = {
  name: 'names, pronouns, quotes',
  aim: 'speaker attribution: registry, pronoun resolution, cues',
  make(size) {
    const next = random(3)
    const person = (): string => `${pick(next, GIVEN)} ${pick(next, SURNAMES)}`
    const templates: readonly (() => string)[] = [
      () => `${person()}, ${pick(next, ROLES)}, said: “${sentence(next, 8)}.”`,
      () => `“${sentence(next, 6)},” ${pick(next, PRONOUNS)} said.`,
      () => `${pick(next, HONORIFICS)} ${pick(next, SURNAMES)} told reporters ${pick(next, PRONOUNS)} had “${sentence(next, 4)}”.`,
      () => `“${sentence(next, 7)},” said ${person()}.`,
      () => `According to ${pick(next, ROLES)}, “${sentence(next, 6)}.”`,
      () => `${pick(next, PRONOUNS).replace(/^./, (c) => c.toUpperCase())} added that ${person()} and ${person()} ${sentence(next, 5).toLowerCase()}.`
    ]
    const body = fill(size, () => Array.from({length: 4}, () => pick(next, templates)()).join(' '), '\n\n')
    return `People quoted in a headline about ${person()}\n\n${body}`.slice(0, size)
  }
}

/** Captions with credits in every style, repeated by the scraper, between short paragraphs. */
export const captionsWithCredits: Synthetic = {
  name: 'captions with credits',
  aim: 'caption pass: credit styles, repeats, BBC credit-then-caption pairs',
  make(size) {
    const next = random(4)
    const caption = (): string => sentence(next, 6 + Math.floor(next() * 10))
    const body = fill(
      size,
      (index) => {
        switch (index % 7) {
          case 0: {
            const line = `${caption()}: ${pick(next, AGENCIES)}`
            return `${line}\n${line}`
          }
          case 1:
            return `${caption()} (AP Photo/${pick(next, GIVEN)} ${pick(next, SURNAMES)}, File)`
          case 2:
            return `Image copyright ${pick(next, AGENCIES)}\nImage caption ${caption()}`
          case 3:
            return `${caption()} Photograph: ${pick(next, GIVEN)} ${pick(next, SURNAMES)}/${pick(next, AGENCIES)}`
          case 4:
            return `${caption()} REUTERS/${pick(next, GIVEN)} ${pick(next, SURNAMES)}`
          case 5:
            return `${caption()} © ${pick(next, AGENCIES)} 2020`
          default:
            return `${sentence(next, 30)}.`
        }
      },
      '\n\n'
    )
    return `Pictures of the week in a headline\n\n${body}`.slice(0, size)
  }
}

/**
 * One sentence that never ends (no full stop), full of quoted phrases with no
 * speech verb near them: every quote looks for the sentence's subject.
 */
export const quotesInOneSentence: Synthetic = {
  name: 'quotes in one sentence',
  aim: 'attribution that walks a sentence per quote: a sentence with thousands of quotes and no speech verb',
  make(size) {
    const next = random(5)
    const body = fill(size, () => `the ${pick(next, NOUNS)} is “${pick(next, NOUNS)} ${pick(next, NOUNS)}” and`, ' ')
    return `Critics pile on in a headline\n\nFor critics ${body}`.slice(0, size)
  }
}

/**
 * Every synthetic input, the seed-like one first.
 *
 * @param seed The seed's text.
 * @returns The generators.
 */
export function synthetics(seed: string): Synthetic[] {
  return [seedRepeated(seed), quoteFlood, readMoreLines, longLine(seed), namesAndQuotes, captionsWithCredits, quotesInOneSentence]
}
