import {parseArgs} from 'node:util'
import {CliError} from './errors.js'

/** The output formats. */
export const FORMATS = ['json', 'markdown', 'html'] as const
/** An output format. */
export type Format = (typeof FORMATS)[number]

/** The command line, read. */
export interface CliOptions {
  /** Files to read; empty or `-` for stdin. */
  readonly files: readonly string[]
  /** Output format. */
  readonly format: Format
  /** Indent JSON output (single article only). */
  readonly pretty: boolean
  /** Print how each quote's speaker was chosen instead of the Article (single article only). */
  readonly explain: boolean
  /** Field of each JSON Lines record that holds the article text, or null. */
  readonly jsonlIn: string | null
  /** Worker threads for `--jsonl-in`. */
  readonly workers: number
  /** The longest article accepted, or null for the library default. */
  readonly maxInputLength: number | null
  /** Print help and exit. */
  readonly help: boolean
  /** Print the version and exit. */
  readonly version: boolean
}

/**
 * Read the command line.
 *
 * @param argv The arguments after the program name.
 * @param defaultWorkers Worker threads when `--workers` is not given.
 * @returns The options.
 * @throws {CliError} With exit code 2 on a usage error.
 */
export function readArgs(argv: readonly string[], defaultWorkers: number): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        pretty: {type: 'boolean', short: 'p'},
        explain: {type: 'boolean'},
        'jsonl-in': {type: 'string'},
        workers: {type: 'string', short: 'w'},
        'max-input-length': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--x'"); add where to look.
    throw new CliError(`${error instanceof Error ? error.message.split(/\.\s/)[0] : String(error)}. See --help`, 2)
  }
  const {values, positionals} = parsed
  const format = values.format ?? 'json'
  if (!isFormat(format)) throw new CliError(`Unexpected --format '${format}', expected one of ${FORMATS.join(', ')}`, 2)
  const jsonlIn = values['jsonl-in'] ?? null
  if (jsonlIn === '') throw new CliError('Unexpected empty --jsonl-in, expected the name of the field that holds the article text', 2)
  const pretty = values.pretty ?? false
  if (pretty && (jsonlIn !== null || positionals.length > 1)) {
    throw new CliError('Unexpected --pretty with JSON Lines output (--jsonl-in or several files), expected one record per line', 2)
  }
  const explain = values.explain ?? false
  if (explain && (jsonlIn !== null || positionals.length > 1)) {
    throw new CliError('Unexpected --explain with several articles (--jsonl-in or several files), expected one article', 2)
  }
  return {
    files: positionals,
    format,
    pretty,
    explain,
    jsonlIn,
    workers: values.workers === undefined ? defaultWorkers : positiveInteger('--workers', values.workers, 1),
    maxInputLength: values['max-input-length'] === undefined ? null : positiveInteger('--max-input-length', values['max-input-length'], 0),
    help: values.help ?? false,
    version: values.version ?? false
  }
}

/**
 * Whether a string names an output format.
 */
function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value)
}

/**
 * Read an integer option no smaller than `min`.
 */
function positiveInteger(name: string, value: string, min: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw new CliError(`Unexpected ${name} '${value}', expected an integer of at least ${min}`, 2)
  }
  return number
}

/**
 * The text of `--help`.
 *
 * @param version The package version.
 * @returns The help text.
 */
export function helpText(version: string): string {
  return `article-anatomy ${version}: parse scraped news text into a validated Article

Usage
  article-anatomy [options] [file|-]          one article: the Article as JSON
  article-anatomy [options] <file> <file>...  JSON Lines: {"file","article"} or {"file","error"}
  article-anatomy --jsonl-in <field> [file...] JSON Lines in, JSON Lines out (streaming, all cores)

Without a file, or with -, input is read from stdin. With --jsonl-in, gzip input (a .gz
name, or gzip bytes on stdin) is gunzipped.

Options
  -f, --format <json|markdown|html>  output format (default json)
  -p, --pretty                       indent the JSON of a single article
      --explain                      for one article, print how each quote's speaker was
                                     chosen: every construct's candidate, its features and
                                     score, the winner and why
      --jsonl-in <field>             read JSON Lines; <field> holds the article text.
                                     Each line out is the record without <field>, plus
                                     "article" (or "markdown"/"html"), or "error": {code, message}.
                                     One line out per line in, in order. With error rows, one
                                     summary line on stderr; exit 0 for some bad rows, 3 when
                                     every row failed, 1 when a .gz input is damaged
  -w, --workers <n>                  worker threads for --jsonl-in (default: all cores)
      --max-input-length <n>         longest article accepted, in UTF-16 code units
  -h, --help                         print this help
  -v, --version                      print the version

Examples
  article-anatomy article.txt --pretty
  curl -s https://example.com/article.txt | article-anatomy --format markdown
  article-anatomy articles/*.txt > articles.jsonl
  article-anatomy --jsonl-in text < dump.jsonl > parsed.jsonl
`
}
