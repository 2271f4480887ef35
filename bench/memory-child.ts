/**
 * Run in a child process by the bench (`node --expose-gc --import tsx
 * bench/memory-child.ts <input file>`): parse one input once and print, as one
 * line of JSON, the process's memory before and after. A fresh process, so the
 * peak RSS belongs to this parse alone and not to what the bench ran before.
 */
import {readFileSync} from 'node:fs'
import {getHeapStatistics} from 'node:v8'
import {parseArticle} from '../src/index.js'

/** What the child reports. */
export interface MemoryReport {
  readonly inputBytes: number
  readonly inputLength: number
  /** RSS after start-up and a full collection, before the input is read. */
  readonly baselineRss: number
  /** The process's peak RSS, at the end. */
  readonly peakRss: number
  readonly baselineHeapUsed: number
  /** Heap used after the parse, the result still held. */
  readonly retainedHeapUsed: number
  /** The heap V8 had reserved right after the parse, before a collection: a high-water mark. */
  readonly heapTotalAfterParse: number
  readonly ms: number
  readonly parts: number
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
  const baselineHeapUsed = process.memoryUsage().heapUsed
  const text = readFileSync(file, 'utf8')
  const start = process.hrtime.bigint()
  const article = parseArticle(text, {maxInputLength: Number.MAX_SAFE_INTEGER})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const heapTotalAfterParse = getHeapStatistics().total_heap_size
  const peakRss = process.resourceUsage().maxRSS * 1024
  collect()
  const retainedHeapUsed = process.memoryUsage().heapUsed
  const parts = article.paragraphs.length + article.captions.length + article.other.length + article.quotes.length
  const report: MemoryReport = {
    inputBytes: Buffer.byteLength(text, 'utf8'),
    inputLength: text.length,
    baselineRss,
    peakRss,
    baselineHeapUsed,
    retainedHeapUsed,
    heapTotalAfterParse,
    ms,
    parts
  }
  console.log(JSON.stringify(report))
}

main()
