import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {SHARED} from './shared.js'

/** Where `../shared/corpus` sits beside the repository. */
export const CORPUS = join(SHARED, 'corpus')

/** One corpus article, its title prepended from `sources.tsv` when the file lacks it. */
export interface CorpusArticle {
  readonly file: string
  readonly publisher: string
  readonly text: string
}

/**
 * Load the shared corpus, or null when it is not beside the repository.
 *
 * @returns The articles, in file order.
 */
export function loadCorpus(): CorpusArticle[] | null {
  const tsv = join(CORPUS, 'sources.tsv')
  if (!existsSync(tsv)) return null
  const [header, ...rows] = readFileSync(tsv, 'utf8').split('\n').filter(Boolean)
  const columns = (header ?? '').split('\t')
  const at = (name: string): number => columns.indexOf(name)
  return rows.map((row) => {
    const cells = row.split('\t')
    const file = cells[at('file')] ?? ''
    const title = cells[at('title')] ?? ''
    const body = readFileSync(join(CORPUS, 'articles', file), 'utf8')
    const startsWithTitle = title !== '' && body.replace(/^\uFEFF/, '').trimStart().startsWith(title)
    return {file, publisher: cells[at('publisher')] ?? '', text: startsWithTitle ? body : `${title}\n\n${body}`}
  })
}
