import type {Line} from '../../text/scan-lines.js'
import type {Role, Roles} from '../roles.js'
import {isNoticeLine} from '../notice.js'

/**
 * The trailing site notice: the last run of notice lines, passing over
 * boilerplate after it. Prompts in that run count as notice lines.
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 */
export function markNotice(lines: readonly Line[], roles: Roles): void {
  let last = lines.length - 1
  while (last >= 0 && isTrailingBoilerplate(roles[last])) last--
  let first = last + 1
  while (first > 0 && isNoticeCandidate(lines, roles, first - 1)) first--
  if (first > last) return
  roles[first] = {part: 'notice', through: last}
  for (let index = first + 1; index <= last; index++) roles[index] = {part: 'covered'}
}

function isTrailingBoilerplate(role: Role | undefined): boolean {
  return role?.part === 'other' && role.kind !== 'prompt'
}

function isNoticeCandidate(lines: readonly Line[], roles: Roles, index: number): boolean {
  const role = roles[index]
  const line = lines[index]
  if (!line) return false
  if (role?.part === 'other' && role.kind === 'prompt') return true
  return role === undefined && isNoticeLine(line.text)
}
