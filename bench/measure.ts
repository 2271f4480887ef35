/**
 * Timing helpers: warm-up, interleaved rounds, medians. Results of every timed
 * call go to a sink so the JIT cannot drop the work.
 */

/** A named piece of work to time. */
export interface Contender {
  readonly name: string
  readonly run: () => unknown
}

/** Options for {@link interleave}. */
export interface RoundOptions {
  /** Untimed runs of every contender before the rounds. */
  readonly warmup: number
  /** Timed rounds; each round runs every contender once. */
  readonly rounds: number
}

let sink: unknown = null

/**
 * Keep a value reachable so the work that made it cannot be optimised away.
 *
 * @param value Anything.
 */
export function consume(value: unknown): void {
  sink = value
}

/**
 * Read the sink (so it is not dead code either).
 *
 * @returns Whether the sink holds anything.
 */
export function sinkHolds(): boolean {
  return sink !== null
}

/**
 * Time one call in milliseconds.
 *
 * @param run The work.
 * @returns Milliseconds.
 */
export function time(run: () => unknown): number {
  const start = process.hrtime.bigint()
  consume(run())
  return Number(process.hrtime.bigint() - start) / 1e6
}

/**
 * Run contenders in interleaved rounds (the order rotates each round, so drift
 * in the machine's speed falls on all of them alike) after a warm-up.
 *
 * @param contenders The work to compare.
 * @param options Warm-up and rounds.
 * @returns The samples in milliseconds, by contender name.
 */
export function interleave(contenders: readonly Contender[], options: RoundOptions): Map<string, number[]> {
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]))
  for (let round = 0; round < options.warmup; round++) {
    for (const contender of contenders) consume(contender.run())
  }
  for (let round = 0; round < options.rounds; round++) {
    for (let step = 0; step < contenders.length; step++) {
      const contender = contenders[(round + step) % contenders.length]
      if (!contender) continue
      samples.get(contender.name)?.push(time(contender.run))
    }
  }
  return samples
}

/**
 * The median of some numbers.
 *
 * @param values Samples.
 * @returns The median, or NaN for none.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * The median of a contender's samples.
 *
 * @param samples Samples by name, from {@link interleave}.
 * @param name The contender.
 * @returns Milliseconds.
 */
export function medianOf(samples: ReadonlyMap<string, readonly number[]>, name: string): number {
  return median(samples.get(name) ?? [])
}

/** Bytes in a megabyte, as throughput figures count them (decimal, like disk and network speeds). */
export const MB = 1_000_000

/**
 * Megabytes per second.
 *
 * @param bytes Input size in UTF-8 bytes.
 * @param ms Milliseconds.
 * @returns MB/s.
 */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000)
}

/**
 * Milliseconds per megabyte.
 *
 * @param bytes Input size in UTF-8 bytes.
 * @param ms Milliseconds.
 * @returns ms/MB.
 */
export function msPerMb(bytes: number, ms: number): number {
  return ms / (bytes / MB)
}

/**
 * Size of a text in UTF-8 bytes.
 *
 * @param text Any text.
 * @returns Bytes.
 */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
