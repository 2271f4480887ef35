import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'
import {buildJsonSchema} from '../scripts/build-schema.js'
import {listFixtures} from './support/fixtures.js'

const schema = buildJsonSchema()
const validate = new Ajv2020({strict: true, allErrors: true}).compile(schema)
const errorsOf = (value: unknown): unknown => (validate(value) ? null : validate.errors)

describe('the JSON Schema', () => {
  it('is draft 2020-12 with a named $defs entry for every part', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$ref).toBe('#/$defs/Article')
    expect(Object.keys(schema.$defs as object).sort()).toEqual(
      ['Article', 'Byline', 'Caption', 'Dateline', 'Notice', 'Other', 'OtherKind', 'Paragraph', 'Point', 'Position', 'Published', 'Quote', 'RelatedLink', 'RuleId', 'Span', 'Speaker', 'Title', 'Warning'].sort()
    )
  })

  it('carries the descriptions written in the zod schemas', () => {
    const defs = schema.$defs as Record<string, {description?: string; properties?: Record<string, {description?: string}>}>
    expect(defs.Caption?.description).toBe('A photo caption.')
    expect(defs.Caption?.properties?.credit?.description).toMatch(/photo credit/)
  })

  for (const fixture of listFixtures()) {
    it(`accepts the output for fixture ${fixture.name}`, () => {
      expect(errorsOf(JSON.parse(JSON.stringify(parseArticle(fixture.input))))).toBeNull()
    })
  }

  it('rejects a missing key, an extra key and a wrong kind', () => {
    const article = JSON.parse(JSON.stringify(parseArticle(listFixtures()[0]?.input ?? ''))) as Record<string, unknown>
    const {notice: _notice, ...missing} = article
    expect(errorsOf(missing)).not.toBeNull()
    expect(errorsOf({...article, extra: 1})).not.toBeNull()
    expect(
      errorsOf({...article, other: [{kind: 'not-a-kind', text: 'x', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}}]})
    ).not.toBeNull()
  })
})
