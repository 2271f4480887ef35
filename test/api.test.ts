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

it('has an Article schema that checks nothing beyond its fields, so validating it a part at a time is the whole of it', async () => {
  const {ArticleSchema, parseArticle} = await import('../src/index.js')
  // parseArticle validates each field with the schema's own field schemas (src/parse-article.ts):
  // a check on the Article itself (`.refine`, `.check`) would be skipped there.
  expect(ArticleSchema._zod.def.checks ?? []).toEqual([])
  const article = parseArticle('A headline for the test\n\n“It holds,” Jane Doe said.')
  expect(Object.keys(article)).toEqual(Object.keys(ArticleSchema.shape))
  expect(ArticleSchema.parse(article)).toEqual(article)
})
