import {existsSync} from 'node:fs'
import {join} from 'node:path'

/*
 * `../shared` is development data that sits beside the repository (the corpus
 * of real articles, the quote-eval sets, the no-copy tool); it is not part of
 * the repository or the package. A fresh clone has nothing beside it, and its
 * first `npm test` must pass: the tests that read `../shared` then skip, with
 * the reason in their title. Under CI they never skip: a missing `../shared`
 * fails there, so CI cannot pass on the unit tests alone.
 */

/** Where `../shared` sits beside the repository. */
export const SHARED = new URL('../../../shared/', import.meta.url).pathname

/** Whether `../shared` is beside the repository (its corpus index is the sign). */
export const HAS_SHARED: boolean = existsSync(join(SHARED, 'corpus', 'sources.tsv'))

/** Whether this is a CI run (`CI` set to anything but empty, `0` or `false`, as CI services set it). */
export const IN_CI: boolean = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())

/** Skip the tests that need `../shared`: it is absent and this is not CI. */
export const SKIP_SHARED: boolean = !HAS_SHARED && !IN_CI

/** Why the tests that need `../shared` are skipped, said once per run (by vitest.config.ts) and in their titles. */
export const SHARED_SKIP_REASON = '../shared (development data beside the repository, not part of it) is absent: the tests that read it are skipped; under CI=true they fail'

/**
 * A test or suite title, with the reason it is skipped when it is.
 *
 * @param title The title.
 * @returns The title, and the reason when `../shared` is absent outside CI.
 */
export function sharedTitle(title: string): string {
  return SKIP_SHARED ? `${title} [skipped: ${SHARED_SKIP_REASON}]` : title
}
