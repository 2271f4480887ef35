import type {Line} from '../../text/scan-lines.js'
import type {Roles} from '../roles.js'
import {classifyLineShape} from '../line-shape.js'

/**
 * Boilerplate known by its shape alone: advertisements, share runs, bylines…
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 */
export function markLineShapes(lines: readonly Line[], roles: Roles): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const kind = classifyLineShape(line.text)
    if (kind) roles[index] = {part: 'other', kind}
  }
}
