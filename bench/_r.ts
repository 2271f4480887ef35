import {parseArticle} from '../src/index.js'
import {time} from './measure.js'
const cases: Record<string, string> = {
  R1_sentence_subject: 'the plan is “a disaster” and ',
  R2_adjacent_quotes: '“a” ',
  R3_pronoun_no_fit: 'Mr Smith spoke. “Quote here,” she said. ',
  R4_names_run: 'Alice Bob Carol Dave Eve Frank said “yes” ',
  R5_many_cues: 'officials said and ',
  R6_quote_per_line_pronoun: 'Mr Smith spoke. “Quote here,” she said.\n',
  R7_unclosed_quotes: '“a b c ',
  R8_dash_quotes: '“a b” — ',
}
const only = process.argv[2]
for (const [name, unit] of Object.entries(cases)) {
  if (only && !name.startsWith(only)) continue
  const row: string[] = []
  for (const size of [25_000, 50_000, 100_000, 200_000]) {
    const text = 'A headline here\n\n' + unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
    time(() => parseArticle(text))
    const ms = Math.min(time(() => parseArticle(text)), time(() => parseArticle(text)))
    row.push(`${(ms / (size / 1e6)).toFixed(0)}`)
    if (ms > 5000) break
  }
  console.log(name.padEnd(28), row.map((r) => r.padStart(8)).join(''), ' ms/MB at 25K 50K 100K 200K')
}
