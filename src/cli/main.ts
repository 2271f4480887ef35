import {createReadStream} from 'node:fs'
import {availableParallelism} from 'node:os'
import {PassThrough, Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import type {ParseOptions} from '../parse-article.js'
import {helpText, readArgs} from './args.js'
import {CliError, describeError, type ErrorRow} from './errors.js'
import {runMany, runOne, tooLarge, type FilesRun} from './files.js'
import {runJsonl, type JsonlInput, type Progress} from './jsonl.js'
import {everyRowFailed, everyRowFailedLine, summaryLine} from './summary.js'

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
      const tally = await runJsonl({
        inputs: openAll(files, context.stdin),
        output: context.stdout,
        workerUrl: context.workerUrl,
        workers: options.workers,
        line: {field: options.jsonlIn, format: options.format, parse},
        onProgress: showProgress ? (progress) => context.stderr.write(`\r\u001B[K${progressLine(progress, started)}`) : undefined
      })
      if (showProgress) context.stderr.write('\n')
      // Said whether or not stderr is a terminal: a job whose rows all failed
      // must not look like a success in its logs.
      for (const {input, error} of tally.damaged) report(`${input}: ${error.message} (${error.code}); the rows before it are kept`)
      const summary = summaryLine(tally)
      if (summary !== null) report(summary)
      if (tally.damaged.length > 0) return 1
      if (everyRowFailed(tally)) {
        report(everyRowFailedLine(tally, options.jsonlIn))
        return 3
      }
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
 * Open the inputs one after another: files, or stdin for `-`. Gzip is read
 * through gunzip, known by a `.gz` name or by its first two bytes, so that
 * `zcat`-less pipelines (`cat dump.jsonl.gz | article-anatomy --jsonl-in text`)
 * work instead of giving an error row for every line.
 */
async function* openAll(files: readonly string[], stdin: Readable): AsyncGenerator<JsonlInput> {
  for (const file of files) {
    const name = file === '-' ? 'stdin' : file
    let stream = stdin
    if (file !== '-') {
      stream = createReadStream(file, {highWaterMark: 1024 * 1024})
      // Surface "no such file" before the first read, with the file's name.
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve())
        stream.once('error', (error) => reject(new CliError(`${file}: ${describeError(error).message} (${describeError(error).code})`)))
      })
    }
    if (file.endsWith('.gz')) {
      yield gunzip(stream, name)
      continue
    }
    const {head, rest} = await peek(stream, GZIP_MAGIC.length)
    yield GZIP_MAGIC.every((byte, index) => head[index] === byte) ? gunzip(rest, name) : {name, stream: rest}
  }
}

/** The first two bytes of every gzip stream (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const

/**
 * Read the first `bytes` bytes of a stream (fewer if it ends first) without
 * losing them: `rest` gives them back, then the rest of the stream.
 */
async function peek(stream: Readable, bytes: number): Promise<{head: Uint8Array; rest: Readable}> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const chunks: Buffer[] = []
  let size = 0
  let ended = false
  while (size < bytes) {
    const next = await iterator.next()
    if (next.done === true) {
      ended = true
      break
    }
    chunks.push(next.value)
    size += next.value.length
  }
  const head = Buffer.concat(chunks)
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head
    if (ended) return
    // Pulled one chunk at a time: pausing `rest` pauses the reading.
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value
  }
  return {head, rest: Readable.from(replay(), {objectMode: false})}
}

/**
 * Decompress a gzip stream. A stream that is truncated or corrupt ends at the
 * damage, which `damage()` then names: the rows read before it are kept. A
 * failure to read the source stays a failure of the run.
 */
function gunzip(stream: Readable, name: string): JsonlInput {
  const out = new PassThrough()
  let damage: ErrorRow | null = null
  const unzip = createGunzip()
  // pipe() leaves errors to us, so the one `out` reports names the file.
  stream.on('error', (error: Error) => {
    out.destroy(new CliError(`${name}: ${describeError(error).message} (${describeError(error).code})`))
  })
  unzip.on('error', (error: Error) => {
    damage = describeError(error)
    stream.unpipe(unzip)
    stream.destroy()
    // Ended, not destroyed: what gunzip gave before the damage is still read.
    out.end()
  })
  stream.pipe(unzip).pipe(out)
  return {name, stream: out, damage: () => damage}
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
