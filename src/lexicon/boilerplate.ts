/** Whole-line texts (lower case, trimmed of trailing colons) that are advertisements. */
export const ADVERTISEMENT_LINES: ReadonlySet<string> = new Set([
  'advertisement',
  'advert',
  'ad',
  'sponsored',
  'sponsored content',
  'paid content',
  'promoted',
  'story continues below',
  'story continued below',
  'story continues below advertisement',
  'article continues below',
  'article continues below advertisement',
  'continue reading the main story',
  'continue reading below',
  'scroll to continue with content',
  'skip advertisement',
  'ad feedback',
  'report this ad',
  'advertisement advertisement',
  'story continues below…',
  'this advertisement has not loaded yet, but your article continues below',
  'advertisement - scroll to continue',
  'content continues below',
  'partner content'
])

/** Words that make up a run of share buttons. */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share',
  'shares',
  'shared',
  'sharing',
  'social',
  'this',
  'article',
  'story',
  'page',
  'on',
  'via',
  'facebook',
  'twitter',
  'whatsapp',
  'email',
  'e-mail',
  'mail',
  'pinterest',
  'linkedin',
  'reddit',
  'tumblr',
  'messenger',
  'sms',
  'print',
  'copy',
  'link',
  'tweet',
  'google',
  'google+',
  'plus',
  'embed',
  'comment',
  'comments',
  'flipboard',
  'telegram',
  'x',
  'save',
  'gift',
  'play'
])

/** Words of which a share run must hold at least one. */
export const SHARE_NETWORKS: ReadonlySet<string> = new Set([
  'share',
  'sharing',
  'gift',
  'comment',
  'facebook',
  'twitter',
  'whatsapp',
  'pinterest',
  'linkedin',
  'reddit',
  'tweet',
  'email',
  'embed',
  'messenger',
  'flipboard',
  'telegram',
  'google',
  'google+'
])

/** Headings (lower case, no trailing colon) that open a block of related links. */
export const RELATED_HEADINGS: ReadonlySet<string> = new Set([
  'read more',
  'read more here',
  'more',
  'related',
  'related articles',
  'related article',
  'related stories',
  'related story',
  'related content',
  'related coverage',
  'related links',
  'related report',
  'related reports',
  'see all related',
  'related topics',
  'see also',
  'also read',
  'also see',
  'read also',
  'more on this story',
  'more on this',
  'more from this author',
  'more stories',
  'more news',
  'recommended',
  'recommended stories',
  'recommended for you',
  'most read',
  'most popular',
  'read next',
  'you may also like',
  'you might also like',
  'what to read next',
  'top stories',
  'trending',
  'elsewhere on the web',
  'around the web',
  'further reading',
  'explore more',
  'trending now',
  'latest',
  'latest news',
  'latest stories',
  'popular',
  'popular now',
  'most viewed',
  'most watched',
  'top news',
  'related news',
  'related videos',
  'must read',
  "editor's picks",
  'editor’s picks',
  'editors picks',
  'you may be interested in',
  'you may also be interested in',
  'more top stories',
  'in other news',
  'recommended reading',
  'more like this',
  'keep reading',
  'up next',
  "don't miss",
  'don’t miss'
])

/** Markers that, at the end or start of a line, make it a related link: `Headline Read more`. */
export const RELATED_MARKERS: readonly string[] = ['read more', 'read more:', 'more:', 'related:', 'read:', 'see also:', 'also read:', 'read next:', 'full coverage:']

/**
 * Markers (lower case) that open a related link with any separator after them,
 * not only a colon: `READ MORE | Headline`, `Related » Headline`, `See also - Headline`.
 * One-word markers that open prose (`more`, `read`) take only a colon and stay in `RELATED_MARKERS`.
 */
export const RELATED_SEPARATED_MARKERS: readonly string[] = [
  'read more', 'related', 'related article', 'related story', 'related stories', 'related coverage', 'related content',
  'see also', 'also read', 'also see', 'read also', 'read next', 'must read', 'recommended', 'full coverage'
]

/** Markers (lower case, before a colon) of a link to a gallery or a video: `PHOTOS: Headline`, `Watch: Headline`. */
export const MEDIA_LINK_MARKERS: readonly string[] = ['photos', 'gallery', 'in pictures', 'pictures', 'slideshow', 'video', 'watch']

/** Openings of a poll or form widget: the widget runs to the end of its block of lines. */
export const WIDGET_OPENINGS: readonly string[] = ['take our poll', 'vote in our poll', 'poll:', 'quiz:', 'take the quiz', 'sign up for our', 'fill out the form']

/** Words that, opening a question line, make it read as a subheading (`What happens next?`). */
export const QUESTION_HEADING_WORDS: ReadonlySet<string> = new Set([
  'what', 'why', 'how', 'who', 'where', 'when', 'which', 'whose', 'is', 'are', 'was', 'were',
  'will', 'would', 'can', 'could', 'should', 'does', 'do', 'did', 'has', 'have',
  // Their negatives (`Hasn't the council already voted?`), with either apostrophe.
  ...['isn', 'aren', 'wasn', 'weren', 'won', 'wouldn', 'can', 'couldn', 'shouldn', 'doesn', 'don', 'didn', 'hasn', 'haven'].flatMap((stem) => [`${stem}'t`, `${stem}’t`])
])

/** Words that point back at the text above (`Is this not a scandal?`): a question with one as its subject is the argument's, not a heading's. */
export const POINTING_BACK_WORDS: ReadonlySet<string> = new Set(['this', 'these', 'that', 'those'])

/**
 * First words of a labelled related link, `Related post from Planet News: Headline`,
 * `Also on The Site: Headline`: one of these, up to five more words, a colon.
 */
export const RELATED_LABEL_OPENINGS: readonly string[] = ['related', 'read more', 'also on', 'also read', 'see also', 'more from', 'more on', 'read next', 'recommended', 'full coverage']

/** Openings (lower case) of a media label: `Video: …`, `Watch: …`. */
export const MEDIA_LABELS: readonly string[] = ['video:', 'watch:', 'listen:', 'video |', 'watch |', 'listen |']

/** Whole-line texts (lower case) of gallery and media widgets. */
export const MEDIA_LINES: ReadonlySet<string> = new Set([
  'loading',
  'loading...',
  'loading ...',
  'loading…',
  'play',
  'play video',
  'video',
  'watch',
  'watch video',
  'watch now',
  'listen',
  'listen to this article',
  'replay',
  'fullscreen',
  'full screen',
  'view gallery',
  'launch gallery',
  'gallery',
  'expand',
  'close',
  'next',
  'previous',
  'media playback is unsupported on your device',
  'media playback is not supported on this device',
  'image',
  'images',
  'getty images',
  'enlarge',
  'enlarge image',
  'enlarge photo',
  'enlarge this image',
  'toggle caption',
  'hide caption',
  'show caption',
  'view photos',
  'autoplay',
  'scroll down for video',
  'content is not available',
  'view full size image',
  'click to enlarge',
  'open gallery',
  'open this photo in gallery',
  'loading photo gallery',
  'loading video'
])

/** Openings (lower case) of lines that prompt the reader rather than inform. */
export const PROMPT_OPENINGS: readonly string[] = [
  'click here',
  'click to',
  'tap here',
  'follow us',
  'like us on',
  'download the',
  'download our',
  'get the',
  'sign up',
  'subscribe',
  'join us',
  'join our',
  'watch the',
  'watch:',
  'listen:',
  'listen to',
  'we want to hear',
  'do you have a story',
  'do you have a tip',
  'do you have a news tip',
  'do you have information',
  'do you have any information',
  'got a story',
  'send us',
  'share your',
  'have your say',
  'tell us',
  'contact us',
  'to contact',
  'please ',
  'see more',
  'see all of the',
  'got something to say',
  'read more about',
  'like what you',
  'visit ',
  'for more information',
  'for more news',
  'for more stories',
  'for more coverage',
  'for more updates',
  'for more on ',
  'for more from ',
  'to read more',
  'this field is for validation',
  'get our ',
  'sign in',
  'log in to',
  'register for',
  'want more',
  "don't miss",
  'don’t miss',
  'support our',
  'support independent',
  'become a member',
  'already a subscriber',
  'newsletter:',
  'get the latest',
  'never miss',
  'stay informed',
  'stay up to date',
  'you may opt out',
  'privacy policy and terms',
  // Newsletter, blog and live-page prompts (`Thanks for reading The Ledger!`, `Kindly share this story:`)
  'kindly share',
  'thanks for reading',
  'thank you for reading',
  'join the debate',
  'join the conversation',
  'find out more',
  'spin the wheel',
  'give it a clap',
  'show key events only'
]

/** Openings of lines that date or time the article. */
export const TIMESTAMP_OPENINGS: readonly string[] = [
  'published',
  'updated',
  'last updated',
  'last update',
  'first published',
  'first uploaded on',
  'posted',
  'last modified',
  'modified',
  'created'
]

/** Words a date-and-time line is made of (besides numbers and punctuation). */
export const TIMESTAMP_WORDS: ReadonlySet<string> = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november',
  'dec', 'december', 'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur',
  'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'am', 'pm', 'a.m.',
  'p.m.', 'a.m', 'p.m', 'gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'cet',
  'cest', 'aest', 'ist', 'aedt', 'awst', 'nzst', 'nzdt', 'myt', 'sgt', 'pht', 'hkt', 'wib', 'pkt', 'sast',
  'at', 'on', 'by', 'ago', 'hour', 'hours', 'minute', 'minutes', 'min',
  'mins', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'updated',
  'published', 'posted', 'last', 'first', 'modified', 'today', 'yesterday', 'just', 'now', 'and',
  'read', 'reading', 'time', 'a', 'an', 'de', 'el', 'noon', 'midnight'
])

/** Month and weekday names and their abbreviations: what makes a line of numbers a date. */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november',
  'dec', 'december', 'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur',
  'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday', 'today', 'yesterday'
])

/** Endings (lower case) that make a `Label: …` line a link to a topic's page: `Election 2024: Full Coverage`. */
export const RELATED_HUB_ENDINGS: readonly string[] = ['full coverage', 'live updates', 'live coverage', 'latest updates', 'what we know']

/**
 * Last words of a `Label: …` line that make it a byline rather than a link
 * (`Analysis: Jane Roe, security correspondent`).
 */
export const BYLINE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'correspondent', 'editor', 'reporter', 'writer', 'columnist', 'analyst', 'producer', 'contributor', 'journalist'
])
