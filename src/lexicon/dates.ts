/**
 * Month names and their abbreviations (lower case, without a full stop), with
 * the month's number: how a timestamp line writes the month.
 */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3],
  ['apr', 4], ['april', 4], ['may', 5], ['jun', 6], ['june', 6], ['jul', 7], ['july', 7],
  ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9], ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11], ['dec', 12], ['december', 12]
])

/**
 * Words that make a timestamp relative to the moment it was read (`2 hours ago`,
 * `yesterday`): its date cannot be known without a clock, and the parser reads none.
 */
export const RELATIVE_DATE_WORDS: ReadonlySet<string> = new Set(['ago', 'today', 'yesterday', 'tonight', 'now', 'just'])

/**
 * Zone abbreviations with one offset the whole year round, in minutes east of
 * UTC. Only abbreviations that name one zone in English-language news: `IST`
 * (India, Ireland, Israel), `BST` (British Summer Time, Bangladesh), `CST` and
 * `CDT` (US Central, China, Cuba) name several and are left out, so a time
 * written with them keeps no offset; `WET` and `WEST` are left out as words.
 */
export const FIXED_ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['utc', 0], ['gmt', 0],
  ['est', -300], ['edt', -240], ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600],
  ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180],
  ['msk', 180], ['jst', 540], ['kst', 540], ['aest', 600], ['aedt', 660], ['acst', 570], ['awst', 480], ['nzst', 720], ['nzdt', 780]
])

/**
 * US zones written without saying standard or daylight time (`7:41 PM ET`), with
 * their standard offset in minutes east of UTC. The offset on a given date
 * follows the US daylight-saving rule (one hour more from spring to autumn),
 * which the date written beside the time decides: no clock is read.
 */
export const US_GENERIC_ZONES: ReadonlyMap<string, number> = new Map([
  ['et', -300], ['ct', -360], ['mt', -420], ['pt', -480]
])

/** Words of a clock time's half of the day, written with or without full stops. */
export const MERIDIEMS: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['am', 'am'], ['a.m', 'am'], ['a.m.', 'am'], ['pm', 'pm'], ['p.m', 'pm'], ['p.m.', 'pm']
])
