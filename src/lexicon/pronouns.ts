import type {Gender} from './honorifics.js'

/** What a pronoun can refer to. */
export interface PronounSense {
  /** The gender it asks for, or null for either. */
  readonly gender: Gender
  /** Whether it refers to a thing or an organisation rather than a person. */
  readonly neuter: boolean
  /** Whether it refers to a group. */
  readonly plural: boolean
}

/** Subject pronouns that can stand as a speaker. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounSense> = new Map([
  ['he', {gender: 'm', neuter: false, plural: false}],
  ['she', {gender: 'f', neuter: false, plural: false}],
  ['it', {gender: null, neuter: true, plural: false}],
  ['they', {gender: null, neuter: false, plural: true}]
])
