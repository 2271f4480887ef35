// Search for inputs that break the parser's guarantees, for as long as asked.
//
//   npm run fuzz                          one minute over every target
//   npm run fuzz -- --minutes 10          ten minutes
//   npm run fuzz -- --target any-string   one target only
//   npm run fuzz -- --target any-string --seed 42 --path 3:1:0   replay a failure
//
// The targets and the property are those of test/properties.test.ts: no throw,
// the invariants of test/support/invariants.ts, the same output twice. A single
// parse slower than `--slow` ms (default 5000) also counts as a failure, since
// users run the parser unattended over millions of texts. On failure it prints
// the target, seed, path and counterexample, writes the input to
// .tmp/fuzz/<target>-<seed>.txt (to become a fixture or a test) and exits 1.
import {mkdirSync, writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {checkParse, KNOWN_ISSUES, targets, type Target} from '../test/support/arbitraries.js'

const {values} = parseArgs({
  options: {
    minutes: {type: 'string', default: '1'},
    target: {type: 'string'},
    seed: {type: 'string'},
    path: {type: 'string'},
    batch: {type: 'string', default: '200'},
    slow: {type: 'string', default: '5000'}
  }
})

const minutes = Number(values.minutes)
const batch = Number(values.batch)
const slowMs = Number(values.slow)
if (!(minutes > 0) || !(batch > 0) || !(slowMs > 0)) {
  console.error('Expected --minutes, --batch and --slow to be positive numbers')
  process.exit(2)
}

const all = targets()
const chosen = values.target ? all.filter((target) => target.name === values.target) : all
if (chosen.length === 0) {
  console.error(`Unknown --target ${values.target ?? ''}; expected one of: ${all.map((target) => target.name).join(', ')}`)
  process.exit(2)
}

/** How often each known (reported, not yet fixed) issue was met; those do not stop the search. */
const knownSeen = new Map<string, number>()

/** The property: every problem (and a slow parse) is a failure, reported with its input. */
function property(target: Target): fc.IPropertyWithHooks<[string]> {
  return fc.property(target.arbitrary, (input) => {
    const started = performance.now()
    const {problems, known} = checkParse(input)
    const elapsed = performance.now() - started
    for (const id of new Set(known.map((each) => each.slice(0, each.indexOf(':'))))) knownSeen.set(id, (knownSeen.get(id) ?? 0) + 1)
    if (elapsed > slowMs) problems.push(`slow: two parses of ${input.length} characters took ${Math.round(elapsed)} ms`)
    if (problems.length > 0) throw new Error(problems.slice(0, 8).join('\n'))
  })
}

/** Print a failure so it can be replayed and turned into a fixture, then stop. */
function reportFailure(target: Target, details: fc.RunDetails<[string]>): never {
  const input = details.counterexample?.[0] ?? ''
  mkdirSync('.tmp/fuzz', {recursive: true})
  const file = `.tmp/fuzz/${target.name}-${details.seed}.txt`
  writeFileSync(file, input)
  console.log(`\nFAILED ${target.name} after ${details.numRuns} runs of this batch (${details.numShrinks} shrinks)`)
  console.log(`seed ${details.seed}, path ${details.counterexamplePath ?? ''}`)
  console.log(`replay: npm run fuzz -- --target ${target.name} --seed ${details.seed} --path ${details.counterexamplePath ?? ''}`)
  console.log(`input (${input.length} characters) written to ${file}:`)
  console.log(JSON.stringify(input.length > 2000 ? `${input.slice(0, 2000)}…` : input))
  console.log(String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance))
  process.exit(1)
}

if (values.seed !== undefined) {
  // Replay one run exactly, as printed by a failure.
  const target = chosen[0] as Target
  const seed = Number(values.seed)
  const details = fc.check(property(target), {seed, ...(values.path ? {path: values.path} : {}), numRuns: batch})
  if (details.failed) reportFailure(target, details)
  console.log(`${target.name}: seed ${seed} passes`)
  process.exit(0)
}

const deadline = Date.now() + minutes * 60_000
const runs = new Map(chosen.map((target) => [target.name, 0]))
let lastProgress = Date.now()
let round = 0
console.log(`fuzzing ${chosen.map((target) => target.name).join(', ')} for ${minutes} minute(s), ${batch} runs a batch`)

while (Date.now() < deadline) {
  const target = chosen[round % chosen.length] as Target
  round++
  // A fresh seed a batch, printed on failure: any run can be replayed alone.
  const seed = Math.floor(Math.random() * 2 ** 31)
  const details = fc.check(property(target), {seed, numRuns: batch})
  runs.set(target.name, (runs.get(target.name) ?? 0) + details.numRuns)
  if (details.failed) reportFailure(target, details)
  if (Date.now() - lastProgress > 10_000) {
    lastProgress = Date.now()
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000))
    console.log(`${[...runs].map(([name, count]) => `${name} ${count}`).join(', ')} (${left} s left)`)
  }
}

const total = [...runs.values()].reduce((sum, count) => sum + count, 0)
console.log(`no failure in ${total} runs: ${[...runs].map(([name, count]) => `${name} ${count}`).join(', ')}`)
for (const issue of KNOWN_ISSUES) {
  const seen = knownSeen.get(issue.id) ?? 0
  if (seen > 0) console.log(`known issue ${issue.id} met ${seen} times (not counted as failures; reported: ${issue.report})`)
}
