import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** The fixtures folder at the top of the repository. */
export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname

/** One golden fixture: its name, its input, and where its expected output lives. */
export interface Fixture {
  readonly name: string
  readonly input: string
  readonly expectedPath: string
}

/**
 * Every fixture under `fixtures/`, sorted by name.
 *
 * @returns The fixtures.
 */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'input.txt')))
    .map((entry) => ({
      name: entry.name,
      input: readFileSync(join(FIXTURES, entry.name, 'input.txt'), 'utf8'),
      expectedPath: join(FIXTURES, entry.name, 'expected.json')
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
