import type {Warning} from '../schema.js'
import type {Line} from '../text/scan-lines.js'
import {markLineShapes} from './passes/01-line-shapes.js'
import {markTitle} from './passes/02-title.js'
import {markCaptions} from './passes/03-captions.js'
import {markRelatedLinks} from './passes/04-related-links.js'
import {markNotice} from './passes/05-notice.js'
import {markRepeatedLines} from './passes/06-repeated-lines.js'
import {markBody} from './passes/07-body.js'
import {PARAGRAPH, type Role, type Roles} from './roles.js'

/** The roles of the non-blank lines, with the warnings raised while assigning them. */
export interface RoleAssignment {
  readonly roles: readonly Role[]
  readonly warnings: readonly Warning[]
}

/** A pass claims the lines it is sure of and leaves the rest to the passes after it. */
type Pass = (lines: readonly Line[], roles: Roles, warnings: Warning[]) => void

// The order matters: what is known by its shape comes first, what is known by
// its place (the trailing notice, a caption repeated without a credit) after,
// and the body takes whatever is left. The passes loop over indices rather
// than `lines.entries()`: the [index, line] pairs cost a few per cent of the stage.
const PASSES: readonly Pass[] = [markLineShapes, markTitle, markCaptions, markRelatedLinks, markNotice, markRepeatedLines, markBody]

/**
 * Give every non-blank line one role, running the passes in order.
 *
 * @param lines The non-blank lines, in input order.
 * @returns One role per line, and warnings for what was guessed.
 */
export function assignRoles(lines: readonly Line[]): RoleAssignment {
  // `fill`, not `Array.from` with a callback, which calls it once per line.
  const roles: Roles = new Array<Role | undefined>(lines.length).fill(undefined)
  const warnings: Warning[] = []
  for (const pass of PASSES) pass(lines, roles, warnings)
  return {roles: roles.map((role) => role ?? PARAGRAPH), warnings}
}
