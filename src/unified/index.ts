export {articleAnatomy, type ArticleAnatomyOptions} from './plugin.js'
export type {
  ArticleContent,
  ArticleNode,
  ArticleRoot,
  CaptionNode,
  NoticeNode,
  OtherNode,
  ParagraphContent,
  ParagraphNode,
  QuoteNode,
  RelatedLinkNode,
  RelatedLinksNode,
  TextNode,
  TitleNode
} from './tree.js'
