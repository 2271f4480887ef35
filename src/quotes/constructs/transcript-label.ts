import type {Construct} from './types.js'

/** A transcript's speaker label at the start of a quote: `"HOST: …`, `"RUIZ: …`. */
const TRANSCRIPT_LABEL = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)?:\s/u

/** How far into a quote its label is looked for. */
const LABEL_CHARACTERS = 40

/** `"RUIZ: We begin …"`: the label of a transcript line inside the quote names its speaker. */
export const transcriptLabel: Construct = {
  name: 'transcript-label',
  read({words, span, inside: {firstInside}}) {
    const label = TRANSCRIPT_LABEL.exec(words.text.slice(span.start, span.start + LABEL_CHARACTERS))
    const first = words.tokens.get(firstInside)
    if (!label || !first || first.start !== span.start) return null
    let last = firstInside
    while (words.tokens.get(last + 1) && (words.tokens.get(last + 1)?.end ?? 0) <= span.start + label[0].length - 2) last++
    return {cue: null, mention: {kind: 'name', first: firstInside, last}}
  }
}
