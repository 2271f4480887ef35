/**
 * A digest of `parseArticle`'s output on every input we have (fixtures, the
 * corpus, the quote-eval articles, the bench's synthetic inputs), one hash per
 * input, so a refactor meant to change nothing can prove it changed nothing.
 *
 *   npm run digest -- --out .tmp/before.tsv     write the digests
 *   npm run digest -- --against .tmp/before.tsv  list the inputs whose output differs
 *
 * Only hashes are written: never the articles, which belong to their publishers.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {parseArticle} from '../src/index.js'
import {loadCorpus} from '../test/support/corpus.js'
import {listFixtures} from '../test/support/fixtures.js'
import {synthetics} from '../bench/synthetic.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

const inputs: Array<[string, string]> = []
for (const fixture of listFixtures()) inputs.push([`fixture:${fixture.name}`, fixture.input])
for (const article of loadCorpus() ?? []) inputs.push([`corpus:${article.file}`, article.text])
for (const split of ['dev', 'train']) {
  const evalPath = new URL(`../../shared/eval/quotes/polnear-${split}.jsonl`, import.meta.url).pathname
  if (!existsSync(evalPath)) continue
  for (const line of readFileSync(evalPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const record = JSON.parse(line) as {id: string; text: string}
    inputs.push([`eval:${record.id}`, record.text])
  }
}
const seed = readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8')
for (const synthetic of synthetics(seed)) inputs.push([`synthetic:${synthetic.name}`, synthetic.make(200_000)])

const digests = inputs.map(([name, text]) => {
  const hash = createHash('sha256').update(JSON.stringify(parseArticle(text))).digest('hex').slice(0, 16)
  return `${name}\t${hash}`
})

const out = flag('--out')
const against = flag('--against')
if (out) writeFileSync(out, digests.join('\n') + '\n')
if (against) {
  const before = new Map(
    readFileSync(against, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string])
  )
  let changed = 0
  for (const line of digests) {
    const [name, hash] = line.split('\t') as [string, string]
    if (before.get(name) !== hash) {
      changed++
      console.log(`changed\t${name}`)
    }
  }
  console.log(`${digests.length} inputs, ${changed} changed`)
  process.exitCode = changed > 0 ? 1 : 0
}
if (!out && !against) console.log(digests.join('\n'))
