import {NEWS_AGENCIES} from '../lexicon/agencies.js'
import {DATELINE_NON_PLACES} from '../lexicon/datelines.js'
import {OPENS_UPPER_CASE} from '../text/words.js'

/** What a dateline says: where the story was filed and by which agency. */
export interface DatelineParts {
  /** How many code units of the text the dateline takes, its dash included. */
  readonly length: number
  /** The place as written (`WASHINGTON`, `GALVESTON, Texas`), or null for an agency alone. */
  readonly place: string | null
  /** The agency in brackets (`AP`), or null. */
  readonly agency: string | null
}

// The pieces, each a run of one class between separators of another, so no
// pattern can match the same text two ways (no super-linear backtracking).
// A place in capitals, up to five words joined by spaces or slashes: `ADDIS ABABA`, `BEIJING/WASHINGTON`.
const CAPITALS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’&-]+(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’&-]*){0,4}`
// A place in title case, up to four words: `Kuala Lumpur`, `Washington`.
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3}`
// The state or country after a comma: `, Texas`, `, N.C.`, `, Indonesia/JAKARTA`.
const REGION = String.raw`, \p{Lu}[\p{L}.]*(?:[ /]\p{Lu}[\p{L}.]*){0,2}`
// A date some agencies put after the place: `, February 8, 2018`.
const FILED_DATE = String.raw`, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?`
// The agency in brackets: `(AP)`, `(Reuters)`, `(CNN)`.
const AGENCY = String.raw` ?\((\p{Lu}[\p{L}\p{N} .&'’-]{0,30})\)`
// The dash that closes a dateline, then the story: `—`, `–`, `―` (a horizontal bar, as HuffPost sets it), `-` or `--`.
const DASH = String.raw` ?(?:[—–―]|--?)`

// A place in capitals needs an agency or a dash after it; one in title case (which opens many
// sentences) needs a state or country and then an agency or a dash, or an agency.
// A place in capitals may also take an em dash with no space around it (`VATICAN CITY—Six years…`):
// the capital after it opens the story.
const CAPITALS_DATELINE = new RegExp(`^(${CAPITALS_PLACE}(?:${REGION})?)(?:${FILED_DATE})?(?:(?:${AGENCY}(?:${DASH})?|${DASH})(?= )|—(?=\\p{Lu}))`, 'u')
const TITLE_DATELINE = new RegExp(
  `^(${TITLE_PLACE})(?:(${REGION})(?:${FILED_DATE})?(?:${AGENCY}(?:${DASH})?|${DASH})|(?:${FILED_DATE})?${AGENCY}(?:${DASH})?)(?= )`,
  'u'
)
// `ISLAMABAD: The …` (South Asian dailies), `BOSTON, Dec. 4, 2025 /PRNewswire/ -- …` (release wires): a place in
// capitals then a colon, or a date and a wire's name between slashes.
const COLON_DATELINE = new RegExp(`^(${CAPITALS_PLACE}(?:${REGION})?): (?=\\p{Lu})`, 'u')
const WIRE_DATELINE = new RegExp(`^(${CAPITALS_PLACE}(?:${REGION})?)(?:${FILED_DATE})? /(\\p{Lu}[\\p{L}\\p{N}-]{1,30})/(?:${DASH})?(?= )`, 'u')
const AGENCY_DATELINE = new RegExp(`^\\((\\p{Lu}[\\p{L}\\p{N} .&'’-]{0,30})\\)(?:${DASH})?(?= )`, 'u')

/**
 * Read the dateline that opens a paragraph or stands as a line of its own:
 * `WASHINGTON (AP) —`, `LONDON (Reuters) -`, `GALVESTON, Texas —`,
 * `Washington (CNN)`, `(CNN) —`.
 *
 * A place in capitals needs a dash or an agency after it; a place in title
 * case (which opens many sentences) needs a state or country after a comma,
 * or a known agency, as does an agency alone. Labels in capitals (`BREAKING —`) are no place.
 *
 * @param text A paragraph or a line, trimmed.
 * @returns The dateline's parts, or null when the text opens with none.
 */
export function readDateline(text: string): DatelineParts | null {
  // A capital or an opening bracket first: one character rules out most paragraphs.
  const first = text.charCodeAt(0)
  if (first === 0x28) return agencyOnly(text)
  if (!OPENS_UPPER_CASE.test(text.charAt(0))) return null
  const probe = endsWithDash(text) ? `${text} ` : text
  // A place in capitals has a capital second (`WASHINGTON`, `ST. LOUIS`); most paragraphs
  // (`The …`) fail that one character before the pattern reads them.
  const second = text.charCodeAt(1)
  const capitals = (second >= 0x41 && second <= 0x5a) || second > 0x7f ? CAPITALS_DATELINE.exec(probe) : null
  // `DCP (South) Jo Rao said`: a bracket after capitals, with no dash, region or known agency, is an aside.
  const aside = capitals?.[2] !== undefined && capitals[0].endsWith(')') && !(capitals[1] ?? '').includes(',') && !isKnownAgency(capitals[2])
  if (capitals?.[1] !== undefined && !DATELINE_NON_PLACES.has(capitals[1]) && !aside) {
    return {length: Math.min(text.length, capitals[0].length), place: capitals[1], agency: capitals[2] ?? null}
  }
  // A place in title case is followed by its region's comma or its agency's bracket within a few words.
  if (!hasMarkWithin(text, MAX_TITLE_PLACE_LENGTH)) return null
  const title = TITLE_DATELINE.exec(probe)
  const agency = title?.[3] ?? title?.[4]
  // Title case opens sentences (`Senator Jane Doe (D-Ohio) said`): its agency must be a known one.
  if (title?.[1] !== undefined && (agency === undefined ? title[2] !== undefined : isKnownAgency(agency))) {
    return {length: Math.min(text.length, title[0].length), place: title[1] + (title[2] ?? ''), agency: agency ?? null}
  }
  return null
}

/**
 * Read the dateline that opens a body's paragraph the way South Asian
 * dailies and release wires write it: `ISLAMABAD: The …`, `BOSTON, Dec. 4,
 * 2025 /PRNewswire/ -- …`. Apart from {@link readDateline}: a colon after
 * capitals also opens a transcript's line (`RUIZ: We …`), so only the body's
 * opening paragraphs are read this way, for the Article's dateline.
 *
 * @param text A paragraph, trimmed.
 * @returns The dateline's parts, or null.
 */
export function readOpeningDateline(text: string): DatelineParts | null {
  const second = text.charCodeAt(1)
  if (!((second >= 0x41 && second <= 0x5a) || second > 0x7f)) return null
  const wire = WIRE_DATELINE.exec(text)
  if (wire?.[1] !== undefined) return {length: wire[0].length, place: wire[1], agency: wire[2] ?? null}
  const colon = COLON_DATELINE.exec(text)
  // `AP: …`, `BYLINE: …`: an agency or a label before a colon is no place.
  if (colon?.[1] === undefined || DATELINE_NON_PLACES.has(colon[1]) || isKnownAgency(colon[1])) return null
  return {length: colon[1].length + 1, place: colon[1], agency: null}
}

/** `(CNN) —`, `(CNN) The …`: a known agency with no place (a bracket opens asides too). */
function agencyOnly(text: string): DatelineParts | null {
  const match = AGENCY_DATELINE.exec(endsWithDash(text) ? `${text} ` : text)
  return match?.[1] === undefined || !isKnownAgency(match[1]) ? null : {length: Math.min(text.length, match[0].length), place: null, agency: match[1]}
}

/** Whether an agency's name is one the lexicon knows (`AP`, `Reuters`, `CNN`). */
function isKnownAgency(name: string): boolean {
  return NEWS_AGENCIES.has(name.toLowerCase())
}

/** How far into a paragraph the comma or bracket after a place in title case can stand (`Kuala Lumpur, …`). */
const MAX_TITLE_PLACE_LENGTH = 48

/** Whether a comma or an opening bracket stands within the first `limit` characters. */
function hasMarkWithin(text: string, limit: number): boolean {
  const end = Math.min(text.length, limit)
  for (let index = 1; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2c || code === 0x28) return true
  }
  return false
}

/** Whether a line ends with the dash of a dateline standing alone. */
function endsWithDash(text: string): boolean {
  const last = text.charAt(text.length - 1)
  return last === '-' || last === '—' || last === '–' || last === '―'
}
