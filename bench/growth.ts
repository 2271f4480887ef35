/**
 * Growth: time per MB of one input at 100 KB, 1 MB and 10 MB, so super-linear
 * cost shows as a rising ratio. Each input runs in its own child process with
 * a time limit, so a quadratic input is stopped and reported, not waited for.
 */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {GrowthEvent} from './growth-child.js'
import {REPO_ROOT} from './inputs.js'
import {median, MB, msPerMb, time, utf8Bytes} from './measure.js'
import {STAGES, stageContenders, type Stage} from './stages.js'
import type {Synthetic} from './synthetic.js'

export {SIZES} from './synthetic.js'

/** One size of one input. */
export interface SizeResult {
  readonly size: number
  /** Median CPU ms per MB; for a size stopped at the limit, a lower bound from wall-clock time. */
  readonly msPerMb: number
  /** Median wall-clock ms per MB. */
  readonly wallMsPerMb: number
  readonly samples: number
  /** Whether the time limit stopped this size before one sample ended. */
  readonly stopped: boolean
}

/** One input's growth. */
export interface Growth {
  readonly name: string
  readonly sizes: readonly SizeResult[]
  readonly error: string | null
}

const CHILD = fileURLToPath(new URL('growth-child.ts', import.meta.url))

/**
 * Measure one synthetic input at every size in a child process, stopping it
 * after `limitMs`; a size cut short gets a lower bound from the time it ran.
 *
 * @param name The synthetic input's name.
 * @param limitMs The longest the child may run.
 * @param quick Only 100 KB and 1 MB.
 * @returns Time per MB at each size reached.
 */
export function measureGrowth(name: string, limitMs: number, quick: boolean): Promise<Growth> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, name, ...(quick ? ['--quick'] : [])], {
      cwd: fileURLToPath(REPO_ROOT),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const sizes: SizeResult[] = []
    let running: {size: number; since: number} | null = null
    let buffered = ''
    let stderr = ''
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      let newline = buffered.indexOf('\n')
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim()
        buffered = buffered.slice(newline + 1)
        newline = buffered.indexOf('\n')
        if (!line.startsWith('{')) continue
        const event = JSON.parse(line) as GrowthEvent
        if (event.event === 'start') running = {size: event.size, since: performance.now()}
        else {
          running = null
          sizes.push({
            size: event.size,
            msPerMb: msPerMb(event.bytes, median(event.samples)),
            wallMsPerMb: msPerMb(event.bytes, median(event.wall)),
            samples: event.samples.length,
            stopped: false
          })
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, limitMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (running) {
        // Bytes ≈ code units for these inputs; a lower bound needs no more precision.
        const ran = performance.now() - running.since
        sizes.push({size: running.size, msPerMb: ran / (running.size / MB), wallMsPerMb: ran / (running.size / MB), samples: 0, stopped: true})
      }
      const error = killed || code === 0 ? null : `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`
      resolve({name, sizes, error})
    })
  })
}

/**
 * Time every stage once at two sizes, to find the stage that grows.
 *
 * @param synthetic The input's generator.
 * @param sizes The two sizes, smaller first.
 * @returns ms/MB per stage at each size.
 */
export function stageGrowth(synthetic: Synthetic, sizes: readonly [number, number]): Map<Stage, [number, number]> {
  const result = new Map<Stage, [number, number]>()
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

/**
 * The two sizes to compare stages at, run in this process without a time
 * limit, so never above 1 MB: 100 KB and 1 MB, or 50 KB and 100 KB when the
 * 1 MB size was stopped or slow.
 *
 * @param growth An input's growth.
 * @returns Two sizes, smaller first.
 */
export function stageSizes(growth: Growth): [number, number] {
  const medium = growth.sizes.find((each) => each.size === 1_000_000)
  if (medium && !medium.stopped && medium.msPerMb < 5000) return [100_000, 1_000_000]
  return [50_000, 100_000]
}
