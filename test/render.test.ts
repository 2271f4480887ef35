import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, parseArticle, type Article, type Position} from '../src/index.js'
import {articleToHtml} from '../src/html.js'
import {articleToMarkdown} from '../src/markdown.js'
import {listFixtures} from './support/fixtures.js'

/** A position on one line; renderers only use offsets for order. */
const at = (line: number, from: number, to: number): Position => ({
  start: {line: line + 1, column: from + 1, offset: line * 1000 + from},
  end: {line: line + 1, column: to + 1, offset: line * 1000 + to}
})

// Hand-made, so each escaping case is exactly what the test says.
const tricky: Article = ArticleSchema.parse({
  title: {text: 'Why <script>alert(1)</script> & *stars* matter', position: at(0, 0, 48)},
  byline: {text: 'By *Jo* Bloggs', authors: ['Jo Bloggs'], position: at(0, 60, 74)},
  published: {text: 'Updated <b>5 Jan</b> 2020', date: '2020-01-05', position: at(0, 80, 105)},
  dateline: null,
  captions: [{text: 'A <b>bold</b> caption_with_underscores', credit: 'AP Photo/J. "Q" Smith & Co', position: at(1, 0, 40), duplicates: []}],
  paragraphs: [
    {text: 'She said “a *big* _deal_ <img src=x onerror=alert(1)>” today.', position: at(2, 0, 61)},
    {text: '1. Not a list, # not a heading', position: at(3, 0, 30)},
    {text: '“not <yet>,” one *resident* said.', position: at(7, 0, 33)}
  ],
  quotes: [
    {
      text: 'a *big* _deal_ <img src=x onerror=alert(1)>',
      position: at(2, 10, 53),
      paragraph: 0,
      kind: 'speech',
      continues: false,
      cue: {text: 'said', position: at(2, 4, 8)},
      speaker: {name: 'Ann "The Hammer" O’Neil <x>', mention: {text: 'She', position: at(2, 0, 3)}},
      source: null
    },
    {
      text: 'not <yet>',
      position: at(7, 1, 10),
      paragraph: 2,
      kind: 'speech',
      continues: false,
      cue: {text: 'said', position: at(7, 28, 32)},
      speaker: null,
      source: {text: 'one *resident*', position: at(7, 13, 27)}
    }
  ],
  relatedLinks: [
    {title: 'Safe <link>', url: 'https://example.com/a?b=1&c=2', position: at(4, 0, 20)},
    {title: 'Bad link', url: 'javascript:alert(1)', position: at(5, 0, 20)},
    {title: 'Bare www', url: 'www.example.org/x', position: at(6, 0, 20)}
  ],
  notice: {text: 'Comments are closed <again>.\n© 2020 _Example_ Ltd', position: at(7, 0, 40)},
  other: [
    {kind: 'share', text: 'Share on Facebook', position: at(3, 40, 57)}
  ],
  warnings: []
})

describe('articleToHtml', () => {
  const html = articleToHtml(tricky)
  const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`)

  it('escapes text so no markup from the article becomes an element', () => {
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(document.querySelectorAll('script, img, b')).toHaveLength(0)
  })

  it('has the title as the heading, exactly as written', () => {
    expect(document.querySelector('article > h1')?.textContent).toBe(tricky.title?.text)
  })

  it('puts captions in figures with the credit apart', () => {
    const figcaption = document.querySelector('figure > figcaption')
    expect(figcaption?.querySelector('small.credit')?.textContent).toBe('AP Photo/J. "Q" Smith & Co')
    expect(figcaption?.textContent).toBe('A <b>bold</b> caption_with_underscores AP Photo/J. "Q" Smith & Co')
  })

  it('marks quotes up with <q>, the speaker and the cue, without doubling the marks', () => {
    const q = document.querySelector('p > q')
    expect(q?.textContent).toBe('a *big* _deal_ <img src=x onerror=alert(1)>')
    expect(q?.getAttribute('data-speaker')).toBe('Ann "The Hammer" O’Neil <x>')
    expect(q?.getAttribute('data-cue')).toBe('said')
    expect(q?.hasAttribute('data-kind')).toBe(false)
    // An unnamed source keeps its words, and is no speaker.
    const unnamed = [...document.querySelectorAll('p > q')].find((element) => element.textContent === 'not <yet>')
    expect(unnamed?.getAttribute('data-source')).toBe('one *resident*')
    expect(unnamed?.hasAttribute('data-speaker')).toBe(false)
    expect(q?.parentElement?.textContent).toBe('She said a *big* _deal_ <img src=x onerror=alert(1)> today.')
  })

  it('gives a quote that is not speech its kind', () => {
    const html = articleToHtml(parseArticle('Title here\n\nShe starred in the film “Quiet Harbour” last year.\n'))
    expect(html).toContain('<q data-kind="title">Quiet Harbour</q>')
  })

  it('lists related links, linking only web addresses', () => {
    const items = [...document.querySelectorAll('aside.related li')]
    expect(items.map((item) => item.textContent)).toEqual(['Safe <link>', 'Bad link', 'Bare www'])
    expect([...document.querySelectorAll('aside.related a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1&c=2',
      'https://www.example.org/x'
    ])
  })

  it('sets the notice apart, keeps the byline and drops page chrome', () => {
    expect(document.querySelector('footer.notice')?.textContent).toBe('Comments are closed <again>.© 2020 _Example_ Ltd')
    expect(document.querySelector('footer.notice br')).not.toBeNull()
    expect(document.querySelector('p.byline')?.textContent).toBe('By *Jo* Bloggs')
    expect(html).not.toContain('Share on Facebook')
  })

  it('gives the publication line a machine-readable time when its date is known', () => {
    const time = document.querySelector('p.published > time')
    expect(time?.getAttribute('datetime')).toBe('2020-01-05')
    expect(time?.textContent).toBe('Updated <b>5 Jan</b> 2020')
  })

  it('keeps the parts in document order', () => {
    const order = [...(document.querySelector('article')?.children ?? [])].map((element) => element.tagName.toLowerCase())
    expect(order).toEqual(['h1', 'p', 'p', 'figure', 'p', 'p', 'p', 'aside', 'footer'])
  })
})

describe('articleToMarkdown', () => {
  const markdown = articleToMarkdown(tricky)

  it('escapes Markdown syntax in text', () => {
    expect(markdown).toContain('# Why \\<script>alert(1)\\</script> & \\*stars\\* matter\n')
    expect(markdown).toContain('She said “a \\*big\\* \\_deal\\_ \\<img src=x onerror=alert(1)>” today.')
    expect(markdown).toContain('1\\. Not a list, # not a heading')
    expect(markdown).not.toMatch(/(^|[^\\])<script/)
  })

  it('writes the caption with its credit, and the byline', () => {
    // An underscore inside a word cannot open emphasis in CommonMark, so it needs no escape.
    expect(markdown).toContain('*A \\<b>bold\\</b> caption_with_underscores* — AP Photo/J. "Q" Smith & Co')
    expect(markdown).toContain('*By \\*Jo\\* Bloggs*')
    expect(markdown).toContain('*Updated \\<b>5 Jan\\</b> 2020*')
    expect(markdown).not.toContain('Share on Facebook')
  })

  it('lists quotes with their speakers and related links with safe links', () => {
    expect(markdown).toContain('## Quotes\n\n- **Ann "The Hammer" O’Neil \\<x>**: “a \\*big\\* \\_deal\\_ \\<img src=x onerror=alert(1)>”\n- *one \\*resident\\**: “not \\<yet>”')
    expect(markdown).toContain('## Related\n\n- [Safe \\<link>](https://example.com/a?b=1\\&c=2)\n- Bad link\n- [Bare www](https://www.example.org/x)')
  })

  it('sets the notice apart after a thematic break, keeping its lines', () => {
    expect(markdown.endsWith('---\n\n*Comments are closed \\<again>.\\\n© 2020 \\_Example\\_ Ltd*\n')).toBe(true)
  })
})

// Related links that stood mid-article, and a photo whose caption the scraper lost (credit alone).
const midRelated: Article = ArticleSchema.parse({
  title: {text: 'Bridge reopens after repairs', position: at(0, 0, 28)},
  byline: null,
  published: null,
  dateline: null,
  captions: [{text: '', credit: 'Ana Ruiz/AP', position: at(1, 0, 11), duplicates: []}],
  paragraphs: [
    {text: 'The bridge reopened on Monday.', position: at(2, 0, 30)},
    {text: 'Traffic was light in the morning.', position: at(4, 0, 33)},
    {text: 'Tolls will rise in the spring.', position: at(6, 0, 30)}
  ],
  quotes: [],
  relatedLinks: [
    {title: 'Why the bridge closed', url: null, position: at(3, 0, 21)},
    {title: 'Ferries add crossings', url: null, position: at(5, 0, 21)}
  ],
  notice: {text: 'Comments are closed.', position: at(7, 0, 20)},
  other: [],
  warnings: []
})

describe('related links that stood mid-article', () => {
  const html = articleToHtml(midRelated)
  const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const markdown = articleToMarkdown(midRelated)

  it('renders every related link in one aside after the body and before the notice (HTML)', () => {
    const order = [...(document.querySelector('article')?.children ?? [])].map((element) => element.tagName.toLowerCase())
    expect(order).toEqual(['h1', 'figure', 'p', 'p', 'p', 'aside', 'footer'])
    expect([...document.querySelectorAll('aside.related li')].map((item) => item.textContent)).toEqual(['Why the bridge closed', 'Ferries add crossings'])
  })

  it('puts no body paragraph under the Related heading (Markdown)', () => {
    const related = markdown.indexOf('## Related')
    expect(related).toBeGreaterThan(markdown.indexOf('Tolls will rise in the spring.'))
    expect(markdown.match(/## Related/g)).toHaveLength(1)
    expect(markdown).toContain('## Related\n\n- Why the bridge closed\n- Ferries add crossings\n')
  })

  it('renders a caption without text as its credit alone, with no stray space', () => {
    expect(document.querySelector('figcaption')?.innerHTML).toBe('<small class="credit">Ana Ruiz/AP</small>')
    expect(markdown).toContain('\n\nAna Ruiz/AP\n\n')
    expect(markdown).not.toContain('&#x20;')
    expect(markdown).not.toContain('**')
  })
})

describe('datelines', () => {
  const fixture = (name: string): Article => parseArticle(listFixtures().find((each) => each.name === name)?.input ?? '')

  it('marks a dateline that opens a paragraph inside it, the paragraph reading on as written', () => {
    const article = fixture('other--dateline-in-paragraph')
    const {document} = parseHTML(`<!doctype html><html><body>${articleToHtml(article)}</body></html>`)
    const first = document.querySelector('article > p:not([class])')
    expect(first?.querySelector('span.dateline')?.textContent).toBe('WASHINGTON (AP) —')
    expect(first?.textContent).toBe(article.paragraphs[0]?.text)
    expect(articleToMarkdown(article)).toContain(`\n\n${article.paragraphs[0]?.text ?? '-'}\n\n`)
  })

  it('shows a dateline on a line of its own as a line of its own', () => {
    const article = fixture('other--byline-dateline')
    const {document} = parseHTML(`<!doctype html><html><body>${articleToHtml(article)}</body></html>`)
    expect(document.querySelector('article > p.dateline')?.textContent).toBe('GALVESTON, Texas —')
    expect(articleToMarkdown(article)).toContain('\n\n*GALVESTON, Texas —*\n\n')
  })
})

describe('every fixture', () => {
  for (const fixture of listFixtures()) {
    it(`renders ${fixture.name} with every paragraph`, () => {
      const article = parseArticle(fixture.input)
      const {document} = parseHTML(`<!doctype html><html><body>${articleToHtml(article)}</body></html>`)
      expect(document.querySelectorAll('article > p:not([class])')).toHaveLength(article.paragraphs.length)
      expect(document.querySelectorAll('q')).toHaveLength(article.quotes.length)
      expect(articleToMarkdown(article).endsWith('\n') || article.paragraphs.length === 0).toBe(true)
    })
  }
})
