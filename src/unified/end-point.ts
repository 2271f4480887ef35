import type {Point} from '../schema.js'

/**
 * The point just past the end of the input, counting `\r\n`, `\r` and `\n`
 * as one break each, the way the line scanner does. One pass, no allocation.
 *
 * @param text The input exactly as given.
 * @returns The end point.
 */
export function endPoint(text: string): Point {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
    } else if (code !== 10) {
      continue
    }
    line++
    lineStart = index + 1
  }
  return {line, column: text.length - lineStart + 1, offset: text.length}
}
