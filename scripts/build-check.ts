/**
 * Write `src/check-article.generated.ts`: `isArticle`, a predicate that
 * judges a value exactly as `ArticleSchema.safeParse(value).success` does,
 * written out as plain TypeScript from the zod schemas.
 *
 *   npm run build:check            write it
 *   npm run build:check -- --check  fail when the file in the repo is stale
 *
 * Why generated: parseArticle promises a validated Article. zod's parse
 * builds a copy of the whole Article to prove it; a walk compiled at run time
 * from the schema (closures calling closures) cost 4–5% of a parse; the same
 * walk written out as straight-line code, one function a part, costs about a
 * third of that, and needs no `new Function` (which a strict Content Security
 * Policy forbids). The schema is data of a few kinds (strict objects, arrays,
 * nullables, strings, bounded integers, booleans, literals, enums); any other
 * kind or check stops the generator, rather than being waved through.
 * test/check-article.test.ts holds the predicate to safeParse's judgement.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type * as z from 'zod'
import {ArticleSchema, QuoteKindSchema} from '../src/schema.js'
import {NAMED} from './build-schema.js'

/** The parts of a zod v4 definition read here (`schema._zod.def`). */
interface Definition {
  readonly type: string
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly catchall?: z.ZodType
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
  readonly entries?: Readonly<Record<string, string | number>>
  readonly values?: readonly unknown[]
  readonly format?: string
  readonly checks?: ReadonlyArray<{readonly _zod: {readonly def: {readonly check: string; readonly value?: unknown; readonly inclusive?: boolean}}}>
}

const definitionOf = (schema: z.ZodType): Definition => (schema as unknown as {_zod: {def: Definition}})._zod.def

/** Thrown for a schema the generator cannot judge exactly. */
class UnsupportedSchemaError extends Error {}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new UnsupportedSchemaError(`the schema has no ${what}`)
  return value
}

/** Writes one function a structure, sharing a function between identical structures. */
class Generator {
  /** Function body → the first function written with it. */
  private readonly byBody = new Map<string, string>()
  /** Function names, in the order written: callees first. */
  private readonly functions: string[] = []
  private readonly bodies = new Map<string, string>()
  private readonly sets: string[] = []
  /** An enum's values as JSON → the name of their set. */
  private readonly setNames = new Map<string, string>()
  private readonly names = new Map<z.ZodType, string>()

  constructor(named: ReadonlyArray<readonly [string, z.ZodType]>) {
    for (const [name, schema] of named) this.names.set(schema, name)
  }

  /**
   * A boolean expression that holds when `value` conforms to `schema`.
   *
   * @param schema The schema.
   * @param value An expression without side effects (it may be read twice).
   */
  expression(schema: z.ZodType, value: string): string {
    const def = definitionOf(schema)
    // A refinement (`.refine`, `.check`) is code the generator cannot copy: only a number's bounds are read.
    if (def.type !== 'number') noChecks(def, def.type)
    switch (def.type) {
      case 'string': {
        return `typeof ${value} === 'string'`
      }
      case 'boolean': {
        return `typeof ${value} === 'boolean'`
      }
      case 'number': {
        return numberExpression(def, value)
      }
      case 'literal': {
        const values = required(def.values, 'literal values')
        return values.length === 1 ? `${value} === ${literal(values[0])}` : `(${values.map((item) => `${value} === ${literal(item)}`).join(' || ')})`
      }
      case 'enum': {
        const values = Object.values(required(def.entries, 'enum entries'))
        const list = JSON.stringify(values)
        let name = this.setNames.get(list)
        if (name === undefined) {
          name = upperSnake(`${this.nameOf(schema) ?? `Enum${this.setNames.size}`}Values`)
          this.setNames.set(list, name)
          this.sets.push(`const ${name}: ReadonlySet<unknown> = new Set(${list})`)
        }
        return `${name}.has(${value})`
      }
      case 'nullable': {
        return `(${value} === null || ${this.expression(required(def.innerType, 'nullable inner type'), value)})`
      }
      case 'object':
      case 'array': {
        return `${this.functionFor(schema)}(${value})`
      }
      default: {
        throw new UnsupportedSchemaError(`zod kind \`${def.type}\` is not supported`)
      }
    }
  }

  /**
   * The name of the function that checks an object or array schema, written
   * on first use. A named part has a function of its own; an unnamed copy of
   * one (`PointSchema.describe(…)` makes a new schema) shares the function of
   * the part it is alike to.
   */
  private functionFor(schema: z.ZodType): string {
    const def = definitionOf(schema)
    const part = this.nameOf(schema)
    const own = part === undefined ? undefined : `is${part}`
    if (own !== undefined && this.bodies.has(own)) return own
    const body = def.type === 'object' ? this.objectBody(def) : this.arrayBody(def)
    const alike = this.byBody.get(body)
    if (own === undefined && alike !== undefined) return alike
    if (own !== undefined && alike !== undefined) {
      // A named part alike in shape to one already written (`Paragraph` and `Title`) is that function under its own name.
      this.functions.push(own)
      this.bodies.set(own, `= ${alike}`)
      return own
    }
    const name = own ?? (def.type === 'array' ? this.listName(required(def.element, 'array element')) : `isPart${this.bodies.size}`)
    if (!this.byBody.has(body)) this.byBody.set(body, name)
    this.functions.push(name)
    this.bodies.set(name, body)
    return name
  }

  private objectBody(def: Definition): string {
    const shape = required(def.shape, 'object shape')
    // `strictObject` refuses unknown keys (a catchall of `never`); a plain `object` strips them, which a predicate cannot mirror.
    if (def.catchall === undefined || definitionOf(def.catchall).type !== 'never') throw new UnsupportedSchemaError('only strict objects are supported')
    const keys = Object.keys(shape)
    const fields = keys.map((key) => `    ${this.expression(required(shape[key], key), `record[${literal(key)}]`)}`)
    const unknownKey = keys.map((key) => `key !== ${literal(key)}`).join(' && ')
    return [
      `  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false`,
      `  const record = value as Record<string, unknown>`,
      `  for (const key in record) if (${unknownKey}) return false`,
      `  return (\n${fields.join(' &&\n')}\n  )`
    ].join('\n')
  }

  /** A list's function is named for its items: `isQuoteList`, `isStringList`. */
  private listName(element: z.ZodType): string {
    const {type} = definitionOf(element)
    // The element's function is written already: the list's body called it.
    if (type === 'object' || type === 'array') return `${this.functionFor(element)}List`
    return `is${type.charAt(0).toUpperCase()}${type.slice(1)}List`
  }

  private arrayBody(def: Definition): string {
    const item = this.expression(required(def.element, 'array element'), 'value[index]')
    return [
      `  if (!Array.isArray(value)) return false`,
      `  for (let index = 0; index < value.length; index++) if (!(${item})) return false`,
      `  return true`
    ].join('\n')
  }

  /** The part's name in the README's list, when the schema is one of them as written. */
  private nameOf(schema: z.ZodType): string | undefined {
    return this.names.get(schema)
  }

  /** The module: the sets, then the functions, callees first; `entry` exported. */
  module(entry: string): string {
    const doc = [
      '/**',
      ' * Whether `value` is an Article exactly as `ArticleSchema` defines it:',
      ' * what `ArticleSchema.safeParse(value).success` says, read in place with',
      ' * nothing copied.',
      ' *',
      ' * @param value Anything.',
      ' * @returns True when it conforms.',
      ' */'
    ]
    return [
      '// Generated by `npm run build:check` from src/schema.ts: do not edit by hand.',
      '// Each function holds exactly when zod’s safeParse of the same part succeeds (test/check-article.test.ts).',
      '',
      ...this.sets,
      '',
      ...this.functions.flatMap((name) => {
        const body = this.bodies.get(name) ?? ''
        if (body.startsWith('= ')) return [`const ${name}: (value: unknown) => boolean ${body}`, '']
        return [...(name === entry ? doc : []), `${name === entry ? 'export ' : ''}function ${name}(value: unknown): boolean {\n${body}\n}`, '']
      })
    ].join('\n')
  }
}

function numberExpression(def: Definition, value: string): string {
  if (def.format !== undefined && def.format !== 'safeint') throw new UnsupportedSchemaError(`number format \`${def.format}\` is not supported`)
  const tests = [`typeof ${value} === 'number'`, def.format === 'safeint' ? `Number.isSafeInteger(${value})` : `Number.isFinite(${value})`]
  for (const check of def.checks ?? []) {
    const {check: name, value: bound, inclusive} = check._zod.def
    if (typeof bound !== 'number' || inclusive !== true) throw new UnsupportedSchemaError(`number check \`${name}\` must be an inclusive bound`)
    if (name === 'greater_than') tests.push(`${value} >= ${bound}`)
    else if (name === 'less_than') tests.push(`${value} <= ${bound}`)
    else throw new UnsupportedSchemaError(`number check \`${name}\` is not supported`)
  }
  return `(${tests.join(' && ')})`
}

function noChecks(def: Definition, kind: string): void {
  if (def.checks !== undefined && def.checks.length > 0) throw new UnsupportedSchemaError(`checks on a ${kind} are not supported`)
}

function literal(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new UnsupportedSchemaError(`literal ${String(value)} is not supported`)
  return JSON.stringify(value)
}

function upperSnake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()
}

/**
 * The source of a module whose `isArticle` judges values as `schema` does.
 *
 * @param schema The Article's schema (a strict object).
 * @param named Names for the parts, as the JSON Schema's `$defs` give them.
 * @returns TypeScript source.
 * @throws {UnsupportedSchemaError} For a kind or check the generator cannot judge exactly.
 */
export function generateCheck(schema: z.ZodType = ArticleSchema, named: ReadonlyArray<readonly [string, z.ZodType]> = [...NAMED, ['QuoteKind', QuoteKindSchema]]): string {
  const generator = new Generator(named)
  // The named parts first, leaves before the parts that hold them, so that each has its own function before a copy of it is met.
  for (const [, part] of [...named].reverse()) if (['object', 'array'].includes(definitionOf(part).type)) generator.expression(part, 'value')
  const entry = generator.expression(schema, 'value').replace(/\(value\)$/, '')
  if (entry !== 'isArticle') throw new UnsupportedSchemaError('the Article must be a named strict object')
  return generator.module(entry)
}

/** Where the generated module lives. */
export const CHECK_MODULE = fileURLToPath(new URL('../src/check-article.generated.ts', import.meta.url))

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = generateCheck()
  if (process.argv.includes('--check')) {
    if (readFileSync(CHECK_MODULE, 'utf8') !== source) {
      console.error('src/check-article.generated.ts is stale: run npm run build:check')
      process.exit(1)
    }
  } else {
    writeFileSync(CHECK_MODULE, source)
    console.log('wrote src/check-article.generated.ts')
  }
}
