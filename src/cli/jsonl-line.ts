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
  /** The error row's code, or null for an article row. */
  readonly code: string | null
  /**
   * The record's field names when it lacks the text field, or null: what the
   * end-of-run summary shows when the field name looks mistyped.
   */
  readonly fields: readonly string[] | null
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
    const row = errorRow(rest, {code: 'ERR_INPUT_TYPE', message: `Expected field \`${options.field}\` to be a string, got ${describeValue(text)}`})
    return Object.hasOwn(record, options.field) ? row : {...row, fields: Object.keys(rest).slice(0, MAX_FIELDS_SHOWN)}
  }
  try {
    const [key, value] = rowEntry(parseArticle(text, options.parse), options.format)
    return {line: jsonLine({...rest, [key]: value}), code: null, fields: null}
  } catch (error) {
    return errorRow(rest, describeError(error))
  }
}

/**
 * An error row that keeps the record's other fields.
 */
function errorRow(rest: Record<string, unknown>, error: ErrorRow): LineResult {
  return {line: jsonLine({...rest, error}), code: error.code, fields: null}
}

/** A record's field names shown in the summary, at most: enough to spot a mistyped name. */
const MAX_FIELDS_SHOWN = 12
