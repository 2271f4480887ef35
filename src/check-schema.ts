import type * as z from 'zod'

/**
 * A predicate compiled from a zod schema: true exactly when the schema's
 * `safeParse` succeeds on the value.
 */
export type SchemaCheck = (value: unknown) => boolean

/**
 * The parts of a zod v4 definition this compiler reads. zod keeps them on
 * `schema._zod.def`; they are typed loosely here because only the kinds the
 * Article's schemas use are supported, and any other kind is refused below.
 */
interface Definition {
  readonly type: string
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly catchall?: z.ZodType
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
  readonly entries?: Readonly<Record<string, string | number>>
  readonly values?: readonly unknown[]
  readonly format?: string
  readonly checks?: ReadonlyArray<{readonly _zod: {readonly def: CheckDefinition}}>
}

interface CheckDefinition {
  readonly check: string
  readonly value?: unknown
  readonly inclusive?: boolean
}

/**
 * Compile a zod schema into a plain predicate that reads the value once and
 * allocates nothing.
 *
 * Why: `parseArticle` promises every Article it returns conforms to
 * `ArticleSchema`, and zod's `parse` builds a copy of the whole Article to
 * prove it, which cost about a fifth of a parse. The Article's schemas are
 * data (strict objects, arrays, nullables, strings, integers with bounds,
 * booleans, literals and enums), so the same judgement can be made by a walk
 * compiled once from them. Any kind or check outside that set throws here,
 * at import, rather than being waved through: a schema that grows a new kind
 * must teach this compiler first. A property test holds that the predicate
 * accepts and rejects exactly what `safeParse` does.
 *
 * @param schema A zod schema built from the supported kinds.
 * @returns The predicate.
 * @throws {TypeError} When the schema uses a kind or check not supported.
 */
export function compileCheck(schema: z.ZodType): SchemaCheck {
  const def = (schema as unknown as {_zod: {def: Definition}})._zod.def
  switch (def.type) {
    case 'object': {
      return objectCheck(def)
    }
    case 'array': {
      const element = compileCheck(required(def.element, 'array element'))
      return (value) => {
        if (!Array.isArray(value)) return false
        for (let index = 0; index < value.length; index++) if (!element(value[index])) return false
        return true
      }
    }
    case 'nullable': {
      const inner = compileCheck(required(def.innerType, 'nullable inner type'))
      return (value) => value === null || inner(value)
    }
    case 'string': {
      noChecks(def, 'string')
      return (value) => typeof value === 'string'
    }
    case 'boolean': {
      noChecks(def, 'boolean')
      return (value) => typeof value === 'boolean'
    }
    case 'number': {
      return numberCheck(def)
    }
    case 'literal': {
      const values = required(def.values, 'literal values')
      return (value) => values.includes(value)
    }
    case 'enum': {
      const values = new Set<unknown>(Object.values(required(def.entries, 'enum entries')))
      return (value) => values.has(value)
    }
    default: {
      throw new TypeError(`compileCheck: zod kind \`${def.type}\` is not supported`)
    }
  }
}

/** A strict object: every key of the shape checked, and no key beyond them. */
function objectCheck(def: Definition): SchemaCheck {
  const shape = required(def.shape, 'object shape')
  // zod's `strictObject` refuses unknown keys with a catchall of `never`; a
  // plain `object` strips them, which a predicate cannot mirror.
  const catchall = def.catchall as unknown as {_zod: {def: Definition}} | undefined
  if (catchall?._zod.def.type !== 'never') throw new TypeError('compileCheck: only strict objects are supported')
  const keys = Object.keys(shape)
  const checks = keys.map((key) => compileCheck(required(shape[key], key)))
  const known = new Set(keys)
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    for (let index = 0; index < keys.length; index++) {
      if (!checks[index]!(record[keys[index]!])) return false
    }
    for (const key in record) if (!known.has(key)) return false
    return true
  }
}

/** A finite number, a safe integer when the format says so, within its bounds. */
function numberCheck(def: Definition): SchemaCheck {
  if (def.format !== undefined && def.format !== 'safeint') throw new TypeError(`compileCheck: number format \`${def.format}\` is not supported`)
  const integer = def.format === 'safeint'
  let least = Number.NEGATIVE_INFINITY
  let most = Number.POSITIVE_INFINITY
  for (const check of def.checks ?? []) {
    const {check: name, value, inclusive} = check._zod.def
    if (typeof value !== 'number' || inclusive !== true) throw new TypeError(`compileCheck: number check \`${name}\` must be an inclusive bound`)
    if (name === 'greater_than') least = Math.max(least, value)
    else if (name === 'less_than') most = Math.min(most, value)
    else throw new TypeError(`compileCheck: number check \`${name}\` is not supported`)
  }
  return (value) =>
    typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isSafeInteger(value)) && value >= least && value <= most
}

function noChecks(def: Definition, kind: string): void {
  if (def.checks !== undefined && def.checks.length > 0) throw new TypeError(`compileCheck: checks on a ${kind} are not supported`)
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new TypeError(`compileCheck: the schema has no ${what}`)
  return value
}
