import {FIXED_ZONE_OFFSETS, MERIDIEMS, MONTH_NUMBERS, RELATIVE_DATE_WORDS, US_GENERIC_ZONES} from '../lexicon/dates.js'

/** What a timestamp line says, field by field, as the walk over its words finds it. */
interface DateParts {
  year: number | null
  month: number | null
  day: number | null
  hour: number | null
  minute: number | null
  second: number | null
  /** Minutes east of UTC, once a zone with a known offset is written after a time. */
  offset: number | null
  /** A US zone written without standard or daylight (`ET`): its standard offset, the date decides. */
  usStandard: number | null
  meridiem: 'am' | 'pm' | null
  relative: boolean
}

// `2020-01-03`, `2020-01-03T16:07`, `2020-01-03T16:07:00.000Z`, `2020-01-03T16:07:00+01:00` (lower case).
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:t(\d\d):(\d\d)(?::(\d\d))?(?:\.\d{1,9})?(z|[+-]\d\d:?\d\d)?)?$/
// `03/01/2020`, `2020/01/03`, `3.1.2020`: numbers only, read when the order is certain.
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/
// `7:41`, `16:07:30`, `7.41pm`, `4pm`, `7:41p.m.`.
const CLOCK = /^(\d{1,2})(?:[:.](\d\d)(?::(\d\d))?)?(am|pm|a\.m\.?|p\.m\.?)?$/
// `+0100`, `gmt+1`, `utc-05:30`: an offset written as a number after a time.
const NUMERIC_OFFSET = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d\d))?$/
// A day of the month, perhaps with its ordinal ending: `3`, `03`, `3rd`.
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/

/**
 * The date a timestamp line gives, in ISO 8601 at the precision written:
 * `2020-01` for a month, `2020-01-05` for a day, and the time with its offset
 * (`2020-01-05T19:41-05:00`, `2020-01-03T16:07Z`) only when a zone with a known
 * offset is written, since a time without its zone names no instant.
 *
 * Null when the line is relative (`2 hours ago`, `yesterday`), gives no year,
 * or is unreadable (`31 February`, `03/01/2020`, where day and month could
 * swap). No clock is read: what is not written is not guessed.
 *
 * @param text A timestamp line as written.
 * @returns The ISO date, or null.
 */
export function readPublishedDate(text: string): string | null {
  const parts: DateParts = {year: null, month: null, day: null, hour: null, minute: null, second: null, offset: null, usStandard: null, meridiem: null, relative: false}
  for (const raw of text.toLowerCase().split(/[\s,|]+/)) {
    const word = trimWord(raw)
    if (word !== '' && !readWord(word, parts)) break
  }
  return isoOf(parts)
}

// Brackets, quotation marks and a label's colon around a word (`(GMT)`, `Updated:`).
const AROUND_WORD = new Set([...'()[]"\':;'])

/** A word without the brackets, quotation marks and colons around it; a loop, not a regex, so no end is rescanned. */
function trimWord(raw: string): string {
  let start = 0
  let end = raw.length
  while (start < end && AROUND_WORD.has(raw.charAt(start))) start++
  while (end > start && AROUND_WORD.has(raw.charAt(end - 1))) end--
  return raw.slice(start, end)
}

/**
 * Read one word into the parts; false when the word starts a second date
 * (a month after a full date: `Published Jan 5, 2020 Updated Jan 6, 2020`).
 */
function readWord(word: string, parts: DateParts): boolean {
  const first = word.charCodeAt(0)
  if (first >= 0x30 && first <= 0x39) return readNumber(word, parts)
  const month = MONTH_NUMBERS.get(word.endsWith('.') ? word.slice(0, -1) : word)
  if (month !== undefined) {
    if (parts.month !== null && parts.day !== null) return false
    parts.month ??= month
    return true
  }
  if (RELATIVE_DATE_WORDS.has(word)) parts.relative = true
  const meridiem = MERIDIEMS.get(word)
  if (meridiem !== undefined) {
    if (parts.hour !== null) parts.meridiem ??= meridiem
    return true
  }
  // A zone counts after a time only: `ET` or `GMT` alone dates nothing.
  if (parts.hour !== null && parts.offset === null && parts.usStandard === null) readZone(word, parts)
  return true
}

/** Read a word that opens with a digit: a full date, a clock time, a day or a year. */
function readNumber(word: string, parts: DateParts): boolean {
  const iso = ISO.exec(word)
  if (iso) {
    if (parts.year !== null) return false
    parts.year = Number(iso[1])
    parts.month = Number(iso[2])
    parts.day = Number(iso[3])
    if (iso[4] !== undefined && iso[5] !== undefined && parts.hour === null) {
      parts.hour = Number(iso[4])
      parts.minute = Number(iso[5])
      parts.second = iso[6] === undefined ? null : Number(iso[6])
      if (iso[7] !== undefined) readZone(iso[7], parts)
    }
    return true
  }
  const numeric = NUMERIC_DATE.exec(word)
  if (numeric) return readNumericDate(numeric, parts)
  const clock = CLOCK.exec(word)
  // A time has minutes or a meridiem (`4pm`); a bare number is a day or a year.
  if (clock && (clock[2] !== undefined || clock[4] !== undefined) && parts.hour === null) {
    parts.hour = Number(clock[1])
    parts.minute = clock[2] === undefined ? 0 : Number(clock[2])
    parts.second = clock[3] === undefined ? null : Number(clock[3])
    if (clock[4] !== undefined) parts.meridiem = clock[4].startsWith('a') ? 'am' : 'pm'
    return true
  }
  if (/^\d{4}$/.test(word)) {
    parts.year ??= Number(word)
    return true
  }
  const day = DAY.exec(word)
  if (day && parts.day === null) parts.day = Number(day[1])
  return true
}

/**
 * `2020/01/03` (year first: certain), `13/01/2020` (day first: 13 is no month),
 * `01/13/2020` (month first). `03/01/2020` could be either way round: its parts
 * stay unread, and the line's date is null unless written elsewhere.
 */
function readNumericDate(match: RegExpExecArray, parts: DateParts): boolean {
  if (parts.year !== null) return false
  const [a = 0, b = 0, c = 0] = [Number(match[1]), Number(match[3]), Number(match[4])]
  const [, firstDigits = '', , , lastDigits = ''] = match
  if (firstDigits.length === 4) {
    Object.assign(parts, {year: a, month: b, day: c})
  } else if (lastDigits.length === 4 && a > 12 && b <= 12) {
    Object.assign(parts, {year: c, month: b, day: a})
  } else if (lastDigits.length === 4 && b > 12 && a <= 12) {
    Object.assign(parts, {year: c, month: a, day: b})
  } else {
    parts.relative = true
  }
  return true
}

/** Read a zone written after a time: an abbreviation with a known offset, `Z`, or a numeric offset. */
function readZone(word: string, parts: DateParts): void {
  if (word === 'z') {
    parts.offset = 0
    return
  }
  const fixed = FIXED_ZONE_OFFSETS.get(word)
  if (fixed !== undefined) {
    parts.offset = fixed
    return
  }
  const generic = US_GENERIC_ZONES.get(word)
  if (generic !== undefined) {
    parts.usStandard = generic
    return
  }
  const numeric = NUMERIC_OFFSET.exec(word)
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + (numeric[3] === undefined ? 0 : Number(numeric[3]))
    if (minutes <= 14 * 60) parts.offset = numeric[1] === '-' ? -minutes : minutes
  }
}

/** The ISO string for what was read, or null when it names no date. */
function isoOf(parts: DateParts): string | null {
  const {year, month, day} = parts
  if (year === null || month === null || parts.relative || year < 1900 || year > 2199 || month < 1 || month > 12) return null
  if (day === null) return `${year}-${pad(month)}`
  if (day < 1 || day > daysInMonth(year, month)) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  const hour = hourOfDay(parts)
  if (hour === null || parts.minute === null || parts.minute > 59 || (parts.second !== null && parts.second > 59)) return date
  const offset = parts.offset ?? (parts.usStandard === null ? null : parts.usStandard + (isUsDaylightTime(year, month, day, hour) ? 60 : 0))
  if (offset === null) return date
  const seconds = parts.second === null ? '' : `:${pad(parts.second)}`
  return `${date}T${pad(hour)}:${pad(parts.minute)}${seconds}${offsetText(offset)}`
}

/** The hour from 0 to 23, or null when the clock is unreadable (`13 pm`, `25:00`). */
function hourOfDay(parts: DateParts): number | null {
  const {hour, meridiem} = parts
  if (hour === null) return null
  if (meridiem === null) return hour <= 23 ? hour : null
  if (hour < 1 || hour > 12) return null
  return (hour % 12) + (meridiem === 'pm' ? 12 : 0)
}

/** `Z`, or `+01:00`, `-05:00`. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z'
  const size = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** Days in a month of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is this month's last: computed from the date written, not from a clock.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Whether US daylight-saving time is in force at a local date and hour: from
 * the second Sunday of March to the first Sunday of November, 2 a.m. (since
 * 2007); from the first Sunday of April to the last Sunday of October before.
 */
function isUsDaylightTime(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay] = year >= 2007 ? [3, nthSunday(year, 3, 2)] : [4, nthSunday(year, 4, 1)]
  const [endMonth, endDay] = year >= 2007 ? [11, nthSunday(year, 11, 1)] : [10, lastSunday(year, 10)]
  const at = (m: number, d: number, h: number): number => (m * 32 + d) * 24 + h
  const now = at(month, day, hour)
  return now >= at(startMonth, startDay, 2) && now < at(endMonth, endDay, 2)
}

/** The day of the month of its nth Sunday. */
function nthSunday(year: number, month: number, nth: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  return 1 + ((7 - weekday) % 7) + (nth - 1) * 7
}

/** The day of the month of its last Sunday. */
function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month)
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay()
}
