export {parseArticle, DEFAULT_MAX_INPUT_LENGTH, type ParseOptions} from './parse-article.js'
export {explainArticle, type ArticleExplanation, type CandidateFeatures, type CandidateTrace, type ConstructName, type QuoteTrace} from './explain.js'
export {ArticleInputError, type ArticleInputErrorCode} from './errors.js'
export {
  ArticleSchema,
  BylineSchema,
  CaptionSchema,
  DatelineSchema,
  NoticeSchema,
  OtherKindSchema,
  OtherSchema,
  ParagraphSchema,
  PointSchema,
  PositionSchema,
  PublishedSchema,
  QuoteKindSchema,
  QuoteSchema,
  RelatedLinkSchema,
  RuleIdSchema,
  SpanSchema,
  SpeakerSchema,
  TitleSchema,
  WarningSchema,
  type Article,
  type Byline,
  type Caption,
  type Dateline,
  type Notice,
  type Other,
  type OtherKind,
  type Paragraph,
  type Point,
  type Position,
  type Published,
  type Quote,
  type QuoteKind,
  type RelatedLink,
  type RuleId,
  type Span,
  type Speaker,
  type Title,
  type Warning
} from './schema.js'
export {splitCaptionCredit, type CaptionParts} from './sections/captions.js'
export {parseRelatedLine, type RelatedParts} from './sections/related.js'
export {isNoticeLine} from './sections/notice.js'
export {isHeadlineShaped} from './sections/headline.js'
export {classifyLineShape} from './sections/line-shape.js'
export {findQuotes, type QuoteResult} from './quotes/find-quotes.js'
export {findQuoteSpans, type QuoteSpan} from './quotes/quote-spans.js'
export {scanLines, type Line} from './text/scan-lines.js'
export {
  articleAnatomy,
  type ArticleAnatomyOptions,
  type ArticleContent,
  type ArticleNode,
  type ArticleRoot,
  type BylineNode,
  type CaptionNode,
  type DatelineNode,
  type NoticeNode,
  type OtherNode,
  type ParagraphContent,
  type ParagraphNode,
  type PublishedNode,
  type QuoteNode,
  type RelatedLinkNode,
  type RelatedLinksNode,
  type TextNode,
  type TitleNode
} from './unified/index.js'
