import {CRY_LEADS, CRY_NOUNS, isTitleCase, NAME_ENDINGS, NICKNAME_LEADS, TITLE_LEADS, TITLE_WORD as WORD, WORK_NOUNS, WORK_PEOPLE} from '../lexicon/quote-kinds.js'
import {CUE_VERB_SET, UTTERANCE_NOUNS} from '../lexicon/cues.js'
import {isAsciiLetterOrDigit, trimEndOf} from '../text/words.js'
import type {QuoteKind} from '../schema.js'

/** A quoted span of a paragraph and the speech cue read for it, as offsets into the paragraph. */
export interface KindInput {
  /** The paragraph's text. */
  readonly text: string
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the first character inside the marks. */
  readonly start: number
  /** Offset just past the last character inside the marks. */
  readonly end: number
  /** Offset just past the closing mark (equal to `end` when unclosed). */
  readonly close: number
  /** Offsets of the cue in the same paragraph, or null (none, or one in a lead-in paragraph). */
  readonly cue: {readonly start: number; readonly end: number} | null
  /** Whether a speaker or cue was read for the quote from another paragraph (`X said:` above it). */
  readonly ledIn: boolean
  /** Whether a speaker was found for the quote, named or carried over. */
  readonly attributed: boolean
  /** The family of the quote's own opening mark. */
  readonly family: 'double' | 'single'
  /** The family of marks the article sets its speech in (see `speechFamily`), or null when it cannot tell. */
  readonly speechFamily: 'double' | 'single' | null
}

/** Titles of works run longer than scare quotes, but a quote past this many words is speech. */
const TITLE_WORDS = 8
/** A quote longer than this is speech, whatever its words: the bound keeps the reading short. */
const TITLE_CHARACTERS = 120
/** The most words a term in scare quotes has (`a “floating classroom on the northern estuary”`). */
const TERM_WORDS = 6
/** The most words of a nickname (`Henry “Big Bank Hank” Jackson`). */
const NICKNAME_WORDS = 3
/** The most words between a quote and the cue after it that still attribute it (`“…,” Sen. Jo Ann Ray said`). */
const CUE_AFTER_WORDS = 5
/** How many characters either side of a quote are read: enough for a few words, and the cost stays the quote's. */
const CONTEXT = 48

const TRAILING_PUNCTUATION = '.,;:!?’\'"”)'
// A network's or author's possessive before a title (`KTV’s`, `Channel 9’s`, `Harbours’`); the word is short.
const POSSESSIVE_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:[’']s|s[’'])$/u
// No lower-case letter: text set in capitals.
const ALL_CAPS = /^\P{Ll}*$/u
const SENTENCE_STOP = /[.!?…]/
// The punctuation a quote ends with when a cue after it attributes it (`‘…,’ she says`).
const HANDING_END = /[,!?…—–-]\s*$/
const OPENS_CAPITALISED = /^[\p{Lu}\p{N}]/u
// A sentence going on after a quote: a word or a bracket next (`“Containment” has been`, `“Refoulement” (forced return)`).
const GOES_ON = /^[\p{L}\p{N}(]/u
// Punctuation that closes a quote's words: a quote ending in it hands itself on, as speech does.
const ENDS_PUNCTUATED = /[,.!?…:;—–-]\s*$/
// The end of a capitalised word or an initial just before the quote (`Robert C.`, `Marcia`).
const ENDS_WITH_NAME = /(?:^|\s)\p{Lu}[\p{L}\p{M}'’-]*\.?$/u

/**
 * Tell speech from the other things news sets in quotation marks: a term or
 * scare quote (`the “sex tape” reference`), the title of a show, book or film
 * (`told KTV’s “Early Tide”`), and a nickname inside a name
 * (`Rosa M. “Rosie” Lindqvist`). Only the words around the quote are read, so
 * the cost is the quote's length plus a few words either side.
 *
 * A quote with a cue right beside it (`“…,” she said`, `said: “…”`), one that
 * opens its paragraph (but a short subject of a sentence no one is said to say)
 * or follows a colon, and one too long for a term or title is speech: the
 * classes other than speech are for what no one is said to say.
 *
 * @param input The quote, its paragraph and its cue.
 * @returns The quote's kind.
 */
export function quoteKind(input: KindInput): QuoteKind {
  const {text, open, start, end, close} = input
  if (end - start > TITLE_CHARACTERS) return 'speech'
  // Most quotes are speech too long for a title: count cheaply before collecting words.
  if (wordStartsOver(text, start, end, TITLE_WORDS)) return 'speech'
  const inner = text.slice(start, end)
  const words = inner.match(WORD) ?? []
  if (words.length === 0 || words.length > TITLE_WORDS) return 'speech'
  const before = text.slice(Math.max(0, open - CONTEXT), open).trimEnd()
  const after = text.slice(close, close + CONTEXT).trimStart()
  // In a line set all in capitals (`PORT BOARD TELLS MAYOR ‘OPEN THE BOOKS’`) capitals tell nothing.
  const titleCase = isTitleCase(words) && !(ALL_CAPS.test(inner) && ALL_CAPS.test(before))
  if (before === '' && open <= CONTEXT) {
    if (titleCase && peopleAfter(after)) return 'title'
    // `‘Stoic’ driver named`, `“Containment” has been the policy since…`: a short phrase that opens a sentence going on
    // past it, with no cue, speaker, lead-in or speech verb, is the sentence's subject, not what anyone says.
    // Not when a speech verb or a noun for words uttered follows (`“Not a chance” was his verdict`); one word tells no
    // title by its capital, which the sentence gives it (`“Containment” has been the policy`).
    if (!input.cue && !input.attributed && !input.ledIn && words.length <= TERM_WORDS && GOES_ON.test(after) && !ENDS_PUNCTUATED.test(inner) && !speechWordIn(after)) {
      return titleCase && words.length > 1 ? 'title' : 'term'
    }
    // A paragraph that is only a capitalised phrase in quotes is a heading set in quotes (`‘The Tide Has Turned.’`).
    return titleCase && words.length > 1 && after === '' && close + CONTEXT >= text.length && !input.cue ? 'title' : 'speech'
  }
  const lastToken = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\u00A0')) + 1)
  // `Brightwell Energy plc (“Brightwell”)`, `Harbour Holdings Ltd (the “Company”)`: a short name that a press release or a
  // filing defines in brackets after the full one is the writer's term, however a cue near it reads.
  const another = lastToken === 'the' && ANOTHER_DEFINITION.test(before)
  if ((lastToken === '(' || lastToken === '(the' || another) && DEFINITION_END.test(after) && titleCase && words.length <= NICKNAME_WORDS && (lastToken !== '(' || shortensName(words, before))) {
    return 'term'
  }
  // `on KTV’s “Early Tide,” Ruiz said`: a network's possessive before a capitalised phrase names its show, cue or not;
  // so do the people of a show around it (`star of “Tidewater,”`, `“Tidewater” host Jo Vale`).
  if (titleCase && (POSSESSIVE_NAME.test(lastToken) || showPeopleAround(before, lastToken, after)) && !before.endsWith(':')) return 'title'
  // `said the museum’s ‘review’ would go on`, in an article whose speech is in double marks: a short phrase
  // in the other family is the writer's term, cue or not (nested speech stands inside its outer quote).
  // Not when its own comma hands it to the cue after it (`‘Someone had to,’ she says`): that is speech in either family.
  const beside = cueBeside(input, inner)
  const lastBefore = trimEndOf(lastToken, TRAILING_PUNCTUATION).toLowerCase()
  // `chanting “Ferry Now!”`, `chants of “Ferry Now!”`: what a crowd cried is speech, capitalised or not, speaker or not.
  // Not a title set off by what it is (`cheers of “Welcome Home,” a nod to the group’s album`).
  const cried = CRY_LEADS.has(lastBefore) || (lastBefore === 'of' && CRY_NOUNS.has(wordBefore(before, lastToken)))
  if (cried && !(titleCase && APPOSITION_AFTER.test(after) && inner.trimEnd().endsWith(','))) return 'speech'
  const handed = beside && input.cue !== null && input.cue.start >= close && HANDING_END.test(inner)
  if (input.speechFamily !== null && input.family !== input.speechFamily && words.length <= TERM_WORDS && !readsAsSentence(inner) && !handed) return 'term'
  // `Ben Hale, dubbed “the Wall” by fans`, `was dubbed “…”`: a nickname lead that is a speech verb too names, it does
  // not report, as a participle or a passive; with a subject it is the subject's speech (`who he dubbed “…”`).
  // Not before a named agent (`was dubbed “a traitor” by the club chairman`): a passive's agent speaks.
  if (NICKNAME_LEADS.has(lastBefore) && words.length <= TERM_WORDS && !readsAsSentence(inner) && namesWithoutSubject(before, lastToken) && !AGENT_AFTER.test(after)) {
    return 'nickname'
  }
  if (before.endsWith(':') || input.ledIn || beside) return 'speech'
  if (NICKNAME_LEADS.has(lastBefore) || (titleCase && isNickname(words, inner, before, after))) return 'nickname'
  // `Ana Ruiz’ essay, “Marta, keep the lights on”`: a work named just before, whatever the case.
  // A capitalised word is a name (`the comment by Dr Jo Song “…”`), not the work noun it spells.
  if (WORK_NOUNS.has(lastBefore) && !OPENS_CAPITALISED.test(lastToken) && !SENTENCE_STOP.test(before.slice(-1))) return 'title'
  const introducesTitle = TITLE_LEADS.has(lastBefore) || POSSESSIVE_NAME.test(lastToken) || (lastBefore === 'of' && WORK_NOUNS.has(wordBefore(before, lastToken)))
  if (titleCase && (!input.attributed || introducesTitle || namesWork(words, after))) return 'title'
  if (!input.attributed && !input.cue && words.length <= TERM_WORDS && !readsAsSentence(inner)) return 'term'
  return 'speech'
}

/** What follows a name a bracket defines: the bracket's end, or another name for it (`(“Brightwell” or the “Company”)`). */
const DEFINITION_END = /^(?:\)|or |and )/

/** A second name a bracket defines, after the first's closing mark (`(“Harbour” or the “Group”)`). */
const ANOTHER_DEFINITION = /["”] or the$/

/** A word in capitals, an acronym's letters (`FCA`). */
const ACRONYM = /^\p{Lu}{2,6}$/u

/**
 * Whether the words of a quote shorten the name written before its bracket:
 * each is a word of it (`Brightwell Energy plc (“Brightwell”)`), or one word in
 * capitals spells its initials (`Financial Conduct Authority (“FCA”)`).
 */
function shortensName(words: readonly string[], before: string): boolean {
  const written = (before.match(WORD) ?? []).filter((word) => OPENS_CAPITALISED.test(word))
  if (words.every((word) => written.includes(word))) return true
  const [only] = words
  if (words.length !== 1 || only === undefined || !ACRONYM.test(only)) return false
  return written.slice(-only.length).map((word) => word[0]).join('') === only
}

/**
 * Whether `text[start, end)` holds more than `limit` words, counting only
 * ASCII letters and digits after white space or at the start: a lower bound
 * on what `WORD` finds there, so a true answer means more than `limit` words.
 */
function wordStartsOver(text: string, start: number, end: number, limit: number): boolean {
  let count = 0
  let afterSpace = true
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20) afterSpace = true
    else {
      if (afterSpace && isAsciiLetterOrDigit(code) && ++count > limit) return true
      afterSpace = false
    }
  }
  return false
}

/**
 * Whether a speech verb or a noun for words uttered stands among the few
 * words read after a quote (`“We are ready” was all the mayor said`, `“Not a
 * chance” was his verdict`).
 */
function speechWordIn(after: string): boolean {
  for (const word of after.match(WORD) ?? []) {
    const lower = trimEndOf(word, TRAILING_PUNCTUATION).toLowerCase()
    if (CUE_VERB_SET.has(lower) || UTTERANCE_NOUNS.has(lower)) return true
  }
  return false
}

/** A determiner or possessive opening an apposition after a quote (`“Harbour Lights,” their best-known song`). */
const APPOSITION_AFTER = /^(?:a|an|the|their|his|her|its|our)\s/i

/** `by` and a person after a quote: `the` or a capitalised word (`by the club chairman`, `by Jo Vale`), not a plural (`by fans`). */
const AGENT_AFTER = /^[\s,]*by (?:the |\p{Lu})/u

/** Whether a nickname lead stands as a participle after a comma or as a passive (`, dubbed`, `was dubbed`), with no subject of its own. */
function namesWithoutSubject(before: string, lastToken: string): boolean {
  const rest = before.slice(0, before.length - lastToken.length).trimEnd()
  if (rest.endsWith(',')) return true
  const previous = rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase()
  return previous === 'was' || previous === 'were' || previous === 'been' || previous === 'is' || previous === 'are' || previous === 'be'
}

/** Whether the quote's cue stands right beside it, so the quote is what the cue reports. */
function cueBeside(input: KindInput, inner: string): boolean {
  const {cue, text} = input
  if (!cue) return false
  if (cue.end <= input.open && input.open - cue.end <= CONTEXT) {
    // `said “…”`, `said, “…”`, `told reporters that “…”`: nothing but a comma, colon or `that` between.
    const between = text.slice(cue.end, input.open).trim()
    return between === '' || between === ',' || between === 'that' || between.endsWith(':')
  }
  if (cue.start >= input.close && cue.start - input.close <= CONTEXT * 2) {
    // `“…,” X said`: the quote's own punctuation or a comma or dash hands it to a short attribution.
    const between = text.slice(input.close, cue.start)
    if (SENTENCE_STOP.test(between) || (between.match(WORD)?.length ?? 0) > CUE_AFTER_WORDS) return false
    return /[,!?.…—–-]\s*$/.test(inner) || /^\s*[,—–-]/.test(between)
  }
  return false
}

/** `star of “…”`, `starred in “…”`, `“…” host`: the people of a work named around a quote. */
function showPeopleAround(before: string, lastToken: string, after: string): boolean {
  const lastBefore = lastToken.toLowerCase()
  return ((lastBefore === 'of' || lastBefore === 'in') && WORK_PEOPLE.has(wordBefore(before, lastToken))) || peopleAfter(after)
}

/** `“Tidewater” host Ana Ruiz`: the first word after the quote names one of a work's people. */
function peopleAfter(after: string): boolean {
  const next = after.match(WORD)?.[0]
  return next !== undefined && after.startsWith(next) && WORK_PEOPLE.has(next.toLowerCase())
}

/** The word before the last of `before`, in lower case (`episode` in `a new episode of`). */
function wordBefore(before: string, lastToken: string): string {
  const rest = before.slice(0, before.length - lastToken.length).trimEnd()
  return rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase()
}

/** `“Talkin’ Tides” radio program`, `a “Harbour Futures Forum”`: a work noun after the title or closing it. */
function namesWork(words: readonly string[], after: string): boolean {
  const lastInside = trimEndOf(words.at(-1) ?? '', TRAILING_PUNCTUATION).toLowerCase()
  const next = after.match(WORD)?.slice(0, 2).map((word) => word.toLowerCase()) ?? []
  return NAME_ENDINGS.has(lastInside) || next.some((word) => WORK_NOUNS.has(word))
}

/** `Rosa M. “Rosie” Lindqvist`: one or two capitalised words between the parts of a name. */
function isNickname(words: readonly string[], inner: string, before: string, after: string): boolean {
  return (
    words.length <= NICKNAME_WORDS &&
    !/[,.!?…]\s*$/.test(inner) &&
    words.every((word) => OPENS_CAPITALISED.test(word)) &&
    ENDS_WITH_NAME.test(before) &&
    OPENS_CAPITALISED.test(after)
  )
}

/** `Nor will we.`: a capitalised sentence with its stop, not a term. */
function readsAsSentence(inner: string): boolean {
  return OPENS_CAPITALISED.test(inner) && SENTENCE_STOP.test(inner.trimEnd().slice(-1))
}
