import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {constants, gunzipSync, gzipSync} from 'node:zlib'
import {build, type Options} from 'tsup'
import {beforeAll, describe, expect, it} from 'vitest'
import config from '../tsup.config.js'
import {explainArticle, parseArticle} from '../src/index.js'
import {renderExplanation} from '../src/cli/render.js'
import {main} from '../src/cli/main.js'
import {articleToHtml} from '../src/html.js'
import {articleToMarkdown} from '../src/markdown.js'

// The CLI is tested built, as users run it (its workers need JavaScript). It is
// built into a private folder so that a concurrent `npm run build` cannot race it.
const ROOT = new URL('..', import.meta.url).pathname
const HOME = join(ROOT, '.tmp', `cli-test-${process.pid}`)
const CLI = join(HOME, 'dist', 'cli.js')
const WORKER = new URL(`file://${join(HOME, 'dist', 'cli', 'worker.js')}`)
const SEED = join(ROOT, 'fixtures', 'seed', 'input.txt')
const seed = readFileSync(SEED, 'utf8')
const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}

beforeAll(async () => {
  rmSync(HOME, {recursive: true, force: true})
  mkdirSync(HOME, {recursive: true})
  copyFileSync(join(ROOT, 'package.json'), join(HOME, 'package.json'))
  // The same entries as `npm run build`, without declarations or the JSON Schema.
  const {onSuccess: _schema, ...options} = config as Options
  await build({...options, outDir: join(HOME, 'dist'), dts: false, silent: true, config: false})
  return () => rmSync(HOME, {recursive: true, force: true})
}, 120_000)

/** Run the built CLI to the end. */
function cli(args: readonly string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {input, encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT})
}

/** A short original article, different for each `n`. */
function article(n: number): string {
  return `Council approves new library plan number ${n}\n\nThe council approved the plan on Tuesday after a long debate.\n\n“This is a good day for readers,” said Jane Doe, the council leader.\n`
}

const noStackTrace = (stderr: string): void => {
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1)
}

describe('one article', () => {
  it('prints the Article of a file as JSON', () => {
    const result = cli([SEED])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(parseArticle(seed))))
    expect(result.stdout.split('\n')).toHaveLength(2)
  })

  it('reads stdin without a file and with -', () => {
    const expected = `${JSON.stringify(parseArticle(seed))}\n`
    expect(cli([], seed).stdout).toBe(expected)
    expect(cli(['-'], seed).stdout).toBe(expected)
  })

  it('refuses stdin past what the limit allows, without reading it all', () => {
    const result = cli(['--max-input-length', '100'], 'x'.repeat(10_000))
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('article-anatomy: stdin: Expected at most 100 characters of article text (`maxInputLength`), got more than 303 bytes (ERR_INPUT_TOO_LARGE)\n')
  })

  it('indents with --pretty', () => {
    expect(cli([SEED, '--pretty']).stdout).toBe(`${JSON.stringify(parseArticle(seed), null, 2)}\n`)
  })

  it('prints how each quote’s speaker was chosen with --explain', () => {
    const result = cli(['--explain', SEED])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(renderExplanation(explainArticle(seed)))
    // The seed's `he said` after `Mr Esper`: the winner is marked and the name resolved.
    expect(result.stdout).toMatch(/quote \d+ at 34:2, speech, speaker "Mark Esper".*\n  > cue-after +\d+  mention "he" \(pronoun\) → "Mark Esper" \[the nearest earlier person of a fitting gender, speakers and subjects first\], cue "said"/)
  })

  it('prints Markdown and HTML with --format', () => {
    expect(cli(['--format', 'markdown', SEED]).stdout).toBe(articleToMarkdown(parseArticle(seed)))
    expect(cli(['--format=html', SEED]).stdout).toBe(`${articleToHtml(parseArticle(seed))}\n`)
  })

  it('prints help and version', () => {
    const help = cli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^article-anatomy .*\n\nUsage\n/)
    expect(help.stdout).toContain('--jsonl-in <field>')
    expect(cli(['--version']).stdout).toBe(`${version}\n`)
  })
})

describe('errors: one line on stderr, a non-zero exit, no stack trace', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[], number, RegExp]> = [
    ['a missing file', ['no-such-file.txt'], 1, /^article-anatomy: no-such-file\.txt: no such file or directory \(ENOENT\)\n$/],
    ['a folder', ['fixtures'], 1, /^article-anatomy: fixtures: .*\(EISDIR\)\n$/],
    ['an unknown option', ['--frobnicate'], 2, /^article-anatomy: Unknown option '--frobnicate'\. See --help\n$/],
    ['an unknown format', ['--format', 'pdf', SEED], 2, /^article-anatomy: Unexpected --format 'pdf', expected one of json, markdown, html\n$/],
    ['a bad worker count', ['--workers', '0', '--jsonl-in', 'text'], 2, /--workers '0'/],
    ['--pretty with JSON Lines', ['--pretty', '--jsonl-in', 'text'], 2, /Unexpected --pretty with JSON Lines output/],
    ['--explain with several articles', ['--explain', SEED, SEED], 2, /Unexpected --explain with several articles/],
    ['an article over the limit', ['--max-input-length', '10', SEED], 1, /^article-anatomy: .*: Expected at most 10 characters.*\(ERR_INPUT_TOO_LARGE\)\n$/],
    ['a file that cannot fit the limit, unread', ['--max-input-length', '100', SEED], 1, /Expected at most 100 characters .*got \d+ bytes \(ERR_INPUT_TOO_LARGE\)\n$/],
    ['a missing JSON Lines file', ['--jsonl-in', 'text', 'no-such.jsonl'], 1, /^article-anatomy: no-such\.jsonl: no such file or directory \(ENOENT\)\n$/]
  ]
  for (const [name, args, status, stderr] of cases) {
    it(`reports ${name}`, () => {
      const result = cli(args, '')
      expect(result.status).toBe(status)
      expect(result.stderr).toMatch(stderr)
      expect(result.stdout).toBe('')
      noStackTrace(result.stderr)
    })
  }
})

describe('several files', () => {
  it('prints one JSON Lines row per file, in order, going on past bad files', () => {
    const result = cli([SEED, 'no-such-file.txt', SEED])
    const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(rows).toEqual([
      {file: SEED, article: JSON.parse(JSON.stringify(parseArticle(seed)))},
      {file: 'no-such-file.txt', error: {code: 'ENOENT', message: 'no such file or directory'}},
      {file: SEED, article: JSON.parse(JSON.stringify(parseArticle(seed)))}
    ])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('article-anatomy: no-such-file.txt: no such file or directory (ENOENT)\n')
  })

  it('puts Markdown in the row with --format markdown', () => {
    const rows = cli(['--format', 'markdown', SEED, SEED]).stdout.trimEnd().split('\n')
    expect(JSON.parse(rows[1] ?? '')).toEqual({file: SEED, markdown: articleToMarkdown(parseArticle(seed))})
  })
})

describe('--jsonl-in: the RDD.pipe / Hadoop streaming contract', () => {
  const good = (id: number): string => JSON.stringify({id, source: 'test', text: article(id)})
  const mixed = [
    good(0),
    '{"id": 1, "text": "unterminated',
    '',
    JSON.stringify({id: 3, body: 'no text field'}),
    JSON.stringify({id: 4, text: 42}),
    '[1, 2, 3]',
    JSON.stringify({id: 6, text: 'x'.repeat(5000)}),
    `${good(7)}\r`,
    JSON.stringify({id: 8, text: 'A line\u2028with a line separator\n\nAnd a paragraph with “a quote,” she said.'}),
    good(9)
  ]
  // The last line has no line feed: it is still a line.
  const input = mixed.join('\n')

  it('gives one line out per line in, in order, with an error row for each bad line, and exits 0 with one summary line', () => {
    const result = cli(['--jsonl-in', 'text', '--max-input-length', '4000', '--workers', '2'], input)
    expect(result.status).toBe(0)
    // Rows read, error rows by code (most first), the first failing line: one line, terminal or not.
    expect(result.stderr).toBe('article-anatomy: 10 rows read, 6 error rows (ERR_JSON_LINE 3, ERR_INPUT_TYPE 2, ERR_INPUT_TOO_LARGE 1), the first on line 2\n')
    expect(result.stdout.endsWith('\n')).toBe(true)
    const lines = result.stdout.slice(0, -1).split('\n')
    expect(lines).toHaveLength(mixed.length)
    const rows = lines.map((line) => JSON.parse(line) as {id?: number; error?: {code: string; message: string}; article?: unknown})
    expect(rows.map((row) => row.error?.code ?? 'ok')).toEqual([
      'ok',
      'ERR_JSON_LINE',
      'ERR_JSON_LINE',
      'ERR_INPUT_TYPE',
      'ERR_INPUT_TYPE',
      'ERR_JSON_LINE',
      'ERR_INPUT_TOO_LARGE',
      'ok',
      'ok',
      'ok'
    ])
    expect(rows.map((row) => row.id)).toEqual([0, undefined, undefined, 3, 4, undefined, 6, 7, 8, 9])
    expect(rows[0]).toEqual({id: 0, source: 'test', article: JSON.parse(JSON.stringify(parseArticle(article(0))))})
    expect(rows[2]?.error?.message).toBe('Unexpected empty line, expected a JSON object')
    expect(rows[3]?.error?.message).toBe('Expected field `text` to be a string, got undefined')
    // Nothing a line splitter could cut: U+2028 is escaped.
    expect(lines[8]).toContain('\\u2028')
  })

  it('gives the same output with 1 worker and with several, over many lines', () => {
    const many = `${Array.from({length: 3000}, (_, id) => good(id)).join('\n')}\n`
    const one = cli(['--jsonl-in', 'text', '--workers', '1'], many)
    const four = cli(['--jsonl-in', 'text', '--workers', '4'], many)
    expect(one.status).toBe(0)
    // No error row, nothing on stderr.
    expect([one.stderr, four.stderr]).toEqual(['', ''])
    expect(four.stdout).toBe(one.stdout)
    const ids = one.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as {id: number}).id)
    expect(ids).toEqual(Array.from({length: 3000}, (_, id) => id))
  })

  it('reads .gz files through gunzip, and names a file that is not gzip', () => {
    const lines = `${good(1)}\n${good(2)}\n`
    writeFileSync(join(HOME, 'dump.jsonl.gz'), gzipSync(lines))
    writeFileSync(join(HOME, 'plain.jsonl.gz'), lines)
    expect(cli(['--jsonl-in', 'text', join(HOME, 'dump.jsonl.gz')]).stdout).toBe(cli(['--jsonl-in', 'text'], lines).stdout)
    const bad = cli(['--jsonl-in', 'text', join(HOME, 'plain.jsonl.gz')])
    expect(bad.status).toBe(1)
    const file = join(HOME, 'plain.jsonl.gz')
    expect(bad.stderr).toBe(
      `article-anatomy: ${file}: incorrect header check (Z_DATA_ERROR); the rows before it are kept\narticle-anatomy: 1 row read, 1 error row (Z_DATA_ERROR 1), the first on line 1\n`
    )
    expect(JSON.parse(bad.stdout)).toEqual({error: {code: 'Z_DATA_ERROR', message: `${file}: incorrect header check; the rows before it are kept`}})
  })

  it('recognises gzip by its first bytes, on stdin and in a file without .gz', () => {
    const lines = `${good(1)}\n${good(2)}\n`
    const plain = cli(['--jsonl-in', 'text'], lines)
    writeFileSync(join(HOME, 'dump-no-suffix.jsonl'), gzipSync(lines))
    for (const result of [cli(['--jsonl-in', 'text'], gzipSync(lines)), cli(['--jsonl-in', 'text', join(HOME, 'dump-no-suffix.jsonl')])]) {
      expect([result.status, result.stderr]).toEqual([0, ''])
      expect(result.stdout).toBe(plain.stdout)
    }
  })

  it('keeps every row read before the damage of a truncated .gz, then reports the damage in a row, on stderr and in the exit code', () => {
    const lines = `${Array.from({length: 2000}, (_, id) => good(id)).join('\n')}\n`
    const zipped = gzipSync(lines)
    const truncated = zipped.subarray(0, zipped.length >> 1)
    writeFileSync(join(HOME, 'truncated.jsonl.gz'), truncated)
    // The whole lines a lenient gunzip gets out of the damaged file: every one must come out.
    const readable = gunzipSync(truncated, {finishFlush: constants.Z_SYNC_FLUSH}).toString('utf8')
    const whole = readable.slice(0, readable.lastIndexOf('\n') + 1)
    const kept = whole.split('\n').length - 1
    expect(kept).toBeGreaterThan(100)
    const expected = cli(['--jsonl-in', 'text'], whole).stdout
    for (const [name, result] of [
      [join(HOME, 'truncated.jsonl.gz'), cli(['--jsonl-in', 'text', join(HOME, 'truncated.jsonl.gz')])],
      ['stdin', cli(['--jsonl-in', 'text'], truncated)]
    ] as const) {
      expect(result.status).toBe(1)
      expect(result.stdout.startsWith(expected)).toBe(true)
      const rest = result.stdout.slice(expected.length).split('\n')
      expect(rest).toHaveLength(2)
      expect(JSON.parse(rest[0] ?? '')).toEqual({error: {code: 'Z_BUF_ERROR', message: `${name}: unexpected end of file; the rows before it are kept`}})
      expect(result.stderr).toBe(
        `article-anatomy: ${name}: unexpected end of file (Z_BUF_ERROR); the rows before it are kept\n` +
          `article-anatomy: ${kept + 1} rows read, 1 error row (Z_BUF_ERROR 1), the first on line ${kept + 1}\n`
      )
    }
  })

  describe('when every row of a non-empty input fails, exits 3 and names the likely cause', () => {
    it('a mistyped field: names the field expected and the fields the records have', () => {
      const result = cli(['--jsonl-in', 'txet'], `${good(1)}\n${good(2)}\n`)
      expect(result.status).toBe(3)
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(2)
      expect(result.stderr).toBe(
        'article-anatomy: 2 rows read, 2 error rows (ERR_INPUT_TYPE 2), the first on line 1\n' +
          'article-anatomy: every row failed (2 of 2): no record has the field `txet` (the records have `id`, `source`, `text`): is the name mistyped? --jsonl-in <field> names the field that holds the article text\n'
      )
    })

    it('a field that holds no string', () => {
      const result = cli(['--jsonl-in', 'text'], JSON.stringify({text: 42}))
      expect(result.status).toBe(3)
      expect(result.stderr).toMatch(/\narticle-anatomy: every row failed \(1 of 1\): field `text` is not a string in any record; it must hold the article text\n$/)
    })

    it('compressed input that is not gzip: names the format', () => {
      const zstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x00]), Buffer.from('\u0000\u0001binary\n')])
      const result = cli(['--jsonl-in', 'text'], zstd)
      expect(result.status).toBe(3)
      expect(result.stderr).toMatch(/\narticle-anatomy: every row failed \(\d+ of \d+\): the input is zstd data, not JSON Lines text: decompress it first \(zstdcat\)\n$/)
    })

    it('binary input', () => {
      const result = cli(['--jsonl-in', 'text'], Buffer.from([0x00, 0xff, 0xfe, 0x10, 0x0a, 0x80, 0x81]))
      expect(result.status).toBe(3)
      expect(result.stderr).toMatch(/\narticle-anatomy: every row failed \(2 of 2\): the input is binary, not JSON Lines text \(compressed or in another format\?\)\n$/)
    })

    it('plain text', () => {
      const result = cli(['--jsonl-in', 'text'], article(1))
      expect(result.status).toBe(3)
      expect(result.stderr).toMatch(/\narticle-anatomy: every row failed \(5 of 5\): no line is a JSON object: is the input JSON Lines \(one JSON object a line\)\? Without --jsonl-in, a file is read as one article\n$/)
    })

    it('but not when one row parses', () => {
      const result = cli(['--jsonl-in', 'text'], `${good(1)}\nnot json\n`)
      expect(result.status).toBe(0)
      expect(result.stderr).toBe('article-anatomy: 2 rows read, 1 error row (ERR_JSON_LINE 1), the first on line 2\n')
    })
  })

  it('gives no output for no input', () => {
    const result = cli(['--jsonl-in', 'text'], '')
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', ''])
  })

  it('renders Markdown rows with --format markdown', () => {
    const row = JSON.parse(cli(['--jsonl-in', 'text', '-f', 'markdown'], good(5)).stdout) as {id: number; markdown: string}
    expect(row).toEqual({id: 5, source: 'test', markdown: articleToMarkdown(parseArticle(article(5)))})
  })

  it('stops reading while its output is not read: memory stays bounded however long the stream', async () => {
    const child = spawn(process.execPath, [CLI, '--jsonl-in', 'text', '--workers', '2'], {cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe']})
    child.stdout.pause()
    const block = `${Array.from({length: 1000}, (_, id) => good(id)).join('\n')}\n`
    const limit = 400 * 1024 * 1024
    let offered = 0
    let lines = 0
    let stalled = false
    while (offered < limit) {
      offered += Buffer.byteLength(block)
      lines += 1000
      if (!child.stdin.write(block)) {
        // Wait for the child to take more; if it does not within a few seconds, it has stopped reading.
        stalled = !(await Promise.race([
          new Promise<boolean>((resolve) => child.stdin.once('drain', () => resolve(true))),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 4000))
        ]))
        if (stalled) break
      }
    }
    const accepted = offered - child.stdin.writableLength
    expect(stalled).toBe(true)
    expect(accepted).toBeLessThan(32 * 1024 * 1024)

    // Now read everything: every line offered comes out, in order.
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
    })
    child.stdout.resume()
    child.stdin.end()
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(status).toBe(0)
    expect(out.split('\n').length - 1).toBe(lines)
  }, 120_000)

  it('exits quietly when the reader stops early', async () => {
    const child = spawn(process.execPath, [CLI, '--jsonl-in', 'text'], {cwd: ROOT})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.stdout.once('data', () => child.stdout.destroy())
    child.stdin.on('error', () => {})
    child.stdin.end(`${Array.from({length: 2000}, (_, id) => good(id)).join('\n')}\n`)
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(status).toBe(0)
    expect(stderr).toBe('')
  }, 60_000)
})

describe('progress', () => {
  /** A stream that keeps what is written, posing as a terminal or not. */
  const sink = (isTTY: boolean): Writable & {text: () => string; isTTY: boolean} => {
    const chunks: string[] = []
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString())
        callback()
      }
    })
    return Object.assign(stream, {isTTY, text: () => chunks.join('')})
  }

  for (const isTTY of [true, false]) {
    it(`writes a progress line on stderr ${isTTY ? 'when it is a terminal' : 'only when it is a terminal'}, and the summary either way`, async () => {
      const stdin = new PassThrough()
      stdin.end(`${JSON.stringify({text: article(1)})}\n${JSON.stringify({text: 1})}\n`)
      const stdout = sink(false)
      const stderr = sink(isTTY)
      const status = await main({argv: ['--jsonl-in', 'text', '--workers', '1'], version, workerUrl: WORKER, stdin, stdout, stderr})
      expect(status).toBe(0)
      expect(stdout.text().split('\n')).toHaveLength(3)
      const summary = 'article-anatomy: 2 rows read, 1 error row (ERR_INPUT_TYPE 1), the first on line 2\n'
      if (isTTY) expect(stderr.text()).toMatch(/\r\u001B\[K2 articles, 0\.0 MB, [\d.]+ MB\/s, 1 errors\n/)
      expect(stderr.text().endsWith(summary)).toBe(true)
      if (!isTTY) expect(stderr.text()).toBe(summary)
    })
  }
})

describe('the build', () => {
  /** Every module a built entry loads, following its relative imports. */
  const bareImportsOf = (entry: string): Set<string> => {
    const bare = new Set<string>()
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const statements = /^(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm
      for (const [, from, bareImport] of readFileSync(file, 'utf8').matchAll(statements)) {
        const specifier = from ?? bareImport
        if (specifier?.startsWith('.')) visit(join(file, '..', specifier))
        else if (specifier) bare.add(specifier)
      }
    }
    visit(join(HOME, 'dist', entry))
    return bare
  }

  it('keeps the core entry free of the Markdown, HTML and unified runtimes', () => {
    const core = bareImportsOf('index.js')
    expect([...core].filter((specifier) => !specifier.startsWith('node:'))).toEqual(['zod'])
    expect(bareImportsOf('markdown.js')).toContain('mdast-util-to-markdown')
    expect(bareImportsOf('html.js')).toContain('hast-util-to-html')
  })
})

describe('npm start', () => {
  it('still parses the seed article', () => {
    const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts.start
    expect(script).toBe('tsx src/cli.ts fixtures/seed/input.txt --pretty')
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'fixtures/seed/input.txt', '--pretty'], {cwd: ROOT, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(parseArticle(seed))))
  })

  it('runs --jsonl-in from the sources too, its worker loaded through tsx', () => {
    const input = `${JSON.stringify({id: 1, text: article(1)})}\n`
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--jsonl-in', 'text', '-w', '1'], {cwd: ROOT, input, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({id: 1, article: JSON.parse(JSON.stringify(parseArticle(article(1))))})
  })
})
