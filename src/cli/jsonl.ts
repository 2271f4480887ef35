import type {Readable, Writable} from 'node:stream'
import {Worker} from 'node:worker_threads'
import {CliError, oneLine} from './errors.js'
import type {LineOptions} from './jsonl-line.js'
import {jsonLine} from './render.js'
import type {BatchMessage, ResultMessage} from './worker.js'

/** Where `--jsonl-in` reads and writes, and how hard it works. */
export interface JsonlRun {
  /** The input streams, read one after another. */
  readonly inputs: AsyncIterable<Readable>
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
 * @returns The counts once every row is written.
 */
export async function runJsonl(run: JsonlRun): Promise<Progress> {
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
function pump(run: JsonlRun, pool: readonly Worker[]): Promise<Progress> {
  return new Promise<Progress>((resolve, reject) => {
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
        resolve({...progress})
      }
    }

    const write = (): void => {
      while (!outputBlocked && done.has(nextToWrite)) {
        const result = done.get(nextToWrite)
        done.delete(nextToWrite)
        nextToWrite++
        if (typeof result === 'string') {
          progress.rows++
          progress.errors++
          outputBlocked = !run.output.write(result)
        } else if (result) {
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

    const pushLongLineError = (): void => {
      pending.push({
        kind: 'row',
        text: jsonLine({error: {code: 'ERR_LINE_TOO_LONG', message: `Unexpected line longer than ${MAX_LINE_BYTES} bytes, expected one article per line`}})
      })
    }

    const onChunk = (chunk: Uint8Array): void => {
      progress.bytes += chunk.length
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

    const readAll = async (): Promise<void> => {
      for await (const input of run.inputs) {
        if (failed) return
        current = input
        await new Promise<void>((resolveInput, rejectInput) => {
          input.on('data', (chunk: Uint8Array) => onChunk(chunk))
          input.on('end', () => resolveInput())
          input.on('error', rejectInput)
        })
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
