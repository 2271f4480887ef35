/**
 * `npm run bench:compare -- <git ref> [--runs N] [--rounds N]`: is the working
 * tree faster or slower than a commit? Checks the commit out into a temporary
 * git worktree and times `parseArticle` on the corpus from each tree in turn,
 * one child process a run, the two trees alternating, and prints each tree's
 * times and the ratio.
 *
 * Separate processes matter: with both trees loaded in one process, two
 * copies of identical code measured 6–10% apart, depending only on which was
 * loaded first. Alternating runs spread the drift of a shared machine over both.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {runJsonChild} from './child.js'
import type {CompareReport} from './compare-child.js'
import {num, table, times} from './format.js'
import {REPO_ROOT} from './inputs.js'

const ROOT = fileURLToPath(REPO_ROOT).replace(/\/$/, '')
const CHILD = fileURLToPath(new URL('compare-child.ts', import.meta.url))

function runChild(root: string, rounds: number): Promise<CompareReport> {
  return runJsonChild<CompareReport>(CHILD, [root, String(rounds)])
}

/** The value at quantile `q` of `values`. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {runs: {type: 'string', default: '4'}, rounds: {type: 'string', default: '25'}}
  })
  const [ref] = positionals
  const runs = Number(values.runs)
  const rounds = Number(values.rounds)
  // Two runs a tree at least: the spread between runs is what tells noise from a difference.
  if (!ref || !Number.isInteger(runs) || runs < 2 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error('usage: npm run bench:compare -- <git ref> [--runs N (2 or more)] [--rounds N]')
  }
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], {cwd: ROOT, encoding: 'utf8'}).trim()
  const folder = mkdtempSync(join(tmpdir(), 'article-anatomy-compare-'))
  const base = join(folder, 'tree')
  execFileSync('git', ['worktree', 'add', '--detach', base, commit], {cwd: ROOT, stdio: 'ignore'})
  try {
    // The commit's code runs with this tree's installed packages.
    if (existsSync(join(ROOT, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(base, 'node_modules'))
    const p10s: Record<'base' | 'work', number[]> = {base: [], work: []}
    let report: CompareReport | null = null
    for (let run = 0; run < runs; run++) {
      // Each run starts with the other tree, so neither always runs first.
      const order: ('base' | 'work')[] = run % 2 === 0 ? ['base', 'work'] : ['work', 'base']
      for (const side of order) {
        report = await runChild(side === 'base' ? base : ROOT, rounds)
        p10s[side].push(quantile(report.rounds, 0.1))
      }
    }
    const bytes = report?.bytes ?? 0
    const row = (label: string, values: readonly number[]) => {
      const median = quantile(values, 0.5)
      return [label, values.map((value) => num(value)).join(' '), num(median), num(bytes / 1e6 / (median / 1000))]
    }
    console.log(`# ${report?.set ?? 'corpus'}, ${num(bytes / 1e6)} MB; ${runs} runs a tree, alternating; each run the 10th-percentile round of ${rounds}\n`)
    console.log(table(['tree', 'ms per run', 'median ms', 'MB/s'], [row(`${ref} (${commit})`, p10s.base), row('working tree', p10s.work)]))
    const ratio = quantile(p10s.base, 0.5) / quantile(p10s.work, 0.5)
    console.log(`\nWorking tree: ${times(ratio)} the speed of ${ref}. Runs of one tree spread ${num(spread(p10s.base))}% and ${num(spread(p10s.work))}%: a difference smaller than that is noise.`)
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', base], {cwd: ROOT, stdio: 'ignore'})
    rmSync(folder, {recursive: true, force: true})
  }
}

/** (max − min) / min of a tree's runs, in percent. */
function spread(values: readonly number[]): number {
  const low = Math.min(...values)
  return ((Math.max(...values) - low) / low) * 100
}

await main()
