import fc from 'fast-check'
import * as z from 'zod'
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {CHECK_MODULE, generateCheck} from '../scripts/build-check.js'
import {isArticle} from '../src/check-article.generated.js'
import {ArticleSchema, parseArticle, type Article} from '../src/index.js'
import {listFixtures} from './support/fixtures.js'

/*
 * parseArticle checks its output with `isArticle`, generated from ArticleSchema
 * by scripts/build-check.ts, instead of zod's parse. The promise is unchanged only if the two judge
 * alike: these tests hold that the predicate accepts and rejects exactly what
 * `ArticleSchema.safeParse` does, on real Articles and on broken copies.
 */
const conforms = isArticle

const agrees = (value: unknown): void => {
  expect(conforms(value)).toBe(ArticleSchema.safeParse(value).success)
}

/** Values of every kind a field could wrongly hold. */
const ODD_VALUES: unknown[] = [
  undefined, null, 0, -1, 1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '', 'speech', 'x', true, false,
  [], [null], {}, {text: ''}, 'article-anatomy', 'byline'
]

/** Every path to a value inside `value`, objects and lists included. */
function pathsOf(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(path)
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out))
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out)
  return out
}

type Edit = {readonly kind: 'set'; readonly value: unknown} | {readonly kind: 'delete'} | {readonly kind: 'extra'}

/**
 * Judge `article` with one edit made at `path`, in place, then undo the edit:
 * copying the Article for each of tens of thousands of edits cost most of
 * the test's time.
 */
function withEdit(article: Article, path: Array<string | number>, edit: Edit, judge: (value: unknown) => void): void {
  if (path.length === 0) {
    judge(edit.kind === 'set' ? edit.value : edit.kind === 'extra' ? {...article, extra: 1} : undefined)
    return
  }
  let parent = article as unknown as Record<string | number, unknown>
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
  const last = path.at(-1)!
  const before = parent[last]
  if (edit.kind === 'set') {
    parent[last] = edit.value
    judge(article)
    parent[last] = before
  } else if (edit.kind === 'delete' && Array.isArray(parent)) {
    parent.splice(Number(last), 1)
    judge(article)
    parent.splice(Number(last), 0, before)
  } else if (edit.kind === 'delete') {
    delete parent[last]
    judge(article)
    parent[last] = before
  } else if (typeof before === 'object' && before !== null && !Array.isArray(before)) {
    const record = before as Record<string, unknown>
    record.extra = 1
    judge(article)
    delete record.extra
  } else {
    parent[last] = [before]
    judge(article)
    parent[last] = before
  }
}

describe('isArticle, generated from ArticleSchema', () => {
  const fixtures = listFixtures().map((fixture) => parseArticle(fixture.input))

  it('accepts every fixture’s Article, as safeParse does', () => {
    for (const article of fixtures) {
      expect(conforms(article)).toBe(true)
      agrees(article)
    }
  })

  it('judges one-field edits of every fixture’s Article as safeParse does', () => {
    let edits = 0
    let rejected = 0
    const judge = (value: unknown): void => {
      agrees(value)
      edits++
      if (!conforms(value)) rejected++
    }
    for (const article of fixtures) {
      const paths = pathsOf(article)
      // Each path gets one odd value, in turn, and is deleted or gets an extra key in turn:
      // every value meets every kind of field over the fixtures, at a cost a unit test can bear.
      paths.forEach((path, index) => {
        withEdit(article, path, {kind: 'set', value: ODD_VALUES[index % ODD_VALUES.length]}, judge)
        withEdit(article, path, index % 2 === 0 ? {kind: 'delete'} : {kind: 'extra'}, judge)
      })
      expect(conforms(article), 'every edit undone').toBe(true)
    }
    // The edits must mostly break the Article, or the test proves little.
    expect(rejected).toBeGreaterThan(edits / 2)
  })

  it('judges random edits and random values as safeParse does', () => {
    const seed = fixtures.find((article) => article.quotes.length > 0 && article.captions.length > 0) ?? fixtures[0]!
    const paths = pathsOf(seed)
    fc.assert(
      fc.property(
        fc.nat({max: paths.length - 1}),
        fc.oneof(
          fc.anything().map((value): Edit => ({kind: 'set', value})),
          fc.constant<Edit>({kind: 'delete'}),
          fc.constant<Edit>({kind: 'extra'})
        ),
        (index, edit) => {
          withEdit(seed, paths[index]!, edit, agrees)
        }
      ),
      {numRuns: 2000, seed: 17}
    )
    fc.assert(fc.property(fc.anything(), (value) => agrees(value)), {numRuns: 500, seed: 17})
  })

  it('is what the generator writes from today’s schema (npm run build:check)', () => {
    expect(readFileSync(CHECK_MODULE, 'utf8')).toBe(generateCheck())
  })

  it('refuses to generate from schemas it cannot judge exactly, rather than waving them through', () => {
    const article = (field: z.ZodType): Array<[string, z.ZodType]> => [['Article', z.strictObject({field})]]
    const generate = (field: z.ZodType): string => {
      const named = article(field)
      return generateCheck(named[0]![1], named)
    }
    expect(generate(z.string())).toContain('export function isArticle')
    expect(() => generate(z.object({a: z.string()}))).toThrow(/strict objects/)
    expect(() => generate(z.string().min(1))).toThrow(/checks on a string/)
    expect(() => generate(z.union([z.string(), z.number()]))).toThrow(/union/)
    expect(() => generate(z.number().multipleOf(2))).toThrow(/multiple_of/)
    expect(() => generate(z.string().optional())).toThrow(/optional/)
    expect(() => generate(z.strictObject({a: z.string()}).refine((value) => value.a !== ''))).toThrow(/checks on a object/)
  })
})
