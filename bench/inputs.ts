/**
 * The real texts the bench parses: the seed, every fixture, and every article
 * of ../shared/corpus (read at run time, never copied into the repo).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** One article to parse, with its title for the HTML the peer reads. */
export interface Article {
  readonly name: string
  readonly title: string
  /** The text as the parser gets it (title prepended where the file lacks it). */
  readonly text: string
}

/** The repository's root. */
export const REPO_ROOT: URL = new URL('../', import.meta.url)
/** The shared folder beside the repository. */
export const SHARED_ROOT: URL = new URL('../../shared/', import.meta.url)

/**
 * The seed fixture.
 *
 * @returns The seed article.
 */
export function loadSeed(): Article {
  const text = readFileSync(new URL('fixtures/seed/input.txt', REPO_ROOT), 'utf8')
  return {name: 'seed', title: firstLine(text), text}
}

/**
 * Every `fixtures/<name>/input.txt`.
 *
 * @returns The fixtures, sorted by name.
 */
export function loadFixtures(): Article[] {
  const root = new URL('fixtures/', REPO_ROOT)
  return readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.txt`, root)))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(`${name}/input.txt`, root), 'utf8')
      return {name, title: firstLine(text), text}
    })
}

/**
 * Every article of the shared corpus, with `title + "\n\n"` prepended from
 * `sources.tsv` where the file does not start with its title.
 *
 * @returns The articles, or none when the corpus is absent.
 */
export function loadCorpus(): Article[] {
  const corpus = new URL('corpus/', SHARED_ROOT)
  const sources = new URL('sources.tsv', corpus)
  if (!existsSync(sources)) return []
  const [header, ...rows] = readFileSync(sources, 'utf8').split(/\r?\n/)
  const columns = (header ?? '').split('\t')
  const fileColumn = columns.indexOf('file')
  const titleColumn = columns.indexOf('title')
  const articles: Article[] = []
  for (const row of rows) {
    if (!row.trim()) continue
    const cells = row.split('\t')
    const file = cells[fileColumn]
    const title = (cells[titleColumn] ?? '').trim()
    if (!file) continue
    const path = new URL(`articles/${file}`, corpus)
    if (!existsSync(path)) continue
    const raw = readFileSync(path, 'utf8')
    const text = title && !raw.replace(/^\uFEFF/, '').trimStart().startsWith(title) ? `${title}\n\n${raw}` : raw
    articles.push({name: file, title: title || firstLine(raw), text})
  }
  return articles
}

/**
 * Where the shared corpus lives, for the report.
 *
 * @returns A file path.
 */
export function corpusPath(): string {
  return fileURLToPath(new URL('corpus/', SHARED_ROOT))
}

/**
 * Wrap an article as the HTML a browser extractor reads: the title as `<h1>`,
 * every other non-blank line as a `<p>`, all escaped.
 *
 * @param article The article.
 * @returns An HTML document.
 */
export function toHtml(article: Article): string {
  const lines = article.text.split(/\r\n|\r|\n/).map((line) => line.trim())
  let first = lines.findIndex((line) => line !== '')
  if (first >= 0 && lines[first] !== article.title) first = -1
  const blocks = lines.filter((line, index) => line !== '' && index !== first).map((line) => `<p>${escapeHtml(line)}</p>`)
  const title = escapeHtml(article.title)
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${blocks.join('\n')}\n</article></body></html>`
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

function firstLine(text: string): string {
  return (text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '').trim()
}
