import fc from 'fast-check'
import {parseArticle, type Article} from '../../src/index.js'
import {listFixtures} from './fixtures.js'
import {invariantViolations} from './invariants.js'

// Generators for the property tests and `npm run fuzz`: arbitrary strings,
// strings assembled from the pieces news text is made of, and mutations of the
// golden fixtures. Every text here is made up for the tests.

/** What one parse broke, with the breaks already reported to another file's owner set apart. */
export interface ParseCheck {
  /** Broken guarantees: a throw, a failed invariant, a second parse that differs. */
  readonly problems: string[]
  /** Broken guarantees that match a {@link KNOWN_ISSUES} entry, as `id: problem`. */
  readonly known: string[]
}

/**
 * Parse `input` the way users do, and return what broke: a throw, a broken
 * invariant (schema, lost or doubled line, position, slice), or a second parse
 * that differs from the first.
 *
 * @param input Any string.
 * @returns The problems, and the known (reported, not yet fixed) ones apart.
 */
export function checkParse(input: string): ParseCheck {
  let article: Article
  try {
    article = parseArticle(input)
  } catch (error) {
    return {problems: [`throws: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`], known: []}
  }
  const problems: string[] = []
  const known: string[] = []
  for (const problem of invariantViolations(input, article)) {
    const issue = KNOWN_ISSUES.find((each) => each.matches(input, article, problem))
    if (issue) known.push(`${issue.id}: ${problem}`)
    else problems.push(problem)
  }
  // A copy of the string, so nothing keyed on string identity can make the second run agree.
  const again = parseArticle(`.${input}`.slice(1))
  if (JSON.stringify(again) !== JSON.stringify(article)) problems.push('differs on a second parse')
  return {problems, known}
}

/**
 * The problems of one parse, known ones excluded.
 *
 * @param input Any string.
 * @returns The problems, empty when the parse keeps every guarantee.
 */
export function parseProblems(input: string): string[] {
  return checkParse(input).problems
}

/**
 * A property for fast-check that fails with the list of problems.
 *
 * @param input Any string.
 */
export function assertParses(input: string): void {
  const problems = parseProblems(input)
  if (problems.length > 0) throw new Error(problems.slice(0, 8).join('\n'))
}

/** A class of invariant failure found by the properties in a file this suite does not own, reported to its owner. */
export interface KnownIssue {
  /** A short stable name. */
  readonly id: string
  /** Where the fault lies and the smallest input that shows it. */
  readonly report: string
  /** Whether a problem of a parse is this issue, checked as narrowly as possible. */
  readonly matches: (input: string, article: Article, problem: string) => boolean
}

/**
 * Reported, not yet fixed. Each entry is narrow: the failure is set apart only
 * when the text is contained once the reported cause is allowed for, so any
 * other failure of the same part still fails the properties. Delete an entry
 * once its fix lands; `npm run fuzz` prints how often each one is still seen.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = []

// ---------------------------------------------------------------------------
// Arbitrary strings.

/** Line breaks of every kind a scraper leaves, and the separators that are not breaks. */
export const LINE_ENDINGS = ['\n', '\r\n', '\r'] as const

/** Every quotation mark family the parser knows, and the apostrophes that look like them. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›'] as const

/** Characters that are trouble for a text scanner: breaks, invisibles, controls, astral, lone halves. */
const TROUBLE = [
  ...LINE_ENDINGS,
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\u00A0',
  '\t',
  '\v',
  '\f',
  '\u0085',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u3000',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u009F',
  '\uD83D',
  '\uDE00',
  '\uDBFF',
  '\uDC00',
  '😀',
  '👍🏽',
  '👩‍👩‍👧',
  '𝐀',
  '🇬🇧',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  '…',
  '—',
  '–',
  '©',
  ...QUOTE_MARKS
] as const

/** Words the parser reacts to: cues, credits, pronouns, related and notice markers. */
const TRIGGER_WORDS = [
  'said',
  'told reporters',
  'according to',
  'he',
  'she',
  'they',
  'Mr',
  'Dr.',
  'Getty',
  'AP Photo/',
  'REUTERS/',
  'Photograph:',
  'Image caption',
  'Image copyright',
  'Read more',
  'Related:',
  'By',
  'Advertisement',
  'Facebook Twitter Email',
  'newsletter',
  'Sign up for',
  'All rights reserved',
  'https://example.com/a',
  'www.example.org',
  'WASHINGTON —',
  'Updated',
  '12:30',
  ' ',
  ': ',
  ', ',
  '. '
] as const

/** One UTF-16 code unit, any of the 65,536: lone surrogates and controls included. */
const codeUnit = fc.integer({min: 0, max: 0xff_ff}).map((code) => String.fromCharCode(code))

/**
 * Arbitrary strings: any code units, whole code points (astral included),
 * ASCII, the trouble characters and words the parser reacts to, mixed.
 *
 * @param maxLength The most units (characters or words) in one string.
 * @returns The arbitrary.
 */
export function anyText(maxLength = 200): fc.Arbitrary<string> {
  const unit = fc.oneof(
    {weight: 3, arbitrary: codeUnit},
    {weight: 2, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
    {weight: 4, arbitrary: fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 1})},
    {weight: 3, arbitrary: fc.constantFrom(...TROUBLE)},
    {weight: 2, arbitrary: fc.constantFrom(...TRIGGER_WORDS)}
  )
  return fc.string({unit, maxLength})
}

/**
 * Strings made of lines of arbitrary text with every kind of line ending and
 * runs of blank lines, so that line handling gets exercised more than `anyText` does.
 *
 * @returns The arbitrary.
 */
export function anyLines(): fc.Arbitrary<string> {
  const line = fc.oneof(anyText(40), fc.constantFrom('', ' ', '\t', '\u00A0', '\u200B', '\uFEFF'))
  const ending = fc.constantFrom<string>(...LINE_ENDINGS, '\u2028', '\u2029', '\n\n', '\r\n\r\n')
  return fc.array(fc.tuple(line, ending), {maxLength: 30}).map((pairs) => pairs.map(([text, end]) => text + end).join(''))
}

// ---------------------------------------------------------------------------
// Article-like strings, built from made-up pieces.

const GIVEN = ['Ada', 'Tomas', 'Priya', 'Kwame', 'Ingrid', 'Mateo', 'Yuki', 'Fatima', 'Oskar', 'Nia', 'José', 'Zoë']
const FAMILY = ['Lindqvist', 'Okafor', 'Ramírez', 'Haddad', 'Novak', 'Brennan', 'Sato', "O'Neill", 'Van der Berg', 'Mbeki-Jones']
const TITLES = ['Mr', 'Ms', 'Mrs', 'Dr', 'Dr.', 'Prof', 'Sen.', 'Gen.']
const ROLES = ['the minister', 'a spokesperson', 'the mayor', 'the coach', 'an official', 'the report', 'the statement']
const NOUNS = ['council', 'budget', 'river', 'bridge', 'election', 'hospital', 'market', 'strike', 'storm', 'harbour', 'school', 'vote']
const VERBS = ['approved', 'delayed', 'rejected', 'opened', 'closed', 'reviewed', 'flooded', 'doubled', 'cut', 'blocked']
const ADJECTIVES = ['new', 'local', 'late', 'rare', 'sharp', 'quiet', 'costly', 'early', 'final', 'second']
const CUES = ['said', 'says', 'told reporters', 'added', 'wrote on Twitter', 'insisted', 'warned', 'explained', 'said in a statement']
const CREDITS = [
  'Getty',
  'Getty Images',
  'AFP via Getty Images',
  'AP Photo/Lena Ruiz',
  'AP Photo/Sam Ito, File',
  'REUTERS/Maria Costa',
  'PA',
  'EPA-EFE',
  'Reuters',
  'Shutterstock',
  'Handout'
]
const RELATED_HEADINGS = ['Read more', 'Related', 'Related articles', 'More', 'Related coverage', 'READ MORE']
const NOTICES = [
  'Sign up for our daily newsletter',
  'Comments are closed on this article.',
  'Copyright © 2031 Example Media. All rights reserved.',
  '© 2031 Example Press',
  'Additional reporting by Reuters',
  'Our community guidelines apply to all comments on this article.',
  'Subscribe to our newsletter to get the morning briefing in your inbox'
]
const BOILERPLATE = [
  'Advertisement',
  'Facebook Twitter Email',
  'Share this article',
  'Share on Facebook Share on Twitter',
  '3 of 12',
  'Play video',
  'Updated 14:05 GMT, 3 March 2031',
  'Published 2 hours ago',
  'LISBON —',
  'This article is more than 2 years old',
  'Chart: Example Data'
]

/** The quote mark pairs of each family, and a few ways scrapers break them. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['„', '“'],
  ['‚', '‘'],
  ['‹', '›'],
  ['”', '”'],
  ['“', ''],
  ['', '”'],
  ['« ', ' »']
]

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values)
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

const name = fc.oneof(
  fc.tuple(pick(GIVEN), pick(FAMILY)).map(([given, family]) => `${given} ${family}`),
  fc.tuple(pick(TITLES), pick(FAMILY)).map(([title, family]) => `${title} ${family}`),
  pick(['he', 'she', 'they', 'He', 'She']),
  pick(ROLES)
)

const phrase = fc
  .tuple(pick(ADJECTIVES), pick(NOUNS), pick(VERBS), pick(NOUNS), fc.integer({min: 0, max: 3}))
  .map(([adjective, subject, verb, object, shape]) =>
    [
      `the ${adjective} ${subject} ${verb} the ${object}`,
      `a ${subject} was ${verb} after the ${adjective} ${object}`,
      `${subject} and ${object} were ${verb} on 12 May`,
      `nobody expected the ${object} to be ${verb}`
    ][shape] ?? ''
  )

const sentence = fc
  .tuple(phrase, pick(['.', '.', '.', '?', '!', '…', ';', '']))
  .map(([text, stop]) => capitalise(text) + stop)

/** A headline: capitalised, short, no full stop (or a question, or a quote in it). */
export const headline: fc.Arbitrary<string> = fc
  .tuple(phrase, fc.integer({min: 0, max: 4}), name)
  .map(([text, shape, who]) =>
    [
      capitalise(text),
      `${capitalise(text)}?`,
      `${capitalise(who)} says ‘${text}’`,
      `${capitalise(text)}: what we know`,
      capitalise(text).toUpperCase()
    ][shape] ?? ''
  )

/** A photo caption with a credit in one of the usual styles, sometimes repeated by the scraper. */
const caption = fc
  .tuple(sentence, pick(CREDITS), fc.integer({min: 0, max: 6}), fc.boolean())
  .map(([text, credit, style, repeat]) => {
    const bare = text.replace(/[.?!…;]$/, '')
    const line =
      [
        `${bare}: ${credit}`,
        `${bare} (${credit})`,
        `${bare}. Photograph: ${credit}`,
        `${bare} | ${credit}`,
        `${bare} © ${credit}`,
        `Image copyright ${credit}\nImage caption ${bare}`,
        `${bare}`
      ][style] ?? bare
    return repeat ? `${line}\n${line}` : line
  })

/** A paragraph with a quote in it, in any family, attributed before or after, or not at all. */
const quotedParagraph = fc
  .tuple(sentence, sentence, pick(QUOTE_PAIRS), name, pick(CUES), fc.integer({min: 0, max: 5}))
  .map(([said, context, [open, close], who, cue, shape]) => {
    const inner = said.replace(/[.?!…;]$/, '')
    return (
      [
        `${open}${inner},${close} ${who} ${cue}.`,
        `${capitalise(who)} ${cue}: ${open}${said}${close}`,
        `${open}${inner},${close} ${cue} ${who}. ${context}`,
        `${context} ${open}${said}${close}`,
        `${capitalise(who)} called it ${open}${inner.split(' ').slice(0, 2).join(' ')}${close}. ${context}`,
        `${open}${said} ‘${inner}’, she said, ${context}${close} ${who} ${cue}.`
      ][shape] ?? ''
    )
  })

/** A quote that goes on over two paragraphs: no closing mark on the first. */
const multiParagraphQuote = fc
  .tuple(sentence, sentence, name, pick(CUES))
  .map(([first, second, who, cue]) => `${capitalise(who)} ${cue}: “${first}\n\n“${second}”`)

const plainParagraph = fc.array(sentence, {minLength: 1, maxLength: 5}).map((sentences) => sentences.join(' '))

/** A related block: a heading and headlines (some with addresses), or an inline link. */
const related = fc
  .tuple(pick(RELATED_HEADINGS), fc.array(headline, {minLength: 1, maxLength: 4}), fc.integer({min: 0, max: 3}))
  .map(([heading, titles, style]) => {
    if (style === 1) return titles.map((title) => `Read more: ${title}`).join('\n')
    if (style === 2) return titles.map((title) => `${title} Read more`).join('\n')
    if (style === 3) return [heading, ...titles.map((title, index) => `${title}\nhttps://example.com/news/${index}`)].join('\n')
    return [heading, ...titles].join('\n')
  })

const byline = fc
  .tuple(name, name, fc.boolean())
  .map(([first, second, two]) => (two ? `By ${first} and ${second}` : `By ${first}`))

/** One block of an article (a line or a few). */
const block = fc.oneof(
  {weight: 6, arbitrary: plainParagraph},
  {weight: 6, arbitrary: quotedParagraph},
  {weight: 1, arbitrary: multiParagraphQuote},
  {weight: 2, arbitrary: caption},
  {weight: 1, arbitrary: related},
  {weight: 1, arbitrary: byline},
  {weight: 1, arbitrary: pick(BOILERPLATE)},
  {weight: 1, arbitrary: headline},
  {weight: 1, arbitrary: pick(NOTICES)},
  {weight: 1, arbitrary: anyText(30)}
)

/**
 * One block of an article: a paragraph (quoted or not), a caption, a related
 * block, a byline, boilerplate, a headline, a notice, or a bit of anything.
 *
 * @returns The arbitrary.
 */
export function articleBlock(): fc.Arbitrary<string> {
  return block
}

/** How the lines of an article are laid out: endings, blank lines, stray characters at the edges. */
const layout = fc.record({
  bom: fc.boolean(),
  ending: fc.constantFrom<string>('\n', '\r\n', '\r', 'mixed'),
  blank: fc.integer({min: 0, max: 3}),
  edges: fc.constantFrom('', ' ', '\t', '\u00A0', '\u200B', '  \u2060', '\uFEFF'),
  choices: fc.array(fc.nat(), {minLength: 1, maxLength: 8})
})

/**
 * Article-like text: a headline, then bylines, captions, paragraphs with
 * quotes of every family, related blocks, boilerplate and a notice, laid out
 * with any line endings (mixed too), blank lines or none, a BOM, and stray
 * spaces, tabs, NBSP and zero-width characters at the line edges.
 *
 * @returns The arbitrary.
 */
export function articleText(): fc.Arbitrary<string> {
  return fc
    .tuple(headline, fc.array(block, {minLength: 0, maxLength: 14}), fc.option(pick(NOTICES), {nil: null}), layout)
    .map(([title, blocks, notice, {bom, ending, blank, edges, choices}]) => {
      const lines = [title, ...blocks, ...(notice ? [notice] : [])].join('\n').split('\n')
      let out = bom ? '\uFEFF' : ''
      for (const [index, line] of lines.entries()) {
        const choice = choices[index % choices.length] ?? 0
        const end = ending === 'mixed' ? (LINE_ENDINGS[choice % 3] ?? '\n') : ending
        const edge = choice % 4 === 0 ? edges : ''
        out += `${edge}${line}${edge}`
        if (index < lines.length - 1) out += end.repeat(1 + (blank === 0 ? 0 : choice % (blank + 1)))
      }
      return out
    })
}

// ---------------------------------------------------------------------------
// Mutations of the golden fixtures.

/** One edit to a fixture's lines; indices are taken modulo the number of lines. */
export type Mutation =
  | {readonly kind: 'insert'; readonly at: number; readonly line: string}
  | {readonly kind: 'delete'; readonly at: number}
  | {readonly kind: 'duplicate'; readonly at: number}
  | {readonly kind: 'swap'; readonly at: number; readonly with: number}
  | {readonly kind: 'endings'; readonly ending: string}
  | {readonly kind: 'drop-quotes'; readonly marks: string}
  | {readonly kind: 'truncate'; readonly at: number}
  | {readonly kind: 'join-lines'; readonly at: number}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(block, anyText(40))}),
  fc.record({kind: fc.constant('delete' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat()}),
  fc.record({kind: fc.constant('endings' as const), ending: fc.constantFrom<string>(...LINE_ENDINGS, '\u2028', 'mixed')}),
  fc.record({
    kind: fc.constant('drop-quotes' as const),
    marks: fc.oneof(fc.constant(QUOTE_MARKS.join('')), fc.subarray([...QUOTE_MARKS], {minLength: 1}).map((marks) => marks.join('')))
  }),
  fc.record({kind: fc.constant('truncate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('join-lines' as const), at: fc.nat()})
)

/**
 * Apply edits to a text, line by line.
 *
 * @param input The original text.
 * @param mutations The edits, in order.
 * @returns The edited text.
 */
export function applyMutations(input: string, mutations: readonly Mutation[]): string {
  let lines = input.split(/\r\n|\r|\n/)
  let ending = /\r\n|\r|\n/.exec(input)?.[0] ?? '\n'
  let text: string | null = null
  const wrap = (at: number): number => (lines.length === 0 ? 0 : at % lines.length)
  for (const edit of mutations) {
    if (text !== null) {
      lines = text.split(/\r\n|\r|\n/)
      text = null
    }
    switch (edit.kind) {
      case 'insert': {
        lines.splice(wrap(edit.at), 0, ...edit.line.split('\n'))
        break
      }
      case 'delete': {
        lines.splice(wrap(edit.at), 1)
        break
      }
      case 'duplicate': {
        const at = wrap(edit.at)
        lines.splice(at, 0, lines[at] ?? '')
        break
      }
      case 'swap': {
        const a = wrap(edit.at)
        const b = wrap(edit.with)
        const first = lines[a] ?? ''
        lines[a] = lines[b] ?? ''
        lines[b] = first
        break
      }
      case 'endings': {
        ending = edit.ending
        break
      }
      case 'drop-quotes': {
        const marks = new Set(edit.marks)
        lines = lines.map((line) => [...line].filter((char) => !marks.has(char)).join(''))
        break
      }
      case 'truncate': {
        // Cut anywhere, even inside a line or a surrogate pair: a download that stopped.
        const joined = lines.join('\n')
        text = joined.slice(0, joined.length === 0 ? 0 : edit.at % (joined.length + 1))
        break
      }
      case 'join-lines': {
        const at = wrap(edit.at)
        if (at + 1 < lines.length) lines.splice(at, 2, `${lines[at] ?? ''} ${lines[at + 1] ?? ''}`)
        break
      }
    }
  }
  if (text !== null) lines = text.split(/\r\n|\r|\n/)
  if (ending !== 'mixed') return lines.join(ending)
  return lines.reduce((out, line, index) => (index === 0 ? line : out + (LINE_ENDINGS[index % 3] ?? '\n') + line), '')
}

/**
 * Mutations of every fixture under `fixtures/`: lines inserted, deleted,
 * duplicated, swapped and joined; line endings changed; quotation marks
 * dropped; the text truncated.
 *
 * @returns The arbitrary, or null when there are no fixtures.
 */
export function mutatedFixture(): fc.Arbitrary<string> | null {
  const inputs = listFixtures().map((fixture) => fixture.input)
  if (inputs.length === 0) return null
  return fc
    .tuple(fc.constantFrom(...inputs), fc.array(mutation, {minLength: 1, maxLength: 6}))
    .map(([input, mutations]) => applyMutations(input, mutations))
}

/** A named generator of inputs for the properties. */
export interface Target {
  readonly name: string
  readonly arbitrary: fc.Arbitrary<string>
}

/**
 * Every input generator the properties run on, by name, for the tests and `npm run fuzz`.
 *
 * @returns The targets; `fixture-mutations` only when there are fixtures.
 */
export function targets(): Target[] {
  const fixtures = mutatedFixture()
  return [
    {name: 'any-string', arbitrary: anyText()},
    {name: 'any-lines', arbitrary: anyLines()},
    {name: 'article-like', arbitrary: articleText()},
    ...(fixtures ? [{name: 'fixture-mutations', arbitrary: fixtures}] : [])
  ]
}
