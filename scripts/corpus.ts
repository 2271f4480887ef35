/**
 * `npm run corpus`: parse every article of `../shared/corpus` and print, per
 * publisher, how many of each part the parser found.
 *
 *   npm run corpus                      per-publisher table and totals
 *   npm run corpus -- --json            the same counts as JSON
 *   npm run corpus -- --show <what>     the lines that landed in one part, as file:line
 *   npm run corpus -- --show lines --file abp_002.txt
 *                                       every part of one article, in input order
 *   npm run corpus -- --parts           every non-blank line's part, one line each
 *                                       (file:line, part[:kind], text): diff two runs
 *                                       to see which lines a rule moved
 *
 * `<what>` is one of: title, title-missing, byline, published, dateline, captions, credits, duplicates,
 * related, notice, paragraphs, paragraphs-short, paragraphs-unended,
 * paragraphs-first, paragraphs-last, quotes, other, other:<kind>, warnings,
 * warnings:<ruleId>, lines. `--file <name>` and `--publisher <text>` narrow
 * the articles.
 *
 * `--show` prints article text: it is for reviewing by eye, never for committing.
 * Line numbers are those of the corpus file; `title+` marks the title that
 * `loadCorpus` prepends from `sources.tsv` when the file lacks it.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArticle, type Article, type Position} from '../src/index.js'
import {OTHER_KINDS} from '../src/lexicon/other-kinds.js'
import {RULE_IDS} from '../src/lexicon/rules.js'
import {CORPUS, loadCorpus, type CorpusArticle} from '../test/support/corpus.js'

/** A paragraph at most this many words long is listed by `--show paragraphs-short`. */
const SHORT_PARAGRAPH_WORDS = 12

/** The counts for one publisher, or for all of them. */
interface Counts {
  articles: number
  withTitle: number
  bylines: number
  authors: number
  published: number
  dated: number
  datelines: number
  captions: number
  credits: number
  duplicates: number
  related: number
  relatedWithUrl: number
  notices: number
  paragraphs: number
  shortParagraphs: number
  quotes: number
  other: Record<string, number>
  warnings: Record<string, number>
}

/** One parsed corpus article, with how far its lines sit from the file's own. */
interface Parsed {
  readonly source: CorpusArticle
  readonly article: Article
  /** Lines added in front of the file (the prepended title and blank line). */
  readonly lineShift: number
}

function emptyCounts(): Counts {
  return {
    articles: 0,
    withTitle: 0,
    bylines: 0,
    authors: 0,
    published: 0,
    dated: 0,
    datelines: 0,
    captions: 0,
    credits: 0,
    duplicates: 0,
    related: 0,
    relatedWithUrl: 0,
    notices: 0,
    paragraphs: 0,
    shortParagraphs: 0,
    quotes: 0,
    other: {},
    warnings: {}
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'’”)\]]*$/u.test(text)
}

function addCounts(counts: Counts, article: Article): void {
  counts.articles++
  if (article.title) counts.withTitle++
  if (article.byline) counts.bylines++
  counts.authors += article.byline?.authors.length ?? 0
  if (article.published) counts.published++
  if (article.published?.date) counts.dated++
  if (article.dateline) counts.datelines++
  counts.captions += article.captions.length
  counts.credits += article.captions.filter((caption) => caption.credit !== null).length
  counts.duplicates += article.captions.reduce((sum, caption) => sum + caption.duplicates.length, 0)
  counts.related += article.relatedLinks.length
  counts.relatedWithUrl += article.relatedLinks.filter((link) => link.url !== null).length
  if (article.notice) counts.notices++
  counts.paragraphs += article.paragraphs.length
  counts.shortParagraphs += article.paragraphs.filter((paragraph) => wordCount(paragraph.text) <= SHORT_PARAGRAPH_WORDS).length
  counts.quotes += article.quotes.length
  for (const other of article.other) counts.other[other.kind] = (counts.other[other.kind] ?? 0) + 1
  for (const warning of article.warnings) counts.warnings[warning.ruleId] = (counts.warnings[warning.ruleId] ?? 0) + 1
}

function parseCorpus(articles: readonly CorpusArticle[]): Parsed[] {
  return articles.map((source) => {
    const body = readFileSync(join(CORPUS, 'articles', source.file), 'utf8')
    const lineShift = source.text === body ? 0 : 2
    return {source, article: parseArticle(source.text), lineShift}
  })
}

function tally(parsed: readonly Parsed[]): {publishers: Map<string, Counts>; totals: Counts} {
  const publishers = new Map<string, Counts>()
  const totals = emptyCounts()
  for (const {source, article} of parsed) {
    let counts = publishers.get(source.publisher)
    if (!counts) {
      counts = emptyCounts()
      publishers.set(source.publisher, counts)
    }
    addCounts(counts, article)
    addCounts(totals, article)
  }
  return {publishers: new Map([...publishers].sort(([a], [b]) => a.localeCompare(b))), totals}
}

/** Render rows as a fixed-width table; the first column is left-aligned, the rest right-aligned. */
function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  const render = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [render(header), rule, ...rows.map(render)].join('\n')
}

function printTables(publishers: Map<string, Counts>, totals: Counts): void {
  const main = ['publisher', 'articles', 'title', 'byline', 'authors', 'published', 'dated', 'dateline', 'captions', 'credits', 'dups', 'related', 'url', 'notices', 'paras', 'short', 'quotes', 'other', 'warnings']
  const mainRow = (name: string, counts: Counts): string[] => [
    name,
    String(counts.articles),
    String(counts.withTitle),
    String(counts.bylines),
    String(counts.authors),
    String(counts.published),
    String(counts.dated),
    String(counts.datelines),
    String(counts.captions),
    String(counts.credits),
    String(counts.duplicates),
    String(counts.related),
    String(counts.relatedWithUrl),
    String(counts.notices),
    String(counts.paragraphs),
    String(counts.shortParagraphs),
    String(counts.quotes),
    String(Object.values(counts.other).reduce((sum, each) => sum + each, 0)),
    String(Object.values(counts.warnings).reduce((sum, each) => sum + each, 0))
  ]
  const rows = [...publishers].map(([name, counts]) => mainRow(name, counts))
  console.log(renderTable(main, [...rows, mainRow('TOTAL', totals)]))
  console.log(`\n(title, byline, published, dateline = articles with one; authors = names in the bylines; dated = published with a date; dups = caption repeats collapsed; url = related links with a url; short = paragraphs of at most ${SHORT_PARAGRAPH_WORDS} words)`)

  const kinds = OTHER_KINDS.filter((kind) => (totals.other[kind] ?? 0) > 0)
  if (kinds.length > 0) {
    console.log('\n`other` lines by kind\n')
    const kindRows = [...publishers, ['TOTAL', totals] as const]
      .filter(([, counts]) => Object.keys(counts.other).length > 0)
      .map(([name, counts]) => [name, ...kinds.map((kind) => String(counts.other[kind] ?? 0))])
    console.log(renderTable(['publisher', ...kinds], kindRows))
  }

  const rules = RULE_IDS.filter((rule) => (totals.warnings[rule] ?? 0) > 0)
  if (rules.length > 0) {
    console.log('\nwarnings by ruleId\n')
    const ruleRows = [...publishers, ['TOTAL', totals] as const]
      .filter(([, counts]) => Object.keys(counts.warnings).length > 0)
      .map(([name, counts]) => [name, ...rules.map((rule) => String(counts.warnings[rule] ?? 0))])
    console.log(renderTable(['publisher', ...rules], ruleRows))
  }
}

/** One line of `--show` output: where, a tag, and the text on one line. */
interface Shown {
  readonly position: Position | null
  readonly tag: string
  readonly text: string
}

function select(article: Article, what: string): Shown[] {
  const [part = '', detail] = what.split(':', 2)
  const paragraphs = (filter: (text: string, index: number) => boolean): Shown[] =>
    article.paragraphs
      .filter((paragraph, index) => filter(paragraph.text, index))
      .map((paragraph) => ({position: paragraph.position, tag: 'paragraph', text: paragraph.text}))
  switch (part) {
    case 'title': {
      return article.title ? [{position: article.title.position, tag: 'title', text: article.title.text}] : []
    }
    case 'title-missing': {
      const first = article.paragraphs[0] ?? null
      return article.title ? [] : [{position: first?.position ?? null, tag: 'no title; first paragraph', text: first?.text ?? ''}]
    }
    case 'byline': {
      return article.byline ? [{position: article.byline.position, tag: `byline authors=${JSON.stringify(article.byline.authors)}`, text: article.byline.text}] : []
    }
    case 'published': {
      return article.published ? [{position: article.published.position, tag: `published date=${article.published.date ?? '-'}`, text: article.published.text}] : []
    }
    case 'dateline': {
      const {dateline} = article
      return dateline ? [{position: dateline.position, tag: `dateline place=${dateline.place ?? '-'} agency=${dateline.agency ?? '-'}`, text: dateline.text}] : []
    }
    case 'captions': {
      return article.captions.map((caption) => ({
        position: caption.position,
        tag: `caption credit=${caption.credit ?? '-'} dups=${caption.duplicates.length}`,
        text: caption.text
      }))
    }
    case 'credits': {
      return article.captions
        .filter((caption) => caption.credit !== null)
        .map((caption) => ({position: caption.position, tag: 'credit', text: caption.credit ?? ''}))
    }
    case 'duplicates': {
      return article.captions.flatMap((caption) =>
        caption.duplicates.map((position) => ({position, tag: 'duplicate', text: caption.text}))
      )
    }
    case 'related': {
      return article.relatedLinks.map((link) => ({position: link.position, tag: `related url=${link.url ?? '-'}`, text: link.title}))
    }
    case 'notice': {
      return article.notice ? [{position: article.notice.position, tag: 'notice', text: article.notice.text}] : []
    }
    case 'paragraphs': {
      return paragraphs(() => true)
    }
    case 'paragraphs-short': {
      return paragraphs((text) => wordCount(text) <= SHORT_PARAGRAPH_WORDS)
    }
    case 'paragraphs-unended': {
      return paragraphs((text) => !endsLikeSentence(text))
    }
    case 'paragraphs-first': {
      return paragraphs((_, index) => index === 0)
    }
    case 'paragraphs-last': {
      return paragraphs((_, index) => index === article.paragraphs.length - 1)
    }
    case 'quotes': {
      return article.quotes.map((quote) => ({
        position: quote.position,
        tag: `quote speaker=${quote.speaker?.name ?? '-'}`,
        text: quote.text
      }))
    }
    case 'other': {
      return article.other
        .filter((other) => detail === undefined || other.kind === detail)
        .map((other) => ({position: other.position, tag: `other:${other.kind}`, text: other.text}))
    }
    case 'warnings': {
      return article.warnings
        .filter((warning) => detail === undefined || warning.ruleId === detail)
        .map((warning) => ({position: warning.place, tag: `warning:${warning.ruleId}`, text: warning.reason}))
    }
    case 'lines': {
      return [
        ...select(article, 'title'),
        ...select(article, 'byline'),
        ...select(article, 'published'),
        ...select(article, 'dateline'),
        ...select(article, 'captions'),
        ...select(article, 'paragraphs'),
        ...select(article, 'related'),
        ...select(article, 'notice'),
        ...select(article, 'other')
      ].sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1))
    }
    default: {
      throw new Error(`Unexpected --show ${what}, expected title, byline, published, dateline, captions, credits, related, notice, paragraphs…, other[:kind], warnings[:ruleId] or lines`)
    }
  }
}

function place(parsed: Parsed, position: Position | null): string {
  if (!position) return `${parsed.source.file}`
  const line = position.start.line - parsed.lineShift
  return `${parsed.source.file}:${line < 1 ? 'title+' : String(line)}`
}

function printShown(parsed: readonly Parsed[], what: string): void {
  let count = 0
  for (const each of parsed) {
    for (const shown of select(each.article, what)) {
      count++
      const text = shown.text.replace(/\r?\n/g, ' ⏎ ')
      console.log(`${place(each, shown.position)}\t${shown.tag}\t${text.length > 240 ? `${text.slice(0, 240)}…` : text}`)
    }
  }
  console.error(`${count} line(s) for --show ${what}`)
}

/** The part a line belongs to, as `--parts` prints it: `caption`, `other:byline`, `caption-repeat`… */
function lineParts(article: Article): Map<number, string> {
  const parts = new Map<number, string>()
  const mark = (position: Position, tag: string): void => {
    for (let line = position.start.line; line <= position.end.line; line++) if (!parts.has(line)) parts.set(line, tag)
  }
  if (article.title) mark(article.title.position, 'title')
  if (article.byline) mark(article.byline.position, 'byline')
  if (article.published) mark(article.published.position, 'published')
  for (const caption of article.captions) {
    mark(caption.position, caption.credit === null ? 'caption' : 'caption+credit')
    for (const repeat of caption.duplicates) mark(repeat, 'caption-repeat')
  }
  // A dateline that opens a paragraph is marked with it (`paragraph+dateline`); one on its own line is its own.
  if (article.dateline) mark(article.dateline.position, article.paragraphs.some((paragraph) => paragraph.position.start.offset === article.dateline?.position.start.offset) ? 'paragraph+dateline' : 'dateline')
  for (const paragraph of article.paragraphs) mark(paragraph.position, 'paragraph')
  for (const link of article.relatedLinks) mark(link.position, 'related')
  if (article.notice) mark(article.notice.position, 'notice')
  for (const other of article.other) mark(other.position, `other:${other.kind}`)
  return parts
}

/** `--parts`: every non-blank line of every chosen article with the part it landed in. */
function printParts(parsed: readonly Parsed[]): void {
  for (const each of parsed) {
    const parts = lineParts(each.article)
    const lines = each.source.text.split(/\r\n|\r|\n/)
    for (const [at, text] of lines.entries()) {
      if (text.trim() === '') continue
      const line = at + 1 - each.lineShift
      const shown = text.trim()
      console.log(`${each.source.file}:${line < 1 ? 'title+' : String(line)}\t${each.source.publisher}\t${parts.get(at + 1) ?? '-'}\t${shown.length > 160 ? `${shown.slice(0, 160)}…` : shown}`)
    }
  }
}

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name)
  return at >= 0 ? argv[at + 1] : undefined
}

function main(argv: readonly string[]): number {
  const corpus = loadCorpus()
  if (!corpus) {
    console.error(`corpus: no sources.tsv under ${CORPUS}`)
    return 1
  }
  const file = option(argv, '--file')
  const publisher = option(argv, '--publisher')?.toLowerCase()
  const chosen = corpus.filter(
    (article) =>
      (file === undefined || article.file === file) &&
      (publisher === undefined || article.publisher.toLowerCase().includes(publisher))
  )
  const parsed = parseCorpus(chosen)
  if (argv.includes('--parts')) {
    printParts(parsed)
    return 0
  }
  const show = option(argv, '--show')
  if (show !== undefined) {
    printShown(parsed, show)
    return 0
  }
  const {publishers, totals} = tally(parsed)
  if (argv.includes('--json')) {
    console.log(JSON.stringify({publishers: Object.fromEntries(publishers), totals}, null, 2))
    return 0
  }
  printTables(publishers, totals)
  return 0
}

process.exitCode = main(process.argv.slice(2))
