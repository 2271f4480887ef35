import type {Article, Caption, Other, Paragraph, Quote, RelatedLink} from '../schema.js'
import type {ArticleRoot} from './tree.js'

/**
 * Turn a tree made by `articleToTree` back into the parts of an `Article`
 * (everything but `warnings`, which live on the file as messages).
 *
 * @param tree The tree.
 * @returns The article without warnings; not yet validated.
 */
export function treeToArticle(tree: ArticleRoot): Omit<Article, 'warnings'> {
  let title: Article['title'] = null
  let notice: Article['notice'] = null
  let byline: Article['byline'] = null
  let published: Article['published'] = null
  let dateline: Article['dateline'] = null
  const captions: Caption[] = []
  const paragraphs: Paragraph[] = []
  const quotes: Quote[] = []
  const relatedLinks: RelatedLink[] = []
  const other: Other[] = []

  for (const node of tree.children) {
    switch (node.type) {
      case 'title': {
        title = {text: node.value, position: node.position}
        break
      }
      case 'byline': {
        byline = {text: node.value, authors: node.authors, position: node.position}
        break
      }
      case 'published': {
        published = {text: node.value, date: node.date, position: node.position}
        break
      }
      case 'dateline': {
        dateline = {text: node.value, place: node.place, agency: node.agency, position: node.position}
        break
      }
      case 'caption': {
        captions.push({text: node.value, credit: node.credit, position: node.position, duplicates: node.duplicates})
        break
      }
      case 'paragraph': {
        const index = paragraphs.length
        let text = ''
        for (const child of node.children) {
          text += child.value
          if (child.type === 'dateline') dateline = {text: child.value, place: child.place, agency: child.agency, position: child.position}
          if (child.type === 'quote') {
            quotes.push({text: child.value, position: child.position, paragraph: index, kind: child.kind, continues: child.continues, cue: child.cue, speaker: child.speaker, source: child.source})
          }
        }
        paragraphs.push({text, position: node.position})
        break
      }
      case 'relatedLinks': {
        for (const link of node.children) relatedLinks.push({title: link.value, url: link.url, position: link.position})
        break
      }
      case 'notice': {
        notice = {text: node.value, position: node.position}
        break
      }
      case 'other': {
        other.push({kind: node.kind, text: node.value, position: node.position})
        break
      }
    }
  }

  return {title, byline, published, dateline, captions, paragraphs, quotes, relatedLinks, notice, other}
}
