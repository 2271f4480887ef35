/**
 * Fit the speaker chooser's weights on the PolNeAR train split, check them on
 * dev, and write them to `src/lexicon/speaker-weights.generated.ts`.
 *
 *   npm run fit:speakers            fit, report, write the weights
 *   npm run fit:speakers -- --check report the weights in the repo, write nothing
 *
 * Every quote the parser finds is traced (`explainArticle`); each candidate
 * with a mention is labelled right or wrong by whether the name it resolves to
 * on its own is the gold speaker's. The weights are then fitted by coordinate
 * ascent, from today's priority order, to choose a right candidate as often as
 * possible: each weight in turn tries every value of its grid and keeps the
 * best when it gains at least `MIN_GAIN` right choices, until a round changes
 * nothing. The order
 * and the grids are fixed, so the fit is deterministic. Quotes whose
 * candidates are all right or all wrong do not move the fit.
 *
 * It reads the articles only to measure; nothing of them is written.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {explainArticle, type ConstructName} from '../src/index.js'
import {DISTANCE_CAP} from '../src/quotes/choose-speaker.js'
import {FITTED_WEIGHTS} from '../src/lexicon/speaker-weights.generated.js'
import {PRIORITY_WEIGHTS, type SpeakerWeights} from '../src/lexicon/speaker-weights.js'
import type {MentionKind} from '../src/quotes/mentions.js'

interface GoldQuote {
  readonly start: number
  readonly end: number
  readonly speaker: string | null
  readonly speakerCanonical?: string | null
  readonly speakerIsPronoun?: boolean
}

interface GoldRecord {
  readonly id: string
  readonly text: string
  readonly quotes: readonly GoldQuote[]
}

/** What the fit reads of one candidate. */
interface Sample {
  readonly construct: ConstructName
  readonly facing: boolean
  readonly mention: MentionKind
  readonly cue: boolean
  readonly distance: number
  readonly right: boolean
}

/** A quote with the candidates that could name its speaker. */
type Choice = readonly Sample[]

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = resolve(repo, '../shared/eval/quotes')
const out = join(repo, 'src/lexicon/speaker-weights.generated.ts')
const checkOnly = process.argv.includes('--check')

const CONSTRUCTS = Object.keys(PRIORITY_WEIGHTS.construct) as ConstructName[]
const MENTIONS: readonly MentionKind[] = ['name', 'pronoun', 'description']

/** Words the scorer ignores in names (honorifics and titles). */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'col', 'maj', 'capt', 'lt', 'sgt', 'adm', 'sen', 'senator', 'rep', 'gov', 'governor', 'pres', 'president', 'rev', 'the', 'jr', 'sr'])

/** Trace every article of a split and keep the quotes matched to a gold quote whose speaker can be judged. */
function readChoices(split: string): Choice[] {
  const records = readFileSync(join(evalDir, `polnear-${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord)
  const choices: Choice[] = []
  for (const record of records) {
    for (const trace of explainArticle(record.text).quotes) {
      if (trace.quote.kind !== 'speech') continue
      const {start, end} = {start: trace.quote.position.start.offset, end: trace.quote.position.end.offset}
      const gold = record.quotes.find((quote) => quote.start < end && start < quote.end)
      // A silver pronoun without a canonical name cannot be judged.
      if (!gold || (gold.speakerIsPronoun && !gold.speakerCanonical)) continue
      const samples: Sample[] = []
      for (const candidate of trace.candidates) {
        if (candidate.features.mention === null) continue
        samples.push({
          construct: candidate.construct,
          facing: candidate.features.facing,
          mention: candidate.features.mention,
          cue: candidate.features.cue,
          distance: candidate.features.distance,
          right: sameSpeaker(candidate.name, gold)
        })
      }
      if (samples.length > 0) choices.push(samples)
    }
  }
  return choices
}

/** Whether a predicted name is the gold speaker, as the scorer's `--canonical` judges names. */
function sameSpeaker(name: string | null, gold: GoldQuote): boolean {
  if (gold.speaker === null) return name === null
  if (name === null) return false
  const predicted = ` ${normalise(name)} `
  const names = gold.speakerIsPronoun ? [gold.speakerCanonical] : [gold.speaker, gold.speakerCanonical]
  return names.some((value) => {
    const wanted = ` ${normalise(value ?? '')} `
    return wanted.trim() !== '' && predicted.trim() !== '' && (wanted.includes(predicted) || predicted.includes(wanted))
  })
}

/** A name in lower case without possessives, punctuation or titles. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replaceAll(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !TITLE_WORDS.has(word))
    .join(' ')
}

/** A candidate's score, as `chooseSpeaker` computes it. */
function score(sample: Sample, weights: SpeakerWeights): number {
  return (
    weights.construct[sample.construct] +
    (sample.facing ? weights.facing : 0) +
    weights.mention[sample.mention] +
    (sample.cue ? weights.cue : 0) +
    weights.distance * sample.distance
  )
}

/** The candidate the weights choose (the first of the highest scores), or undefined without one. */
function chosen(choice: Choice, weights: SpeakerWeights, without?: ConstructName): Sample | undefined {
  let best: Sample | undefined
  let bestScore = -Infinity
  for (const sample of choice) {
    if (sample.construct === without) continue
    const value = score(sample, weights)
    if (value > bestScore) {
      best = sample
      bestScore = value
    }
  }
  return best
}

/** How many quotes the weights give a right speaker. */
function rightChoices(choices: readonly Choice[], weights: SpeakerWeights, without?: ConstructName): number {
  let right = 0
  for (const choice of choices) if (chosen(choice, weights, without)?.right) right++
  return right
}

/** Right choices as a count and a share. */
function rate(choices: readonly Choice[], weights: SpeakerWeights): string {
  const right = rightChoices(choices, weights)
  return `${right} (${((100 * right) / choices.length).toFixed(1)}%)`
}

/** `wins W, right R; -L without it` for one construct. */
function contribution(choices: readonly Choice[], weights: SpeakerWeights, construct: ConstructName): string {
  let wins = 0
  let right = 0
  for (const choice of choices) {
    const sample = chosen(choice, weights)
    if (sample?.construct !== construct) continue
    wins++
    if (sample.right) right++
  }
  const lost = rightChoices(choices, weights) - rightChoices(choices, weights, construct)
  return `wins ${String(wins).padStart(5)}, right ${String(right).padStart(5)}; ${lost >= 0 ? '-' : '+'}${String(Math.abs(lost)).padStart(3)} without it`
}

/** The values a weight may take: a fixed grid, so the fit is deterministic and coarse enough not to chase single quotes. */
function grid(from: number, to: number, step: number): number[] {
  const values: number[] = []
  for (let value = from; value <= to + step / 2; value += step) values.push(Math.round(value * 100) / 100)
  return values
}

/**
 * The fewest right choices a new value must gain to replace the current one:
 * a weight set by a couple of quotes (a construct that fires twice) keeps the
 * priority order's value rather than follow them.
 */
const MIN_GAIN = 3

/** One adjustable weight: how to read it and how to set it. */
interface Knob {
  readonly name: string
  readonly values: readonly number[]
  readonly get: (weights: SpeakerWeights) => number
  readonly set: (weights: SpeakerWeights, value: number) => SpeakerWeights
}

/** Fit the weights by coordinate ascent from the priority order. */
function fit(choices: readonly Choice[]): SpeakerWeights {
  const constructValues = grid(0, 12, 0.5)
  const knobs: Knob[] = [
    ...CONSTRUCTS.map((construct) => ({
      name: construct,
      values: constructValues,
      get: (weights: SpeakerWeights) => weights.construct[construct],
      set: (weights: SpeakerWeights, value: number) => ({...weights, construct: {...weights.construct, [construct]: value}})
    })),
    {name: 'facing', values: grid(-3, 3, 0.5), get: (weights) => weights.facing, set: (weights, value) => ({...weights, facing: value})},
    ...MENTIONS.map((kind) => ({
      name: `mention ${kind}`,
      values: grid(-3, 3, 0.5),
      get: (weights: SpeakerWeights) => weights.mention[kind],
      set: (weights: SpeakerWeights, value: number) => ({...weights, mention: {...weights.mention, [kind]: value}})
    })),
    {name: 'cue', values: grid(-3, 3, 0.5), get: (weights) => weights.cue, set: (weights, value) => ({...weights, cue: value})},
    {name: 'distance', values: grid(-0.3, 0.1, 0.02), get: (weights) => weights.distance, set: (weights, value) => ({...weights, distance: value})}
  ]
  let weights = PRIORITY_WEIGHTS
  let best = rightChoices(choices, weights)
  for (let round = 1; round <= 10; round++) {
    let changed = false
    for (const knob of knobs) {
      for (const value of knob.values) {
        const tried = knob.set(weights, value)
        const right = rightChoices(choices, tried)
        if (right >= best + MIN_GAIN) {
          best = right
          weights = tried
          changed = true
        }
      }
    }
    console.log(`round ${round}: ${best} right choices of ${choices.length}`)
    if (!changed) break
  }
  return weights
}

/** The generated module. */
function render(weights: SpeakerWeights): string {
  return `// Generated by \`npm run fit:speakers\` from the PolNeAR train split: do not edit by hand.
// Distances count words up to ${DISTANCE_CAP}.
import type {SpeakerWeights} from './speaker-weights.js'

/** The speaker chooser's weights, fitted on the train split by coordinate ascent (see scripts/fit-speakers.ts). */
export const FITTED_WEIGHTS: SpeakerWeights = ${JSON.stringify(weights, null, 2).replaceAll('"', "'").replaceAll(/'([a-z]+)':/g, '$1:')}
`
}

/** Fit on train, report both splits and each construct's contribution, write the weights. */
function main(): void {
  const train = readChoices('train')
  const dev = readChoices('dev')

  const fitted = checkOnly ? FITTED_WEIGHTS : fit(train)
  console.log('quotes with candidates to choose among (train / dev):', train.length, '/', dev.length)
  // The most any weights could reach: quotes with at least one right candidate.
  const reachable = (choices: readonly Choice[]): number => choices.filter((choice) => choice.some((sample) => sample.right)).length
  console.log(`some candidate right    train ${reachable(train)}, dev ${reachable(dev)}`)
  for (const [name, weights] of [
    ['priority order', PRIORITY_WEIGHTS],
    ['fitted', fitted]
  ] as const) {
    console.log(`${name.padEnd(15)} right choices: train ${rate(train, weights)}, dev ${rate(dev, weights)}`)
  }
  console.log('\nwhat each construct contributes with the fitted weights (quotes it wins, of them right; right choices lost without it):')
  for (const construct of CONSTRUCTS) {
    console.log(`  ${construct.padEnd(19)} train ${contribution(train, fitted, construct)}   dev ${contribution(dev, fitted, construct)}`)
  }
  console.log('\nweights:', JSON.stringify(fitted))
  if (!checkOnly) {
    writeFileSync(out, render(fitted))
    console.log(`wrote ${out}`)
  }
}

main()
