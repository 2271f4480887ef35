#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {main} from './cli/main.js'

/*
 * The command line, a thin shell over the library; all I/O of the package
 * lives under here. The worker script sits beside this file's folder both in
 * `src/` (run with tsx) and in `dist/` (built), so it is found from here.
 */
const here = import.meta.url
const workerUrl = new URL(here.endsWith('.ts') ? './cli/worker.ts' : './cli/worker.js', here)
const {version} = JSON.parse(readFileSync(new URL('../package.json', here), 'utf8')) as {version: string}

// Never a stack trace: anything unexpected is one line on stderr.
process.on('uncaughtException', (error) => {
  process.stderr.write(`article-anatomy: ${error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)}\n`)
  process.exit(1)
})
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`| head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(0)
})

process.exitCode = await main({
  argv: process.argv.slice(2),
  version,
  workerUrl,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
})
