import {readFile, stat} from 'node:fs/promises'
import type {Writable} from 'node:stream'
import {ArticleInputError} from '../errors.js'
import {explainArticle} from '../explain.js'
import {DEFAULT_MAX_INPUT_LENGTH, parseArticle, type ParseOptions} from '../parse-article.js'
import type {Format} from './args.js'
import {describeError} from './errors.js'
import {jsonLine, renderArticle, renderExplanation, rowEntry} from './render.js'

/** What the file modes need. */
export interface FilesRun {
  /** The files; `-` is stdin. */
  readonly files: readonly string[]
  /** Output format. */
  readonly format: Format
  /** Indent JSON. */
  readonly pretty: boolean
  /** Print the speaker trace of the one article instead of the article. */
  readonly explain: boolean
  /** Parse options. */
  readonly parse: ParseOptions
  /** Reads stdin to the end, or throws past `maxBytes`. */
  readonly readStdin: (maxBytes: number) => Promise<string>
  /** Where output goes. */
  readonly output: Writable
  /** Where the one-line error reports go. */
  readonly report: (line: string) => void
}

/**
 * Parse one article (a file, or stdin) and write it in the chosen format.
 *
 * @param run What to read and where to write.
 * @param file The file, or `-` for stdin.
 * @returns The exit code: 0, or 1 when the article could not be read or parsed.
 */
export async function runOne(run: FilesRun, file: string): Promise<number> {
  try {
    const text = await readInput(run, file)
    run.output.write(run.explain ? renderExplanation(explainArticle(text, run.parse)) : renderArticle(parseArticle(text, run.parse), run.format, run.pretty))
    return 0
  } catch (error) {
    const {code, message} = describeError(error)
    run.report(`${label(file)}: ${message} (${code})`)
    return 1
  }
}

/**
 * Parse several files and write one JSON Lines row per file, in order:
 * `{"file", "article"}` or `{"file", "error": {code, message}}`. Goes on past
 * bad files; each is also reported on stderr.
 *
 * @param run What to read and where to write.
 * @returns The exit code: 0, or 1 when any file failed.
 */
export async function runMany(run: FilesRun): Promise<number> {
  let exitCode = 0
  for (const file of run.files) {
    let row: Record<string, unknown>
    try {
      const [key, value] = rowEntry(parseArticle(await readInput(run, file), run.parse), run.format)
      row = {file, [key]: value}
    } catch (error) {
      const described = describeError(error)
      run.report(`${label(file)}: ${described.message} (${described.code})`)
      row = {file, error: described}
      exitCode = 1
    }
    if (!run.output.write(`${jsonLine(row)}\n`)) {
      await new Promise((resolve) => run.output.once('drain', resolve))
    }
  }
  return exitCode
}

/**
 * Read a file as UTF-8, or stdin for `-`.
 */
async function readInput(run: FilesRun, file: string): Promise<string> {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8 (plus a BOM): a longer
  // input cannot be within the limit, so it is refused before it is read.
  const maxBytes = (run.parse.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH) * 3 + 3
  if (file === '-') return run.readStdin(maxBytes)
  const {size} = await stat(file)
  if (size > maxBytes) throw tooLarge(run.parse, `${size} bytes`)
  return readFile(file, 'utf8')
}

/**
 * The error for an input that cannot fit the limit.
 *
 * @param parse The parse options, for the limit.
 * @param got How big the input is.
 * @returns The error.
 */
export function tooLarge(parse: ParseOptions, got: string): ArticleInputError {
  const limit = parse.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH
  return new ArticleInputError('ERR_INPUT_TOO_LARGE', `Expected at most ${limit} characters of article text (\`maxInputLength\`), got ${got}`)
}

/**
 * How a file is named in a report.
 */
function label(file: string): string {
  return file === '-' ? 'stdin' : file
}
