import type {Point, Position} from '../schema.js'

/** One line of the input, with its content trimmed and measured on the input as given. */
export interface Line {
  /** Zero-based index among all lines, blank ones included. */
  readonly index: number
  /** The content without surrounding white space; empty for a blank line. */
  readonly text: string
  /** Where the trimmed content sits in the input (an empty span for a blank line). */
  readonly position: Position
}

const BOM = 0xfe_ff

/**
 * Split text into lines, treating `\r\n`, `\r` and `\n` as one break each and
 * skipping a leading byte order mark, as micromark's preprocessor does.
 *
 * Points are carried along while scanning, so no position is recomputed later.
 *
 * @param text The input exactly as given.
 * @returns Every line, blank lines included, in input order.
 */
export function scanLines(text: string): Line[] {
  return scan(text, true)
}

/**
 * The non-blank lines of {@link scanLines}, with the same indices (blank
 * lines still count). What the parse reads: a blank line never becomes an
 * object, where on scraped text, half of whose lines are blank, their objects
 * took a tenth of the parse's peak memory before being filtered out.
 *
 * @param text The input exactly as given.
 * @returns The lines with content, in input order.
 */
export function scanTextLines(text: string): Line[] {
  return scan(text, false)
}

function scan(text: string, keepBlank: boolean): Line[] {
  const lines: Line[] = []
  let lineStart = text.charCodeAt(0) === BOM ? 1 : 0
  let lineNumber = 1
  // Column of the first character after a BOM is 2: the BOM is a character of
  // line 1 for every consumer that counts columns on the raw input (vfile-location).
  let columnBase = lineStart === 1 ? 1 : 0

  // `indexOf` finds the next break far faster than a loop over code units and makes no match
  // object a line (the parse's largest allocation outside the quote stage); the regex is for
  // the rarer text with carriage returns.
  const breaks = text.includes('\r') ? /\r|\n/g : null
  for (;;) {
    let end = breaks === null ? text.indexOf('\n', lineStart) : nextBreak(breaks, text, lineStart)
    const last = end === -1
    if (last) end = text.length
    // Trim white space on both sides before making anything, so a blank line costs nothing.
    let start = lineStart
    let stop = end
    while (start < stop && isSpaceCode(text.charCodeAt(start))) start++
    while (stop > start && isSpaceCode(text.charCodeAt(stop - 1))) stop--
    if (keepBlank || start < stop) lines.push(makeLine(text, lineNumber - 1, lineNumber, lineStart - columnBase, start, stop))
    if (last) break
    // `\r\n` is one break.
    lineStart = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1)
    columnBase = 0
    lineNumber++
  }

  return lines
}

/** The offset of the next `\r` or `\n` from `from`, or -1. */
function nextBreak(breaks: RegExp, text: string, from: number): number {
  breaks.lastIndex = from
  return breaks.exec(text)?.index ?? -1
}

/** The line whose trimmed content runs from `start` to `end`. */
function makeLine(text: string, index: number, line: number, lineOffset: number, start: number, end: number): Line {
  return {
    index,
    text: text.slice(start, end),
    position: {
      start: {line, column: start - lineOffset + 1, offset: start},
      end: {line, column: end - lineOffset + 1, offset: end}
    }
  }
}

/**
 * Whether a UTF-16 code unit is white space or an invisible format character
 * (zero-width space, joiners, word joiner, BOM) that scrapers leave around text.
 *
 * @param code A UTF-16 code unit.
 * @returns True for white space and zero-width characters.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0d) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x20_60 ||
    code === 0x30_00 ||
    code === BOM
  )
}

/**
 * The point `delta` code units into a line's trimmed content.
 *
 * @param line A line from {@link scanLines}.
 * @param delta Offset into `line.text`.
 * @returns The point in the input.
 */
export function pointInLine(line: Pick<Line, 'position'>, delta: number): Point {
  const {start} = line.position
  return {line: start.line, column: start.column + delta, offset: start.offset + delta}
}

/**
 * The position of `line.text.slice(from, to)` in the input.
 *
 * @param line A line from {@link scanLines}.
 * @param from Start offset into `line.text`.
 * @param to End offset into `line.text` (exclusive).
 * @returns The position in the input.
 */
export function spanInLine(line: Pick<Line, 'position'>, from: number, to: number): Position {
  return {start: pointInLine(line, from), end: pointInLine(line, to)}
}

/**
 * A position from the start of one line to the end of another.
 *
 * @param first The first line.
 * @param last The last line.
 * @returns A position that spans both and everything between.
 */
export function spanLines(first: Line, last: Line): Position {
  return {start: first.position.start, end: last.position.end}
}
