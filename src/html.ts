import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {linkTarget} from './render/links.js'
import {withoutQuoteMarks} from './render/quote-marks.js'
import {otherDisplay} from './render/shown-other.js'
import type {Article} from './schema.js'
import {articleToTree} from './unified/article-to-tree.js'
import type {ArticleContent, ParagraphNode, RelatedLinkNode} from './unified/tree.js'

/**
 * Render an article as an HTML fragment (`<article>…</article>`), built as a
 * hast tree and serialized by `hast-util-to-html`, so every character is
 * escaped right.
 *
 * The title is an `<h1>`; captions are `<figure>`s with a `<figcaption>` and
 * the credit in `<small class="credit">`; quotes are `<q>` elements with the
 * speaker in `data-speaker` (an unnamed source in `data-source`, the cue in `data-cue`; a term, title or
 * nickname has its kind in `data-kind`); related links, wherever they stood,
 * are one list in `<aside class="related">` after the body; the notice is a
 * `<footer class="notice">`.
 * Page chrome (ads, share buttons) is left out.
 *
 * @param article A parsed article, as `parseArticle` returns it.
 * @returns The HTML.
 */
export function articleToHtml(article: Article): string {
  const tree = articleToTree(article)
  // Related links wherever their block stood go in one aside after the body
  // (before the notice), so no paragraph of the body follows the "Related" heading.
  const related = tree.children.flatMap((node) => (node.type === 'relatedLinks' ? node.children : []))
  const children: ElementContent[] = []
  let notice: Element[] = []
  for (const node of tree.children) {
    if (node.type === 'notice') notice = elementsOf(node)
    else if (node.type !== 'relatedLinks') children.push(...elementsOf(node))
  }
  if (related.length > 0) children.push(relatedAside(related))
  children.push(...notice)
  const root: Root = {type: 'root', children: [h('article', {}, children)]}
  return toHtml(root)
}

/**
 * The elements for one part of the article.
 */
function elementsOf(node: ArticleContent): Element[] {
  switch (node.type) {
    case 'title': {
      return [h('h1', {}, [text(node.value)])]
    }
    case 'caption': {
      // A credit standing alone (the scraper lost the caption) is the credit alone: no stray space.
      const caption: ElementContent[] = node.value === '' ? [] : [text(node.value)]
      if (node.credit !== null) {
        if (caption.length > 0) caption.push(text(' '))
        caption.push(h('small', {className: ['credit']}, [text(node.credit)]))
      }
      return caption.length > 0 ? [h('figure', {}, [h('figcaption', {}, caption)])] : []
    }
    case 'byline': {
      return [h('p', {className: ['byline']}, [text(node.value)])]
    }
    case 'published': {
      // A `<time>` only when the date is known: its `datetime` must be a valid date.
      return [h('p', {className: ['published']}, [node.date === null ? text(node.value) : h('time', {dateTime: node.date}, [text(node.value)])])]
    }
    case 'dateline': {
      return [h('p', {className: ['dateline']}, [text(node.value)])]
    }
    case 'paragraph': {
      return [h('p', {}, paragraphContent(node))]
    }
    case 'relatedLinks': {
      return [relatedAside(node.children)]
    }
    case 'notice': {
      const lines = node.value.split('\n').flatMap((line, index) => (index === 0 ? [text(line)] : [h('br', {}, []), text(line)]))
      return [h('footer', {className: ['notice']}, [h('p', {}, lines)])]
    }
    case 'other': {
      const display = otherDisplay(node.kind)
      if (display === 'hidden') return []
      if (display === 'crosshead') return [h('h2', {}, [text(node.value)])]
      if (display === 'pull-quote') return [h('blockquote', {className: ['pull-quote']}, [h('p', {}, [text(node.value)])])]
      return [h('p', {className: [display === 'meta' ? node.kind : 'standfirst']}, [text(node.value)])]
    }
  }
}

/**
 * The aside listing related links under a "Related" heading.
 */
function relatedAside(links: readonly RelatedLinkNode[]): Element {
  const items = links.map((link) => {
    const target = linkTarget(link.url)
    return h('li', {}, [target === null ? text(link.value) : h('a', {href: target}, [text(link.value)])])
  })
  return h('aside', {className: ['related']}, [h('h2', {}, [text('Related')]), h('ul', {}, items)])
}

/**
 * A paragraph's text with its quotes as `<q>` elements (their own quotation
 * marks replace the ones in the text).
 */
function paragraphContent(node: ParagraphNode): ElementContent[] {
  return withoutQuoteMarks(node.children).map((run) => {
    if (run.type === 'text') return text(run.value)
    if (run.type === 'dateline') return h('span', {className: ['dateline']}, [text(run.node.value)])
    const properties: Record<string, string> = {}
    if (run.node.speaker) properties.dataSpeaker = run.node.speaker.name
    if (run.node.source) properties.dataSource = run.node.source.text
    if (run.node.cue) properties.dataCue = run.node.cue.text
    if (run.node.kind !== 'speech') properties.dataKind = run.node.kind
    return h('q', properties, [text(run.node.value)])
  })
}

/**
 * A hast element.
 */
function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return {type: 'element', tagName, properties, children}
}

/**
 * A hast text node.
 */
function text(value: string): ElementContent {
  return {type: 'text', value}
}
