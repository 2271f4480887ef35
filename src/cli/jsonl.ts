import type {Readable, Writable} from 'node:stream'
import {Worker} from 'node:worker_threads'
import {CliError, oneLine, type ErrorRow} from './errors.js'
import type {LineOptions} from './jsonl-line.js'
import {jsonLine} from './render.js'
import type {JsonlTally} from './summary.js'
import type {BatchMessage, ResultMessage} from './worker.js'

/** One input of a `--jsonl-in` run. */
export interface JsonlInput {
  /** How the input is named in messages: the file, or `stdin`. */
  readonly name: string
  /** Its bytes, decompressed. */
  readonly stream: Readable
  /**
   * Asked once the stream has ended: the damage it ended on (a truncated or
   * corrupt gzip stream), or null when it ended whole. The rows read before
   * the damage are kept; the damage takes the place of the line it cut.
   */
  readonly damage?: (() => ErrorRow | null) | undefined
}

/** Where `--jsonl-in` reads and writes, and how hard it works. */
export interface JsonlRun {
  /** The inputs, read one after another. */
  readonly inputs: AsyncIterable<JsonlInput>
  /** Where rows go. */
  readonly output: Writable
  /** The worker script (`dist/cli/worker.js`). */
  readonly workerUrl: URL
  /** Worker threads. */
  readonly workers: number
  /** What each worker does with a line. */
  readonly line: LineOptions
  /** Called now and then with the counts so far, for a progress line. */
  readonly onProgress?: ((progress: Progress) => void) | undefined
}

/** Counts so far. */
export interface Progress {
  /** Rows written. */
  readonly rows: number
  /** Error rows written. */
  readonly errors: number
  /** Input bytes read. */
  readonly bytes: number
}

/** Bytes of the input kept to recognise a binary or compressed input in the summary. */
const HEAD_BYTES = 512
/** A batch of lines for a worker is cut at about this many bytes. */
const BATCH_BYTES = 256 * 1024
/** Stop reading while this many bytes of whole lines wait for a worker. */
const PENDING_HIGH = 2 * 1024 * 1024
/** A line longer than this is not kept in memory: it gets an error row. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024

/** Whole lines waiting for a worker, or a row decided in the main thread. */
type Pending = {readonly kind: 'lines'; readonly bytes: Uint8Array} | {readonly kind: 'row'; readonly text: string}

/**
 * Stream JSON Lines through a pool of worker threads: one row out per line in,
 * in input order, in bounded memory however long the input.
 *
 * Memory stays bounded because reading pauses while too many bytes wait for a
 * worker, no batch is sent more than `2 × workers` batches ahead of the one
 * being written, and nothing is sent while the output is not draining.
 *
 * @param run Inputs, output, workers.
 * @returns What the run saw, once every row is written: counts, error codes,
 *   the first failing line, damaged inputs.
 */
export async function runJsonl(run: JsonlRun): Promise<JsonlTally> {
  const pool = Array.from({length: run.workers}, () => startWorker(run.workerUrl, run.line))
  try {
    return await pump(run, pool)
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}

/**
 * The main loop: split input into whole lines, hand batches to idle workers,
 * write results in order.
 */
function pump(run: JsonlRun, pool: readonly Worker[]): Promise<JsonlTally> {
  return new Promise<JsonlTally>((resolve, reject) => {
    const idle = [...pool]
    const pending: Pending[] = []
    const done = new Map<number, ResultMessage | string>()
    const maxAhead = pool.length * 2
    let pendingBytes = 0
    let partial: Uint8Array[] = []
    let partialBytes = 0
    let skippingLongLine = false
    let nextSeq = 0
    let nextToWrite = 0
    let outputBlocked = false
    let inputEnded = false
    let failed = false
    let finished = false
    let current: Readable | null = null
    const progress = {rows: 0, errors: 0, bytes: 0}
    const codes: Record<string, number> = {}
    let firstErrorLine: number | null = null
    let fields: readonly string[] | null = null
    let head = new Uint8Array(0)
    const damaged: Array<{input: string; error: ErrorRow}> = []
    const timer = run.onProgress ? setInterval(() => run.onProgress?.({...progress}), 250) : null
    timer?.unref()

    const fail = (error: unknown): void => {
      if (failed) return
      failed = true
      if (timer) clearInterval(timer)
      current?.destroy()
      reject(error)
    }

    const finishIfDone = (): void => {
      if (inputEnded && pending.length === 0 && nextToWrite === nextSeq && !failed && !finished) {
        finished = true
        if (timer) clearInterval(timer)
        run.onProgress?.({...progress})
        resolve({rows: progress.rows, errors: progress.errors, codes, firstErrorLine, fields, head, damaged})
      }
    }

    const write = (): void => {
      while (!outputBlocked && done.has(nextToWrite)) {
        const result = done.get(nextToWrite)
        done.delete(nextToWrite)
        nextToWrite++
        if (typeof result === 'string') {
          // A row decided here is an error row (a line too long, damage).
          const {code} = (JSON.parse(result) as {error: ErrorRow}).error
          codes[code] = (codes[code] ?? 0) + 1
          firstErrorLine ??= progress.rows + 1
          progress.rows++
          progress.errors++
          outputBlocked = !run.output.write(result)
        } else if (result) {
          for (const [code, count] of Object.entries(result.codes)) codes[code] = (codes[code] ?? 0) + count
          if (result.firstError >= 0) firstErrorLine ??= progress.rows + result.firstError + 1
          fields ??= result.fields
          progress.rows += result.rows
          progress.errors += result.errors
          outputBlocked = !run.output.write(result.bytes)
        }
      }
      dispatch()
      finishIfDone()
    }

    const dispatch = (): void => {
      while (!outputBlocked && pending.length > 0 && nextSeq - nextToWrite < maxAhead) {
        const head = pending[0]
        if (head?.kind === 'row') {
          pending.shift()
          done.set(nextSeq++, `${head.text}\n`)
          continue
        }
        const worker = idle.pop()
        if (!worker) break
        const bytes = takeBatch()
        const message: BatchMessage = {seq: nextSeq++, bytes}
        worker.postMessage(message, [bytes.buffer])
      }
      if (done.has(nextToWrite) && !outputBlocked) queueMicrotask(write)
      if (current?.isPaused() && pendingBytes < PENDING_HIGH / 2 && !outputBlocked) current.resume()
    }

    // Join whole-line pieces up to BATCH_BYTES into one fresh buffer that can be transferred.
    const takeBatch = (): Uint8Array<ArrayBuffer> => {
      const pieces: Uint8Array[] = []
      let size = 0
      while (pending[0]?.kind === 'lines' && (size === 0 || size + pending[0].bytes.length <= BATCH_BYTES)) {
        const piece = pending.shift() as {bytes: Uint8Array}
        pieces.push(piece.bytes)
        size += piece.bytes.length
      }
      pendingBytes -= size
      return concat(pieces, size)
    }

    const pushLines = (bytes: Uint8Array): void => {
      if (bytes.length === 0) return
      pending.push({kind: 'lines', bytes})
      pendingBytes += bytes.length
    }

    const pushErrorRow = (error: ErrorRow): void => {
      pending.push({kind: 'row', text: jsonLine({error})})
    }

    const pushLongLineError = (): void => {
      pushErrorRow({code: 'ERR_LINE_TOO_LONG', message: `Unexpected line longer than ${MAX_LINE_BYTES} bytes, expected one article per line`})
    }

    const onChunk = (chunk: Uint8Array): void => {
      progress.bytes += chunk.length
      if (head.length < HEAD_BYTES) head = concat([head, chunk.subarray(0, HEAD_BYTES - head.length)], Math.min(HEAD_BYTES, head.length + chunk.length))
      let start = 0
      if (skippingLongLine) {
        const end = chunk.indexOf(10)
        if (end === -1) return
        skippingLongLine = false
        pushLongLineError()
        start = end + 1
      }
      const last = chunk.lastIndexOf(10)
      if (last < start) {
        partial.push(chunk.subarray(start))
        partialBytes += chunk.length - start
        if (partialBytes > MAX_LINE_BYTES) {
          partial = []
          partialBytes = 0
          skippingLongLine = true
        }
      } else {
        const whole = chunk.subarray(start, last + 1)
        if (partialBytes > 0) {
          pushLines(concat([...partial, whole], partialBytes + whole.length))
          partial = []
          partialBytes = 0
        } else {
          pushLines(whole)
        }
        if (last + 1 < chunk.length) {
          partial = [chunk.subarray(last + 1)]
          partialBytes = chunk.length - last - 1
        }
      }
      if (pendingBytes >= PENDING_HIGH) current?.pause()
      dispatch()
    }

    const onInputEnd = (): void => {
      if (skippingLongLine) pushLongLineError()
      else if (partialBytes > 0) {
        // A last line without a line feed is still a line.
        partial.push(new Uint8Array([10]))
        pushLines(concat(partial, partialBytes + 1))
      }
      partial = []
      partialBytes = 0
      skippingLongLine = false
      inputEnded = true
      dispatch()
      finishIfDone()
    }

    for (const worker of pool) {
      worker.on('message', (result: ResultMessage) => {
        done.set(result.seq, result)
        idle.push(worker)
        write()
      })
      worker.on('error', (error) => fail(new CliError(`worker failed: ${oneLine(error.message)}`)))
      worker.on('exit', (code) => {
        if (code !== 0 && !failed && !(inputEnded && nextToWrite === nextSeq)) fail(new CliError(`worker stopped with exit code ${code}`))
      })
    }

    run.output.on('drain', () => {
      outputBlocked = false
      write()
    })
    run.output.on('error', fail)

    // The damage takes the place of the line it cut, if any: the whole
    // lines before it go on as usual, the rest of the input is unreadable.
    const onDamage = (input: string, error: ErrorRow): void => {
      damaged.push({input, error})
      partial = []
      partialBytes = 0
      skippingLongLine = false
      pushErrorRow({code: error.code, message: `${input}: ${error.message}; the rows before it are kept`})
      dispatch()
    }

    const readAll = async (): Promise<void> => {
      for await (const input of run.inputs) {
        if (failed) return
        current = input.stream
        await new Promise<void>((resolveInput, rejectInput) => {
          input.stream.on('data', (chunk: Uint8Array) => onChunk(chunk))
          input.stream.on('end', () => resolveInput())
          input.stream.on('error', rejectInput)
        })
        const damage = input.damage?.()
        if (damage) onDamage(input.name, damage)
      }
      current = null
      onInputEnd()
    }
    readAll().catch(fail)
  })
}

/**
 * Start a worker. Built, it is plain JavaScript; run from the sources with
 * tsx (`npm start`), the TypeScript worker is loaded through tsx's API, as
 * worker threads do not inherit the loader.
 */
function startWorker(url: URL, workerData: LineOptions): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, {workerData})
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(boot, {eval: true, workerData})
}

/**
 * Join pieces into one new buffer of `size` bytes.
 */
function concat(pieces: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(size)
  let at = 0
  for (const piece of pieces) {
    joined.set(piece, at)
    at += piece.length
  }
  return joined
}
