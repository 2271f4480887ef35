import type {OtherKind} from '../schema.js'

/**
 * What one non-blank line of the input turned out to be. Every line gets
 * exactly one role; a part that spans several lines gives the others `covered`.
 */
export type Role =
  | {readonly part: 'title'}
  | {
      readonly part: 'caption'
      readonly text: string
      readonly credit: string | null
      /** Index of the last line the caption spans (its credit line, for instance). */
      readonly through: number
      readonly duplicates: readonly number[]
    }
  | {readonly part: 'paragraph'; readonly text?: string}
  | {readonly part: 'related'; readonly title: string; readonly url: string | null; readonly through: number}
  | {readonly part: 'notice'; readonly through: number}
  | {readonly part: 'other'; readonly kind: OtherKind}
  | {readonly part: 'covered'}

/**
 * The role of a paragraph kept whole: one object for every such line, which
 * is most lines, rather than one each (roles are read, never changed).
 */
export const PARAGRAPH: Role = {part: 'paragraph'}

/** One role a non-blank line, `undefined` until a pass claims it. */
export type Roles = Array<Role | undefined>

/**
 * Whether a role is an `other` line of one of some kinds.
 *
 * @param role A line's role, if any.
 * @param kinds The kinds asked about.
 * @returns True for an `other` role of one of them.
 */
export function isOtherOf(role: Role | undefined, ...kinds: readonly OtherKind[]): boolean {
  return role?.part === 'other' && kinds.includes(role.kind)
}
