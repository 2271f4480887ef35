/**
 * Capitalised words that open a first paragraph before a dash the way a place
 * does (`BREAKING —`), but are a label, not where the story was filed. Upper case.
 */
export const DATELINE_NON_PLACES: ReadonlySet<string> = new Set([
  'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'UPDATE', 'UPDATED', 'ANALYSIS', 'OPINION', 'COMMENT', 'EDITORIAL',
  'WATCH', 'LIVE', 'CORRECTION', 'CLARIFICATION', 'NEW', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'FACT CHECK', 'CLAIM', 'SPOILER ALERT',
  'BYLINE', 'PHOTO', 'PHOTOS', 'VIDEO', 'SOURCE', 'CREDIT', 'TRANSCRIPT', 'READ MORE', 'RELATED', 'UPDATES'
])
