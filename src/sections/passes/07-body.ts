import type {OtherKind, Warning} from '../../schema.js'
import type {Line} from '../../text/scan-lines.js'
import {isOtherOf, PARAGRAPH, type Role, type Roles} from '../roles.js'
import {POINTING_BACK_WORDS, QUESTION_HEADING_WORDS, WIDGET_OPENINGS} from '../../lexicon/boilerplate.js'
import {openingPattern} from '../../text/phrase-pattern.js'
import {asciiInitials, countWords, isAsciiDigit, isAsciiLetterOrDigit, isWordChar, lowerWords, mayOpenWithAny, startsCapitalised} from '../../text/words.js'
import {createWarning} from '../../warnings.js'
import {NEWS_AGENCIES} from '../../lexicon/agencies.js'
import {BYLINE_DESKS} from '../../lexicon/bylines.js'
import {isGivenName} from '../../lexicon/given-names.js'
import {bylineAuthors} from '../byline.js'
import {MAX_FURNITURE_LINES} from './02-title.js'
import {isHeadlineShaped} from '../headline.js'
import {dropShareRun} from '../line-shape.js'
import {findRepeats} from './03-captions.js'

/** A letter anywhere. */
const HAS_LETTER = /\p{L}/u

/** A capital or digit first. */
const OPENS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u

/** A capital or an ASCII digit first. */
const OPENS_CAPITAL_OR_ASCII_DIGIT = /^[\p{Lu}\d]/u

/**
 * A stop, perhaps a closing mark, then a capital: two sentences. Not the stop
 * of an initial (`George R. Brown`, `U.S. Embassy`): one capital alone before it.
 */
const SENTENCE_BREAK = /(?<![\s(.]\p{Lu}|^\p{Lu})[.!?]["”’]?\s+\p{Lu}/u

const WIDGET_OPENING = openingPattern(WIDGET_OPENINGS)
const WIDGET_INITIALS = asciiInitials(WIDGET_OPENINGS)

/** How far (in non-blank lines) a pull quote may stand from the paragraph it repeats. */
const PULL_QUOTE_WINDOW = 12

/** The most words a crosshead may have. */
const MAX_CROSSHEAD_WORDS = 10

/** How many share words glued before a sentence are stripped from the paragraph's text. */
const MIN_GLUED_SHARE_WORDS = 2

/** How long the sentence after glued share words must be for the strip. */
const MIN_GLUED_SENTENCE_WORDS = 4

/** The most lines a poll or form widget runs to. */
const MAX_WIDGET_LINES = 12

/** The most words a line of a widget may have. */
const MAX_WIDGET_LINE_WORDS = 20

/** The most words a line of a chart or table may have. */
const MAX_LABEL_WORDS = 3

/** How many short lines in a row make a chart or table. */
const MIN_LABEL_RUN = 3

/**
 * Within the body: the standfirst under the title, embedded posts, chart
 * labels, crossheads, pull quotes and lines with no words; the rest are paragraphs.
 *
 * @param lines The non-blank lines.
 * @param roles The roles so far, one per line; this pass fills some in.
 * @param warnings Where to add warnings for what the pass guessed.
 */
export function markBody(lines: readonly Line[], roles: Roles, warnings: Warning[]): void {
  markSignedPosts(lines, roles)
  markWidgets(lines, roles)
  markVideoBlocks(lines, roles)
  markBareBylines(lines, roles)
  markLabelRuns(lines, roles)
  markUnstoppedCaptions(lines, roles)
  markEllipsisHeadings(lines, roles)
  markSignature(lines, roles)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (roles[index] !== undefined) continue
    if (!hasWord(line.text)) {
      roles[index] = {part: 'other', kind: 'unknown'}
      warnings.push(
        createWarning('unknown-line', 'Unexpected line with no letter or digit, expected text; kept as `other` of kind `unknown`', line.position)
      )
    } else if (!hasLetter(line.text) && countWords(line.text, MAX_LABEL_WORDS) <= MAX_LABEL_WORDS) {
      // Figures with no words (`8`, `45%`): a counter or a chart value.
      roles[index] = {part: 'other', kind: 'label'}
    } else if (isUpdateStamped(line.text)) {
      roles[index] = {part: 'other', kind: updateStampKind(line.text)}
    } else if (isStandfirst(lines, roles, index)) {
      roles[index] = {part: 'other', kind: 'standfirst'}
    } else if (isEmbeddedPost(line.text)) {
      roles[index] = {part: 'other', kind: 'embed'}
    } else if (isLinkLine(line.text) || isPhoneLine(line.text)) {
      roles[index] = {part: 'other', kind: 'prompt'}
    } else if (isPullQuote(lines, roles, index)) {
      roles[index] = {part: 'other', kind: 'pull-quote'}
    } else if (isOtherOf(roles[index - 1], 'pull-quote') && isPullQuoteSpeaker(line.text)) {
      roles[index] = {part: 'other', kind: 'pull-quote'}
    } else if (isCrosshead(lines, roles, index)) {
      roles[index] = {part: 'other', kind: 'crosshead'}
    } else {
      roles[index] = paragraphRole(line.text)
    }
  }
}

/**
 * A paragraph, without share buttons the scraper glued to its first sentence
 * (`Facebook Twitter Email Print Thousands of homes…`). The paragraph's position
 * still spans the whole line, so the line stays in exactly one part.
 */
function paragraphRole(text: string): Role {
  const rest = dropShareRun(text)
  if (rest === text) return PARAGRAPH
  const dropped = countWords(text.slice(0, text.length - rest.length))
  return dropped >= MIN_GLUED_SHARE_WORDS && countWords(rest, MIN_GLUED_SENTENCE_WORDS) >= MIN_GLUED_SENTENCE_WORDS && startsCapitalised(rest)
    ? {part: 'paragraph', text: rest}
    : PARAGRAPH
}

/**
 * A poll or form widget: its opening line (`take our poll`) and the short lines
 * that follow it in the same block (question, options, form fields, consent
 * text), up to the first line that reads as body text.
 */
function markWidgets(lines: readonly Line[], roles: Roles): void {
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]?.text ?? ''
    if ((roles[index] !== undefined && roles[index]?.part !== 'other') || !mayOpenWithAny(text, WIDGET_INITIALS)) continue
    // Openings are short: lower-casing the whole line would cost its length.
    if (!WIDGET_OPENING.test(text.slice(0, 24).toLowerCase())) continue
    roles[index] = {part: 'other', kind: 'prompt'}
    const end = Math.min(lines.length, index + 1 + MAX_WIDGET_LINES)
    while (index + 1 < end && isWidgetLine(lines, roles, index + 1)) {
      index++
      if (roles[index] === undefined) roles[index] = {part: 'other', kind: 'prompt'}
    }
  }
}

/** Whether a line continues the widget above it: same block, short, no quotation, nothing else claimed it but boilerplate. */
function isWidgetLine(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  const role = roles[index]
  if (!line || (role !== undefined && role.part !== 'other')) return false
  if (line.index !== (lines[index - 1]?.index ?? -2) + 1) return false
  return countWords(line.text, MAX_WIDGET_LINE_WORDS) <= MAX_WIDGET_LINE_WORDS && !/["“”]/.test(line.text)
}

/** How far down the text a byline with no label is looked for: under the title, a standfirst and a kicker. */
const BARE_BYLINE_REACH = 5

/** A sentence's or a clause's last mark, or a quotation's. */
const SENTENCE_OR_CLAUSE_END = /[.!?:;,"“”]$/

/** A play prompt that quotes its clip's title (`Click to play video: 'Title'`). */
const PLAY_PROMPT = /^click to play video: ['‘"“](.+)['’"”]$/i

/** The most words of a byline with no label (`Ollie Brandt and Jenna Pike`). */
const BARE_BYLINE_WORDS = 7

/**
 * A byline with no label (`Ollie Brandt`, `Ollie Brandt - Political Editor`)
 * in the title block: a line of names, no sentence's stop, right above or
 * below the date. Prose never stands there as a name alone.
 */
function markBareBylines(lines: readonly Line[], roles: Roles): void {
  for (let index = 1; index < Math.min(lines.length, BARE_BYLINE_REACH); index++) {
    const text = lines[index]?.text ?? ''
    // Only in the title block: an unclaimed line above is the body's, and the body has begun (but for the
    // line right under the title, a standfirst still to be read).
    if (roles[index - 1] === undefined && roles[index - 2]?.part !== 'title') return
    if (roles[index] !== undefined || SENTENCE_OR_CLAUSE_END.test(text) || countWords(text, BARE_BYLINE_WORDS) > BARE_BYLINE_WORDS) continue
    // `The Canadian Press` alone: an agency of two words or more signs the story (`Reuters` alone is as often a photo's credit).
    if (text.includes(' ') && NEWS_AGENCIES.has(text.toLowerCase())) {
      roles[index] = {part: 'other', kind: 'byline'}
      continue
    }
    if (!isOtherOf(roles[index - 1], 'timestamp') && !isOtherOf(roles[index + 1], 'timestamp')) continue
    // `PTI`, `Our Correspondent` beside the date: an agency or a desk signs the story.
    const lower = text.toLowerCase()
    if (NEWS_AGENCIES.has(lower) || BYLINE_DESKS.has(lower)) {
      roles[index] = {part: 'other', kind: 'byline'}
      continue
    }
    // A person's name, known by its given name (`Harbour Bridge` above the date is a kicker).
    const [first] = bylineAuthors(text)
    if (first?.split(' ').some((word) => isGivenName(capitalisedWord(word)))) roles[index] = {part: 'other', kind: 'byline'}
  }
}

/** The most words of a heading with an ellipsis (`Take It To The Basement...`). */
const MAX_ELLIPSIS_HEADING_WORDS = 8

/** The longest such heading. */
const MAX_ELLIPSIS_HEADING_LENGTH = 80

/** The fewest words of such a heading. */
const MIN_ELLIPSIS_HEADING_WORDS = 3

/** `Via The Ledger…`: the label of a source an excerpt below is taken from. */
const VIA_LABEL = /^via /i

/** The most words of a photo's caption set between a heading and its prose. */
const MAX_HEADING_CAPTION_WORDS = 20

/** An ellipsis, as three stops or one character. */
const ELLIPSIS = /\.\.\.|…/

/**
 * A magazine's section headings in title case with an ellipsis (`Eating &
 * Drinking... Lots`, `Take It To The Basement...`), between body lines, and
 * the photo's caption set under such a heading, above the section's prose: a
 * line in headline shape that no prose under a heading would take.
 */
function markEllipsisHeadings(lines: readonly Line[], roles: Roles): void {
  for (let index = 1; index < lines.length - 1; index++) {
    const text = lines[index]!.text
    // The length first: a heading of eight words is short, and most body lines are not.
    if (text.length > MAX_ELLIPSIS_HEADING_LENGTH || roles[index] !== undefined || !ELLIPSIS.test(text) || !isTitleCaseHeading(text) || VIA_LABEL.test(text)) continue
    const words = countWords(text, MAX_ELLIPSIS_HEADING_WORDS + 1)
    if (words < MIN_ELLIPSIS_HEADING_WORDS || words > MAX_ELLIPSIS_HEADING_WORDS || /[.!?]$/.test(text.replace(/(?:\.\.\.|…)$/, ''))) continue
    let prose = index + 1
    const under = lines[prose]!.text
    const role = roles[prose]
    // The photo under the heading: a caption read already, or a line in headline shape.
    if (role?.part === 'caption' && role.through === prose) prose += 1 + role.duplicates.length
    else if (role === undefined && isHeadlineShaped(under, MAX_HEADING_CAPTION_WORDS) && !OPENS_WITH_QUOTE.test(under)) prose++
    const next = lines[prose]
    if (!next || roles[prose] !== undefined || isHeadlineShaped(next.text) || !endsWithStop(next.text)) continue
    roles[index] = {part: 'other', kind: 'crosshead'}
    if (prose > index + 1 && role === undefined) roles[index + 1] = {part: 'caption', text: under, credit: null, through: index + 1, duplicates: findRepeats(lines, roles, index + 1)}
  }
}

/** A quotation mark first: speech, or a quoted heading, not a caption or a bare heading. */
const OPENS_WITH_QUOTE = /^["“‘']/

/** A speaker under a pull quote: a name of two to four words, a comma, then who they are, with no stop (`Ana Ruiz, harbour master`). */
const PULL_QUOTE_SPEAKER = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}, [^.!?"“”]{2,80}$/u

/** Whether a line names the speaker of the pull quote above it, the name opening with a known given name. */
function isPullQuoteSpeaker(text: string): boolean {
  return text.length <= 100 && PULL_QUOTE_SPEAKER.test(text) && isGivenName(text.slice(0, text.indexOf(' ')))
}

/** A word of a person's name: capitalised, perhaps double-barrelled (`Mai-Duc`), or a middle initial (`R.`). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$|^\p{Lu}\.$/u

/** The longest line read as a name alone. */
const MAX_NAME_LENGTH = 40

/**
 * A person's name alone on a line amid or under the body (`Dana Ruiz`, or
 * `Dana-Ruiz` as a profile link writes it): the writer's signature, or, right
 * under a related link, the linked story's byline; a heading names a topic. Only where the
 * text holds one such line: a profile's sections may each be headed by a name.
 */
function markSignature(lines: readonly Line[], roles: Roles): void {
  let signature = -1
  let signatures = 0
  for (let index = BARE_BYLINE_REACH; index < lines.length; index++) {
    if (roles[index] !== undefined || !isNameAlone(lines[index]!.text)) continue
    // Right under a related link, the name is the linked story's byline: the link's own line.
    const above = roles[index - 1]
    if (above?.part === 'related' && above.through === index - 1 && lines[index - 1]!.index + 1 === lines[index]!.index) {
      roles[index - 1] = {...above, through: index}
      roles[index] = {part: 'covered'}
      continue
    }
    signature = index
    signatures++
  }
  if (signatures === 1) roles[signature] = {part: 'other', kind: 'byline'}
}

/** Whether a line is a person's name alone: two or three name words, the first a known given name. */
function isNameAlone(text: string): boolean {
  // The length and the first letter first: most lines are longer, and the split costs more.
  if (text.length > MAX_NAME_LENGTH || !OPENS_CAPITAL_OR_DIGIT.test(text) || isAsciiDigit(text.charCodeAt(0))) return false
  let words = text.split(' ')
  // `Dana-Ruiz`: a name joined by a hyphen, as a link's address writes it.
  if (words.length === 1) words = text.split('-')
  if (words.length < 2 || words.length > 3 || !words.every((word) => NAME_WORD.test(word))) return false
  return isGivenName(words[0]!)
}

/** A word with only its first letter capitalised (`OLLIE` → `Ollie`), as the given-name lists spell names. */
function capitalisedWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

/** How many lines a video's lead-in may stand above its `Duration` line: the clip's title, its time, a label. */
const VIDEO_HEAD_LINES = 3

/** The most words of a clip's description under its length. */
const CLIP_DESCRIPTION_WORDS = 30

/** A quotation mark of either family. */
const QUOTATION_MARK = /["“”‘’]/

/** A clip's length as its player labels it (`Duration 2:04`). */
const DURATION = /^duration:? \d{1,2}:\d\d$/i

/**
 * A video block in the body: a lead-in the role passes took for media or a
 * prompt (`WATCH | Tenants react:`, `Click to play video: 'Title'`), the
 * clip's title and time, its `Duration` line, and the one line under it, the
 * clip's description; and a clip's title repeated under a play prompt that
 * quotes it. Body prose would not stand between a lead-in and a duration.
 */
function markVideoBlocks(lines: readonly Line[], roles: Roles): void {
  for (let index = 0; index < lines.length; index++) {
    const role = roles[index]
    if (role?.part !== 'other' || (role.kind !== 'media' && role.kind !== 'prompt')) continue
    const text = lines[index]?.text ?? ''
    if (markTitledClip(lines, roles, index)) continue
    // `Click to play video: 'Title'`, then `Title`.
    const quoted = PLAY_PROMPT.exec(text)
    if (quoted && roles[index + 1] === undefined && lines[index + 1]?.text === quoted[1]) roles[index + 1] = {part: 'other', kind: 'media'}
    let duration = -1
    for (let at = index + 1; at <= index + VIDEO_HEAD_LINES + 1 && at < lines.length; at++) {
      if (DURATION.test(lines[at]?.text ?? '')) duration = at
    }
    if (duration < 0) continue
    for (let at = index + 1; at < duration; at++) if (roles[at] === undefined) roles[at] = {part: 'other', kind: 'media'}
    // The clip's description under its length: short, with no quotation (a paragraph of the body would be either).
    const description = lines[duration + 1]?.text ?? ''
    if (roles[duration + 1] === undefined && description !== '' && countWords(description, CLIP_DESCRIPTION_WORDS) <= CLIP_DESCRIPTION_WORDS && !QUOTATION_MARK.test(description)) {
      roles[duration + 1] = {part: 'other', kind: 'media'}
    }
    index = duration
  }
}

/** A clip's length alone: minutes and seconds. */
const CLIP_LENGTH = /^\d{1,2}:\d\d$/

/** A clip's description line as the player writes it: its date first, or its link to the site's videos last. */
const CLIP_DESCRIPTION = /^Publish Date |\bVideo »$/

/**
 * A clip's title printed on both sides of its `Video` label (`Title`, `Video`,
 * `Title`), with its length above and the player's description line under it
 * (`Publish Date … Watch in Times Video »`): the whole block is the player's.
 *
 * @returns Whether the block was marked.
 */
function markTitledClip(lines: readonly Line[], roles: Roles, index: number): boolean {
  const above = lines[index - 1]
  const below = lines[index + 1]
  if (!above || !below || above.text !== below.text || roles[index - 1] !== undefined || roles[index + 1] !== undefined) return false
  if (!isHeadlineShaped(above.text) || lines[index]!.text.toLowerCase() !== 'video') return false
  roles[index - 1] = {part: 'other', kind: 'media'}
  roles[index + 1] = {part: 'other', kind: 'media'}
  // The clip's length over its title (`2:14`), which alone reads as a time of day.
  if (isOtherOf(roles[index - 2], 'timestamp') && CLIP_LENGTH.test(lines[index - 2]!.text)) roles[index - 2] = {part: 'other', kind: 'media'}
  const description = lines[index + 2]
  if (description && roles[index + 2] === undefined && CLIP_DESCRIPTION.test(description.text)) roles[index + 2] = {part: 'other', kind: 'media'}
  return true
}

/** Runs of very short lines with no sentence in them: the labels and values of a chart or table. */
function markLabelRuns(lines: readonly Line[], roles: Roles): void {
  let start = 0
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]
    // The end before the count: most lines end like a sentence, and the regex reads less than the count;
    // a full stop last, the commonest end, is read by its code, which spares the regex's call.
    const short =
      line !== undefined &&
      roles[index] === undefined &&
      line.text.charCodeAt(line.text.length - 1) !== 0x2e &&
      !/[.!?]["”’]?$/.test(line.text) &&
      countWords(line.text, MAX_LABEL_WORDS) <= MAX_LABEL_WORDS
    if (short) continue
    if (index - start >= MIN_LABEL_RUN) {
      for (let member = start; member < index; member++) roles[member] = {part: 'other', kind: 'label'}
    }
    start = index + 1
  }
  markLabelsBetweenLabels(lines, roles)
}

/** The fewest words of a photo caption written as a sentence without a stop (`Jo Reed, pictured with her son, in 2010`). */
const MIN_UNSTOPPED_CAPTION_WORDS = 8

/** The most words of such a caption: a tabloid's run to three sentences. */
const MAX_UNSTOPPED_CAPTION_WORDS = 90

/** How many unstopped sentences make a page that sets its captions so. */
const MIN_UNSTOPPED_CAPTIONS = 3

/** How many stopped body lines the page has at least for each unstopped one: its prose ends like prose. */
const STOPPED_PER_UNSTOPPED = 2

/** A word in lower case after a space: a sentence, not a headline in title case. */
const LOWER_CASE_WORD = /\s\p{Ll}/u

/** A link or a handle: a promotion's line, not a photo's. */
const LINK_MARK = /https?:|www\.|@/

/**
 * Captions a tabloid sets between the paragraphs as sentences with no stop
 * (`The actor, pictured left, arrives at the premiere on Friday`): on a page
 * whose paragraphs end like prose, three such lines or more are its captions.
 * A run of them under a line ending with a colon is a list (`Key points:`) up to
 * the next stop, a numbered line heads a listicle's section, and a page where they are as common as stopped lines lost its stops to the scraper.
 */
function markUnstoppedCaptions(lines: readonly Line[], roles: Roles): void {
  const captions: number[] = []
  let inList = false
  for (let index = 0; index < lines.length; index++) {
    if (roles[index] !== undefined) {
      inList = false
      continue
    }
    const text = lines[index]!.text
    if (text.charCodeAt(text.length - 1) === 0x3a) inList = true
    // A stop ends a list.
    else if (endsWithStop(text)) inList = false
    else if (!inList && isUnstoppedSentence(text)) captions.push(index)
  }
  // Most pages have none: the stopped prose they are told from is counted only when there are enough.
  if (captions.length < MIN_UNSTOPPED_CAPTIONS || stoppedLines(lines, roles, captions.length * STOPPED_PER_UNSTOPPED) < captions.length * STOPPED_PER_UNSTOPPED) return
  for (const index of captions) {
    if (roles[index] !== undefined) continue
    roles[index] = {part: 'caption', text: lines[index]!.text, credit: null, through: index, duplicates: findRepeats(lines, roles, index)}
  }
}

/** How many unclaimed lines of {@link MIN_UNSTOPPED_CAPTION_WORDS} words or more end with a stop, counting up to `enough`. */
function stoppedLines(lines: readonly Line[], roles: Roles, enough: number): number {
  let stopped = 0
  for (let index = 0; index < lines.length && stopped < enough; index++) {
    const text = lines[index]!.text
    if (roles[index] === undefined && endsWithStop(text) && countWords(text, MIN_UNSTOPPED_CAPTION_WORDS) >= MIN_UNSTOPPED_CAPTION_WORDS) stopped++
  }
  return stopped
}

/** Whether a line is a sentence of eight words or more that ends with a letter or digit, no mark: no stop, no comma, no quotation. */
function isUnstoppedSentence(text: string): boolean {
  // The last character first: nearly every body line ends with a mark, and one code rules it out.
  const last = text.charCodeAt(text.length - 1)
  if (!isAsciiLetterOrDigit(last) && (last < 0x80 || !HAS_LETTER.test(text.charAt(text.length - 1)))) return false
  // A numbered line (`3) The plan …`) heads a listicle's section.
  if (isAsciiDigit(text.charCodeAt(0)) && LIST_NUMBER.test(text)) return false
  if (!startsCapitalised(text) || !LOWER_CASE_WORD.test(text) || LINK_MARK.test(text)) return false
  const words = countWords(text, MAX_UNSTOPPED_CAPTION_WORDS)
  return words >= MIN_UNSTOPPED_CAPTION_WORDS && words <= MAX_UNSTOPPED_CAPTION_WORDS
}

/** The most words of a chart's title or axis label standing between its labels. */
const MAX_INNER_LABEL_WORDS = 8

/**
 * A chart's title, legend or unit (`Second round: margin of victory`, `30 pct. pts.`)
 * between two of its labels: longer than a label, but no sentence.
 */
function markLabelsBetweenLabels(lines: readonly Line[], roles: Roles): void {
  for (let index = 0; index + 1 < lines.length; index++) {
    if (roles[index] !== undefined || !isLabelLine(lines, roles, index + 1)) continue
    // The body's first line may open a chart (its title), when two labels follow it.
    const opensBody = index === 0 || roles[index - 1]?.part === 'title'
    if (opensBody ? !isLabelLine(lines, roles, index + 2) : !isLabelLine(lines, roles, index - 1)) continue
    const text = lines[index]!.text
    if (/[!?]["”’]?$/.test(text) || SENTENCE_BREAK.test(text) || countWords(text, MAX_INNER_LABEL_WORDS) > MAX_INNER_LABEL_WORDS) continue
    roles[index] = {part: 'other', kind: 'label'}
  }
}

/** A label, or a figure standing alone (`10`, `45%`), which the body pass makes a label. */
function isLabelLine(lines: readonly Line[], roles: Roles, index: number): boolean {
  const role = roles[index]
  if (role !== undefined) return role.part === 'other' && role.kind === 'label'
  const text = lines[index]?.text ?? ''
  // A figure opens with a digit (or a sign before one): look at that before reading the line.
  const first = text.charCodeAt(0)
  if (!isAsciiDigit(first) && first !== 0x24 && first !== 0x2d && first !== 0x2b) return false
  return !hasLetter(text) && countWords(text, MAX_LABEL_WORDS) <= MAX_LABEL_WORDS
}

/**
 * The standfirst: the line under the title that sums the story up, a
 * sentence without a final full stop (or with one, when the byline or the
 * date comes right after it); only share buttons, a timestamp or another
 * widget line may stand between (`Social Sharing`). The title may stand
 * under the page's furniture.
 */
function isStandfirst(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  // The title stands at most three lines of furniture down: a bound first, so body lines are not walked.
  if (index > STANDFIRST_REACH + MAX_FURNITURE_LINES) return false
  const title = roles.findIndex((role, at) => at >= index || role?.part === 'title')
  if (!line || title < 0 || title >= index || roles[title]?.part !== 'title' || index - title > STANDFIRST_REACH) return false
  for (let above = title + 1; above < index; above++) {
    const role = roles[above]
    if (role?.part !== 'other' || !ABOVE_STANDFIRST.has(role.kind)) return false
  }
  // A line that opens with a quotation mark is speech, not the desk's summary.
  if (OPENS_WITH_QUOTE.test(line.text)) return false
  const words = countWords(line.text, 40)
  if (words < 6 || words > 40 || line.text.endsWith(':')) return false
  // A sentence's stop is the body's, unless the byline or the date comes after it: the line between them and the title is the desk's summary.
  return !/[.?!]["”’]?$/.test(line.text) || isOtherOf(roles[index + 1], 'byline', 'timestamp')
}

/** How many lines under the title the standfirst may stand. */
const STANDFIRST_REACH = 3

/** Kinds of line that may stand between the title and the standfirst. */
const ABOVE_STANDFIRST: ReadonlySet<OtherKind> = new Set<OtherKind>(['share', 'timestamp', 'advertisement', 'media', 'article-age'])

/**
 * An embedded social post on one line: `… — Name (@handle) October 16, 2019`
 * (perhaps with the post's `Report` link after it), a post with its picture
 * link (`… pic.twitter.com/…`), a post led by its author (`Name (@handle) … https://t.co/…`),
 * or `A post shared by Name (@handle) on …`.
 */
function isEmbeddedPost(text: string): boolean {
  // Every shape is known by the line's end (a year, `Report`, a link's code) or its first words:
  // look at those before searching the line, which most lines are not worth. Prose ends in a mark.
  const end = text.charCodeAt(text.length - 1)
  if (!isAsciiLetterOrDigit(end)) return false
  const tail = text.slice(-PICTURE_LINK_TAIL)
  if (tail.includes('pic.twitter.com/')) return true
  const last = text.charCodeAt(text.length - 1)
  if ((isAsciiDigit(last) || text.endsWith(' Report')) && text.includes('(@') && POST_SIGNATURE.test(text)) return true
  if ((text.charCodeAt(0) | 0x20) === 0x61 && /^a post shared by /i.test(text)) return true
  // Led by its author, a post still ends with its link (an author's bio line, `Name (@handle) is …`, does not).
  return tail.includes('t.co/') && /^[^()@]{1,60} \(@\w{1,30}\) \S/.test(text) && /https?:\/\/t\.co\/\w+$/.test(text)
}

/** How far from a line's end a post's picture link (`pic.twitter.com/` and its code) starts. */
const PICTURE_LINK_TAIL = 32

const POST_SIGNATURE = /[—–-] [^—–]{1,80}\(@\w{1,30}\) \p{L}{3,9}\.? \d{1,2}, \d{4}(?: Report)?$/u

const POST_LEAD_IN = /:$|\b(?:tweeted|tweet|posted|in a post|on twitter|on instagram|on facebook|wrote)\b/i

/** The longest post a platform allows: how much text above a signature can be the post. */
const MAX_POST_LENGTH = 280

/**
 * A post's signature on a line of its own (`— Name (@handle) October 16, 2019`)
 * and the post's text above it: the lines of its block up to 280 characters and
 * up to a line that introduces the post, or, when the signature stands alone,
 * the one-line block above it.
 */
function markSignedPosts(lines: readonly Line[], roles: Roles): void {
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text
    const dash = text.charCodeAt(0)
    // The dash it opens with first: one character rules out nearly every line.
    if ((dash !== 0x2014 && dash !== 0x2013 && dash !== 0x2d) || roles[index] !== undefined || !text.includes('(@') || !POST_SIGNATURE.test(text)) continue
    roles[index] = {part: 'other', kind: 'embed'}
    let length = 0
    let above = index - 1
    if (above > 0 && roles[above] === undefined && lines[above]!.index + 1 < lines[index]!.index) {
      // The signature stands alone: the post is the block above when that block is one short line.
      const post = lines[above]!
      const before = lines[above - 1]
      if (post.text.length <= MAX_POST_LENGTH && (before === undefined || before.index + 1 < post.index)) roles[above] = {part: 'other', kind: 'embed'}
      continue
    }
    while (above > 0 && roles[above] === undefined && lines[above]!.index + 1 === lines[above + 1]!.index) {
      length += lines[above]!.text.length
      // The line that introduces the post (`She announced it in a post:`) is the body's.
      if (length > MAX_POST_LENGTH || POST_LEAD_IN.test(lines[above]!.text)) break
      roles[above] = {part: 'other', kind: 'embed'}
      above--
    }
  }
}

/** Whether a line has a letter; most open with an ASCII one, which spares the search. */
function hasLetter(text: string): boolean {
  const initial = text.charCodeAt(0) | 0x20
  return (initial >= 0x61 && initial <= 0x7a) || HAS_LETTER.test(text)
}

/** Whether a line has a letter or a digit at all. */
function hasWord(text: string): boolean {
  for (const char of text) if (isWordChar(char)) return true
  return false
}

/**
 * A crosshead is a short headline-shaped line between body paragraphs: the
 * next line is body prose.
 */
function isCrosshead(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  if (!line || index === 0) return false
  // `- Chad talks -`, `— The vote —`: a crosshead set between dashes.
  const opening = line.text.charCodeAt(0)
  const dashed = opening === 0x2d || opening === 0x2013 || opening === 0x2014 ? DASHED_CROSSHEAD.exec(line.text) : null
  if (dashed?.[1]) return isHeadlineShaped(dashed[1]) && countWords(dashed[1], MAX_CROSSHEAD_WORDS) <= MAX_CROSSHEAD_WORDS
  // `Market Outlook:`: a crosshead labelled with capitalised words and a colon.
  if (line.text.endsWith(':')) return isLabelCrosshead(line.text) && isProseNext(lines, roles, index)
  // Headline-shaped first: it rules out prose by its last characters, before any word is counted.
  if (!isHeadlineShaped(line.text)) return false
  const limit = isAsciiDigit(opening) && isNumberedInSequence(lines, index) ? MAX_NUMBERED_CROSSHEAD_WORDS : MAX_CROSSHEAD_WORDS
  if (countWords(line.text, limit) > limit) return false
  // A quoted crosshead is the quote and nothing else (`'Right decision'`); a line
  // that opens with a quote and goes on is speech.
  if (OPENS_WITH_QUOTE.test(line.text) && !/^["“‘'][^"“”‘’']+["”’']$/.test(line.text)) return false
  if (/!["”’]?$/.test(line.text)) return false
  // A closing quotation mark with no opening one: the line ends a quotation begun above (`Is this settled?"`).
  if (CLOSING_QUOTE_END.test(line.text) && !OPENING_DOUBLE_QUOTE.test(line.text.slice(0, -1))) return false
  // A question is a subheading when it asks like one (`What happens next?`), not in
  // the flow of an argument (`So why has he not conceded?`, `Is this not a scandal?`), nor when someone asks it (`Ana Ruiz asked: “Who paid?”`).
  if (QUESTION_END.test(line.text)) {
    const words = lowerWords(line.text)
    if (!QUESTION_HEADING_WORDS.has(words[0] ?? '') || POINTING_BACK_WORDS.has(words[1] ?? '')) return false
  }
  return isProseNext(lines, roles, index)
}

/** A link or an e-mail address as a whole word, with no stop after it (a sentence that ends on an address has one). */
const LINK_WORD = /^(?:https?:\/\/|www\.)\S*[\w/]$|^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/i

/** The most words of a label before the link it points to (`Read more great stories here:`). */
const MAX_LINK_LABEL_WORDS = 25

/**
 * A line that is a link or an e-mail address, alone or after a label that
 * points to it (`Full report: https://…`, `Ask for a sample @ http://…`): the
 * page sends the reader elsewhere, as a contact's number does. Prose that names an address either goes on
 * after it or ends with a stop.
 */
function isLinkLine(text: string): boolean {
  // A letter, a digit or a slash last, and a link's mark in the last word: most lines end with a stop.
  const end = text.charCodeAt(text.length - 1)
  if (!isAsciiLetterOrDigit(end) && end !== 0x2f) return false
  const space = text.lastIndexOf(' ')
  const last = text.slice(space + 1)
  if (!last.includes('@') && !last.includes('/') && !last.startsWith('www.')) return false
  if (!LINK_WORD.test(last)) return false
  if (space < 0) return true
  const label = text.slice(0, space).trimEnd()
  const mark = label.charCodeAt(label.length - 1)
  return (mark === 0x3a || mark === 0x40) && countWords(label, MAX_LINK_LABEL_WORDS) <= MAX_LINK_LABEL_WORDS
}

/** A telephone number after its label, alone on a line (`Tel: +1-555-0100`, `Phone: 0100 555 0199`). */
const PHONE_LINE = /^(?:phone|tel|telephone|fax|mobile)\.?:? ?\+?[\d(][\d ().-]{5,20}\d$/i

/** Whether a line is a contact's telephone number: a digit last and the label's letter first before its pattern. */
function isPhoneLine(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20
  return isAsciiDigit(text.charCodeAt(text.length - 1)) && (first === 0x70 || first === 0x74 || first === 0x66 || first === 0x6d) && PHONE_LINE.test(text)
}

/** A double closing quotation mark last. */
const CLOSING_QUOTE_END = /["”]$/

/** A double quotation mark that may open a quotation. */
const OPENING_DOUBLE_QUOTE = /["“]/

/**
 * A live page's update stamp at the head of a line, perhaps in brackets:
 * `Update at 9:05 a.m. ET.`, `Updated, 4 p.m.:`, `(Most recent update: 10 a.m. ET.)`.
 */
const UPDATE_STAMP = /^\(?(?:update|updated|most recent update)(?: at)?[,:]? \d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?(?: (?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC))?[.:]?\)?(?: |$)/i

/** The most words of the heading after an update stamp. */
const MAX_STAMPED_HEADING_WORDS = 14

/** Whether a line opens with an update stamp and is the stamp alone or a heading in title case after it. */
function isUpdateStamped(text: string): boolean {
  // `U`, `u` or `(` first: nearly every line opens otherwise, and one code rules it out.
  const first = text.charCodeAt(0) | 0x20
  if (first !== 0x75 && text.charCodeAt(0) !== 0x28) return false
  const stamp = UPDATE_STAMP.exec(text)
  if (!stamp) return false
  const rest = text.slice(stamp[0].length)
  return rest === '' || isTitleCaseHeading(rest)
}

/** What an update-stamped line is: the stamp alone times the page; with a heading after it, it heads the update. */
function updateStampKind(text: string): OtherKind {
  return UPDATE_STAMP.exec(text)?.[0].length === text.length ? 'timestamp' : 'crosshead'
}

/**
 * A heading in title case (`Where Was Most Of The Growth?`, `"Good News," Boehner Says:`):
 * at most fourteen words, every word of four letters or more capitalised. Prose after
 * a stamp (`Folks, it's official:`) has words in lower case.
 */
function isTitleCaseHeading(text: string): boolean {
  if (!startsCapitalised(text) || countWords(text, MAX_STAMPED_HEADING_WORDS) > MAX_STAMPED_HEADING_WORDS) return false
  for (const word of text.split(' ')) {
    const bare = word.replace(LEADING_MARKS, '')
    if (bare.length >= 4 && OPENS_LOWER_CASE.test(bare)) return false
  }
  return true
}

/** Quotation marks and brackets before a word. */
const LEADING_MARKS = /^["“‘'(]+/

/** A lower-case letter first. */
const OPENS_LOWER_CASE = /^\p{Ll}/u

/** A line that ends with a question, or a quoted one (a whole quoted line was read above). */
const QUESTION_END = /\?["”’']?$/

/**
 * The most words of a numbered crosshead (`3) The plan leaves out the harbour
 * — and the council knows it`): a listicle's headings are sentences.
 */
const MAX_NUMBERED_CROSSHEAD_WORDS = 20

/** A list number opening a line: `3)`, `3.`, then a space. */
const LIST_NUMBER = /^(\d{1,2})([.)]) \S/

/**
 * How far (in non-blank lines) the neighbouring number of a numbered heading
 * is looked for: a bound, so a text of numbered lines costs linear time.
 */
const NUMBERED_SECTION_WINDOW = 60

/**
 * Whether a line opens with a list number and a line near it opens with the
 * number before or after it, in the same style (`2)` and `3)`): the article
 * numbers its sections, and the line heads one.
 */
function isNumberedInSequence(lines: readonly Line[], index: number): boolean {
  const numbered = LIST_NUMBER.exec(lines[index]!.text)
  if (!numbered) return false
  const number = Number(numbered[1])
  const before = `${number - 1}${numbered[2]} `
  const after = `${number + 1}${numbered[2]} `
  const to = Math.min(lines.length, index + NUMBERED_SECTION_WINDOW + 1)
  for (let other = Math.max(0, index - NUMBERED_SECTION_WINDOW); other < to; other++) {
    const text = lines[other]!.text
    if (other !== index && (text.startsWith(before) || text.startsWith(after))) return true
  }
  return false
}

/**
 * Whether the line after a crosshead is body prose: unclaimed and no headline.
 * A photo's caption may stand between (a tabloid's or an explainer's heading, its
 * photo, then the section's first paragraph), or a byline (a box signed by a correspondent).
 */
function isProseNext(lines: readonly Line[], roles: Roles, index: number): boolean {
  let after = index + 1
  const role = roles[after]
  if (role?.part === 'caption' && role.through === after) after += 1 + role.duplicates.length
  // Amid the body (a paragraph above the heading), one line may stand between a heading and its prose: an
  // analysis box's correspondent's byline, or the section's video player (`JUST WATCHED …`).
  else if (isOtherOf(role, 'byline', 'media') && roles[index - 1]?.part === 'paragraph') after++
  const next = lines[after]
  return next !== undefined && roles[after] === undefined && !isHeadlineShaped(next.text)
}

const DASHED_CROSSHEAD = /^[-–—]{1,2} ?(\S[^-–—]{0,80}\S) ?[-–—]{1,2}$/

/** The most words of a crosshead labelled with a colon. */
const MAX_LABEL_CROSSHEAD_WORDS = 5

/**
 * `Outlook:`, `Company Share Analysis:`: every word capitalised (`&` and `of`
 * aside), at most five; not a lead-in to a quote (`He added:`), which has a
 * word in lower case.
 */
function isLabelCrosshead(text: string): boolean {
  const words = text.slice(0, -1).split(' ')
  if (words.length > MAX_LABEL_CROSSHEAD_WORDS) return false
  return words.every((word) => OPENS_CAPITAL_OR_DIGIT.test(word) || word === '&' || word === 'of' || word === 'and' || word === 'the')
}

/**
 * A pull quote repeats words of a nearby paragraph, set apart as a line of its own:
 * the opening of a sentence, often with the speaker's name glued to its end
 * (`It is time we were heard Jane Roe`); a run of eight words or more from the
 * middle of a paragraph, with the speaker after it; or the first or last
 * sentence of a longer paragraph (one that ends like prose), repeated word for word.
 */
function isPullQuote(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]
  if (!line || line.text.length < 40 || line.text.length > 400) return false
  if (endsWithStop(line.text)) return line.text.length <= MAX_REPEATED_SENTENCE_LENGTH && repeatsSentence(lines, roles, index)
  const probe = line.text.replace(/^["“‘']/, '').slice(0, 40)
  const from = Math.max(0, index - PULL_QUOTE_WINDOW)
  const to = Math.min(lines.length, index + PULL_QUOTE_WINDOW + 1)
  for (let other = from; other < to; other++) {
    const text = bodyText(lines, roles, index, other)
    if (text && text.length > line.text.length && text.includes(probe)) return true
  }
  return sharesWordRun(lines, roles, index)
}

/** The text of a line that can hold what a pull quote repeats: another line, unclaimed or a paragraph. */
function bodyText(lines: readonly Line[], roles: Roles, index: number, other: number): string | undefined {
  const role = roles[other]
  if (other === index || (role !== undefined && role.part !== 'paragraph')) return undefined
  return lines[other]?.text
}

/** The longest sentence repeated as a pull quote: the corpus's run to 120 characters; body paragraphs are mostly longer. */
const MAX_REPEATED_SENTENCE_LENGTH = 240

/** The fewest words of a sentence repeated as a pull quote. */
const MIN_REPEATED_SENTENCE_WORDS = 8

/**
 * How far a sentence repeated as a pull quote stands from its paragraph: next to
 * it in every case of the corpus (2 allows one line between, an advertisement); a
 * narrow window keeps the test cheap on the many lines that end like a sentence.
 */
const REPEATED_SENTENCE_WINDOW = 2

/**
 * Whether a line ending like a sentence is, but for the case of its first
 * letter, the first or the last sentence of a longer prose paragraph nearby.
 * Only the two ends are compared: a look at a few characters for most lines,
 * where a search through every neighbour would cost the stage several times over.
 */
function repeatsSentence(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]!.text
  const length = line.length
  const from = Math.max(0, index - REPEATED_SENTENCE_WINDOW)
  const to = Math.min(lines.length, index + REPEATED_SENTENCE_WINDOW + 1)
  for (let other = from; other < to; other++) {
    const text = bodyText(lines, roles, index, other)
    if (!text || text.length <= length) continue
    // Two characters by their codes before the strings: most neighbours differ there.
    const first = text.charCodeAt(1) === line.charCodeAt(1) && text.charCodeAt(length - 1) === line.charCodeAt(length - 1) && isRepeatAt(text, line, 0)
    const last = !first && text.charCodeAt(text.length - 2) === line.charCodeAt(length - 2) && isRepeatAt(text, line, text.length - length)
    if (!first && !last) continue
    // A longer line that does not end like a sentence is a caption that repeats this paragraph
    // with the photo's description after it: this line is the paragraph.
    if (!/[.!?…]["”’)]*$/.test(text)) return false
    return countWords(line, MIN_REPEATED_SENTENCE_WORDS) >= MIN_REPEATED_SENTENCE_WORDS
  }
  return false
}

/**
 * Whether `line` stands in `text` at `at`, but for the case of its first letter (a
 * sentence from the middle of a paragraph may open in lower case there), as a
 * whole sentence: white space or the text's edge after it.
 */
function isRepeatAt(text: string, line: string, at: number): boolean {
  const after = at + line.length
  if (after < text.length && !/\s/.test(text.charAt(after))) return false
  if (text.charAt(at).toLowerCase() !== line.charAt(0).toLowerCase()) return false
  return text.startsWith(line.slice(1), at + 1)
}

/** Whether a line ends with a full stop, question or exclamation mark, perhaps before a closing quotation mark; read by codes. */
function endsWithStop(text: string): boolean {
  let code = text.charCodeAt(text.length - 1)
  if (code === 0x22 || code === 0x201d || code === 0x2019) code = text.charCodeAt(text.length - 2)
  return code === 0x2e || code === 0x21 || code === 0x3f
}

/** How many words in a row a pull quote shares with its paragraph. */
const PULL_QUOTE_RUN = 8

/** How far a pull quote from the middle of a paragraph may stand from it: a page's length. */
const PULL_QUOTE_RUN_WINDOW = 30

/** The most words of the speaker (and year) glued after a pull quote: `Jane Roe`, `Ana de la Cruz, 2002`. */
const MAX_SPEAKER_WORDS = 5

/**
 * Whether a line is a run of eight words or more from another body line nearby,
 * then a speaker glued to its end: capitalised words and perhaps a year.
 */
function sharesWordRun(lines: readonly Line[], roles: Roles, index: number): boolean {
  const line = lines[index]!.text
  // The ends first: the line ends with a letter or digit (no mark after the speaker), and its
  // last word opens with a capital or a digit (a name, a year); most lines fail one or the other.
  if (!isAsciiLetterOrDigit(line.charCodeAt(line.length - 1)) && line.charCodeAt(line.length - 1) < 0x80) return false
  const last = line.charCodeAt(line.lastIndexOf(' ') + 1)
  if (!((last >= 0x41 && last <= 0x5a) || isAsciiDigit(last) || last > 0x7f)) return false
  const written = line.match(WORD) ?? []
  if (written.length < PULL_QUOTE_RUN + 1) return false
  // The speaker: capitalised words (or a year) at the end, at most five.
  let speaker = 0
  while (speaker < MAX_SPEAKER_WORDS && speaker < written.length && OPENS_CAPITAL_OR_ASCII_DIGIT.test(written[written.length - 1 - speaker] ?? '')) speaker++
  if (speaker === 0 || speaker === MAX_SPEAKER_WORDS) return false
  const words = written.map((word) => word.toLowerCase())
  // The run must end where the speaker starts.
  const end = words.length - speaker
  if (end < PULL_QUOTE_RUN) return false
  const run = ` ${words.slice(end - PULL_QUOTE_RUN, end).join(' ')} `
  // The run's two longest words as written (its first aside, which may change case), searched
  // for first: most neighbours lack one, and finding them costs less than reading their words.
  let anchor = ''
  let second = ''
  for (let at = end - PULL_QUOTE_RUN + 1; at < end; at++) {
    const word = written[at] ?? ''
    if (word.length > anchor.length) [anchor, second] = [word, anchor]
    else if (word.length > second.length) second = word
  }
  const from = Math.max(0, index - PULL_QUOTE_RUN_WINDOW)
  const to = Math.min(lines.length, index + PULL_QUOTE_RUN_WINDOW + 1)
  for (let other = from; other < to; other++) {
    const text = bodyText(lines, roles, index, other)
    if (!text || text.length < lines[index]!.text.length * 0.5 || !text.includes(anchor) || !text.includes(second)) continue
    if (` ${plainWords(text).join(' ')} `.includes(run)) return true
  }
  return false
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu

/** The words of a text in lower case, without punctuation or quotation marks. */
function plainWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}
