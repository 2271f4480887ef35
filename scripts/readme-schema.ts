/**
 * Generate the README's Article tables from the zod schemas (through the JSON
 * Schema built from them) and write them between `<!-- schema:start -->` and
 * `<!-- schema:end -->` in README.md. Nothing else in the README is touched.
 *
 *   tsx scripts/readme-schema.ts           rewrite README.md
 *   tsx scripts/readme-schema.ts --check   exit 1 when README.md is out of date
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {NAMED, buildJsonSchema} from './build-schema.js'

/** The part of a JSON Schema this script reads. */
interface Json {
  readonly $ref?: string
  readonly anyOf?: readonly Json[]
  readonly type?: string | readonly string[]
  readonly items?: Json
  readonly properties?: Readonly<Record<string, Json>>
  readonly enum?: readonly unknown[]
  readonly const?: unknown
  readonly minimum?: number
  readonly description?: string
}

/** The markers the generated text sits between. */
export const START = '<!-- schema:start -->'
/** The closing marker. */
export const END = '<!-- schema:end -->'

/**
 * The Markdown for every named part: a table of fields for objects, the list
 * of values for enums.
 *
 * @returns The Markdown, without the markers.
 */
export function renderSchemaTables(): string {
  const defs = (buildJsonSchema().$defs ?? {}) as Record<string, Json>
  const sections = NAMED.map(([name]) => {
    const def = defs[name]
    if (!def) return ''
    const heading = `### \`${name}\`\n\n${cell(def.description ?? '')}\n`
    if (def.enum) return `${heading}\nOne of ${def.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ')}.\n`
    const rows = Object.entries(def.properties ?? {}).map(
      ([field, schema]) => `| \`${field}\` | ${typeOf(schema)} | ${cell(describe(schema, defs))} |`
    )
    return `${heading}\n| Field | Type | Description |\n| --- | --- | --- |\n${rows.join('\n')}\n`
  })
  return `<!-- Generated from src/schema.ts by \`npm run readme:schema\`; edit the schemas, not this table. -->\n\n${sections.filter(Boolean).join('\n')}`
}

/**
 * Put generated text between the markers of a README.
 *
 * @param readme The README.
 * @param generated The text for between the markers.
 * @returns The README with the text replaced.
 * @throws {Error} When the markers are missing.
 */
export function replaceBetweenMarkers(readme: string, generated: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END, start)
  if (start === -1 || end === -1) throw new Error(`Expected ${START} and ${END} in README.md`)
  return `${readme.slice(0, start + START.length)}\n${generated}${readme.slice(end)}`
}

/**
 * The text between the markers of a README.
 *
 * @param readme The README.
 * @returns The text, or null when the markers are missing.
 */
export function betweenMarkers(readme: string): string | null {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END, start)
  return start === -1 || end === -1 ? null : readme.slice(start + START.length + 1, end)
}

/**
 * A field's type, as Markdown, with named parts linked.
 */
function typeOf(schema: Json): string {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '')
    return `[\`${name}\`](#${name.toLowerCase()})`
  }
  if (schema.anyOf) return schema.anyOf.map((each) => typeOf(each)).join(' \\| ')
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ')
  if (schema.type === 'array' && schema.items) return `${typeOf(schema.items)}\`[]\``
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? ['unknown'])
  const bound = schema.type === 'integer' && schema.minimum !== undefined ? ` ≥ ${schema.minimum}` : ''
  return types.map((type) => `\`${type}\``).join(' \\| ') + bound
}

/**
 * A field's description, or the description of the part it holds.
 */
function describe(schema: Json, defs: Readonly<Record<string, Json>>): string {
  if (schema.description) return schema.description
  const inner = schema.items ?? schema.anyOf?.find((each) => each.$ref) ?? schema
  const name = inner.$ref?.replace('#/$defs/', '')
  const described = name ? defs[name]?.description : undefined
  if (!described) return ''
  return schema.type === 'array' ? `Each: ${described.charAt(0).toLowerCase()}${described.slice(1)}` : described
}

/**
 * Text safe in a Markdown table cell.
 */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(fileURLToPath(new URL('../README.md', import.meta.url)))
  const readme = readFileSync(file, 'utf8')
  const updated = replaceBetweenMarkers(readme, renderSchemaTables())
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      process.stderr.write('README.md: the Article tables are out of date; run `npm run readme:schema`\n')
      process.exitCode = 1
    }
  } else if (updated !== readme) {
    writeFileSync(file, updated)
  }
}
