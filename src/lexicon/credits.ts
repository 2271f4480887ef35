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
  'submitted',
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
  'nasa',
  'courtesy',
  'screenshot',
  'screengrab',
  // National agencies and picture desks of South and South-East Asia and Africa (`— APP`, `- Bernama`, `| NMG`)
  'app',
  'pti',
  'ians',
  'ani',
  'bernama',
  'antara',
  'nmg',
  'unsplash',
  'pexels',
  // Photo-sharing sites a freely licensed picture is credited to (`Jo Vale/Flickr`)
  'flickr',
  'wikimedia'
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
  'footage',
  'screenshot',
  'screengrab',
  'courtesy',
  'photo courtesy',
  'image courtesy'
]

/**
 * Openings (lower case) of a photo widget's line: the credit of a photo whose
 * caption the scraper lost (`Enlarge this image toggle caption Name/Agency`).
 */
export const PHOTO_WIDGET_OPENINGS: readonly string[] = ['enlarge this image', 'toggle caption', 'hide caption', 'show caption', 'expand image', 'view full size image']

/**
 * Openings (lower case) that make a line a photo caption by its phrasing, with
 * or without a credit: `FILE - In this … file photo, …`, `In this image
 * released by …`, `This undated photo …`, `A screengrab taken on …`.
 */
export const CAPTION_OPENINGS: readonly string[] = [
  'file - ',
  'file- ',
  'file – ',
  'file — ',
  'file photo: ',
  'file photo - ',
  'in this image ',
  'in this photo ',
  'in this file photo',
  'in this handout',
  'in this undated',
  'in this screen',
  'in this still',
  'in this frame grab',
  'in this video grab',
  'in this photo illustration',
  'in an undated photo',
  'this undated ',
  'an undated photo',
  'an undated image',
  'this handout photo',
  'this handout image',
  'a handout photo',
  'a handout picture',
  'a screengrab ',
  'a screen grab ',
  'screengrab from',
  'a still from ',
  'a still image ',
  'a video grab ',
  'a frame grab ',
  'this image released',
  'this image provided',
  'this photo released',
  'this photo provided',
  'this image made from',
  'this photo taken'
]

/**
 * Widget words a scraper leaves in front of a caption (`Expand | Collapse (Photo: …) …`),
 * lower case; dropped before the caption is read.
 */
export const CAPTION_WIDGET_PREFIXES: readonly string[] = ['expand | collapse', 'expand collapse', 'view full size image', 'click to enlarge', 'enlarge image']
