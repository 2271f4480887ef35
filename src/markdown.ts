import type {BlockContent, ListItem, PhrasingContent, Root, RootContent} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import {linkTarget} from './render/links.js'
import {otherDisplay} from './render/shown-other.js'
import type {Article} from './schema.js'
import {articleToTree} from './unified/article-to-tree.js'
import type {ArticleContent, RelatedLinkNode} from './unified/tree.js'

/**
 * Render an article as Markdown (CommonMark), built as an mdast tree and
 * serialized by `mdast-util-to-markdown`, so every character is escaped right.
 *
 * The title is a heading; captions are emphasized lines with their credit;
 * paragraphs keep their text as written; attributed quotes are listed with
 * their speakers in bold (or an unnamed source, as written, in italics) under
 * "Quotes"; related links, wherever they stood, are one
 * list under "Related" after the body;
 * the notice is set apart by a thematic break. Page chrome (ads, share
 * buttons) is left out.
 *
 * @param article A parsed article, as `parseArticle` returns it.
 * @returns The Markdown, ending in a line feed.
 */
export function articleToMarkdown(article: Article): string {
  const tree = articleToTree(article)
  const children: RootContent[] = []
  let notice: RootContent[] = []
  const related: RelatedLinkNode[] = []
  for (const node of tree.children) {
    if (node.type === 'notice') notice = [{type: 'thematicBreak'}, {type: 'paragraph', children: [{type: 'emphasis', children: lines(node.value)}]}]
    // Related links wherever their block stood go in one list after the body, so
    // no paragraph of the body sits under the "Related" heading.
    else if (node.type === 'relatedLinks') related.push(...node.children)
    else children.push(...blockOf(node))
  }
  if (related.length > 0) children.push(...relatedBlock(related))
  const quotes = article.quotes.filter((quote) => quote.speaker !== null || quote.source !== null)
  if (quotes.length > 0) {
    children.push(
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'Quotes'}]},
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: quotes.map((quote) => item([whoSaid(quote), {type: 'text', value: `: “${quote.text}”`}]))
      }
    )
  }
  children.push(...notice)
  const root: Root = {type: 'root', children}
  return toMarkdown(root, {bullet: '-', rule: '-'})
}

/**
 * The Markdown blocks for one part of the article.
 */
function blockOf(node: Exclude<ArticleContent, {type: 'notice' | 'relatedLinks'}>): RootContent[] {
  switch (node.type) {
    case 'title': {
      return [{type: 'heading', depth: 1, children: [{type: 'text', value: node.value}]}]
    }
    case 'caption': {
      // A credit standing alone (the scraper lost the caption) is the credit alone: no empty emphasis.
      const caption: PhrasingContent[] = node.value === '' ? [] : [{type: 'emphasis', children: [{type: 'text', value: node.value}]}]
      if (node.credit !== null) caption.push({type: 'text', value: caption.length > 0 ? ` — ${node.credit}` : node.credit})
      return caption.length > 0 ? [{type: 'paragraph', children: caption}] : []
    }
    case 'byline':
    case 'published':
    case 'dateline': {
      // The article's furniture, as the `other` lines of those kinds were shown before they became parts.
      return [{type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: node.value}]}]}]
    }
    case 'paragraph': {
      // A dateline that opens the paragraph is its prose too: the text reads on, as written.
      return [{type: 'paragraph', children: [{type: 'text', value: node.children.map((child) => child.value).join('')}]}]
    }
    case 'other': {
      const display = otherDisplay(node.kind)
      const text: PhrasingContent = {type: 'text', value: node.value}
      if (display === 'meta' || display === 'standfirst') return [{type: 'paragraph', children: [{type: 'emphasis', children: [text]}]}]
      if (display === 'crosshead') return [{type: 'heading', depth: 2, children: [text]}]
      if (display === 'pull-quote') return [{type: 'blockquote', children: [{type: 'paragraph', children: [text]}]}]
      return []
    }
  }
}

/**
 * The "Related" heading and the list of every related link.
 */
function relatedBlock(links: readonly RelatedLinkNode[]): RootContent[] {
  return [
    {type: 'heading', depth: 2, children: [{type: 'text', value: 'Related'}]},
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: links.map((link) => {
        const target = linkTarget(link.url)
        const text: PhrasingContent = {type: 'text', value: link.value}
        return item([target === null ? text : {type: 'link', url: target, children: [text]}])
      })
    }
  ]
}

/** Who a listed quote is from: the speaker's name in bold, or an unnamed source's words in italics. */
function whoSaid(quote: Article['quotes'][number]): PhrasingContent {
  if (quote.speaker) return {type: 'strong', children: [{type: 'text', value: quote.speaker.name}]}
  return {type: 'emphasis', children: [{type: 'text', value: quote.source?.text ?? ''}]}
}

/**
 * A tight list item holding one paragraph.
 */
function item(children: PhrasingContent[]): ListItem {
  const paragraph: BlockContent = {type: 'paragraph', children}
  return {type: 'listItem', spread: false, children: [paragraph]}
}

/**
 * Text with its line feeds as hard breaks.
 */
function lines(value: string): PhrasingContent[] {
  return value.split('\n').flatMap((line, index): PhrasingContent[] => (index === 0 ? [{type: 'text', value: line}] : [{type: 'break'}, {type: 'text', value: line}]))
}

