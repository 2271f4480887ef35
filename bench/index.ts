/**
 * `npm run bench`: throughput against a floor and a peer, growth with input
 * size, memory per input byte, and where the time goes. See bench/README.md.
 *
 * Flags: `--quick` skips the 10 MB inputs and the memory children.
 */
import {cpus, loadavg} from 'node:os'
import {parseArticle} from '../src/index.js'
import {heading, megabytes, num, percent, table, times} from './format.js'
import {measureGrowth, SIZES, stageGrowth, stageSizes, type Growth} from './growth.js'
import {corpusPath, loadCorpus, loadFixtures, loadSeed, toHtml, type Article} from './inputs.js'
import {interleave, mbPerSecond, medianOf, sinkHolds, utf8Bytes, type Contender} from './measure.js'
import {measureMemory, smallestOldSpace, type Memory, type OldSpace} from './memory.js'
import {floorPass, readabilityPass} from './peer.js'
import {REMAINDER, STAGES, stageContenders, TOP_STAGES} from './stages.js'
import {synthetics} from './synthetic.js'

const TARGET_MB_PER_S = 20
const TARGET_FLOOR_MULTIPLE = 15
const TARGET_PEER_SPEEDUP = 3
const TARGET_GROWTH = 1.5
const TARGET_RSS_PER_BYTE = 10
/** Each throughput sample parses at least this many bytes (the seed alone is 4 KB). */
const MIN_SAMPLE_BYTES = 300_000
/** The longest one synthetic input may take for all its sizes (a linear one needs a fraction). */
const GROWTH_LIMIT_MS = 30_000
/** The inputs measured for memory: the realistic one, and the one whose parts are densest. */
const MEMORY_INPUTS: ReadonlySet<string> = new Set(['seed repeated', 'names, pronouns, quotes'])

const quick = process.argv.includes('--quick')
const started = performance.now()

interface Throughput {
  readonly set: string
  readonly articles: number
  readonly bytes: number
  readonly parseMs: number
  readonly floorMs: number
  readonly peerMs: number
}

/** Time parse, floor and peer on one set of articles, interleaved. */
function measureThroughput(set: string, articles: readonly Article[], rounds: number): Throughput {
  const texts = articles.map((article) => article.text)
  const html = articles.map((article) => toHtml(article))
  const bytes = texts.reduce((sum, text) => sum + utf8Bytes(text), 0)
  const batch = Math.max(1, Math.ceil(MIN_SAMPLE_BYTES / bytes))
  const repeat = (run: () => unknown) => () => {
    let last: unknown = null
    for (let index = 0; index < batch; index++) last = run()
    return last
  }
  // Each contender keeps only its last output, as a stream of articles would.
  const over = <T,>(items: readonly T[], run: (item: T) => unknown) => () => {
    let last: unknown = null
    for (const item of items) last = run(item)
    return last
  }
  const contenders: Contender[] = [
    {name: 'parse', run: repeat(over(texts, (text) => parseArticle(text)))},
    {name: 'floor', run: repeat(over(texts, (text) => floorPass(text)))},
    {name: 'peer', run: repeat(over(html, (page) => readabilityPass(page)))}
  ]
  const samples = interleave(contenders, {warmup: 2, rounds})
  const per = (name: string) => medianOf(samples, name) / batch
  return {set, articles: articles.length, bytes, parseMs: per('parse'), floorMs: per('floor'), peerMs: per('peer')}
}

function printThroughput(rows: readonly Throughput[]): void {
  console.log(
    table(
      ['set', 'articles', 'size', 'parse ms', 'parse MB/s', 'articles/s', 'floor MB/s', '× floor', 'Readability MB/s', 'faster than it'],
      rows.map((row) => [
        row.set,
        String(row.articles),
        megabytes(row.bytes),
        num(row.parseMs),
        num(mbPerSecond(row.bytes, row.parseMs)),
        num(row.articles / (row.parseMs / 1000)),
        num(mbPerSecond(row.bytes, row.floorMs)),
        times(row.parseMs / row.floorMs),
        num(mbPerSecond(row.bytes, row.peerMs)),
        times(row.peerMs / row.parseMs)
      ])
    )
  )
  console.log('\nfloor = split into lines + one word regex pass; Readability = @mozilla/readability on a linkedom DOM of the same text as HTML.')
}

function printStages(texts: readonly string[], bytes: number): Map<string, number> {
  const wholeParse = (): unknown => {
    let last: unknown = null
    for (const text of texts) last = parseArticle(text)
    return last
  }
  const contenders = [...stageContenders(texts), {name: 'parseArticle (whole)', run: wholeParse}]
  const samples = interleave(contenders, {warmup: 2, rounds: 7})
  const ms = new Map<string, number>(contenders.map((contender) => [contender.name, medianOf(samples, contender.name)]))
  const quotes = ms.get('quotes (all)') ?? 0
  const partsOfQuotes = (ms.get('  spans') ?? 0) + (ms.get('  tokens') ?? 0) + (ms.get('  people registry') ?? 0)
  ms.set(REMAINDER, quotes - partsOfQuotes)
  const sum = TOP_STAGES.reduce((total, stage) => total + (ms.get(stage) ?? 0), 0)
  const rows = STAGES.map((stage) => {
    const value = ms.get(stage) ?? 0
    if (value <= 0) return [stage, '—', '—', '—']
    return [stage, num(value), percent(value, sum), num(mbPerSecond(bytes, value))]
  })
  rows.push(['sum of stages', num(sum), percent(sum, sum), num(mbPerSecond(bytes, sum))])
  const whole = ms.get('parseArticle (whole)') ?? 0
  rows.push(['parseArticle (whole)', num(whole), percent(whole, sum), num(mbPerSecond(bytes, whole))])
  console.log(table(['stage', 'ms', 'share', 'MB/s'], rows))
  console.log('\nEach stage runs alone on inputs prepared untimed; the indented rows split `quotes (all)`,')
  console.log('and the last of them is what remains (the constructs and chooser, resolving names and pronouns, carrying speakers, building quotes).')
  console.log('The sum leaves out the object spreads.')
  return ms
}

function growthRatio(row: Growth, from: number, to: number): {ratio: number; bound: boolean} {
  const small = row.sizes.find((each) => each.size === from)
  const large = row.sizes.find((each) => each.size === to)
  if (!small || !large || small.stopped) return {ratio: Number.NaN, bound: false}
  return {ratio: large.msPerMb / small.msPerMb, bound: large.stopped}
}

function printGrowth(rows: readonly Growth[], sizes: readonly number[]): void {
  const cell = (row: Growth, size: number): string => {
    const found = row.sizes.find((each) => each.size === size)
    if (!found) return '—'
    return found.stopped ? `> ${num(found.msPerMb)}` : num(found.msPerMb)
  }
  const ratioCell = (row: Growth, from: number, to: number): string => {
    const {ratio, bound} = growthRatio(row, from, to)
    if (!Number.isFinite(ratio)) return '—'
    return `${bound ? '> ' : ''}${times(ratio)}`
  }
  const [small, medium, large] = sizes
  const header = ['input', ...sizes.map((size) => `${size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`} ms/MB`), 'wall MB/s', '1MB / 100KB']
  if (large !== undefined) header.push('10MB / 1MB', `≤ ${TARGET_GROWTH}`)
  console.log(
    table(
      header,
      rows.map((row) => {
        const last = row.sizes.at(-1)
        const cells = [
          row.name,
          ...sizes.map((size) => cell(row, size)),
          last && !last.stopped ? num(1000 / last.wallMsPerMb) : '—',
          ratioCell(row, small ?? 0, medium ?? 0)
        ]
        if (large !== undefined) {
          const {ratio, bound} = growthRatio(row, medium ?? 0, large)
          cells.push(ratioCell(row, medium ?? 0, large), Number.isFinite(ratio) && !bound && ratio <= TARGET_GROWTH ? 'yes' : 'NO')
        }
        return cells
      })
    )
  )
  const samples = rows.map((row) => `${row.name} ${row.sizes.map((each) => each.samples).join('/')}`).join('; ')
  console.log(`\nSamples per size: ${samples}.`)
  console.log('ms/MB = median CPU time (user + system) per MB: steadier than wall-clock time on a shared machine; wall MB/s is at the largest size.')
  console.log(`"> x": stopped at the ${GROWTH_LIMIT_MS / 1000} s limit per input before one sample ended; x is a lower bound (wall-clock).`)
  for (const row of rows) if (row.error) console.log(`${row.name}: ${row.error}`)
}

function printMemory(results: readonly Memory[], oldSpace: readonly OldSpace[]): void {
  console.log(
    table(
      ['input (10 MB)', 'parse s', 'peak RSS', 'RSS above baseline', 'peak RSS B/B', 'above baseline B/B', 'heap after parse B/B', 'retained heap B/B'],
      results.map(({name, report, error}) => {
        if (!report) return [name, error ?? 'failed', '', '', '', '', '', '']
        const per = (value: number) => num(value / report.inputBytes)
        return [
          name,
          num(report.ms / 1000),
          megabytes(report.peakRss),
          megabytes(report.peakRss - report.baselineRss),
          per(report.peakRss),
          per(report.peakRss - report.baselineRss),
          per(report.heapTotalAfterParse),
          per(report.retainedHeapUsed - report.baselineHeapUsed)
        ]
      })
    )
  )
  console.log('\nB/B = bytes per input byte (UTF-8). Baseline = the child after start-up, the parser loaded and warmed, before it reads the input.')
  console.log('Heap after parse = V8 heap reserved right after the parse (a high-water mark); retained = heap used by the result after a full GC.')
  console.log('\nThe least old space the parse completes in (`--max-old-space-size`, searched by halving, `--parse-only` children):')
  console.log('how much the parse holds at once at its peak; peak RSS adds the garbage V8 lets pile up before it collects.\n')
  console.log(
    table(
      ['input (10 MB)', 'passes at', 'fails at', 'passes at B/B'],
      oldSpace.map(({name, passedMb, failedMb, inputBytes}) => [
        name,
        passedMb === null ? 'none passed' : `${passedMb} MB`,
        failedMb === null ? 'none failed' : `${failedMb} MB`,
        passedMb === null ? '' : num((passedMb * 1024 * 1024) / inputBytes)
      ])
    )
  )
  const measured = results.filter((result) => result.report !== null)
  if (measured.length === 0) return
  console.log('\nWhat the peak is made of: heap held by each stage\'s output, B/B, every earlier output still held (after a full GC)\n')
  const stages = measured[0]?.report?.stages.map((each) => each.stage) ?? []
  console.log(
    table(
      ['stage', ...measured.map((result) => result.name)],
      stages.map((stage) => [
        stage,
        ...measured.map(({report}) => {
          const bytes = report?.stages.find((each) => each.stage === stage)?.bytes
          return bytes === undefined || !report ? '' : num(bytes / report.inputBytes)
        })
      ])
    )
  )
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met'
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`# article-anatomy bench — node ${process.version}, ${cpus().length} × ${cpu}${quick ? ' (--quick)' : ''}`)
  const [load] = loadavg()
  console.log(`Load average at start: ${num(load ?? 0)}${(load ?? 0) > cpus().length * 0.75 ? ' — the machine is busy: absolute figures run slow, ratios measured in the same run still hold' : ''}`)

  const seed = loadSeed()
  const fixtures = loadFixtures()
  const corpus = loadCorpus()
  if (corpus.length === 0) console.log(`(no corpus at ${corpusPath()}: corpus rows skipped)`)

  heading('Throughput (interleaved: parse, floor, Readability; warm-up 2, median of rounds)')
  const throughput = [
    measureThroughput('seed', [seed], 9),
    measureThroughput('fixtures', fixtures, 7),
    ...(corpus.length > 0 ? [measureThroughput('corpus', corpus, 7)] : [])
  ]
  printThroughput(throughput)

  const stageTexts = corpus.length > 0 ? corpus.map((article) => article.text) : fixtures.map((article) => article.text)
  const stageBytes = stageTexts.reduce((sum, text) => sum + utf8Bytes(text), 0)
  heading(`Where the time goes (${corpus.length > 0 ? 'corpus' : 'fixtures'}, ${megabytes(stageBytes)}; warm-up 2, median of 7 rounds)`)
  printStages(stageTexts, stageBytes)

  const inputs = synthetics(seed.text)
  const sizes = quick ? SIZES.slice(0, 2) : SIZES
  heading(`Growth (${sizes.map((size) => `${size / 1_000_000} M`).join(', ')} characters; median CPU ms per MB; each input in a child process)`)
  const growth: Growth[] = []
  for (const input of inputs) growth.push(await measureGrowth(input.name, GROWTH_LIMIT_MS, quick))
  printGrowth(growth, sizes)

  const growing = growth.filter((row) => {
    const last = sizes.at(-1) ?? 0
    const previous = sizes.at(-2) ?? 0
    const {ratio, bound} = growthRatio(row, previous, last)
    const {ratio: early} = growthRatio(row, sizes[0] ?? 0, sizes[1] ?? 0)
    return bound || !Number.isFinite(ratio) || ratio > TARGET_GROWTH || early > TARGET_GROWTH * 1.5
  })
  for (const row of growing) {
    const input = inputs.find((each) => each.name === row.name)
    if (!input) continue
    const [from, to] = stageSizes(row)
    const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`)
    heading(`Stage growth for "${row.name}" (one run per size: ${label(from)} and ${label(to)})`)
    const stages = stageGrowth(input, [from, to])
    console.log(
      table(
        ['stage', `${label(from)} ms/MB`, `${label(to)} ms/MB`, 'ratio'],
        STAGES.filter((stage) => stage !== REMAINDER).map((stage) => {
          const [before, after] = stages.get(stage) ?? [Number.NaN, Number.NaN]
          return [stage, num(before), num(after), times(after / before)]
        })
      )
    )
  }

  let memory: Memory[] = []
  if (!quick) {
    heading('Memory (10 MB inputs, one child process each, in parallel)')
    const memoryInputs = inputs.filter((input) => MEMORY_INPUTS.has(input.name)).map((input) => ({name: input.name, text: input.make(SIZES[2] ?? 10_000_000)}))
    memory = await measureMemory(memoryInputs, 2, 120_000)
    printMemory(memory, await smallestOldSpace(memoryInputs, 120_000))
  }

  heading('Targets')
  const corpusRow = throughput.find((row) => row.set === 'corpus') ?? throughput.at(-1)
  const lines: string[] = []
  if (corpusRow) {
    const speed = mbPerSecond(corpusRow.bytes, corpusRow.parseMs)
    const floor = corpusRow.parseMs / corpusRow.floorMs
    const peer = corpusRow.peerMs / corpusRow.parseMs
    lines.push(`- ≥ ${TARGET_MB_PER_S} MB/s on the ${corpusRow.set}: ${num(speed)} MB/s — ${verdict(speed >= TARGET_MB_PER_S)}`)
    lines.push(`- within ${TARGET_FLOOR_MULTIPLE}× the floor: ${times(floor)} — ${verdict(floor <= TARGET_FLOOR_MULTIPLE)}`)
    lines.push(`- ≥ ${TARGET_PEER_SPEEDUP}× faster than Readability + linkedom: ${times(peer)} — ${verdict(peer >= TARGET_PEER_SPEEDUP)}`)
  }
  if (!quick) {
    const ratios = growth.map((row) => ({name: row.name, ...growthRatio(row, SIZES[1] ?? 0, SIZES[2] ?? 0)}))
    const failing = ratios.filter((row) => row.bound || !Number.isFinite(row.ratio) || row.ratio > TARGET_GROWTH)
    const worst = ratios.reduce((found, row) => (row.ratio > found.ratio || !Number.isFinite(row.ratio) ? row : found))
    const describe = (row: {name: string; ratio: number; bound: boolean}) =>
      Number.isFinite(row.ratio) ? `${row.bound ? '> ' : ''}${times(row.ratio)} (${row.name})` : `stopped before 10 MB (${row.name})`
    lines.push(
      `- time per MB at 10 MB ≤ ${TARGET_GROWTH}× that at 1 MB, every input: ` +
        (failing.length > 0 ? `over for ${failing.map(describe).join(', ')}` : `worst ${describe(worst)}`) +
        ` — ${verdict(failing.length === 0)}`
    )
    const measured = memory.flatMap((each) => (each.report ? [{name: each.name, report: each.report}] : []))
    const worstNet = Math.max(...measured.map(({report}) => (report.peakRss - report.baselineRss) / report.inputBytes))
    const worstPeak = Math.max(...measured.map(({report}) => report.peakRss / report.inputBytes))
    const failed = memory.length - measured.length
    lines.push(
      `- peak RSS < ${TARGET_RSS_PER_BYTE} B per input byte at 10 MB: worst ${num(worstNet)} B/B above the process baseline ` +
        `(${num(worstPeak)} B/B counting Node's own start-up memory)${failed > 0 ? `, ${failed} input(s) failed` : ''} — ` +
        verdict(failed === 0 && worstNet < TARGET_RSS_PER_BYTE)
    )
  }
  console.log(lines.join('\n'))
  console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.${sinkHolds() ? '' : ' '}`)
}

await main()
