/**
 * Memory: parse a 10 MB input in a fresh child process and read its peak RSS
 * and heap, per input byte.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {MemoryReport} from './memory-child.js'
import {REPO_ROOT} from './inputs.js'

/** A memory measurement of one input, or why it failed. */
export interface Memory {
  readonly name: string
  readonly report: MemoryReport | null
  readonly error: string | null
}

const CHILD = fileURLToPath(new URL('memory-child.ts', import.meta.url))

function runChild(file: string, timeoutMs: number): Promise<MemoryReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, file], {
      cwd: fileURLToPath(REPO_ROOT),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.trim().split('\n').at(-1) ?? ''
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as MemoryReport)
      else reject(new Error(signal ? `killed (${signal}) after ${timeoutMs} ms` : `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`))
    })
  })
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
  const folder = mkdtempSync(join(tmpdir(), 'article-anatomy-bench-'))
  try {
    const files = inputs.map((input, index) => {
      const file = join(folder, `input-${index}.txt`)
      writeFileSync(file, input.text)
      return file
    })
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
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
