#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {ArticleInputError, parseArticle} from './index.js'

/**
 * The command line: `article-anatomy article.txt` prints the Article as JSON.
 * A thin shell over the library; all I/O of the package lives here.
 */
function main(argv: readonly string[]): number {
  const pretty = argv.includes('--pretty')
  const files = argv.filter((arg) => !arg.startsWith('--'))
  const file = files[0] ?? '-'
  try {
    const text = readFileSync(file === '-' ? 0 : file, 'utf8')
    process.stdout.write(`${JSON.stringify(parseArticle(text), null, pretty ? 2 : undefined)}\n`)
    return 0
  } catch (error) {
    const message = error instanceof ArticleInputError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error)
    process.stderr.write(`article-anatomy: ${file}: ${message}\n`)
    return 1
  }
}

process.exitCode = main(process.argv.slice(2))
