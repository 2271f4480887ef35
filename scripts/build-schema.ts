/**
 * Write `dist/schema.json`: the JSON Schema (draft 2020-12) of the Article,
 * generated from the zod schemas, with every part a named `$defs` entry.
 * Run by tsup after each build (tsup.config.ts) or by hand:
 * `tsx scripts/build-schema.ts [out-file]`.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as z from 'zod'
import * as schemas from '../src/schema.js'

/** Metadata the private registry holds for a schema. */
interface SchemaMeta {
  id?: string
  description?: string
}

/** The parts that get a named `$defs` entry, by name, in the order the README lists them. */
export const NAMED: ReadonlyArray<readonly [string, z.ZodType]> = [
  ['Article', schemas.ArticleSchema],
  ['Title', schemas.TitleSchema],
  ['Byline', schemas.BylineSchema],
  ['Published', schemas.PublishedSchema],
  ['Dateline', schemas.DatelineSchema],
  ['Caption', schemas.CaptionSchema],
  ['Paragraph', schemas.ParagraphSchema],
  ['Quote', schemas.QuoteSchema],
  ['Speaker', schemas.SpeakerSchema],
  ['Span', schemas.SpanSchema],
  ['RelatedLink', schemas.RelatedLinkSchema],
  ['Notice', schemas.NoticeSchema],
  ['Other', schemas.OtherSchema],
  ['OtherKind', schemas.OtherKindSchema],
  ['Warning', schemas.WarningSchema],
  ['RuleId', schemas.RuleIdSchema],
  ['Position', schemas.PositionSchema],
  ['Point', schemas.PointSchema]
]

/**
 * The JSON Schema of the Article, from the zod schemas.
 *
 * A private registry names the parts (never zod's global one: a library must
 * not claim ids there); the descriptions written with `.describe()` live in
 * the global registry, so they are copied into the private one first.
 *
 * @returns The JSON Schema, draft 2020-12.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const registry = z.registry<SchemaMeta>()
  for (const [id, schema] of NAMED) {
    const description = z.globalRegistry.get(schema)?.description
    registry.add(schema, description === undefined ? {id} : {id, description})
  }
  copyDescriptions(schemas.ArticleSchema, registry, new Set())
  const jsonSchema = z.toJSONSchema(schemas.ArticleSchema, {metadata: registry, target: 'draft-2020-12'})
  return {
    $schema: jsonSchema.$schema,
    $id: 'https://unpkg.com/article-anatomy/dist/schema.json',
    title: 'Article',
    ...jsonSchema
  }
}

/**
 * Walk a schema and copy each field's description from zod's global registry
 * into `registry`, so `toJSONSchema` sees it.
 */
function copyDescriptions(schema: z.ZodType, registry: z.core.$ZodRegistry<SchemaMeta>, seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return
  seen.add(schema)
  const description = z.globalRegistry.get(schema)?.description
  if (description !== undefined && !registry.has(schema)) registry.add(schema, {description})
  if (schema instanceof z.ZodObject) {
    for (const field of Object.values(schema.shape as Record<string, z.ZodType>)) copyDescriptions(field, registry, seen)
  } else if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    copyDescriptions(schema.unwrap() as z.ZodType, registry, seen)
  } else if (schema instanceof z.ZodArray) {
    copyDescriptions(schema.element as z.ZodType, registry, seen)
  }
}

/**
 * Write the schema to a file.
 *
 * @param file Where to write it.
 */
export function writeJsonSchema(file: string): void {
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeJsonSchema(resolve(process.argv[2] ?? 'dist/schema.json'))
}
