import type {ErrorRow} from './errors.js'

/** What a `--jsonl-in` run saw, for the lines it prints on stderr at the end. */
export interface JsonlTally {
  /** Rows written (one per input line). */
  readonly rows: number
  /** Error rows written. */
  readonly errors: number
  /** Error rows by code. */
  readonly codes: Readonly<Record<string, number>>
  /** The input line (from 1, counted over the inputs in order) of the first error row, or null. */
  readonly firstErrorLine: number | null
  /** The field names of the first record that lacked the text field, or null. */
  readonly fields: readonly string[] | null
  /** The first bytes of the input, as read (after gunzip), to recognise binary input. */
  readonly head: Uint8Array
  /** Inputs that ended in damage (a truncated or corrupt gzip stream). */
  readonly damaged: ReadonlyArray<{readonly input: string; readonly error: ErrorRow}>
}

/**
 * The summary line of a run with error rows: rows read, error rows by code
 * (most frequent first), and the line of the first.
 *
 * @param tally What the run saw.
 * @returns The line, without the program name or a line feed; null when no row failed.
 */
export function summaryLine(tally: JsonlTally): string | null {
  if (tally.errors === 0) return null
  const codes = Object.entries(tally.codes)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ')
  const first = tally.firstErrorLine === null ? '' : `, the first on line ${tally.firstErrorLine}`
  return `${tally.rows} ${tally.rows === 1 ? 'row' : 'rows'} read, ${tally.errors} error ${tally.errors === 1 ? 'row' : 'rows'} (${codes})${first}`
}

/**
 * Whether every row of a non-empty input failed: the run is then almost
 * certainly misconfigured (a mistyped field, compressed input), and its exit
 * code says so, where a few bad rows in a dataset are not worth failing a job.
 *
 * @param tally What the run saw.
 * @returns True when there were rows and each was an error row.
 */
export function everyRowFailed(tally: JsonlTally): boolean {
  return tally.rows > 0 && tally.errors === tally.rows
}

/**
 * The line printed when every row failed, naming the likely cause from the
 * most frequent error code, the records' field names and the input's first
 * bytes.
 *
 * @param tally What the run saw.
 * @param field The field given to `--jsonl-in`.
 * @returns The line, without the program name or a line feed.
 */
export function everyRowFailedLine(tally: JsonlTally, field: string): string {
  return `every row failed (${tally.rows} of ${tally.rows}): ${likelyCause(tally, field)}`
}

/** Signatures of compressed and binary formats a dump comes in, by their first bytes. */
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[], string]> = [
  ['gzip', [0x1f, 0x8b], 'gunzip'],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd], 'zstdcat'],
  ['bzip2', [0x42, 0x5a, 0x68], 'bzcat'],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xzcat'],
  ['zip', [0x50, 0x4b, 0x03, 0x04], 'unzip -p'],
  ['Parquet', [0x50, 0x41, 0x52, 0x31], 'a Parquet reader']
]

/**
 * The likely cause of a run where every row failed.
 */
function likelyCause(tally: JsonlTally, field: string): string {
  const [code] = Object.entries(tally.codes).sort(([, a], [, b]) => b - a)[0] ?? ['']
  if (tally.damaged.length > 0 && code === tally.damaged[0]?.error.code) return `${tally.damaged[0].input} is damaged: ${tally.damaged[0].error.message}`
  switch (code) {
    case 'ERR_INPUT_TYPE': {
      if (tally.fields === null) return `field \`${field}\` is not a string in any record; it must hold the article text`
      const seen = tally.fields.length > 0 ? `the records have ${tally.fields.map((name) => `\`${name}\``).join(', ')}` : 'the records have no fields'
      return `no record has the field \`${field}\` (${seen}): is the name mistyped? --jsonl-in <field> names the field that holds the article text`
    }
    case 'ERR_JSON_LINE': {
      const format = SIGNATURES.find(([, magic]) => magic.every((byte, index) => tally.head[index] === byte))
      if (format) return `the input is ${format[0]} data, not JSON Lines text: decompress it first (${format[2]})`
      if (looksBinary(tally.head)) return 'the input is binary, not JSON Lines text (compressed or in another format?)'
      return 'no line is a JSON object: is the input JSON Lines (one JSON object a line)? Without --jsonl-in, a file is read as one article'
    }
    case 'ERR_INPUT_TOO_LARGE':
      return 'every article is longer than --max-input-length'
    case 'ERR_LINE_TOO_LONG':
      return 'every line is longer than 64 MiB: is the input one JSON document rather than JSON Lines?'
    default:
      return `every row gave ${code}`
  }
}

/**
 * Whether bytes read as binary: a NUL, or bytes that are not UTF-8 (a
 * character cut at the end of the sample is allowed).
 */
function looksBinary(head: Uint8Array): boolean {
  if (head.includes(0)) return true
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(head, {stream: true})
    return false
  } catch {
    return true
  }
}
