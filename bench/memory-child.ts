/**
 * Run in a child process by the bench (`node --expose-gc --import tsx
 * bench/memory-child.ts <input file> [--parse-only]`): parse one input once and
 * print, as one line of JSON, the process's memory before and after. A fresh
 * process, so the peak RSS belongs to this parse alone and not to what the
 * bench ran before. `--parse-only` skips the stage-by-stage run, which holds
 * more at once than the parse: for runs under a heap limit.
 */
import {readFileSync} from 'node:fs'
import {getHeapStatistics} from 'node:v8'
import {parseArticle} from '../src/index.js'
import {validateArticle} from '../src/parse-article.js'
import {findQuotes, readWords} from '../src/quotes/find-quotes.js'
import {findQuoteSpans} from '../src/quotes/quote-spans.js'
import {assignRoles} from '../src/sections/assign-roles.js'
import {buildSections} from '../src/sections/build-sections.js'
import {scanTextLines} from '../src/text/scan-lines.js'

/** What the child reports. */
export interface MemoryReport {
  readonly inputBytes: number
  readonly inputLength: number
  /** RSS after start-up and a full collection, before the input is read. */
  readonly baselineRss: number
  /** The process's peak RSS, at the end. */
  readonly peakRss: number
  /** Heap used, with typed arrays' buffers (outside V8's heap), before the input is read. */
  readonly baselineHeapUsed: number
  /** The same after the parse and a full collection, the result still held. */
  readonly retainedHeapUsed: number
  /** The heap V8 had reserved right after the parse, before a collection: a high-water mark. */
  readonly heapTotalAfterParse: number
  readonly ms: number
  readonly parts: number
  /** The heap each stage's output holds, every earlier output still held: what the peak is made of. */
  readonly stages: readonly StageHeap[]
}

/** The heap one stage's output holds. */
export interface StageHeap {
  readonly stage: string
  readonly bytes: number
}

const gc = (globalThis as {gc?: () => void}).gc

function collect(): void {
  gc?.()
  gc?.()
}

function main(): void {
  const file = process.argv[2]
  if (!file) throw new Error('usage: memory-child.ts <input file>')
  // Load the parser's code and let it compile on a small input first, so the
  // baseline includes the code, as it would in any long-running user.
  parseArticle('Warm-up headline\n\n“A warm-up quote,” she said.')
  collect()
  const baselineRss = process.memoryUsage().rss
  const baselineHeapUsed = heapAndBuffers()
  const text = readFileSync(file, 'utf8')
  const start = process.hrtime.bigint()
  const article = parseArticle(text, {maxInputLength: Number.MAX_SAFE_INTEGER})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const heapTotalAfterParse = getHeapStatistics().total_heap_size
  const peakRss = process.resourceUsage().maxRSS * 1024
  collect()
  const retainedHeapUsed = heapAndBuffers()
  const parts = article.paragraphs.length + article.captions.length + article.other.length + article.quotes.length
  // After the peak RSS is read: the stage-by-stage run below holds more at once than the parse does.
  const stages = process.argv.includes('--parse-only') ? [] : stageHeap(text)
  const report: MemoryReport = {
    inputBytes: Buffer.byteLength(text, 'utf8'),
    inputLength: text.length,
    baselineRss,
    peakRss,
    baselineHeapUsed,
    retainedHeapUsed,
    heapTotalAfterParse,
    ms,
    parts,
    stages
  }
  console.log(JSON.stringify(report))
}

/**
 * Run the pipeline stage by stage on the input, holding every stage's output,
 * and measure the heap each adds after a full collection. The word tokens are
 * made here as `findQuotes` makes them inside (it holds them all until it
 * returns), so their share of the parse's peak shows.
 */
function stageHeap(text: string): StageHeap[] {
  const held: unknown[] = []
  const stages: StageHeap[] = []
  let before = heapUsed()
  const hold = <T,>(stage: string, value: T): T => {
    held.push(value)
    const now = heapUsed()
    stages.push({stage, bytes: now - before})
    before = now
    return value
  }
  const lines = hold('lines', scanTextLines(text))
  const {roles, warnings} = hold('line roles', assignRoles(lines))
  const sections = hold('sections', buildSections(lines, roles))
  // One word store for the article, sized from its paragraphs, as findQuotes reads it.
  const tokens = readWords(sections.paragraphs, sections.paragraphs.map((paragraph) => findQuoteSpans(paragraph.text)))
  hold('quote spans and word tokens', tokens)
  const found = hold('quotes', findQuotes(sections.paragraphs))
  hold('validation', validateArticle({...sections, quotes: found.quotes, warnings: [...warnings, ...found.warnings]}))
  return stages
}

function heapUsed(): number {
  collect()
  return heapAndBuffers()
}

/** V8's heap in use and the typed arrays' buffers, which live outside it (the word store's numbers). */
function heapAndBuffers(): number {
  const {heapUsed, arrayBuffers} = process.memoryUsage()
  return heapUsed + arrayBuffers
}

main()
