/**
 * Profile the parser on one input and print its hottest functions and lines.
 *
 *   npx tsx bench/profile.ts corpus
 *   npx tsx bench/profile.ts "quotation-mark flood" 1000000 [seconds]
 *   npx tsx bench/profile.ts 'repeat:“a” ' 50000     (a unit repeated; `\n` for a break)
 *   PROFILE_TOP=80 npx tsx bench/profile.ts corpus   (more rows of each table)
 *   PROFILE_UNDER=buildRegistry npx tsx bench/profile.ts corpus   (one function's time by what it calls)
 *
 * tsx serves each module as one line, so this bundles `src/` with esbuild (not
 * minified), runs the bundle under `node --cpu-prof` in a child, and maps
 * samples back to source files and lines of the bundle.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {loadCorpus, loadSeed, REPO_ROOT} from './inputs.js'
import {synthetics} from './synthetic.js'

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
}

interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: readonly number[]
  readonly positionTicks?: readonly {line: number; ticks: number}[]
}

interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

function inputsFor(target: string, size: number): string[] {
  if (target === 'corpus') return loadCorpus().map((article) => article.text)
  if (target === 'seed') return [loadSeed().text]
  // `repeat:<unit>`: a headline, then the unit repeated to `size` characters on one line (or more, if it holds breaks).
  if (target.startsWith('repeat:')) {
    const unit = target.slice('repeat:'.length).replaceAll('\\n', '\n')
    return [`A headline here\n\n${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)}`]
  }
  const synthetic = synthetics(loadSeed().text).find((each) => each.name.includes(target))
  if (!synthetic) throw new Error(`Unknown input ${target}: use corpus, seed, or one of ${synthetics('').map((each) => each.name).join(', ')}`)
  return [synthetic.make(size)]
}

/** For each line of the bundle, the source file esbuild's `// src/…` comments say it came from. */
function sourceFiles(bundle: readonly string[]): string[] {
  let current = '?'
  return bundle.map((line) => {
    const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line)
    if (marker?.[1]) current = marker[1]
    return current
  })
}

function top(entries: Map<string, number>, total: number, count: number): string {
  return [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
    .join('\n')
}

async function main(): Promise<void> {
  const target = process.argv[2] ?? 'corpus'
  const size = Number(process.argv[3] ?? 1_000_000)
  const seconds = Number(process.argv[4] ?? 5)
  const folder = mkdtempSync(join(tmpdir(), 'article-anatomy-profile-'))
  try {
    const bundlePath = join(folder, 'bundle.mjs')
    await build({
      entryPoints: [fileURLToPath(new URL('src/index.ts', REPO_ROOT))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundlePath,
      keepNames: false,
      logLevel: 'error'
    })
    writeFileSync(join(folder, 'inputs.json'), JSON.stringify(inputsFor(target, size)))
    writeFileSync(
      join(folder, 'driver.mjs'),
      [
        `import {readFileSync} from 'node:fs'`,
        `import {parseArticle} from './bundle.mjs'`,
        `const texts = JSON.parse(readFileSync(new URL('./inputs.json', import.meta.url), 'utf8'))`,
        `const options = {maxInputLength: Number.MAX_SAFE_INTEGER}`,
        `const end = Date.now() + ${seconds * 1000}`,
        `let passes = 0`,
        `const start = performance.now()`,
        `while (Date.now() < end) { for (const text of texts) parseArticle(text, options); passes++ }`,
        `console.log(passes + ' passes, ' + ((performance.now() - start) / passes).toFixed(1) + ' ms per pass')`
      ].join('\n')
    )
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', folder, join(folder, 'driver.mjs')], {encoding: 'utf8'})
    process.stdout.write(run.stdout)
    if (run.status !== 0) throw new Error(run.stderr)

    const profileFile = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'))
    if (!profileFile) throw new Error('no profile written')
    const profile = JSON.parse(readFileSync(join(folder, profileFile), 'utf8')) as Profile
    const bundle = readFileSync(bundlePath, 'utf8').split('\n')
    const files = sourceFiles(bundle)

    const ticks = new Map<number, number>()
    for (const [index, id] of profile.samples.entries()) ticks.set(id, (ticks.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
    const parents = new Map<number, number>()
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
    const inBundle = (frame: CallFrame) => frame.url.endsWith('bundle.mjs')
    const label = (frame: CallFrame) =>
      inBundle(frame) ? `${frame.functionName || '(anonymous)'}  ${files[frame.lineNumber] ?? '?'}` : `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}`

    let total = 0
    const self = new Map<string, number>()
    const inclusive = new Map<string, number>()
    const lines = new Map<string, number>()
    for (const [id, ms] of ticks) {
      const node = nodes.get(id)
      if (!node) continue
      total += ms
      self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + ms)
      const seen = new Set<string>()
      for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
        const frame = nodes.get(current)?.callFrame
        if (!frame) break
        const key = label(frame)
        if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
        seen.add(key)
      }
    }
    // `PROFILE_UNDER=buildRegistry`: the time of one function split over the functions it calls, self apart.
    const under = process.env['PROFILE_UNDER']
    const callees = new Map<string, number>()
    for (const [id, ms] of under === undefined ? [] : ticks) {
      let callee = '(self)'
      let found = false
      for (let current: number | undefined = id, below: number | undefined; current !== undefined; below = current, current = parents.get(current)) {
        const frame = nodes.get(current)?.callFrame
        if (frame?.functionName !== under) continue
        found = true
        const belowFrame = below === undefined ? undefined : nodes.get(below)?.callFrame
        callee = belowFrame ? label(belowFrame) : '(self)'
      }
      if (found) callees.set(callee, (callees.get(callee) ?? 0) + ms)
    }
    // Line-level self time: each node's ticks spread over its lines by positionTicks.
    for (const node of profile.nodes) {
      const ms = ticks.get(node.id) ?? 0
      const positions = node.positionTicks ?? []
      const count = positions.reduce((sum, each) => sum + each.ticks, 0)
      if (!inBundle(node.callFrame) || count === 0) continue
      for (const {line, ticks: hits} of positions) {
        const key = `${files[line - 1] ?? '?'} ${node.callFrame.functionName}: ${(bundle[line - 1] ?? '').trim().slice(0, 110)}`
        lines.set(key, (lines.get(key) ?? 0) + (ms * hits) / count)
      }
    }
    // A flat profile needs more rows than a peaked one: PROFILE_TOP=80 shows them.
    const rows = Number(process.env['PROFILE_TOP'] ?? 30)
    console.log(`\nSelf time by function (of ${total.toFixed(0)} ms sampled)\n${top(self, total, rows)}`)
    console.log(`\nInclusive time by function\n${top(inclusive, total, rows)}`)
    console.log(`\nHottest lines (self time)\n${top(lines, total, rows)}`)
    if (under !== undefined) console.log(`\nInside ${under}, by the function it calls\n${top(callees, total, rows)}`)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

await main()
