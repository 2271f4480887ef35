import {describeValue} from '../errors.js'
import {parseArticle, type ParseOptions} from '../parse-article.js'
import type {Format} from './args.js'
import {describeError, type ErrorRow} from './errors.js'
import {jsonLine, rowEntry} from './render.js'

/** How to turn one JSON Lines record into one row. */
export interface LineOptions {
  /** The field that holds the article text. */
  readonly field: string
  /** Output format. */
  readonly format: Format
  /** Parse options. */
  readonly parse: ParseOptions
}

/** One row out. */
export interface LineResult {
  /** The row, one line of JSON without its line feed. */
  readonly line: string
  /** Whether the row is an error row. */
  readonly error: boolean
}

/**
 * Turn one line of JSON Lines into one row: the record without the text
 * field, plus the article (or the error). Never throws.
 *
 * @param line One input line, without its line feed.
 * @param options The field, format and parse options.
 * @returns The row.
 */
export function processLine(line: string, options: LineOptions): LineResult {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    const reason = line.trim() === '' ? 'Unexpected empty line' : `Unexpected invalid JSON (${describeError(error).message})`
    return errorRow({}, {code: 'ERR_JSON_LINE', message: `${reason}, expected a JSON object`})
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return errorRow({}, {code: 'ERR_JSON_LINE', message: `Unexpected ${describeValue(record)}, expected a JSON object`})
  }
  const {[options.field]: text, ...rest} = record as Record<string, unknown>
  if (typeof text !== 'string') {
    return errorRow(rest, {code: 'ERR_INPUT_TYPE', message: `Expected field \`${options.field}\` to be a string, got ${describeValue(text)}`})
  }
  try {
    const [key, value] = rowEntry(parseArticle(text, options.parse), options.format)
    return {line: jsonLine({...rest, [key]: value}), error: false}
  } catch (error) {
    return errorRow(rest, describeError(error))
  }
}

/**
 * An error row that keeps the record's other fields.
 */
function errorRow(rest: Record<string, unknown>, error: ErrorRow): LineResult {
  return {line: jsonLine({...rest, error}), error: true}
}
