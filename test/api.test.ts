import {expect, it} from 'vitest'

it('exports the public API and nothing else', async () => {
  const api = await import('../src/index.js')
  expect(Object.keys(api).sort()).toEqual([
    'ArticleInputError',
    'ArticleSchema',
    'CaptionSchema',
    'DEFAULT_MAX_INPUT_LENGTH',
    'NoticeSchema',
    'OtherKindSchema',
    'OtherSchema',
    'ParagraphSchema',
    'PointSchema',
    'PositionSchema',
    'QuoteKindSchema',
    'QuoteSchema',
    'RelatedLinkSchema',
    'RuleIdSchema',
    'SpanSchema',
    'SpeakerSchema',
    'TitleSchema',
    'WarningSchema',
    'articleAnatomy',
    'classifyLineShape',
    'findQuoteSpans',
    'findQuotes',
    'isHeadlineShaped',
    'isNoticeLine',
    'parseArticle',
    'parseRelatedLine',
    'scanLines',
    'splitCaptionCredit'
  ])
})
