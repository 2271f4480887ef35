import {parentPort, workerData} from 'node:worker_threads'
import {processLine, type LineOptions} from './jsonl-line.js'

/** A batch of complete lines sent by the main thread. */
export interface BatchMessage {
  /** Sequence number, to write results in input order. */
  readonly seq: number
  /** UTF-8 bytes of whole lines, each ending in a line feed. */
  readonly bytes: Uint8Array
}

/** The rows for a batch, sent back. */
export interface ResultMessage {
  /** The batch's sequence number. */
  readonly seq: number
  /** UTF-8 bytes of the rows, each ending in a line feed. */
  readonly bytes: Uint8Array
  /** Rows in the batch. */
  readonly rows: number
  /** Error rows in the batch. */
  readonly errors: number
  /** Error rows by code. */
  readonly codes: Readonly<Record<string, number>>
  /** Index in the batch of the first error row, or -1. */
  readonly firstError: number
  /** The field names of the first record that lacks the text field, or null. */
  readonly fields: readonly string[] | null
}

const options = workerData as LineOptions
const decoder = new TextDecoder()
const encoder = new TextEncoder()

parentPort?.on('message', ({seq, bytes}: BatchMessage) => {
  const lines = decoder.decode(bytes).split('\n')
  // The batch ends with a line feed, so the last piece is empty.
  lines.pop()
  const rows: string[] = []
  let errors = 0
  let firstError = -1
  let fields: readonly string[] | null = null
  const codes: Record<string, number> = {}
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    // Let go of the record's line while its article is parsed: one record can be tens of megabytes.
    lines[index] = ''
    const result = processLine(line, options)
    rows.push(result.line)
    if (result.code === null) continue
    errors++
    codes[result.code] = (codes[result.code] ?? 0) + 1
    if (firstError === -1) firstError = index
    fields ??= result.fields
  }
  const encoded = encodeRows(rows)
  const message: ResultMessage = {seq, bytes: encoded, rows: rows.length, errors, codes, firstError, fields}
  parentPort?.postMessage(message, [encoded.buffer])
})

/**
 * The rows as UTF-8, each ending in a line feed, written into one buffer of
 * the exact size. Joining the rows into one string first made the engine
 * copy them all when encoding: for a record of ten million characters, a
 * copy of some sixty megabytes at the worker's peak.
 */
function encodeRows(rows: readonly string[]): Uint8Array<ArrayBuffer> {
  let size = 0
  for (const row of rows) size += Buffer.byteLength(row, 'utf8') + 1
  const encoded = new Uint8Array(size)
  let offset = 0
  for (const row of rows) {
    offset += encoder.encodeInto(row, encoded.subarray(offset)).written
    encoded[offset++] = 0x0a
  }
  return encoded
}
