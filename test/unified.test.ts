import fc from 'fast-check'
import {unified} from 'unified'
import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  ArticleInputError,
  articleAnatomy,
  parseArticle,
  type Article,
  type ArticleRoot,
  type Position
} from '../src/index.js'
import {anyLines, articleText} from './support/arbitraries.js'
import {listFixtures} from './support/fixtures.js'

const UNBALANCED = 'Minister says budget will pass\n\nThe minister said “the budget will pass this week, whatever happens.\n\nOpposition leaders disagreed.\n'
const seed = listFixtures().find((fixture) => fixture.name === 'seed')?.input ?? ''
const slice = (input: string, position: Position): string => input.slice(position.start.offset, position.end.offset)
const parse = (text: string): ArticleRoot => unified().use(articleAnatomy).parse(text) as ArticleRoot

describe('parse', () => {
  const tree = parse(seed)

  it('gives a root spanning the whole input', () => {
    expect(tree.type).toBe('root')
    expect(tree.position?.start).toEqual({line: 1, column: 1, offset: 0})
    expect(tree.position?.end.offset).toBe(seed.length)
    expect(tree.position?.end.line).toBe(seed.split('\n').length)
  })

  it('has the parts as children, in document order, each with a position', () => {
    expect(new Set(tree.children.map((child) => child.type))).toEqual(
      new Set(['title', 'caption', 'paragraph', 'relatedLinks', 'notice', 'other'])
    )
    const offsets = tree.children.map((child) => child.position.start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
  })

  it('groups the related links and puts quotes inside their paragraphs', () => {
    const related = tree.children.filter((child) => child.type === 'relatedLinks')
    expect(related).toHaveLength(1)
    expect(related[0]?.children).toHaveLength(4)
    const quotes: string[] = []
    visit(tree, 'quote', (node, _index, parent) => {
      expect(parent?.type).toBe('paragraph')
      if (node.type === 'quote') quotes.push(node.speaker?.name ?? '?')
    })
    expect(quotes).toContain('Mark Esper')
  })

  it('works with unist-util-visit: every node has a position that slices back', () => {
    let count = 0
    visit(tree, (node: Node) => {
      count++
      expect(node.position, node.type).toBeDefined()
      if (node.type === 'text' || node.type === 'quote' || node.type === 'title') {
        expect(slice(seed, node.position as Position)).toBe((node as unknown as {value: string}).value)
      }
    })
    expect(count).toBeGreaterThan(30)
  })

  it('joins a paragraph’s children back into the paragraph text', () => {
    const article = parseArticle(seed)
    const paragraphs = tree.children.filter((child) => child.type === 'paragraph')
    expect(paragraphs.map((node) => node.children.map((child) => child.value).join(''))).toEqual(
      article.paragraphs.map((paragraph) => paragraph.text)
    )
  })

  it('gives an empty root for empty input', () => {
    expect(parse('')).toEqual({
      type: 'root',
      children: [],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  })

  it('measures the end of input with CRLF, CR and a BOM like the scanner', () => {
    const end = parse('\uFEFFTitle here\r\n\r\nBody.\rMore').position?.end
    expect(end).toEqual({line: 4, column: 5, offset: 25})
  })
})

describe('byline, published and dateline nodes', () => {
  const fixture = (name: string): string => listFixtures().find((each) => each.name === name)?.input ?? ''

  it('puts a dateline that opens a paragraph first among its children, its value slicing back', () => {
    const input = fixture('other--dateline-in-paragraph')
    const tree = parse(input)
    const paragraph = tree.children.find((child) => child.type === 'paragraph')
    const first = paragraph?.children[0]
    expect(first).toMatchObject({type: 'dateline', value: 'WASHINGTON (AP) —', place: 'WASHINGTON', agency: 'AP'})
    expect(first && slice(input, first.position)).toBe('WASHINGTON (AP) —')
    expect(tree.children.some((child) => child.type === 'dateline')).toBe(false)
  })

  it('gives a byline, and a dateline on its own line, as children of the root, in document order', () => {
    const input = fixture('dateline--lone-line')
    const tree = parse(input)
    expect(tree.children.map((child) => child.type)).toEqual(['title', 'byline', 'dateline', 'paragraph', 'paragraph'])
    expect(tree.children[1]).toMatchObject({type: 'byline', value: 'By Elin Sandvik', authors: ['Elin Sandvik']})
  })

  it('gives the publication line its date', () => {
    const tree = parse(fixture('published--us-clock-zone'))
    expect(tree.children.find((child) => child.type === 'published')).toMatchObject({value: 'Published 7:41 PM ET Jan. 5, 2020', date: '2020-01-05T19:41-05:00'})
  })
})

describe('process', () => {
  it('leaves on file.result the same Article as parseArticle, typed', async () => {
    const file = await unified().use(articleAnatomy).process(seed)
    expectTypeOf(file.result).toEqualTypeOf<Article>()
    expect(file.result).toEqual(parseArticle(seed))
  })

  it('gives every fixture the same Article as parseArticle', () => {
    const processor = unified().use(articleAnatomy)
    for (const fixture of listFixtures()) {
      expect(processor.processSync(fixture.input).result).toEqual(parseArticle(fixture.input))
    }
  })

  it('turns every warning into a vfile message with place, ruleId and source', async () => {
    const file = await unified().use(articleAnatomy).process(new VFile({path: 'budget.txt', value: UNBALANCED}))
    const expected = parseArticle(UNBALANCED).warnings
    expect(expected.length).toBeGreaterThan(0)
    expect(file.messages.map(({reason, ruleId, source, place, fatal}) => ({reason, ruleId, source, place, fatal}))).toEqual(
      expected.map((warning) => ({...warning, fatal: false}))
    )
    expect(file.result.warnings).toEqual(expected)
    const report = reporter(file, {color: false})
    expect(report).toMatch(/^budget\.txt\n\s*3:20-3:69\s+warning\s+Unexpected end of paragraph inside a quote.*unbalanced-quote\s+article-anatomy/m)
    expect(report).toMatch(/1 warning/)
  })

  it('compiles the tree as transformed by other plugins', async () => {
    const dropOther = () => (tree: ArticleRoot) => {
      tree.children = tree.children.filter((child) => child.type !== 'other')
    }
    const file = await unified().use(articleAnatomy).use(dropOther).process(seed)
    expect(file.result.other).toEqual([])
    expect(file.result.paragraphs).toEqual(parseArticle(seed).paragraphs)
  })

  it('fails on a tree it cannot compile', () => {
    const processor = unified().use(articleAnatomy)
    expect(() => processor.stringify({type: 'element'} as unknown as ArticleRoot)).toThrow(/Unexpected `element` node/)
  })
})

describe('settings', () => {
  const long = 'x'.repeat(50)

  it('reads maxInputLength from the processor settings at parse time', () => {
    const processor = unified().use(articleAnatomy)
    processor.data('settings', {maxInputLength: 10})
    expect(() => processor.parse(long)).toThrow(ArticleInputError)
    expect(() => unified().use({settings: {maxInputLength: 10}}).use(articleAnatomy).parse(long)).toThrow(/at most 10 characters/)
  })

  it('lets plugin options win over settings', () => {
    const processor = unified().use({settings: {maxInputLength: 10}}).use(articleAnatomy, {maxInputLength: 100})
    expect(() => processor.parse(long)).not.toThrow()
  })

  it('rejects process() with the typed error', async () => {
    await expect(unified().use(articleAnatomy, {maxInputLength: 1}).process(long)).rejects.toMatchObject({
      code: 'ERR_INPUT_TOO_LARGE'
    })
  })
})

describe('on any text', () => {
  it('compiles back to parseArticle’s Article, with paragraphs that join back and parts in order', () => {
    const processor = unified().use(articleAnatomy)
    fc.assert(
      fc.property(fc.oneof(anyLines(), articleText()), (text) => {
        const tree = processor.parse(text) as ArticleRoot
        const article = parseArticle(text)
        const offsets = tree.children.map((child) => child.position.start.offset)
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
        const paragraphs = tree.children.flatMap((child) => (child.type === 'paragraph' ? [child.children.map((each) => each.value).join('')] : []))
        expect(paragraphs).toEqual(article.paragraphs.map((paragraph) => paragraph.text))
        expect(processor.processSync(text).result).toEqual(article)
      }),
      {seed: 7, numRuns: 300}
    )
  })
})
