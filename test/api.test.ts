import {expect, it} from 'vitest'

it('exports the public API and nothing else', async () => {
  const api = await import('../src/index.js')
  expect(Object.keys(api).sort()).toEqual([
    'ArticleInputError',
    'ArticleSchema',
    'BylineSchema',
    'CaptionSchema',
    'DEFAULT_MAX_INPUT_LENGTH',
    'DatelineSchema',
    'NoticeSchema',
    'OtherKindSchema',
    'OtherSchema',
    'ParagraphSchema',
    'PointSchema',
    'PositionSchema',
    'PublishedSchema',
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
    'explainArticle',
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

it('gives the Article’s keys in the schema’s order, the order its JSON shows', async () => {
  const {ArticleSchema, parseArticle} = await import('../src/index.js')
  const article = parseArticle('A headline for the test\n\n“It holds,” Jane Doe said.')
  expect(Object.keys(article)).toEqual(Object.keys(ArticleSchema.shape))
  expect(ArticleSchema.parse(article)).toEqual(article)
})
