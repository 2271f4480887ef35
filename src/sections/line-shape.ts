import {
  ADVERTISEMENT_LINES,
  MEDIA_LABELS,
  MEDIA_LINES,
  MONTHS_AND_DAYS,
  PROMPT_OPENINGS,
  RELATED_HEADINGS,
  SHARE_NETWORKS,
  SHARE_WORDS,
  TIMESTAMP_OPENINGS,
  TIMESTAMP_WORDS
} from '../lexicon/boilerplate.js'
import {CUE_VERB_SET} from '../lexicon/cues.js'
import type {OtherKind} from '../schema.js'
import {anyOpeningPattern, openingPattern} from '../text/phrase-pattern.js'
import {asciiInitials, countWords, endsLikeSentence, isAsciiDigit, isAsciiLetterOrDigit, mayOpenWithAny, OPENS_UPPER_CASE, trimPunctuation} from '../text/words.js'
import {isUnlabelledByline} from './byline.js'

/** A media player control glued to what follows (`PlayVideo`, `CLOSE`). */
const MEDIA_CONTROL = /^(?:Play|PLAY|Slideshow|SLIDESHOW|CLOSE|View gallery|VIEW GALLERY)(?=\p{Lu}|\s|$)/u

/** `CLOSE` in capitals, then a capitalised word: a video player's button glued to the clip's description. */
const CLOSED_PLAYER = /^CLOSE \p{Lu}/u

/** A place in capitals, perhaps a region and an agency, then a dash, on a line of its own. */
const DATELINE_ALONE = /^\p{Lu}[\p{Lu} .'-]{1,30}(?:, \p{Lu}[\p{L} .]{1,20})?(?: ?\([\p{L} .]{1,30}\))?\s*[-—–]{1,2}$/u

/**
 * The lower-case form of a line used for whole-line lookups: trailing colons,
 * dashes and ellipses dropped, inner white space folded.
 *
 * @param text A trimmed line.
 * @returns Its key.
 */
export function lineKey(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING_PUNCTUATION.has(text.charAt(end - 1))) end--
  return foldWhiteSpace(text.slice(0, end).toLowerCase())
}

/**
 * Fold each run of white space into one space. Most lines have none to fold,
 * and testing for a run costs far less than a global replace, which builds a
 * new string match by match (one match per word).
 */
function foldWhiteSpace(text: string): string {
  return /[^\S ]| \s/.test(text) ? text.replace(/\s+/g, ' ') : text
}

// Characters a whole-line key ignores at its end (a loop, not a `[…]+$` regex,
// which would rescan the line from every start).
const TRAILING_PUNCTUATION = new Set([...' \t\u00A0:|>»›·•-–—.…'])

// Whole-line keys and their kinds: one lookup instead of one per list.
const WHOLE_LINE_KINDS: ReadonlyMap<string, OtherKind> = wholeLineKinds([
  ['advertisement', ADVERTISEMENT_LINES],
  ['related-heading', RELATED_HEADINGS],
  ['media', MEDIA_LINES]
])

const PROMPT_OPENING = openingPattern(PROMPT_OPENINGS)
const TIMESTAMP_OPENING = openingPattern(TIMESTAMP_OPENINGS)

/** The most words a line may have and still have a shape of its own, media lines aside. */
const MAX_SHAPED_WORDS = 25

/**
 * Recognise a line that is boilerplate by its shape alone, whatever surrounds it:
 * advertisements, share-button runs, article-age labels, bylines, timestamps,
 * datelines on their own, related-link headings, media widgets and prompts.
 *
 * @param text A trimmed, non-blank line.
 * @returns The kind of line, or null when the shape says nothing.
 */
export function classifyLineShape(text: string): OtherKind | null {
  // The Guardian's explainer box, scraped onto one long line; only a `q` or `Q` opens it, which the pattern folds to.
  if ((text.charCodeAt(0) | 0x20) === 0x71 && /^quick guide\s.{0,200}\sshow hide\s/i.test(text)) return 'media'
  // A video player's close button before the clip's description and credit, however long: no prose opens with it in capitals.
  if (CLOSED_PLAYER.test(text)) return 'media'
  // `… unlock the full guide. CLICK HERE`: a line that closes on its link's words prompts the reader, however long.
  if (endsWithLinkWords(text)) return 'prompt'
  if (text.length > 200) return null
  // Past 25 words only a media line (`Play …`, `… 2:25`) has a shape of its own.
  // Counting words costs a pass over the line, so count only when the two
  // readings disagree: most lines are neither. The media openings are short,
  // so the line's head is lower-cased, not all of it.
  const widget = isMediaWidget(text)
  const short = classifyShortLine(text, widget)
  const long = widget || (mayOpenWithAny(text, MEDIA_LABEL_INITIALS) && isMediaLabel(text.slice(0, LONGEST_MEDIA_LABEL).toLowerCase())) ? 'media' : null
  if (short === long) return short
  return countWords(text, MAX_SHAPED_WORDS) > MAX_SHAPED_WORDS ? long : short
}

/** `click here` or `tap here` closing a line, perhaps before a stop or an arrow. */
const CLICK_HERE_END = /\b(?:click|tap) here[.!:>»›…]?$/i

/** `HERE` in capitals closing a line, the words of a link set in a sentence (`… on our page HERE.`). */
const CAPITAL_HERE_END = /\sHERE[.!:]?$/

/**
 * Whether a line closes on a link's words: `… CLICK HERE`, `… click here.`, or
 * `HERE` in capitals after prose in lower case (a line all in capitals is a headline's).
 */
function endsWithLinkWords(text: string): boolean {
  // An `e` or `E` last, perhaps before one mark: nearly every line ends otherwise, and two codes rule it out.
  let last = text.length - 1
  if (!isAsciiLetterOrDigit(text.charCodeAt(last))) last--
  if ((text.charCodeAt(last) | 0x20) !== 0x65 || last < 4) return false
  const tail = text.slice(-16)
  return CLICK_HERE_END.test(tail) || (CAPITAL_HERE_END.test(tail) && LOWER_CASE_LETTER.test(text))
}

/** A letter in lower case. */
const LOWER_CASE_LETTER = /\p{Ll}/u

/**
 * What a line of at most 25 words is by its shape, or null.
 *
 * @param text The line.
 * @param widget Whether the line is a media widget by its text alone (`isMediaWidget`).
 */
function classifyShortLine(text: string, widget: boolean): OtherKind | null {
  const key = lineKey(text)
  const whole = shortKeyKind(key)
  if (whole) return whole
  // The patterns below that read a key's opening, tried as one first: most keys open with none,
  // and each is then skipped, where it would be a call of its own on every line.
  const opens = ANY_KEY_OPENING.test(key)
  // `Read more site.com`: the marker that closes a related card, with the site it links to.
  if (opens && key.startsWith('read more ') && READ_MORE_SITE.test(key)) return 'related-heading'
  const words = shareOrDateWords(key, opens && TIMESTAMP_OPENING.test(key))
  if (isShareRun(words)) return 'share'
  if (isByline(text) || isUnlabelledByline(text)) return 'byline'
  // One search for the marks three shapes below are set off by: most lines have none, and it spares each its own search.
  const separated = SEPARATOR_MARK.test(text)
  if (isTimestamp(key, words, text) || (separated && isSegmentedTimestamp(text))) return 'timestamp'
  if (isLoneDateline(text)) return 'dateline'
  if (widget || (opens && isMediaLabel(key))) return 'media'
  if (
    (((opens && PROMPT_OPENING.test(key)) || key.includes('click here')) && countWords(text, 16) <= 16 && !attributedAfterComma(key)) ||
    (separated && isLinkMenu(text)) ||
    (opens && isFollowPrompt(key))
  ) {
    return 'prompt'
  }
  if (opens && READER_CALLOUT.test(key) && CALLOUT_REQUEST.test(key)) return 'prompt'
  // The length first: a lookup hashes the whole key, and a kicker is a word or two.
  if ((separated && isBreadcrumb(text)) || (key.length <= LONGEST_SECTION_KICKER && SECTION_KICKERS.has(key))) return 'label'
  // `Tags: Monsoon, Kerala`, `Filed under: …`: the page's labels for the article, after its end.
  if (opens && TAG_LINE.test(key) && countWords(key, MAX_TAG_WORDS) <= MAX_TAG_WORDS) return 'label'
  if (text.endsWith(':') && /^\P{Ll}{2,40}:$/u.test(text) && countWords(text, 4) <= 4) return 'label'
  // At most 25 words is given: the caller reads the line otherwise past that.
  if (opens && CHART_LABEL.test(key)) return 'label'
  return null
}

/**
 * A mark that sets off a segmented timestamp's parts (` | `, ` / `), a link menu's
 * labels (`|`) or a breadcrumb's levels (`»`, `›`, `>`): a line without one is none of them.
 */
const SEPARATOR_MARK = /[|/»›>]/

/** `Chart: …`, `Source: …`, `Notes: …`: a label of a chart, a table or a map. */
const CHART_LABEL = /^(?:chart|graphic|table|map|infographic|source|sources|note|notes)\s*:/

/** How many words after a comma a speech verb may stand and still attribute what comes before (`…, the trust's medical director said`). */
const ATTRIBUTION_REACH = 6

/**
 * Whether a speech verb follows one of a line's commas closely: `Please do not
 * come unless it is an emergency, the trust's director said.` reports a
 * request; a site's prompt is not attributed.
 */
function attributedAfterComma(key: string): boolean {
  for (let comma = key.indexOf(', '); comma >= 0; comma = key.indexOf(', ', comma + 2)) {
    const after = key.slice(comma + 2).split(' ', ATTRIBUTION_REACH)
    // After a subject: a verb first after the comma is the prompt's own (`…, rated five stars`).
    if (after.some((word, at) => at > 0 && REPORTING_VERBS.has(trimPunctuation(word)))) return true
  }
  return false
}

/** Speech verbs in the forms that report (`said`, `urged`, `says`), not the imperative a prompt uses (`tell us`, `say`). */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'urged', 'urges', 'warned', 'warns', 'wrote', 'writes', 'asked', 'asks',
  'explained', 'explains', 'insisted', 'insists', 'noted', 'notes', 'argued', 'argues', 'claimed', 'claims', 'stated', 'states',
  'announced', 'announces', 'declared', 'declares', 'replied', 'replies', 'recalled', 'recalls', 'pleaded', 'pleads'
])

/**
 * `Follow Jo Vale on Twitter`, `Follow her @jvale`, `Follow all of the coverage at https://…`:
 * a follow prompt names a platform, a handle, an address or the coverage, where prose
 * opens with the verb too (`Follow the money, one councillor said`).
 */
function isFollowPrompt(key: string): boolean {
  return key.startsWith('follow ') && FOLLOW_TARGET.test(key)
}

const FOLLOW_TARGET = /\bon (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky)\b|@\w|https?:|www\.|\bcoverage\b|\bupdates\b/

/** A digit within the first 30 characters of a line (`Updated: 12:05`), as a timestamp gives one. */
const EARLY_DIGIT = /^\D{0,30}\d/

/** The most links a menu line holds. */
const MENU_LINKS = 6

/** The most words a link of a menu line has. */
const MENU_LINK_WORDS = 6

/**
 * A line of a site's links set between bars (`Corrections|Submit a news
 * tip|Report error`): two to six labels, each a few words opening with a
 * capital and ending with no sentence's stop. The bars rule out prose, which
 * never sets them between short capitalised phrases.
 */
function isLinkMenu(text: string): boolean {
  if (!text.includes('|')) return false
  const labels = text.split('|')
  if (labels.length > MENU_LINKS) return false
  return labels.every((label) => {
    const trimmed = label.trim()
    return OPENS_UPPER_CASE.test(trimmed) && !/[.!?:,;]$/.test(trimmed) && countWords(trimmed, MENU_LINK_WORDS) <= MENU_LINK_WORDS
  })
}

/**
 * A question put to the reader (`Are you …?`, `Have you ever …?`, perhaps in
 * brackets) that opens a call-out; with {@link CALLOUT_REQUEST}, the desk
 * asking for their story, not a line of the article.
 */
const READER_CALLOUT = /^[[(]?(?:are|have|do|did|were|was|is|has|does) (?:you|your)\b[^?]{0,150}\?/

/** What a call-out asks the reader to do: write in, share, get in touch. */
const CALLOUT_REQUEST = /\b(?:share your|e-?mail|tell us|hear from you|hear about your|get in touch|contact us|send us|let us know)\b/

const READ_MORE_SITE = /^read more (?:on |at )?[\w\u200b-]+(?:\.[\w\u200b-]+)+$/

/** Key to kind; where two lists hold a key, the earlier list wins, as when they were tested in turn. */
function wholeLineKinds(lists: ReadonlyArray<readonly [OtherKind, ReadonlySet<string>]>): Map<string, OtherKind> {
  const kinds = new Map<string, OtherKind>()
  for (const [kind, keys] of lists) {
    for (const key of keys) if (!kinds.has(key)) kinds.set(key, kind)
  }
  return kinds
}

// The longest key a whole-key pattern below matches (`this content is more than` and
// 30 characters, then ` old`), or a whole-line list holds: longer keys skip them all.
const LONGEST_SHORT_KEY = Math.max(60, ...[...WHOLE_LINE_KINDS.keys()].map((key) => key.length))

/** What a key names on its own: the whole-line lists and the counters of galleries, or null. */
function shortKeyKind(key: string): OtherKind | null {
  if (key.length > LONGEST_SHORT_KEY) return null
  const whole = WHOLE_LINE_KINDS.get(key)
  if (whole) return whole
  if (/^(?:image|photo|picture|slide) \d{1,3} (?:of|\/) \d{1,3}$/.test(key)) return 'media'
  if (/^\d{1,3} (?:of|\/) \d{1,3}$/.test(key) || /^\d{1,4} (?:photos|images|pictures)$/.test(key)) return 'gallery'
  if (/^this (?:article|story|content) is (?:more than|over) [\w ]{1,30} old$/.test(key)) return 'article-age'
  // `2 min read`, `Reading time: 4 minutes`: how long the page thinks the article takes, a label of it.
  if (READING_TIME.test(key)) return 'label'
  if (MORE_FROM_HEADING.test(key) && countWords(key, 7) <= 7) return 'related-heading'
  // `Comments (3)`, `Print this article`, `Reuse this content`: the page's controls, as its share bar's are.
  if (PAGE_CONTROL.test(key)) return 'share'
  return null
}

/** A reading time (`2 min read`, `5-minute read`, `Reading time: 4 minutes`). */
const READING_TIME = /^(?:\d{1,3}[ -](?:min|mins|minute|minutes) read|reading time:? \d{1,3} (?:min|mins|minute|minutes))$/

/** A digit anywhere: a timestamp has one. */
const DIGIT = /\d/

/** What sets a place, an outlet or an agency apart from the time beside it: a bar or a slash between spaces. */
const SEGMENT_SEPARATOR = / [|/] /

/** The most words of a place, an outlet or an agency beside a timestamp (`Philippine Daily Ledger`). */
const MAX_SEGMENT_WORDS = 4

/**
 * `Mumbai | Updated: December 5, 2025 11:20 IST`, `Daily Ledger / 04:32 PM
 * December 04, 2025`, `IANS | Updated: …`: a timestamp beside a place, an
 * outlet or an agency of a few words, set off by a bar or a slash; a link
 * menu's labels have no time among them.
 */
function isSegmentedTimestamp(text: string): boolean {
  // A digit and a separator first: most short lines have neither, and a split costs more than two searches.
  if (!DIGIT.test(text) || !SEGMENT_SEPARATOR.test(text)) return false
  const segments = text.split(SEGMENT_SEPARATOR)
  if (segments.length < 2 || segments.length > 3) return false
  let timed = false
  for (const segment of segments) {
    const trimmed = segment.trim()
    const key = lineKey(trimmed)
    if (isTimestamp(key, shareOrDateWords(key), trimmed)) timed = true
    else if (countWords(trimmed, MAX_SEGMENT_WORDS + 1) > MAX_SEGMENT_WORDS || !OPENS_UPPER_CASE.test(trimmed)) return false
  }
  return timed
}

/** A line of the article's tags or topics (`Tags: …`, `Topics: …`, `Filed under: …`). */
const TAG_LINE = /^(?:tags|tagged|topics|related topics|read related topics|filed under|categories|keywords)\s*:/

/** The most words of a tag line: a list of a few labels, not a sentence. */
const MAX_TAG_WORDS = 20

/** The page's controls around the comments and sharing, as whole lines. */
const PAGE_CONTROL =
  /^(?:comments?(?: \(\d{1,5}\))?|\d{1,5} comments?|view \d{1,5} comments?|show comments|(?:leave|add|post) a (?:reply|comment)|reuse this content|print this article|skip to (?:main )?content|skip navigation)$/

/**
 * A section's name printed alone above its headline (`Opinion`, `Analysis`,
 * `Exclusive`), lower case: a kicker, not the title.
 */
const SECTION_KICKERS: ReadonlySet<string> = new Set([
  'opinion', 'analysis', 'comment', 'exclusive', 'breaking', 'breaking news', 'live', 'explainer', 'editorial', 'review',
  'news', 'local news', 'world news', 'politics', 'business', 'sport', 'sports', 'world', 'national', 'health', 'science'
])

const LONGEST_SECTION_KICKER = Math.max(...[...SECTION_KICKERS].map((kicker) => kicker.length))

/** A mark a breadcrumb trail's separators hold. */
const BREADCRUMB_MARK = /[»›>]/

/** The separators of a breadcrumb trail (`Home » News » Local`). */
const BREADCRUMB_SEPARATORS = [' » ', ' › ', ' > ']

/** The most levels a breadcrumb trail has, and words a level. */
const MAX_BREADCRUMB_LEVELS = 6
const MAX_BREADCRUMB_WORDS = 4

/** Whether a line is a breadcrumb trail: two to six short capitalised levels between `»`, `›` or `>`. */
function isBreadcrumb(text: string): boolean {
  // One scan for the marks first: most lines have none, and three searches would read each line thrice.
  if (!BREADCRUMB_MARK.test(text)) return false
  const separator = BREADCRUMB_SEPARATORS.find((each) => text.includes(each))
  if (!separator) return false
  const levels = text.split(separator)
  return levels.length <= MAX_BREADCRUMB_LEVELS && levels.every((level) => OPENS_UPPER_CASE.test(level) && countWords(level, MAX_BREADCRUMB_WORDS) <= MAX_BREADCRUMB_WORDS && !endsLikeSentence(level))
}

/**
 * `More from The Evening Ledger`, `More on this story`, `More storm coverage`: a
 * heading over a run of related headlines.
 */
const MORE_FROM_HEADING = /^more (?:(?:from|on) [\p{L}\p{N}'’&. -]{2,40}|[\p{L}\p{N}'’&-]+(?: [\p{L}\p{N}'’&-]+){0,3} coverage)$/u

/** The most words a share run or a timestamp has. */
const MAX_LISTED_WORDS = 16

/**
 * The words of a key (as `lowerWords` splits them) when the line can be a share
 * run or a timestamp, or none when it cannot: more than 16 words, or a word that
 * is neither a share nor a date word in a line that does not open like a
 * timestamp. The walk stops at that word, so prose is not split past its first.
 * A key is lower case with single spaces: its words are its space-separated
 * tokens that keep a letter or digit once trimmed. Whether the key opens like a
 * timestamp may be passed in, by a caller that has ruled its opening out already.
 */
function shareOrDateWords(key: string, opensLikeTimestamp = TIMESTAMP_OPENING.test(key)): readonly string[] {
  const words: string[] = []
  for (let start = 0; start <= key.length; ) {
    const space = key.indexOf(' ', start)
    const end = space < 0 ? key.length : space
    const word = trimPunctuation(key.slice(start, end))
    start = end + 1
    if (!word) continue
    if (words.length === MAX_LISTED_WORDS) return NO_WORDS
    if (!opensLikeTimestamp && !SHARE_WORDS.has(word) && dateWordRole(word) === null) return NO_WORDS
    words.push(word)
  }
  return words
}

const NO_WORDS: readonly string[] = Object.freeze([])

/** `PlayHeadline…`, `Headline 2:25`: a video or slideshow widget, known by its text as written. */
function isMediaWidget(text: string): boolean {
  // A video player's embed box scraped onto one line: `Embed`, the clip's title and length, the
  // player's autoplay switch twice, and its offer of the code to paste on a site.
  if (text.charCodeAt(0) === 0x45 && text.startsWith('Embed ') && text.includes(' autoplay autoplay ')) return true
  // The clock time's last digit before its pattern, which would read the whole line.
  const endsWithDigit = isAsciiDigit(text.charCodeAt(text.length - 1))
  return MEDIA_CONTROL.test(text) || (endsWithDigit && /\s\d{1,2}:\d\d$/.test(text))
}

const MEDIA_LABEL = openingPattern(MEDIA_LABELS)
const MEDIA_LABEL_INITIALS = asciiInitials(MEDIA_LABELS)
const LONGEST_MEDIA_LABEL = Math.max(...MEDIA_LABELS.map((label) => label.length))

/**
 * Whether a key opens as one of the patterns {@link classifyShortLine} reads a key's opening with
 * (the marker of a related card, a timestamp's or media label's or prompt's opening, a follow
 * prompt, a call-out, a tag line, a chart's label): their union, every one anchored at the start,
 * so a key none of them opens is ruled out for all by one test.
 */
const ANY_KEY_OPENING = anyOpeningPattern([/^read more /, TIMESTAMP_OPENING, MEDIA_LABEL, PROMPT_OPENING, /^follow /, READER_CALLOUT, TAG_LINE, CHART_LABEL])

/** `Video: …`, `Watch: …`: a media label, on a lower-case line or key. */
function isMediaLabel(lower: string): boolean {
  return MEDIA_LABEL.test(lower)
}

/**
 * Whether a line is nothing but share buttons (`Facebook Twitter Email`, `Share this article`).
 */
function isShareRun(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 14) return false
  return words.every((word) => SHARE_WORDS.has(word)) && words.some((word) => SHARE_NETWORKS.has(word))
}

/**
 * Whether a line is a byline: `By Name`, `By Name and Name, Title`, `Author: Name`.
 */
function isByline(text: string): boolean {
  // The opening first: it rules out nearly every line without a pass over it.
  if (!/^(?:by|written by|words by|author|reporter|posted by|story by)[\s:]+\S/i.test(text)) return false
  // `Reporter Jane Doe says:`: a line that ends on a speech verb and a colon leads in a quote.
  if (text.endsWith(':') && CUE_VERB_SET.has(lastWord(text.slice(0, -1)).toLowerCase())) return false
  // `Author sues publisher …`, `Reporter Dana Ruiz asked whether …`, `By the numbers`: a headline, prose, a crosshead.
  if (!namesAfterOpening(text)) return false
  return countWords(text, 12) <= 12 && !(/[.!?]["”]?$/.test(text) && !/\b[A-Z]\.$/.test(text))
}

/**
 * Whether a byline's opening is followed by what a byline names: after `By`, a
 * capitalised word among the next three (`By the Harbour Wire`); after `Author`
 * or `Reporter` without a colon, capitalised words only (`Reporter Dana Ruiz`).
 */
function namesAfterOpening(text: string): boolean {
  const label = BYLINE_LABEL.exec(text)
  // The name up to its affiliation (`Reporter Dana Ruiz, The Harbour Wire`, `… | Harbour Wire`).
  if (label) return COLON_AFTER_LABEL.test(text.slice(label[0].length)) || NAME_ONLY.test(text.slice(label[0].length).split(AFFILIATION_MARK, 1)[0] ?? '')
  // After the whole label (`Written by the staff of The Ledger`).
  const opening = BYLINE_OPENING.exec(text)
  return CAPITAL_SOON.test(text.slice(opening ? opening[0].length : 0))
}

/** A colon right after a label (`Author: …`). */
const COLON_AFTER_LABEL = /^\s*:/

/** Where a byline's name ends and its affiliation begins: a comma, a bar or a spaced dash. */
const AFFILIATION_MARK = /,| \| | [-–—] /

/** The labels a byline opens with, and the space after. */
const BYLINE_OPENING = /^(?:by|written by|words by|posted by|story by)\s+/i

/** `Author`, `Reporter`: labels that open a headline or a sentence as often as a byline. */
const BYLINE_LABEL = /^(?:author|reporter)(?=[\s:])/i

/** A name alone: one to five capitalised words. */
const NAME_ONLY = /^(?:\s+\p{Lu}[\p{L}.'’-]*){1,5}$/u

/** A capitalised word among the first four: `the Harbour Wire`, `Jo Vale`, `the staff of The Ledger`. */
const CAPITAL_SOON = /^(?:[^\s\p{Lu}]\S*\s+){0,3}\p{Lu}/u

/** The last space-separated word of a text. */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1)
}

/** The fewest words of prose that make a line opening like a timestamp a sentence (`Published author turns to crime at 70`). */
const PROSE_WORDS = 3

/**
 * How many of a line's words are neither date words, numbers nor short
 * function words: names and prose. A timestamp has a name at most (`Posted by
 * Jo Vale on March 3`); a headline or sentence that opens with `Published` or
 * `Updated` has a verb and nouns (`Updated on 3 occasions since, the guidance …`).
 */
function proseWords(words: readonly string[]): number {
  let count = 0
  for (const word of words) if (dateWordRole(word) === null && word.length > 3) count++
  return count
}

/**
 * Whether a line says only when the article was published or updated.
 */
function isTimestamp(key: string, words: readonly string[], text: string): boolean {
  if (words.length === 0 || words.length > 16) return false
  // `Published 6:42 a.m. …`, `Posted by Jo Vale on March 3, 2020`; not a sentence that opens with the word
  // (`Updated figures show 1,200 cases.`, `Published in the journal on Monday, the study …`).
  if (TIMESTAMP_OPENING.test(key) && /\d/.test(key) && (EARLY_DIGIT.test(key) || !endsLikeSentence(text))) return proseWords(words) < PROSE_WORDS
  // Every word a date word or a number, and at least one month, weekday or
  // clock time: a bare number is a chart value, not a date.
  let anchored = false
  for (const word of words) {
    const role = dateWordRole(word)
    if (role === null) return false
    if (role === 'anchor') anchored = true
  }
  return anchored || /^\d{1,4}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}$/.test(key)
}

/**
 * What a word does in a date-and-time line: `anchor` for a month, weekday,
 * clock time or `ago` (what makes numbers a date), `filler` for the other date
 * words and numbers, null for a word no timestamp holds.
 */
function dateWordRole(word: string): 'anchor' | 'filler' | null {
  // Both number patterns open with a digit: other words skip them.
  const number = isAsciiDigit(word.charCodeAt(0))
  if (MONTHS_AND_DAYS.has(word) || (number && (/^\d{1,2}[:.]\d\d(?:am|pm)?$/.test(word) || isIsoDate(word))) || word === 'ago') return 'anchor'
  return TIMESTAMP_WORDS.has(word) || (number && /^\d[\d:.,/-]*(?:st|nd|rd|th|am|pm|h)?$/.test(word)) ? 'filler' : null
}

/** `2020-01-03`, `2020-01-03t16:07:00z`: the dash after four digits first, which few numbers have. */
function isIsoDate(word: string): boolean {
  return word.length >= 10 && word.charCodeAt(4) === 0x2d && ISO_DATE_TIME.test(word)
}

// An ISO 8601 date, perhaps with its time, as one word, lower case: `2020-01-03`, `2020-01-03t16:07:00z`.
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\d(?:t\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:z|[+-]\d\d:?\d\d)?)?$/

/**
 * Whether a line is a dateline standing alone: `WASHINGTON —`, `LONDON (Reuters) -`.
 */
function isLoneDateline(text: string): boolean {
  // The dash it must end with first: a look at one character rules out nearly every line.
  const last = text.charAt(text.length - 1)
  if (last !== '-' && last !== '—' && last !== '–') return false
  return DATELINE_ALONE.test(text)
}

/**
 * Drop share buttons a scraper glued to the front of a line
 * (`Facebook Twitter Pinterest The caption…`).
 *
 * @param line A trimmed line.
 * @returns The line without its leading share buttons (the line itself when it has none).
 */
export function dropShareRun(line: string): string {
  let rest = line
  for (;;) {
    const space = rest.indexOf(' ')
    if (space < 0 || !mayBeShareWordAtFront(rest, space) || !SHARE_WORDS_AT_FRONT.has(rest.slice(0, space).toLowerCase())) return rest
    rest = rest.slice(space + 1).trimStart()
  }
}

// Share words that can stand at the front of a caption or paragraph without being prose
// (not `share` or `this`, which open sentences).
const SHARE_WORDS_AT_FRONT: ReadonlySet<string> = new Set([...SHARE_NETWORKS, 'print', 'whatsapp', 'pinterest'].filter((word) => word !== 'share'))
const SHARE_WORDS_AT_FRONT_INITIALS = asciiInitials(SHARE_WORDS_AT_FRONT)
const SHARE_WORD_LENGTHS = [...SHARE_WORDS_AT_FRONT].map((word) => word.length)
const SHORTEST_SHARE_WORD = Math.min(...SHARE_WORD_LENGTHS)
const LONGEST_SHARE_WORD = Math.max(...SHARE_WORD_LENGTHS)

/**
 * Whether the first `length` characters of a line can be a share word once
 * lower-cased, judged without lower-casing them: by their length (lower-casing
 * only lengthens a word by adding a combining dot, which no share word has)
 * and their first letter.
 */
function mayBeShareWordAtFront(line: string, length: number): boolean {
  return length >= SHORTEST_SHARE_WORD && length <= LONGEST_SHARE_WORD && mayOpenWithAny(line, SHARE_WORDS_AT_FRONT_INITIALS)
}
