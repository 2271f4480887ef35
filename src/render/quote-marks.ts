import type {ParagraphContent} from '../unified/tree.js'

/** Characters that open or close a quotation. */
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』'])

/** A run of paragraph content, with the quotation marks around quotes taken out. */
export type Run =
  | {readonly type: 'text'; readonly value: string}
  | {readonly type: 'quote'; readonly node: Extract<ParagraphContent, {type: 'quote'}>}
  | {readonly type: 'dateline'; readonly node: Extract<ParagraphContent, {type: 'dateline'}>}

/**
 * Split a paragraph's children into text runs and quotes, dropping the
 * quotation mark right before and right after each quote when both are there,
 * so that markup which draws its own marks (`<q>`) does not double them.
 *
 * @param children The children of a paragraph node.
 * @returns The runs, in order (a dateline that opens the paragraph first); empty text runs are left out.
 */
export function withoutQuoteMarks(children: readonly ParagraphContent[]): Run[] {
  const texts = children.map((child) => (child.type === 'text' ? child.value : ''))
  for (const [index, child] of children.entries()) {
    if (child.type !== 'quote') continue
    const before = children[index - 1]
    const after = children[index + 1]
    const open = before?.type === 'text' ? (texts[index - 1] ?? '') : ''
    const close = after?.type === 'text' ? (texts[index + 1] ?? '') : ''
    if (QUOTE_MARKS.has(open.slice(-1)) && QUOTE_MARKS.has(close.slice(0, 1))) {
      texts[index - 1] = open.slice(0, -1)
      texts[index + 1] = close.slice(1)
    }
  }
  const runs: Run[] = []
  for (const [index, child] of children.entries()) {
    if (child.type === 'quote') runs.push({type: 'quote', node: child})
    else if (child.type === 'dateline') runs.push({type: 'dateline', node: child})
    else if (texts[index]) runs.push({type: 'text', value: texts[index] ?? ''})
  }
  return runs
}
