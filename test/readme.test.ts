import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ArticleSchema} from '../src/index.js'
import {betweenMarkers, renderSchemaTables, replaceBetweenMarkers} from '../scripts/readme-schema.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const tables = renderSchemaTables()

describe('the README’s Article tables', () => {
  it('match the zod schemas (run `npm run readme:schema` after changing them)', () => {
    expect(betweenMarkers(readme)).toBe(tables)
  })

  it('list every key of the Article with its type and description', () => {
    for (const key of Object.keys(ArticleSchema.shape)) expect(tables).toMatch(new RegExp(`^\\| \`${key}\` \\| .+ \\| .+ \\|$`, 'm'))
    expect(tables).toContain('| `captions` | [`Caption`](#caption)`[]` | Each: a photo caption. |')
    expect(tables).toContain('| `credit` | `string` \\| `null` | The photo credit (`Getty`, `AP Photo/Evan Vucci`), or null. |')
  })

  it('are written between the markers only, the same way every time', () => {
    const once = replaceBetweenMarkers(readme, tables)
    expect(replaceBetweenMarkers(once, tables)).toBe(once)
    const outside = (text: string): string => text.replace(/<!-- schema:start -->[\s\S]*<!-- schema:end -->/, '')
    expect(outside(once)).toBe(outside(readme))
  })
})
