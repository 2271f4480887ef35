/**
 * Score `parseArticle`'s quotes and speakers on the PolNeAR-direct train and
 * dev splits: parse every gold article, write predictions in the scorer's
 * format to `.tmp/`, and print the scorer's tables, default and `--canonical`.
 *
 *   npm run eval:quotes                 both splits, both judgements
 *   npm run eval:quotes -- --split dev  one split
 *   npm run eval:quotes -- --json       the scorer's JSON
 *   npm run eval:quotes -- --errors     also list misses, for local analysis only
 *   npm run eval:quotes -- --attributed score only quotes with a speaker or a cue
 *   npm run eval:quotes -- --all-kinds  score every quoted span, not only `kind: 'speech'`
 *
 * By default only speech is scored: the gold marks what someone said, and keeps
 * scare quotes, titles and nicknames apart (its `unattributedQuotedSpans`), as
 * `kind` does. A quote over several paragraphs is one span in the scorer's
 * format and one quote a paragraph in ours, linked by `continues`: the links
 * are followed to write it as one.
 *
 * Other flags (`--strict-names`, `--neutral-unattributed`, …) pass through to
 * the scorer. The articles belong to their publishers: never commit what
 * `--errors` prints.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArticle, type Quote} from '../src/index.js'

interface GoldQuote {
  readonly start: number
  readonly end: number
  readonly speaker: string | null
  readonly speakerStart?: number
  readonly speakerEnd?: number
  readonly speakerCanonical?: string | null
  readonly speakerIsPronoun?: boolean
}

interface GoldRecord {
  readonly id: string
  readonly text: string
  readonly bodyStart?: number
  readonly quotes: readonly GoldQuote[]
}

interface PredictedQuote {
  start: number
  end: number
  speaker: string | null
  speakerStart?: number
  speakerEnd?: number
}

/** Words the scorer ignores in names (its list of honorifics). */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'col', 'maj', 'capt', 'lt', 'sgt', 'adm', 'sen', 'senator', 'rep', 'gov', 'governor', 'pres', 'president', 'rev', 'the', 'jr', 'sr'])

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = resolve(repo, '../shared/eval/quotes')
const scorer = join(evalDir, 'score.mjs')

const args = process.argv.slice(2)
const showErrors = args.includes('--errors')
const attributedOnly = args.includes('--attributed')
const allKinds = args.includes('--all-kinds')
const splitIndex = args.indexOf('--split')
const splits = splitIndex >= 0 ? [args[splitIndex + 1] ?? 'dev'] : ['train', 'dev']
const ownFlags = new Set(['--errors', '--attributed', '--all-kinds', '--split', ...splits])
const passthrough = args.filter((arg) => !ownFlags.has(arg))
// Without a judgement named, both are printed: the scorer's default, and `--canonical` (the name the Article promises).
const judgements = passthrough.includes('--canonical') || passthrough.includes('--json') ? [passthrough] : [passthrough, [...passthrough, '--canonical']]

const tmp = join(repo, '.tmp')
mkdirSync(tmp, {recursive: true})

for (const split of splits) {
  const goldPath = join(evalDir, `polnear-${split}.jsonl`)
  const gold: GoldRecord[] = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord)
  const predictions = gold.map((record) => ({id: record.id, quotes: predict(record.text)}))
  const predPath = join(tmp, `eval-quotes.${split}.pred.jsonl`)
  writeFileSync(predPath, predictions.map((record) => JSON.stringify(record)).join('\n') + '\n')
  for (const flags of judgements) {
    if (!flags.includes('--json')) process.stdout.write(`\n## ${split}${flags.includes('--canonical') ? ', --canonical' : ''}\n`)
    process.stdout.write(execFileSync(process.execPath, [scorer, goldPath, predPath, ...flags], {encoding: 'utf8'}))
  }
  if (showErrors) {
    for (const [index, record] of gold.entries()) printMisses(record, predictions[index]?.quotes ?? [])
  }
}

/** The quotes `parseArticle` finds in one article, in the scorer's format. */
function predict(text: string): PredictedQuote[] {
  const {quotes} = parseArticle(text)
  const predicted: PredictedQuote[] = []
  let open: PredictedQuote | null = null
  for (const quote of quotes) {
    if (!allKinds && quote.kind !== 'speech') continue
    if (attributedOnly && quote.speaker === null && quote.cue === null) continue
    if (open) {
      // The paragraph before left this quote open: it is the rest of that quote.
      open.end = quote.position.end.offset
      if (open.speaker === null) withSpeaker(open, quote)
    } else {
      open = {start: quote.position.start.offset, end: quote.position.end.offset, speaker: null}
      withSpeaker(open, quote)
      predicted.push(open)
    }
    if (!quote.continues) open = null
  }
  return predicted
}

/** Give a prediction the quote's speaker, or its source when no one is named, and the offsets of their words. */
function withSpeaker(predicted: PredictedQuote, quote: Quote): void {
  // No one named: the scorer matches the words of the unnamed source by their place (`one user wrote`).
  const mention = quote.speaker ? quote.speaker.mention : quote.source
  if (quote.speaker) predicted.speaker = quote.speaker.name
  if (mention) {
    predicted.speakerStart = mention.position.start.offset
    predicted.speakerEnd = mention.position.end.offset
  }
}

/** Print gold quotes that no prediction overlaps or whose speaker looks wrong, and unmatched predictions. */
function printMisses(record: GoldRecord, predicted: readonly PredictedQuote[]): void {
  const bodyStart = record.bodyStart ?? 0
  const lines: string[] = []
  const used = new Set<number>()
  const snippet = (start: number, end: number): string => {
    const text = record.text.slice(start, end).replaceAll('\n', ' ¶ ')
    return text.length > 90 ? `${text.slice(0, 60)} … ${text.slice(-25)}` : text
  }
  const context = (start: number, end: number): string =>
    record.text
      .slice(Math.max(0, start - 160), Math.min(record.text.length, end + 160))
      .replaceAll('\n', ' ¶ ')
  for (const quote of record.quotes) {
    const index = predicted.findIndex((p, i) => !used.has(i) && p.start < quote.end && quote.start < p.end)
    const match = predicted[index]
    if (index >= 0) used.add(index)
    const goldName = quote.speaker ?? null
    const kind = goldName === null ? 'none' : quote.speakerIsPronoun ? 'pronoun' : 'named'
    if (!match) {
      lines.push(`  MISS [${kind}] «${snippet(quote.start, quote.end)}» gold=${goldName}`)
      continue
    }
    if (!speakerLooksRight(quote, match)) {
      lines.push(
        `  SPEAKER [${kind}] «${snippet(quote.start, quote.end)}» gold=${goldName} / ${quote.speakerCanonical ?? '-'} pred=${match.speaker}` +
          `\n      ${context(quote.start, quote.end)}`
      )
    }
  }
  for (const [index, p] of predicted.entries()) {
    if (used.has(index) || p.start < bodyStart) continue
    lines.push(`  EXTRA «${snippet(p.start, p.end)}» pred=${p.speaker}`)
  }
  if (lines.length > 0) console.log(`\n${record.id}\n${lines.join('\n')}`)
}

/** A rough version of the scorer's speaker check, to pick lines worth reading. */
function speakerLooksRight(gold: GoldQuote, predicted: PredictedQuote): boolean {
  if (!gold.speaker) return !predicted.speaker
  if (!predicted.speaker) return false
  const norm = (value: string | null | undefined): string =>
    (value ?? '')
      .toLowerCase()
      .replaceAll(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '' && !TITLE_WORDS.has(word))
      .join(' ')
  const p = ` ${norm(predicted.speaker)} `
  for (const name of [gold.speaker, gold.speakerCanonical]) {
    const g = ` ${norm(name)} `
    if (g.trim() && p.trim() && (g.includes(p) || p.includes(g))) return true
  }
  const {speakerStart: ps, speakerEnd: pe} = predicted
  const {speakerStart: gs, speakerEnd: ge} = gold
  return ps !== undefined && pe !== undefined && gs !== undefined && ge !== undefined && ps < ge && gs < pe
}
