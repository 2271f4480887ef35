import type {Article, Dateline, Paragraph, Point, Position, Quote} from '../schema.js'
import type {ArticleContent, ArticleRoot, DatelineNode, ParagraphContent, ParagraphNode, RelatedLinkNode} from './tree.js'

/**
 * Turn an `Article` into a unist tree: its parts as children of a root, in the
 * order they appear in the input, quotes inside their paragraphs, consecutive
 * related links grouped.
 *
 * @param article A parsed article.
 * @param position The span of the whole input, or undefined when unknown.
 * @returns The tree.
 */
export function articleToTree(article: Article, position?: Position): ArticleRoot {
  const quotesByParagraph = groupQuotes(article)
  const parts: ArticleContent[] = []
  if (article.title) parts.push({type: 'title', value: article.title.text, position: article.title.position})
  if (article.byline) parts.push({type: 'byline', value: article.byline.text, authors: article.byline.authors, position: article.byline.position})
  if (article.published) parts.push({type: 'published', value: article.published.text, date: article.published.date, position: article.published.position})
  // A dateline inside a paragraph is that paragraph's child; one on its own line is the root's.
  const {dateline} = article
  const inside = dateline ? article.paragraphs.findIndex((paragraph) => contains(paragraph.position, dateline.position)) : -1
  if (dateline && inside < 0) parts.push(datelineNode(dateline))
  for (const caption of article.captions) {
    parts.push({
      type: 'caption',
      value: caption.text,
      credit: caption.credit,
      duplicates: caption.duplicates,
      position: caption.position
    })
  }
  for (const [index, paragraph] of article.paragraphs.entries()) {
    parts.push(paragraphToNode(paragraph, quotesByParagraph.get(index) ?? [], index === inside && dateline ? datelineNode(dateline) : null))
  }
  for (const link of article.relatedLinks) {
    // Each link starts as its own group; `groupRelatedLinks` merges neighbours.
    const node: RelatedLinkNode = {type: 'relatedLink', value: link.title, url: link.url, position: link.position}
    parts.push({type: 'relatedLinks', children: [node], position: link.position})
  }
  if (article.notice) parts.push({type: 'notice', value: article.notice.text, position: article.notice.position})
  for (const other of article.other) parts.push({type: 'other', kind: other.kind, value: other.text, position: other.position})

  // A stable sort keeps parts that start at the same offset in the order above.
  parts.sort((a, b) => a.position.start.offset - b.position.start.offset)
  const root: ArticleRoot = {type: 'root', children: groupRelatedLinks(parts)}
  if (position) root.position = position
  return root
}

/**
 * The quotes of each paragraph, by paragraph index, in order of position.
 */
function groupQuotes(article: Article): Map<number, Quote[]> {
  const byParagraph = new Map<number, Quote[]>()
  for (const quote of article.quotes) {
    const list = byParagraph.get(quote.paragraph)
    if (list) list.push(quote)
    else byParagraph.set(quote.paragraph, [quote])
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.position.start.offset - b.position.start.offset)
  return byParagraph
}

/** The tree node of a dateline. */
function datelineNode(dateline: Dateline): DatelineNode {
  return {type: 'dateline', value: dateline.text, place: dateline.place, agency: dateline.agency, position: dateline.position}
}

/** Whether one span lies within another. */
function contains(outer: Position, inner: Position): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset
}

/**
 * Cut a paragraph into text runs and quotes, after the dateline that opens it.
 * Positions of the runs are the points the paragraph, its dateline and its
 * quotes already carry, so nothing is recomputed.
 */
function paragraphToNode(paragraph: Paragraph, quotes: readonly Quote[], dateline: DatelineNode | null): ParagraphNode {
  // The paragraph's text may start after the line does (share buttons glued to its front, dropped).
  const base = paragraph.position.end.offset - paragraph.text.length
  const children: ParagraphContent[] = []
  let cursor: Point = paragraph.position.start
  if (dateline) {
    children.push(dateline)
    cursor = dateline.position.end
  }
  const pushText = (end: Point): void => {
    if (end.offset > cursor.offset) {
      children.push({
        type: 'text',
        // The first run starts with the line: before `base` only when share buttons were dropped.
        value: paragraph.text.slice(Math.max(0, cursor.offset - base), end.offset - base),
        position: {start: cursor, end}
      })
    }
  }
  for (const quote of quotes) {
    pushText(quote.position.start)
    children.push({type: 'quote', value: quote.text, kind: quote.kind, continues: quote.continues, cue: quote.cue, speaker: quote.speaker, source: quote.source, position: quote.position})
    if (quote.position.end.offset > cursor.offset) cursor = quote.position.end
  }
  pushText(paragraph.position.end)
  return {type: 'paragraph', children, position: paragraph.position}
}

/**
 * Merge related-link groups that follow each other with nothing between them.
 */
function groupRelatedLinks(parts: readonly ArticleContent[]): ArticleContent[] {
  const grouped: ArticleContent[] = []
  for (const part of parts) {
    const previous = grouped.at(-1)
    if (part.type === 'relatedLinks' && previous?.type === 'relatedLinks') {
      previous.children.push(...part.children)
      previous.position = {start: previous.position.start, end: part.position.end}
    } else {
      grouped.push(part.type === 'relatedLinks' ? {...part, children: [...part.children]} : part)
    }
  }
  return grouped
}
