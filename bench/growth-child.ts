/**
 * Run in a child process by the bench (`node --import tsx bench/growth-child.ts
 * <input name>`): time one synthetic input at 100 KB, 1 MB and 10 MB and print
 * one JSON line as each size starts and as it ends, so the parent can stop a
 * super-linear input at its time limit and still know how far it got.
 *
 * Samples are CPU time of the process (user + system, GC threads included) as
 * well as wall-clock time: on a shared machine CPU time drifts far less
 * between the sizes, which are measured one after another.
 */
import {parseArticle} from '../src/index.js'
import {loadSeed} from './inputs.js'
import {time, utf8Bytes} from './measure.js'
import {SIZES, synthetics} from './synthetic.js'

/** What the child prints, one per line. */
export type GrowthEvent =
  | {readonly event: 'start'; readonly size: number}
  | {
      readonly event: 'done'
      readonly size: number
      readonly bytes: number
      /** CPU time (user + system) of each sample, in ms. */
      readonly samples: readonly number[]
      /** Wall-clock time of each sample, in ms. */
      readonly wall: readonly number[]
    }


/** Samples per size: at least `min`, at most `max`, more while under `budgetMs`. */
const SAMPLING: readonly {min: number; max: number; budgetMs: number}[] = [
  {min: 5, max: 15, budgetMs: 1000},
  {min: 3, max: 5, budgetMs: 1500},
  {min: 1, max: 3, budgetMs: 6000}
]

const OPTIONS = {maxInputLength: Number.MAX_SAFE_INTEGER}

function emit(event: GrowthEvent): void {
  console.log(JSON.stringify(event))
}

function main(): void {
  const name = process.argv[2]
  const sizes = process.argv.includes('--quick') ? SIZES.slice(0, 2) : SIZES
  const synthetic = synthetics(loadSeed().text).find((each) => each.name === name)
  if (!synthetic) throw new Error(`Unknown synthetic input: ${name}`)
  for (const [index, size] of sizes.entries()) {
    const text = synthetic.make(size)
    const sampling = SAMPLING[index] ?? {min: 1, max: 1, budgetMs: 0}
    // Warm-up on the smallest size only (at least 3 runs and 1.5 s): the JIT has settled before the larger ones.
    if (index === 0) {
      let spent = 0
      for (let round = 0; round < 20 && (round < 3 || spent < 1500); round++) spent += time(() => parseArticle(text, OPTIONS))
    }
    emit({event: 'start', size})
    const samples: number[] = []
    const wall: number[] = []
    let spent = 0
    while (samples.length < sampling.max && (samples.length < sampling.min || spent < sampling.budgetMs)) {
      const cpu = process.cpuUsage()
      const ms = time(() => parseArticle(text, OPTIONS))
      const used = process.cpuUsage(cpu)
      samples.push((used.user + used.system) / 1000)
      wall.push(ms)
      spent += ms
    }
    emit({event: 'done', size, bytes: utf8Bytes(text), samples, wall})
  }
}

main()
