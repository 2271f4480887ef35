import {createReadStream} from 'node:fs'
import {availableParallelism} from 'node:os'
import {PassThrough, type Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import type {ParseOptions} from '../parse-article.js'
import {helpText, readArgs} from './args.js'
import {CliError, describeError} from './errors.js'
import {runMany, runOne, tooLarge, type FilesRun} from './files.js'
import {runJsonl, type Progress} from './jsonl.js'

/** The process, as the command line sees it. */
export interface CliContext {
  /** The arguments after the program name. */
  readonly argv: readonly string[]
  /** The package version. */
  readonly version: string
  /** The worker script for `--jsonl-in`. */
  readonly workerUrl: URL
  /** Standard input. */
  readonly stdin: Readable & {readonly isTTY?: boolean | undefined}
  /** Standard output. */
  readonly stdout: NodeJS.WritableStream & import('node:stream').Writable
  /** Standard error. */
  readonly stderr: NodeJS.WritableStream & import('node:stream').Writable & {readonly isTTY?: boolean | undefined}
}

/**
 * Run the command line.
 *
 * @param context Arguments and streams.
 * @returns The exit code.
 */
export async function main(context: CliContext): Promise<number> {
  const report = (line: string): void => {
    context.stderr.write(`article-anatomy: ${line}\n`)
  }
  try {
    const options = readArgs(context.argv, availableParallelism())
    if (options.help) {
      context.stdout.write(helpText(context.version))
      return 0
    }
    if (options.version) {
      context.stdout.write(`${context.version}\n`)
      return 0
    }
    const parse: ParseOptions = options.maxInputLength === null ? {} : {maxInputLength: options.maxInputLength}
    const files = options.files.length === 0 ? ['-'] : options.files
    if (files.includes('-') && context.stdin.isTTY) {
      throw new CliError('No input: give a file, or pipe text to stdin (see --help)', 2)
    }

    if (options.jsonlIn !== null) {
      const showProgress = context.stderr.isTTY === true
      const started = performance.now()
      await runJsonl({
        inputs: openAll(files, context.stdin),
        output: context.stdout,
        workerUrl: context.workerUrl,
        workers: options.workers,
        line: {field: options.jsonlIn, format: options.format, parse},
        onProgress: showProgress ? (progress) => context.stderr.write(`\r\u001B[K${progressLine(progress, started)}`) : undefined
      })
      if (showProgress) context.stderr.write('\n')
      return 0
    }

    const run: FilesRun = {
      files,
      format: options.format,
      pretty: options.pretty,
      explain: options.explain,
      parse,
      readStdin: (maxBytes) => readText(context.stdin, maxBytes, parse),
      output: context.stdout,
      report
    }
    return files.length === 1 ? await runOne(run, files[0] ?? '-') : await runMany(run)
  } catch (error) {
    if (error instanceof CliError) {
      report(error.message)
      return error.exitCode
    }
    const {code, message} = describeError(error)
    report(`${message} (${code})`)
    return 1
  }
}

/**
 * Open the inputs one after another: files, or stdin for `-`.
 */
async function* openAll(files: readonly string[], stdin: Readable): AsyncGenerator<Readable> {
  for (const file of files) {
    if (file === '-') yield stdin
    else {
      const stream = createReadStream(file, {highWaterMark: 1024 * 1024})
      // Surface "no such file" before the first read, with the file's name.
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve())
        stream.once('error', (error) => reject(new CliError(`${file}: ${describeError(error).message} (${describeError(error).code})`)))
      })
      // Dumps are often compressed: `.gz` files are read through gunzip.
      yield file.endsWith('.gz') ? gunzip(stream, file) : stream
    }
  }
}

/**
 * Decompress a gzip stream; a failure names the file.
 */
function gunzip(stream: Readable, file: string): Readable {
  const out = new PassThrough()
  const fail = (error: Error): void => {
    out.destroy(new CliError(`${file}: ${describeError(error).message} (${describeError(error).code})`))
  }
  // pipe() leaves errors to us, so the one `out` reports names the file.
  const unzip = createGunzip()
  stream.on('error', fail)
  unzip.on('error', fail)
  stream.pipe(unzip).pipe(out)
  return out
}

/**
 * Read a stream to the end as UTF-8, refusing more than `maxBytes`.
 */
async function readText(stream: Readable, maxBytes: number, parse: ParseOptions): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxBytes) {
      stream.destroy()
      throw tooLarge(parse, `more than ${maxBytes} bytes`)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The progress line: articles, megabytes, throughput, errors.
 */
function progressLine(progress: Progress, started: number): string {
  const seconds = Math.max((performance.now() - started) / 1000, 0.001)
  const megabytes = progress.bytes / 1e6
  return `${progress.rows} articles, ${megabytes.toFixed(1)} MB, ${(megabytes / seconds).toFixed(1)} MB/s, ${progress.errors} errors`
}
