/**
 * Words that mark a photo credit: agencies, picture desks and the words they
 * are written with. Matched case-insensitively as whole words.
 */
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'ap',
  'afp',
  'getty',
  'reuters',
  'epa',
  'epa-efe',
  'efe',
  'pa',
  'shutterstock',
  'bloomberg',
  'alamy',
  'rex',
  'xinhua',
  'aap',
  'corbis',
  'nurphoto',
  'anadolu',
  'sipa',
  'zuma',
  'upi',
  'tass',
  'kyodo',
  'yonhap',
  'wireimage',
  'filmmagic',
  'pool',
  'handout',
  'supplied',
  'images',
  'photo',
  'photos',
  'photograph',
  'photography',
  'pictures',
  'picture',
  'wire',
  'via',
  'file',
  'stock',
  'agency',
  'press',
  'istock',
  'istockphoto',
  'ddp',
  'dpa',
  'ansa',
  'abaca',
  'splash',
  'mega',
  'bauer-griffin',
  'backgrid',
  'instagram',
  'twitter',
  'facebook',
  'youtube',
  'nasa'
])

/**
 * Labels that introduce a credit inside or after a caption:
 * `… Photograph: Name/Agency`, `Photo: …`, `Picture: …`.
 */
export const CREDIT_LABELS: readonly string[] = [
  'photograph',
  'photographs',
  'photographer',
  'photo',
  'photos',
  'photo credit',
  'picture',
  'pictures',
  'pic',
  'image',
  'images',
  'image credit',
  'illustration',
  'photo illustration',
  'composite',
  'credit',
  'credits',
  'source',
  'video',
  'footage'
]

/**
 * Openings (lower case) of a photo widget's line: the credit of a photo whose
 * caption the scraper lost (`Enlarge this image toggle caption Name/Agency`).
 */
export const PHOTO_WIDGET_OPENINGS: readonly string[] = ['enlarge this image', 'toggle caption', 'hide caption', 'show caption', 'expand image', 'view full size image']
