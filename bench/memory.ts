/**
 * Memory: parse a 10 MB input in a fresh child process and read its peak RSS
 * and heap, per input byte.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {MemoryReport} from './memory-child.js'
import {runJsonChild} from './child.js'

/** A memory measurement of one input, or why it failed. */
export interface Memory {
  readonly name: string
  readonly report: MemoryReport | null
  readonly error: string | null
}

const CHILD = fileURLToPath(new URL('memory-child.ts', import.meta.url))

function runChild(file: string, timeoutMs: number, nodeFlags: readonly string[] = [], childFlags: readonly string[] = []): Promise<MemoryReport> {
  return runJsonChild<MemoryReport>(CHILD, [file, ...childFlags], {nodeFlags: ['--expose-gc', ...nodeFlags], timeoutMs})
}

/**
 * Write each input to a file of a temporary folder, run `use` on the files,
 * and remove the folder.
 */
async function withInputFiles<T>(inputs: readonly {text: string}[], use: (files: readonly string[]) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'article-anatomy-bench-'))
  try {
    const files = inputs.map((input, index) => {
      const file = join(folder, `input-${index}.txt`)
      writeFileSync(file, input.text)
      return file
    })
    return await use(files)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * Measure each input in its own child process, `parallel` at a time (the
 * memory of one child does not depend on another's CPU use).
 *
 * @param inputs Names and texts.
 * @param parallel How many children at once.
 * @param timeoutMs The longest a child may run.
 * @returns One measurement per input, in order.
 */
export async function measureMemory(
  inputs: readonly {name: string; text: string}[],
  parallel: number,
  timeoutMs: number
): Promise<Memory[]> {
  return withInputFiles(inputs, async (files) => {
    const results: Memory[] = []
    for (let first = 0; first < inputs.length; first += parallel) {
      const batch = inputs.slice(first, first + parallel)
      const settled = await Promise.allSettled(batch.map((_, offset) => runChild(files[first + offset] ?? '', timeoutMs)))
      for (const [offset, outcome] of settled.entries()) {
        const name = batch[offset]?.name ?? '?'
        results.push(
          outcome.status === 'fulfilled'
            ? {name, report: outcome.value, error: null}
            : {name, report: null, error: outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)}
        )
      }
    }
    return results
  })
}

/** The least old space one input's parse completes in. */
export interface OldSpace {
  readonly name: string
  readonly inputBytes: number
  /** The smallest `--max-old-space-size` tried that passed, in MB, or null. */
  readonly passedMb: number | null
  /** The largest tried that failed, in MB, or null. */
  readonly failedMb: number | null
}

/**
 * The smallest V8 old space, in MB, in which the parse of each input still
 * completes (`--max-old-space-size`, searched by halving): how much the parse
 * holds at once at its peak. Peak RSS is that plus what V8 lets garbage pile
 * up to before it collects, which the library does not choose.
 *
 * @param inputs Names and texts.
 * @param timeoutMs The longest one child may run.
 * @returns Per input, the smallest limit that passed and the largest that failed.
 */
export async function smallestOldSpace(inputs: readonly {name: string; text: string}[], timeoutMs: number): Promise<OldSpace[]> {
  return withInputFiles(inputs, (files) =>
    Promise.all(inputs.map((input, index) => searchOldSpace(input.name, input.text, files[index] ?? '', timeoutMs)))
  )
}

/** {@link smallestOldSpace} of one input, written to `file`. */
async function searchOldSpace(name: string, text: string, file: string, timeoutMs: number): Promise<OldSpace> {
  // From the input's own size (its string alone takes one or two bytes a
  // character, so that fails) to forty bytes a character (assumed to pass,
  // and checked: a limit counts only once a run under it has passed).
  let failed = Math.floor(text.length / 1_000_000)
  let passed = Math.ceil((text.length * 40) / 1_000_000)
  let passedOnce = false
  let failedOnce = false
  // Halve the range until it is within half a byte a character.
  while (passed - failed > Math.max(2, text.length / 2_000_000)) {
    const middle = Math.round((passed + failed) / 2)
    const ok = await runChild(file, timeoutMs, [`--max-old-space-size=${middle}`], ['--parse-only']).then(
      () => true,
      () => false
    )
    if (ok) {
      passed = middle
      passedOnce = true
    } else {
      failed = middle
      failedOnce = true
    }
  }
  return {name, inputBytes: Buffer.byteLength(text, 'utf8'), passedMb: passedOnce ? passed : null, failedMb: failedOnce ? failed : null}
}
