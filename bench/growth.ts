/**
 * Growth: time per MB of one input at 100 KB, 1 MB and 10 MB, so super-linear
 * cost shows as a rising ratio.
 */
import {parseArticle} from '../src/index.js'
import {consume, median, msPerMb, time, utf8Bytes} from './measure.js'
import {STAGES, stageContenders, type Stage} from './stages.js'
import type {Synthetic} from './synthetic.js'

/** The sizes, in UTF-16 code units (the parser's default limit is 10,000,000). */
export const SIZES = [100_000, 1_000_000, 10_000_000] as const

/** One input's growth. */
export interface Growth {
  readonly name: string
  /** UTF-8 bytes of the input at each size. */
  readonly bytes: readonly number[]
  /** Median ms/MB at each size (NaN when skipped). */
  readonly msPerMb: readonly number[]
  /** How many samples each median took. */
  readonly samples: readonly number[]
  /** Why a size was skipped, if one was. */
  readonly note: string | null
}

const OPTIONS = {maxInputLength: Number.MAX_SAFE_INTEGER}

/**
 * Sample a parse until `min` samples and `budgetMs` spent, or `max` samples.
 */
function sample(text: string, min: number, max: number, budgetMs: number): number[] {
  const samples: number[] = []
  let spent = 0
  while (samples.length < max && (samples.length < min || spent < budgetMs)) {
    const ms = time(() => parseArticle(text, OPTIONS))
    samples.push(ms)
    spent += ms
  }
  return samples
}

/**
 * Measure one synthetic input at every size. The 10 MB run is skipped when the
 * smaller sizes project it past `limitMs` (a super-linear input), and the
 * projection is reported instead.
 *
 * @param synthetic The input's generator.
 * @param limitMs The longest a single 10 MB parse may be expected to take.
 * @returns Time per MB at each size.
 */
export function measureGrowth(synthetic: Synthetic, limitMs: number): Growth {
  const texts = SIZES.map((size) => synthetic.make(size))
  const bytes = texts.map((text) => utf8Bytes(text))
  const [small, medium, large] = texts
  if (small === undefined || medium === undefined || large === undefined) throw new Error('missing size')
  // Warm-up on the small and medium inputs, so the JIT has settled before any sample.
  for (let round = 0; round < 3; round++) consume(parseArticle(small, OPTIONS))
  consume(parseArticle(medium, OPTIONS))

  const perMb: number[] = []
  const counts: number[] = []
  let note: string | null = null
  const smallSamples = sample(small, 5, 15, 400)
  const mediumSamples = sample(medium, 3, 5, 1500)
  perMb.push(msPerMb(bytes[0] ?? 0, median(smallSamples)), msPerMb(bytes[1] ?? 0, median(mediumSamples)))
  counts.push(smallSamples.length, mediumSamples.length)

  const growth = (perMb[1] ?? 0) / (perMb[0] ?? 1)
  const projected = median(mediumSamples) * 10 * Math.max(1, growth)
  if (projected > limitMs) {
    note = `10 MB skipped: projected ${(projected / 1000).toFixed(0)} s from the growth 100 KB → 1 MB`
    perMb.push(Number.NaN)
    counts.push(0)
  } else {
    const largeSamples = sample(large, 1, 3, 6000)
    perMb.push(msPerMb(bytes[2] ?? 0, median(largeSamples)))
    counts.push(largeSamples.length)
  }
  return {name: synthetic.name, bytes, msPerMb: perMb, samples: counts, note}
}

/**
 * Time every stage once at 1 MB and 10 MB, to find the stage that grows.
 *
 * @param synthetic The input's generator.
 * @returns ms/MB per stage at 1 MB and at 10 MB.
 */
export function stageGrowth(synthetic: Synthetic): Map<Stage, [number, number]> {
  const result = new Map<Stage, [number, number]>()
  const sizes = [SIZES[1], SIZES[2]]
  const perSize = sizes.map((size) => {
    const text = synthetic.make(size)
    const bytes = utf8Bytes(text)
    const contenders = stageContenders([text])
    const times = new Map<string, number>()
    for (const contender of contenders) times.set(contender.name, msPerMb(bytes, time(contender.run)))
    return times
  })
  for (const stage of STAGES) {
    result.set(stage, [perSize[0]?.get(stage) ?? Number.NaN, perSize[1]?.get(stage) ?? Number.NaN])
  }
  return result
}
