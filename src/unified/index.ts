export {articleAnatomy, type ArticleAnatomyOptions} from './plugin.js'
export type {
  ArticleContent,
  ArticleNode,
  ArticleRoot,
  BylineNode,
  CaptionNode,
  DatelineNode,
  NoticeNode,
  OtherNode,
  ParagraphContent,
  ParagraphNode,
  PublishedNode,
  QuoteNode,
  RelatedLinkNode,
  RelatedLinksNode,
  TextNode,
  TitleNode
} from './tree.js'
