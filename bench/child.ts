/**
 * Run a bench script in a child process of its own and read the JSON it prints.
 */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {REPO_ROOT} from './inputs.js'

/** How to run the child. */
export interface ChildOptions {
  /** Flags for node itself, before the script (`--expose-gc`, `--max-old-space-size=…`). */
  readonly nodeFlags?: readonly string[]
  /** Killed after this long; no limit without it. */
  readonly timeoutMs?: number
}

/**
 * Run `node <flags> --import tsx <script> <args>` from the repository's root
 * and resolve with the JSON on the last line it prints; reject when it exits
 * with an error, prints no JSON or runs past its time.
 *
 * @param script The script's path.
 * @param args Its arguments.
 * @param options Node flags and a time limit.
 * @returns The parsed JSON, as the caller's type (the child is the caller's own script).
 */
export function runJsonChild<T>(script: string, args: readonly string[], {nodeFlags = [], timeoutMs}: ChildOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, ...args], {
      cwd: fileURLToPath(REPO_ROOT),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.trim().split('\n').at(-1) ?? ''
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as T)
      else reject(new Error(signal ? `killed (${signal}) after ${timeoutMs} ms` : `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`))
    })
  })
}
