/**
 * The closed set of kinds for lines that are none of the article's other parts.
 * Documented in the README; `unknown` is the kind of last resort.
 */
export const OTHER_KINDS = [
  'headline',
  'byline',
  'dateline',
  'timestamp',
  'advertisement',
  'share',
  'related-heading',
  'article-age',
  'standfirst',
  'crosshead',
  'pull-quote',
  'embed',
  'media',
  'gallery',
  'label',
  'prompt',
  'unknown'
] as const
