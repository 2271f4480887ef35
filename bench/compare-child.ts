/**
 * Run in a child process by `bench/compare.ts` (`node --import tsx
 * bench/compare-child.ts <source root> <rounds>`): time `parseArticle` from
 * `<source root>/src` over the corpus (the fixtures without it) and print one
 * JSON line: the time of each round, in ms. One tree a process, so neither
 * tree's code or garbage slows the other.
 */
import {pathToFileURL} from 'node:url'
import {loadCorpus, loadFixtures} from './inputs.js'

/** What the child prints. */
export interface CompareReport {
  readonly set: 'corpus' | 'fixtures'
  readonly bytes: number
  readonly rounds: readonly number[]
  /** Paragraphs parsed in the last round: the parses' output is used, so none can be skipped. */
  readonly paragraphs: number
}

const WARM_UP_ROUNDS = 5

async function main(): Promise<void> {
  const [root, rounds] = process.argv.slice(2)
  if (!root) throw new Error('usage: compare-child.ts <source root> <rounds>')
  const module = (await import(pathToFileURL(`${root}/src/index.ts`).href)) as {parseArticle: (text: string) => {paragraphs: readonly unknown[]}}
  const corpus = loadCorpus()
  const set = corpus.length > 0 ? 'corpus' : 'fixtures'
  const texts = (corpus.length > 0 ? corpus : loadFixtures()).map((article) => article.text)
  const parseAll = (): number => {
    let paragraphs = 0
    for (const text of texts) paragraphs += module.parseArticle(text).paragraphs.length
    return paragraphs
  }
  for (let round = 0; round < WARM_UP_ROUNDS; round++) parseAll()
  const times: number[] = []
  let paragraphs = 0
  for (let round = 0; round < Number(rounds ?? 25); round++) {
    const start = performance.now()
    paragraphs = parseAll()
    times.push(performance.now() - start)
  }
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0)
  const report: CompareReport = {set, bytes, rounds: times, paragraphs}
  console.log(JSON.stringify(report))
}

await main()
