import {AUTHOR_BIO_ROLES, NOTICE_OPENINGS, NOTICE_PHRASES, PROMPT_PHRASES} from '../lexicon/notices.js'
import {anyPhrasePattern, openingPattern} from '../text/phrase-pattern.js'
import {countWords, endsLikeSentence} from '../text/words.js'

/**
 * An author’s tagline: a name, perhaps with a handle (`Jane Doe (@jdoe)`) or
 * an apposition between commas (`Jane Doe, a lecturer at …,`), then what the
 * author is or does.
 */
const AUTHOR_BIO =
  /^[•—–-]?\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3}(?: \(@\w{1,30}\))?(?:,? |, [^,]{1,100}, )(?:is|was|has been|covered|covers|writes|reports) /u

// The notice lists compiled once: a line is read once, not once per phrase.
const NOTICE_OPENING = openingPattern(NOTICE_OPENINGS)
const NOTICE_PHRASE = anyPhrasePattern(NOTICE_PHRASES)

const PROMPT_ANYWHERE = anyPhrasePattern(PROMPT_PHRASES)

/** A prompt's phrase opening the line or one of its sentences, perhaps after `please`. */
const PROMPT_PHRASE = new RegExp(`(?:^|[.?!:|] )(?:please )?(?:${PROMPT_ANYWHERE.source})`)

/** The most words of a line that a prompt's phrase makes a notice wherever it stands: fewer than a story's sentence. */
const PROMPT_LINE_WORDS = 12

/** The most words of a line about `this report` itself: longer is a sentence about a study. */
const ABOUT_THIS_REPORT_WORDS = 16

/**
 * `This article was first published …`, `This interview has been edited …`:
 * a line about the piece itself, which a story's sentence seldom opens with.
 */
const ABOUT_THIS_PIECE =
  /^this (?:article|story|report|interview|piece|post|column|essay|content)\b[^.]{1,80}?\b(?:published|appeared|updated|edited|amended|corrected|produced|republished|written|provided|supported|funded)\b/

// The lookbehind pins the start of the address, so a long run of address
// characters is not rescanned from every position.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/

/**
 * Whether a line is a site notice: a commenting policy, a newsletter or
 * subscription prompt, a copyright or reprint line, a report credit
 * (`… contributed to this report`, `Reporting by …`), a correction, an
 * author's contact or biography line. Meant for the lines at the end of an
 * article, where such lines gather.
 *
 * @param text A trimmed line.
 * @returns True for a notice line.
 */
export function isNoticeLine(text: string): boolean {
  const lower = text.toLowerCase()
  // The phrases before the 80-word limit: counting reads more of a line than they do.
  if (
    NOTICE_OPENING.test(lower) ||
    /^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b/.test(lower) ||
    NOTICE_PHRASE.test(lower) ||
    // `This report …` opens prose about a study as often (`This report was published by the agency and found …`): only a short line.
    (lower.startsWith('this ') && ABOUT_THIS_PIECE.test(lower) && (!lower.startsWith('this report') || countWords(text, ABOUT_THIS_REPORT_WORDS) <= ABOUT_THIS_REPORT_WORDS)) ||
    isDashCredit(text)
  ) {
    return countWords(text, 80) <= 80
  }
  // A prompt's phrase anywhere first, in one scan: most lines have none; then where it stands, or how short the line is.
  if (PROMPT_ANYWHERE.test(lower)) {
    if (PROMPT_PHRASE.test(lower)) return countWords(text, 80) <= 80
    if (countWords(text, PROMPT_LINE_WORDS) <= PROMPT_LINE_WORDS) return true
  }
  // Both have lower limits of their own.
  return isContactLine(text) || isAuthorBio(text)
}

/**
 * `— With assistance by Jo Vale`, `-- Associated Press`: a dash and a credit
 * with no sentence's stop, where a line of dialogue set after dashes ends
 * like a sentence (`— Were you scared? I asked.`, `— Never.`); or a short
 * `via` credit (`Via AP`), where `Via Rail said …` opens prose.
 */
function isDashCredit(text: string): boolean {
  if (/^via /i.test(text)) return countWords(text, VIA_CREDIT_WORDS) <= VIA_CREDIT_WORDS
  // `-AFP`, `—Reuters`: a dash glued to an agency's name, a word or two.
  if (GLUED_DASH_CREDIT.test(text) && !endsLikeSentence(text)) return true
  return (text.startsWith('— ') || text.startsWith('-- ')) && !endsLikeSentence(text)
}

/** A dash glued to a capitalised name of a word or two, nothing after it (`-AFP`, `—Harbour Wire`). */
const GLUED_DASH_CREDIT = /^[-–—]\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*)?$/u

/** The most words of a `via` credit (`Via AP`, `via The Harbour Wire`). */
const VIA_CREDIT_WORDS = 5

/** `jdoe@example.com`, `Follow her on Twitter @handle`: a line that is mostly an address. */
function isContactLine(text: string): boolean {
  return countWords(text, 12) <= 12 && (EMAIL.test(text) || /(?:^|\s)@\w{2,}\.?$/.test(text))
}

/** `Jane Doe is a senior fellow at …`, `Joseph Curl covered the White House for …`: a name, then a role. */
function isAuthorBio(text: string): boolean {
  const verb = AUTHOR_BIO.exec(text)
  if (!verb || countWords(text, 50) > 50) return false
  const rest = text.slice(verb[0].length, verb[0].length + 120)
  // `Jo Vale covers courts for The Harbour Wire.`: a beat and a publication, no role noun needed.
  if (verb[0].endsWith(' covers ')) return COVERS_FOR.test(rest) && countWords(text, BEAT_LINE_WORDS) <= BEAT_LINE_WORDS
  const lower = rest.toLowerCase()
  return AUTHOR_BIO_ROLES.some((role) => lower.includes(role))
}

/** `… for The Harbour Wire` / `… for the Courier`: the publication a beat is covered for. */
const COVERS_FOR = /^[^.]{1,60}? for (?:the )?\p{Lu}/u

/** The most words of an author's beat line (`Jo Vale covers courts for The Harbour Wire.`). */
const BEAT_LINE_WORDS = 20
