import {ArticleInputError} from '../errors.js'

/** An error that ends the command with one line on stderr and an exit code. */
export class CliError extends Error {
  override readonly name = 'CliError'
  /** The process exit code: 2 for a usage error, 1 otherwise. */
  readonly exitCode: number

  /**
   * @param message The line to print, without the program name.
   * @param exitCode The exit code.
   */
  constructor(message: string, exitCode = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

/** A failure as it appears in a JSON Lines error row. */
export interface ErrorRow {
  /** A stable code: an `ArticleInputError` code, a system code (`ENOENT`), or a CLI code. */
  readonly code: string
  /** What went wrong, in one line. */
  readonly message: string
}

/**
 * Describe any thrown value as a stable code and a one-line message, without
 * a stack trace.
 *
 * @param error What was thrown.
 * @returns Its code and message.
 */
export function describeError(error: unknown): ErrorRow {
  if (error instanceof ArticleInputError) return {code: error.code, message: error.message}
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code === 'string') {
      // Node's system errors read "ENOENT: no such file or directory, open 'x'".
      const match = /^[A-Z]+: ([^,]+)/.exec(error.message)
      return {code, message: match?.[1] ?? error.message}
    }
    return {code: 'ERR_INTERNAL', message: oneLine(error.message)}
  }
  return {code: 'ERR_INTERNAL', message: oneLine(String(error))}
}

/**
 * Collapse a message onto one line.
 *
 * @param message Any text.
 * @returns The text with runs of white space as one space.
 */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim()
}
