import {SPEECH_NOUNS} from '../lexicon/cues.js'
import {RELATIVE_DATE_WORDS} from '../lexicon/dates.js'
import {DATE_WORDS} from '../lexicon/function-words.js'
import {DOCUMENT_NOUNS, EPITHET_NOUNS, NON_PERSON_WORDS, PARTY_WORDS, PLAYING_POSITIONS, POST_NOUNS, POST_SYNONYMS} from '../lexicon/honorifics.js'
import {DEMONYM_NOUNS, NATIONALITY_WORDS} from '../lexicon/nationalities.js'
import {SUBJECT_PRONOUNS} from '../lexicon/pronouns.js'
import {lowerInitial} from '../text/words.js'
import {ALL_CAPITALS, POSSESSIVE, sentenceStart, type Mention, type Words} from './mentions.js'
import type {Token} from './tokens.js'
import {AGED, comesBefore, givenNameHolder, holderOf, lastBefore, lookUp, splitName, tokenTexts, type Occurrence, type Person, type Registry} from './registry.js'

/**
 * How many paragraphs back a pronoun may reach for the person it stands for:
 * news paragraphs are one to three sentences, and a speaker introduced once
 * is often "he" for several paragraphs of quotes after.
 */
const PRONOUN_REACH = 5

/** How many earlier name mentions a pronoun may look at. */
const PRONOUN_CANDIDATES = 60

/** Where a mention stands, for resolving it against what came before. */
export interface Place {
  readonly paragraph: number
  readonly offset: number
}

/** What the speaker resolver knows of the whole article. */
export interface ResolveContext {
  readonly registry: Registry
  /** The documents the article names: `it` speaks for one only nearby. */
  readonly documents: LazyDocuments
}

/**
 * The canonical name of the speaker a mention names: the registry's fullest
 * name for a person (`Mr Esper` → `Mark Esper`), the person a pronoun points
 * at, the article's document for `the memo` or `it`, or the description as
 * written (`a Pentagon spokesperson`).
 *
 * @param words The words of the mention's paragraph.
 * @param mention The mention.
 * @param place Where it stands.
 * @param context The registry and the article's document.
 * @param say Told, when given, how the name was reached, in a few words (for
 *   the trace: `explainArticle`, `--explain`).
 * @returns The canonical name, or null when a pronoun cannot be resolved.
 */
export function resolveSpeaker(words: Words, mention: Mention, place: Place, context: ResolveContext, say?: (how: string) => void): string | null {
  const tokens = words.tokens.slice(mention.first, mention.last + 1)
  if (mention.kind === 'pronoun') {
    const lower = tokens[0]?.lower ?? ''
    if (lower === 'it' && documentNear(context.documents.get().paragraphs, place.paragraph)) {
      say?.('the document the article names first, named nearby')
      return context.documents.get().first
    }
    const sense = SUBJECT_PRONOUNS.get(lower)
    if (!sense || sense.plural || sense.neuter) {
      // `Harbour Records have denied it. “…,” they said.`: a body speaks as `they` or `it`. `they` may
      // stand for a body earlier in its own sentence (`Senate Democrats blocked it because they said …`);
      // `it` there is as often no one (`Though DNC rules allow it, it’s barred`).
      // `It seems …`, `It is …`: an `it` before a copula stands for no one.
      const expletive = sense?.neuter === true && EXPLETIVE_VERBS.has(words.tokens.get(mention.last + 1)?.lower ?? '')
      const body = sense && !expletive ? nearestBody(context.registry.occurrences, place, sense.plural ? -1 : words.tokens.sentence(mention.first)) : undefined
      say?.(body ? 'the body the nearest sentence with a subject opens with' : sense ? 'no body leads the nearest sentence with a subject' : 'an unknown pronoun names no one')
      return body?.name ?? null
    }
    const person = resolvePronoun(context.registry, place, sense.gender)
    say?.(
      person?.unnamed
        ? 'the nearest earlier person of a fitting gender is one the article does not name (`a spokeswoman`): no speaker'
        : person
          ? 'the nearest earlier person of a fitting gender, speakers and subjects first'
          : `no one of a fitting gender named in the ${PRONOUN_REACH} paragraphs before`
    )
    if (person?.unnamed) return null
    return person?.name ?? null
  }
  if (mention.kind === 'description') {
    // `Vale’s statement to staff read`, `the Harbour Trust’s letter said`: the words are not the speaker, their owner is.
    const owner = ownerOfWords(words, mention)
    if (owner) return resolveSpeaker(words, owner, place, context, say)
    const head = tokens.at(-1)?.lower ?? ''
    if (CORRESPONDENCE.has(head) && context.documents.get().first) {
      say?.('the document the article names first')
      return context.documents.get().first
    }
    const determiner = tokens[0]?.lower ?? ''
    const saying = DOCUMENT_NOUNS.has(head) || SPEECH_NOUN_SET.has(head) || head === 'headline'
    // `a spokesman`, `one resident`, `another`: someone the article does not name.
    if (UNNAMING_DETERMINERS.has(determiner) && !saying) {
      say?.('someone the article does not name: no speaker')
      return null
    }
    // `His message to the board was: “…”`: the words are not the speaker, their owner is;
    // `its headline`, `their statement` name no one.
    if (POSSESSIVE_DETERMINERS.has(determiner) && saying) {
      const gender = determiner === 'his' ? 'm' : determiner === 'her' ? 'f' : null
      const person = gender ? named(resolvePronoun(context.registry, place, gender)) : undefined
      say?.(person ? `the owner of the words, as for "${gender === 'm' ? 'he' : 'she'}"` : 'someone’s words, whose owner is not named: no speaker')
      return person?.name ?? null
    }
    // `the prime minister`, `the governor`: the person the article names in that post, the whole post matched (`the minister` is not `the first minister`).
    // `the Labour leader`, `the Republican senator`: a party before a post is no one else's post, and the post is as bare.
    const partisan = partisanPost(tokens)
    if (tokens[0]?.lower === 'the' && tokens.length > 1) {
      const post = postOf(tokens.slice(1))
      const held =
        postHolder(context.registry, post, place, say) ?? (partisan ? postHolder(context.registry, postOf(partisan), place, say) : null) ?? synonymHolder(context.registry, tokens.slice(1), place, say)
      if (held !== null) return held
      // `The 56-year-old said`, `the 56-year-old mother of three said`: news gives a person's age in place
      // of the name, for the person given that age, or else the person it is about.
      const age = tokens[1]?.lower ?? ''
      const byAge = AGED.test(age)
      const given = byAge && post !== age ? holderOf(context.registry, age, place) : undefined
      if (given) {
        say?.(`the one person given the age ${age} before it`)
        return given.name
      }
      const aged = byAge ? named(resolvePronoun(context.registry, place, null)) : undefined
      if (aged) {
        say?.('the person last named as a subject, as for a pronoun: an age stands in for the name')
        return aged.name
      }
      // `the mother-of-three said`, `the defender said`: tabloids and match reports name a person by their
      // children or their place on the team in place of the name, as by age; no one is filed under such a word.
      // A player is the one in view, as for a pronoun; a parent the one the story is about, named most before it.
      const noun = tokens.length === 2 ? (tokens[1]?.lower ?? '') : ''
      if (PLAYING_POSITIONS.has(noun)) {
        // Not someone the article gives a post off the pitch (`Rovers manager Tom Ode … the striker said`).
        const player = named(resolvePronoun(context.registry, place, null))
        if (player && !player.body && !offThePitch(context.registry).has(player)) {
          say?.('the person last named as a subject, as for a pronoun: a playing position stands in for the name')
          return player.name
        }
      }
      const parent = parentGender(noun)
      const focal = parent !== undefined ? mostNamed(context.registry, place, parent) : undefined
      if (focal) {
        say?.('the person of a fitting gender named most often before it: a parent by their children stands in for the name of the one the story is about')
        return focal.name
      }
    }
    // `The Harbour Board issued …`, `the CIA said`: a body named after `the` is named without it, as `“…,” the Harbour Board
    // said` reads it. Not one word (`the Queen`, `The Atlantic`: a title, or a name with its article), nor a possessive.
    const rest = tokens.slice(1)
    const body = rest.length > 1 || ALL_CAPITALS.test(rest[0]?.text ?? '')
    if (tokens[0]?.lower === 'the' && body && rest.every((token) => token.capitalised && !POSSESSIVE.test(token.text))) {
      say?.('the name of a body, without its article')
      return words.text.slice(tokens[1]?.start, tokens.at(-1)?.end)
    }
    const bare = partisan ?? (tokens[0]?.lower === 'the' && (isBarePost(tokens.slice(1)) || isEpithet(tokens.slice(1))) ? tokens.slice(1) : null)
    const unheld = bare ? unheldPost(words, mention, bare, place, context, say) : null
    if (unheld !== null) return unheld
    say?.('a description, as written: no one named in that post before it')
    return words.text.slice(tokens[0]?.start, tokens.at(-1)?.end)
  }
  const written = tokenTexts(words.tokens, mention.first, mention.last)
  const parts = splitName(written)
  // `American Federation of Teachers`: a body's name through `of` or `for` has no surname to look up by, nor descriptors;
  // in `Secretary of State Mike Pompeo` the `of` is the post's, and the name after it a person's.
  if (parts.words.includes('of') || parts.words.includes('for')) {
    say?.('the name of a body, as written')
    return written.join(' ')
  }
  // `the Prime Minister said`, `the Trust said`: a post or a body's head word capitalised after `the`, as house
  // styles write them, is `the prime minister` and `the trust`.
  const afterThe = words.tokens.get(mention.first - 1)?.lower === 'the'
  const held = afterThe ? postHolder(context.registry, postOf(tokens), place, say) : null
  if (held !== null) return held
  // `the Prime Minister said` when no one is named in that post: as `the prime minister`, and else the post as written, not a surname.
  if (afterThe && isBarePost(tokens, true)) {
    const unheld = unheldPost(words, mention, tokens, place, context, say)
    if (unheld !== null) return unheld
    say?.('a post as written: no one named in it before')
    return written.join(' ')
  }
  // `the Spaniard said`, `the Frenchman said`: sports and foreign news name a person by nationality, the one the
  // text is about, as `the 24-year-old`; never a name of its own.
  if (afterThe && tokens.length === 1 && isDemonym(tokens[0]?.lower ?? '')) {
    const found = named(resolvePronoun(context.registry, place, DEMONYM_NOUNS.get(tokens[0]?.lower ?? '') ?? null))
    const person = found?.body ? undefined : found
    say?.(person ? 'the person last named as a subject, as for a pronoun: a nationality stands in for the name' : 'a nationality that stands for no one named: no speaker')
    return person?.name ?? null
  }
  // `the Democrat said`, `the Westshire Republican said`: a person by party, as by nationality, the one last named
  // (`a Westshire Democrat` stays as written: someone the article does not name); a party's adjective alone
  // (`Democratic demands`) names no one.
  const party = tokens.at(-1)?.lower ?? ''
  if (PARTISAN_WORDS.has(party) && tokens.every((token) => token.capitalised && !POSSESSIVE.test(token.text))) {
    if (party === 'democratic' && tokens.length === 1) {
      say?.('a party’s adjective names no one: no speaker')
      return null
    }
    const occurrence = afterThe && party !== 'democratic' ? pronounOccurrence(context.registry, place, null) : undefined
    const found = occurrence && openerOrEarlier(words, mention, occurrence, place) ? named(occurrence.person) : undefined
    if (found && !found.body) {
      say?.('the person last named as a subject, as for a pronoun: a party stands in for the name')
      return found.name
    }
  }
  const person = lookUp(context.registry.bySurname, parts)
  // `one Marine told …`, `a Briton said`: one capitalised noun after `a` or `one` is someone the article does not name
  // (a party's member keeps the words as written: `a Westshire Democrat`).
  // Not a name's own capitalised `One` (`the group One Nation`).
  const one = words.tokens.get(mention.first - 1)
  const determiner = one && (!one.capitalised || words.tokens.opensSentence(mention.first - 1)) ? one.lower : ''
  if ((person === undefined || person.nameWords === 1) && ONE_OF.has(determiner) && tokens.length === 1 && parts.titles.length === 0 && !PARTY_WORDS.has(party) && !givenNameHolder(context.registry, parts.words[0] ?? '')) {
    say?.('someone the article does not name, by a capitalised noun: no speaker')
    return null
  }
  // `Nomvula Dlamini spoke. … Nomvula said:`: a given name the lists lack, alone, for the one person named in full with it.
  const given = person === undefined && parts.titles.length === 0 && parts.words.length === 1 ? givenNameHolder(context.registry, parts.words[0] ?? '') : undefined
  say?.(person ? `the fullest name the article gives ${parts.words.join(' ')}` : given ? 'the one person named in full with that given name' : 'a name the article gives no fuller form of')
  return (person ?? given)?.name ?? parts.words.join(' ')
}

/**
 * Whether a person found for `the Democrat` is named in an earlier sentence, or opens the mention's own
 * (`Ana Roe quit, but the Democrat said …`): one named inside it is another (`a letter to Ana Roe – the Republican asks`).
 */
function openerOrEarlier(words: Words, mention: Mention, occurrence: Occurrence, place: Place): boolean {
  const sentence = words.tokens.sentence(mention.first)
  if (occurrence.paragraph !== place.paragraph || occurrence.sentence !== sentence) return true
  return occurrence.offset === words.tokens.start(sentenceStart(words, sentence))
}

/** Determiners of one unnamed person before a capitalised noun (`one Marine`, `a Briton`). */
const ONE_OF: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another'])

/** Words for a member of a party (and `Democratic`, its adjective), never a name by themselves; not a party's own name (`Labour`). */
const PARTISAN_WORDS: ReadonlySet<string> = new Set(['democrat', 'democratic', 'republican', 'tory'])

/** Posts of a team's people who do not play: their holders are never `the striker`. */
const OFF_THE_PITCH_POSTS: readonly string[] = ['manager', 'boss', 'coach', 'head coach', 'chairman', 'owner', 'referee', 'chief executive', 'president']

/** The people a registry files under {@link OFF_THE_PITCH_POSTS}, gathered once an article. */
function offThePitch(registry: Registry): ReadonlySet<Person> {
  let people = OFF_THE_PITCH.get(registry)
  if (!people) {
    people = new Set(OFF_THE_PITCH_POSTS.flatMap((post) => registry.roles.get(post) ?? []).map((occurrence) => occurrence.person))
    OFF_THE_PITCH.set(registry, people)
  }
  return people
}

const OFF_THE_PITCH = new WeakMap<Registry, ReadonlySet<Person>>()

/** `mother-of-three`, `grandad-of-two`: a parent by their children, the parent's word first. */
const PARENT_OF = /^(mum|mom|mother|grandmother|grandma|gran|dad|father|grandfather|grandad|granddad)-of-[a-z]+$/

/** Parents' words for women, in {@link PARENT_OF}. */
const MOTHERS: ReadonlySet<string> = new Set(['mum', 'mom', 'mother', 'grandmother', 'grandma', 'gran'])

/** The gender `mother-of-three` (a woman) or `father-of-one` (a man) gives, or undefined for any other word. */
function parentGender(lower: string): 'm' | 'f' | undefined {
  // Cheap first: only a hyphenated word can be a parent's.
  if (!lower.includes('-of-')) return undefined
  const parent = PARENT_OF.exec(lower)?.[1]
  return parent === undefined ? undefined : MOTHERS.has(parent) ? 'f' : 'm'
}

/** How many names before a place {@link mostNamed} counts: a bound, so a long article stays linear. */
const MOST_NAMED_REACH = 200

/**
 * The person of a gender that fits named most often before `place` (the first
 * to reach that count of those tied), never a body nor someone unnamed: the one a story is about.
 */
function mostNamed(registry: Registry, place: Place, gender: 'm' | 'f'): Person | undefined {
  const counts = new Map<Person, number>()
  let best: Person | undefined
  let most = 0
  const end = lastBefore(registry.occurrences, place)
  for (let index = Math.max(0, end - MOST_NAMED_REACH + 1); index <= end; index++) {
    const person = registry.occurrences[index]?.person
    // Only someone the article says is of that gender: a surname alone (`Inspector Marsh`) tells none.
    if (!person || person.body || person.unnamed || person.gender !== gender) continue
    const count = (counts.get(person) ?? 0) + 1
    counts.set(person, count)
    if (count > most) {
      most = count
      best = person
    }
  }
  return best
}

/** How many words a possessive owner of words may run to (`the Harbour Workers Trust’s statement`). */
const OWNER_WORDS = 5

/** How many adjectives may stand between an owner and the noun of their words (`Vale’s latest statement`). */
const OWNER_ADJECTIVES = 2

/**
 * The name that owns the words a description names (`Vale’s statement`,
 * `the Harbour Trust’s latest letter to members`), as a name mention, or null:
 * capitalised words, `the` before them at most, the last in the possessive,
 * then a noun of speech or of a document, a few lower-case words before it.
 */
function ownerOfWords(words: Words, mention: Mention): Mention | null {
  const {tokens} = words
  const start = tokens.get(mention.first)?.lower === 'the' ? mention.first + 1 : mention.first
  const end = Math.min(mention.last - 1, start + OWNER_WORDS - 1)
  for (let index = start; index <= end; index++) {
    const token = tokens.get(index)
    if (!token?.capitalised) return null
    if (!isPossessive(words, token)) continue
    // `Friday’s statement`, `Today’s ruling`: a day owns nothing.
    const bare = token.lower.replace(POSSESSIVE, '')
    if (DATE_WORDS.has(bare) || RELATIVE_DATE_WORDS.has(bare)) return null
    for (let noun = index + 1; noun <= Math.min(mention.last, index + 1 + OWNER_ADJECTIVES); noun++) {
      const word = tokens.get(noun)
      // `Vale’s lawyer’s letter`, `Ode’s spokesman’s statement`: the words are the nearer owner's, who is not named.
      if (!word || word.capitalised || isPossessive(words, word)) return null
      if (SPEECH_NOUN_SET.has(word.lower) || DOCUMENT_NOUNS.has(word.lower)) return {kind: 'name', first: start, last: index}
    }
    return null
  }
  return null
}

/** Whether a word is a possessive: `Vale’s`, or a plural's apostrophe after it (`Reuters’`, `Jones'`). */
function isPossessive(words: Words, token: Token): boolean {
  return POSSESSIVE.test(token.text) || PLURAL_POSSESSIVE.test(words.text.slice(token.start, token.end + 1))
}

/** A plural possessive as written with its apostrophe after the word (`Reuters’`, `Jones'`). */
const PLURAL_POSSESSIVE = /s['’]$/

/** The post words after `the` name, as the registry files posts: lower case, a space between (`prime minister`). */
function postOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.lower).join(' ')
}

/**
 * The name of the one person or body filed under a post before the quote
 * (`the prime minister`, `the Trust` for `the Harbour Trust`), or null.
 */
function postHolder(registry: Registry, post: string, place: Place, say: ((how: string) => void) | undefined): string | null {
  const holder = holderOf(registry, post, place)
  if (holder) {
    say?.(holder.body ? `the one body named as a ${post} before it` : `the one person named as ${post} before it`)
    return holder.name
  }
  const recent = recentHolder(registry, post, place)
  if (!recent) return null
  say?.(`of those named as ${post} before it, the one named last, no other named near`)
  return recent.name
}

/**
 * Of several people named in a post before a place, the one the article
 * names last in any way (`President Ode … Westland's President Vale … Mr Ode
 * said … the president said`), when that mention gives them words, is within
 * a pronoun's reach, no one else is named as a subject since, and no other
 * holder is named in its paragraph; undefined otherwise. Bounded as a pronoun's search is.
 */
function recentHolder(registry: Registry, post: string, place: Place): Person | undefined {
  const holders = registry.roles.get(post)
  if (!holders || holders.length < 2) return undefined
  const filed = new Set<Person>()
  for (let index = lastBefore(holders, place); index >= 0; index--) {
    const person = holders[index]?.person
    if (person) filed.add(person)
  }
  if (filed.size < 2) return undefined
  const {occurrences} = registry
  let found: Occurrence | undefined
  for (let index = lastBefore(occurrences, place), seen = 0; index >= 0 && seen < PRONOUN_CANDIDATES; index--, seen++) {
    const occurrence = occurrences[index]
    if (!occurrence || occurrence.paragraph < place.paragraph - PRONOUN_REACH) break
    if (found && occurrence.paragraph < found.paragraph) break
    if (!filed.has(occurrence.person)) {
      // Someone else named as a subject since is as likely the one meant (`Vale spoke next. … the senator said`).
      if (!found && occurrence.subject && !occurrence.person.body) return undefined
      continue
    }
    if (!found) found = occurrence
    else if (occurrence.person !== found.person) return undefined
  }
  // Only one the article has in view as a speaker there (`Mr Ode said …`): one named in passing is as likely not the one meant.
  return found?.speaks && !found.person.unnamed ? found.person : undefined
}

/**
 * The person a `he` or `she` stands for: the nearest earlier sentence that
 * names a person of a fitting gender, and in it the first such person (the
 * subject, more often than not); or, when the same pronoun comes before that
 * person in that sentence, the person that pronoun stands for.
 */
function resolvePronoun(registry: Registry, place: Place, gender: 'm' | 'f' | null): Person | undefined {
  return pronounOccurrence(registry, place, gender)?.person
}

/** The place of the person {@link resolvePronoun} finds: where the article names them (or brings them in unnamed). */
function pronounOccurrence(registry: Registry, place: Place, gender: 'm' | 'f' | null, depth = 0): Occurrence | undefined {
  const {occurrences, pronouns} = registry
  // A name that can be a subject first; an object or possessor only when no subject fits.
  const found = nearestFitting(occurrences, place, gender, true) ?? nearestFitting(occurrences, place, gender, false)
  if (!found || gender === null || depth >= PRONOUN_CHAIN) return found
  // `She named Doe as her pick. “…,” she said.`: the same pronoun, the subject before the name
  // in that sentence, stands for the same person as this one; the name is its object.
  const earlier = pronouns[lastBefore(pronouns, found)]
  const sameSentence = earlier?.paragraph === found.paragraph && earlier.sentence === found.sentence
  if (earlier && sameSentence && earlier.gender === gender && !earlier.subordinate) return pronounOccurrence(registry, earlier, gender, depth + 1)
  return found
}

/**
 * Where the article brings in, unnamed, the person a `he` or `she` stands
 * for (`A spokeswoman said … “…,” she added`), or undefined when the pronoun
 * stands for someone named, or for no one.
 *
 * @param registry The article's registry.
 * @param place Where the pronoun stands.
 * @param pronoun The pronoun, in lower case.
 * @returns Where the unnamed person is brought in: the paragraph, sentence and offset of their noun.
 */
export function unnamedAntecedent(registry: Registry, place: Place, pronoun: string): Occurrence | undefined {
  const sense = SUBJECT_PRONOUNS.get(pronoun)
  if (!sense || sense.plural || sense.neuter) return undefined
  const found = pronounOccurrence(registry, place, sense.gender)
  return found?.person.unnamed ? found : undefined
}

/**
 * `the president said`, `the senator said`: a person's post, when the article
 * files no one under it, stands for the person last named as a subject, as a
 * pronoun does; null when it does not. Not when someone is named in a post of
 * that name (`the prime minister` after `First Minister Jo Vale`).
 */
function unheldPost(words: Words, mention: Mention, post: readonly Token[], place: Place, context: ResolveContext, say: ((how: string) => void) | undefined): string | null {
  if (filedUnder(context.registry, postOf(post)) || filedUnder(context.registry, post.at(-1)?.lower ?? '')) return null
  // `the chair of the party` is a post of some body's, not of the person in view.
  const person = words.tokens.get(mention.last + 1)?.lower === 'of' ? undefined : named(resolvePronoun(context.registry, place, null))
  // A person as a name reads: two words, or one whose gender is known (`Contest` in a heading is no one);
  // and one named with no post, who holds no other (`the prime minister` is not `Deputy Minister Ola Berg`).
  if (!person || person.body || (person.nameWords < 2 && person.gender === null) || context.registry.titled.has(person)) return null
  say?.('the person last named as a subject, as for a pronoun: no one is named in that post')
  return person.name
}

/**
 * Whether the words after `the` are a person's post (`president`, `prime
 * minister`), with no word that makes it someone else's (`former`, `vice`,
 * `Chinese`): in lower case, or with every word capitalised when
 * `capitalised` (`the Prime Minister`, as house styles write posts).
 */
function isBarePost(tokens: readonly Token[], capitalised = false): boolean {
  const [first, second] = tokens
  if (!first || tokens.length > 2 || tokens.some((token) => token.capitalised !== capitalised)) return false
  // `the band leader`, `the former president`: a word before the post makes it someone else's; only these keep it the same.
  if (second && !POST_MODIFIERS.has(first.lower)) return false
  const head = second ?? first
  return POST_NOUNS.has(head.lower) && !SPEAKS_FOR_OTHERS.has(head.lower)
}

/**
 * Whether the words after `the` name the person in view by what they do or
 * are, as a post does (`the actor`, `the esteemed evangelist`, `the then
 * prime minister`, `the CNN journalist`, `the actor-turned-candidate`): a
 * calling alone, or a post or calling in lower case after a few words that
 * only describe its holder: `then`, a word of a post ({@link POST_MODIFIERS}),
 * an adjective by its ending or its hyphen, a nationality, or initials. Never
 * after a word that makes it someone else's ({@link OTHER_HOLDERS}), nor a
 * noun (`the band leader`).
 */
function isEpithet(tokens: readonly Token[]): boolean {
  const head = tokens.at(-1)
  if (!head || head.capitalised || tokens.length > EPITHET_MODIFIERS + 1 || SPEAKS_FOR_OTHERS.has(head.lower)) return false
  if (tokens.length === 1) return EPITHET_NOUNS.has(head.lower)
  return (EPITHET_NOUNS.has(head.lower) || POST_NOUNS.has(head.lower)) && tokens.slice(0, -1).every(describesHolder)
}

/** How many words may describe a holder before the post or calling (`the esteemed Argentinian evangelist`). */
const EPITHET_MODIFIERS = 3

/** Whether a word before a post only describes its holder (`then`, `longtime`, `esteemed`, `Argentinian`, `CNN`). */
function describesHolder(token: Token): boolean {
  if (OTHER_HOLDERS.has(token.lower)) return false
  if (token.capitalised) return NATIONALITY_WORDS.has(token.lower) || ALL_CAPITALS.test(token.text)
  return token.lower === 'then' || POST_MODIFIERS.has(token.lower) || token.lower.includes('-') || ADJECTIVE_ENDING.test(token.lower)
}

/** Endings of adjectives (`esteemed`, `outspoken`, `loving`, `respected`, `famous`, `outgoing`), as a cheap test of a word's part of speech. */
const ADJECTIVE_ENDING = /(?:ed|en|ing|ful|ous|ive|ble)$/

/** Words before a post that make its holder someone other than the one in view (`the former mayor`, `the incoming president`). */
const OTHER_HOLDERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'vice', 'deputy', 'acting', 'assistant', 'associate', 'interim', 'incoming', 'outgoing', 'next', 'new', 'previous',
  'late', 'elected', 'appointed', 'unnamed', 'unidentified', 'other', 'fellow', 'rival', 'opposing', 'visiting', 'ranking'
])

/**
 * The holder of a post written by another word for it (`the City boss` for
 * `City manager Jo Vale`, `the skipper` for the captain), the words before the
 * post kept (`the City boss` is never another club's manager), or null.
 */
function synonymHolder(registry: Registry, post: readonly Token[], place: Place, say: ((how: string) => void) | undefined): string | null {
  // The post's last one or two words (`boss`, `chief executive`), the words before them kept as written.
  for (const size of [2, 1]) {
    if (post.length < size) continue
    const synonyms = POST_SYNONYMS.get(postOf(post.slice(-size)))
    if (!synonyms) continue
    const before = postOf(post.slice(0, -size))
    for (const synonym of synonyms) {
      const held = postHolder(registry, before === '' ? synonym : `${before} ${synonym}`, place, say)
      if (held !== null) return held
    }
  }
  return null
}

/** The bare post of `the` and a party before a post in lower case (`the Labour leader`), or null. */
function partisanPost(tokens: readonly Token[]): readonly Token[] | null {
  const [the, party, head] = tokens
  // In capitals only: in lower case `independent`, `liberal`, `green` are adjectives (`the independent senator`).
  if (tokens.length !== 3 || the?.lower !== 'the' || !party?.capitalised || !PARTY_WORDS.has(party.lower) || !head || !isBarePost([head])) return null
  return [head]
}

/** Posts of people who speak or work for someone else, often unnamed (`the prime minister’s spokesman`, `an organizer`). */
const SPEAKS_FOR_OTHERS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'lawyer', 'attorney', 'organizer', 'organiser',
  'representative', 'analyst', 'researcher', 'investigator', 'detective', 'inspector', 'engineer', 'doctor', 'surgeon', 'strategist', 'pollster'
])

/** Words before a post that name one post, not another's (`prime minister`, `minority leader`), or describe its holder (`longtime senator`). */
const POST_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'presidential', 'minority', 'majority', 'chief', 'foreign', 'finance', 'defence', 'defense', 'home', 'health',
  'interior', 'longtime', 'veteran', 'embattled', 'incumbent', 'sitting', 'first'
])

/** Whether a word names a person by nationality: a demonym noun, or an adjective used as one (`the Italian`). */
function isDemonym(lower: string): boolean {
  return DEMONYM_NOUNS.has(lower) || NATIONALITY_WORDS.has(lower)
}

/** Whether anyone at all is filed under a post, before or after, one holder or more. */
function filedUnder(registry: Registry, post: string): boolean {
  return (registry.roles.get(post)?.length ?? 0) > 0
}

/** A person the article names, or undefined for someone it brings in unnamed (`a spokeswoman`). */
function named(person: Person | undefined): Person | undefined {
  return person?.unnamed ? undefined : person
}

/**
 * How many pronouns back a pronoun may follow, each standing for the one
 * before. Swept on the train split: 1 gives one quote fewer than 2, and 2 to 5
 * give the same; a chain stays short and bounded.
 */
const PRONOUN_CHAIN = 2

/** The first fitting person of the nearest sentence that names one, among subjects only when asked. */
function nearestFitting(occurrences: readonly Occurrence[], place: Place, gender: 'm' | 'f' | null, subjectsOnly: boolean): Occurrence | undefined {
  let index = lastBefore(occurrences, place)
  let chosen: Occurrence | undefined
  // In the chosen sentence, the person a quote there is attributed to, or whose words it reports outside
  // quotes, comes first (`“…,” Ruiz told a reporter when asked about Ode`, `Ode lost, Ruiz said.`: a
  // `she` after it is Ruiz); then a person whose gender is known to fit beats one whose gender is unknown.
  let exact: Occurrence | undefined
  let speaker: Occurrence | undefined
  // Bounded, so that thousands of names in one long paragraph keep the parse linear.
  for (let seen = 0; index >= 0 && seen < PRONOUN_CANDIDATES; index--, seen++) {
    const occurrence = occurrences[index]
    if (!occurrence || occurrence.paragraph < place.paragraph - PRONOUN_REACH) break
    if (chosen && (occurrence.paragraph !== chosen.paragraph || occurrence.sentence !== chosen.sentence)) break
    // `the DNC`, `GOP`, `Harbour Port Authority`: a body is nobody's `he`.
    if ((subjectsOnly && !occurrence.subject) || occurrence.person.body) continue
    const known = occurrence.person.gender
    if (gender === null || known === null || known === gender) {
      chosen = occurrence
      // A body known by one word (`Iran`) may speak too, but is no one's `he`: a speaker must read as a person.
      if (occurrence.speaks && (known !== null || occurrence.person.nameWords > 1)) speaker = occurrence
    }
    if (gender !== null && known === gender) exact = occurrence
  }
  return speaker ?? exact ?? chosen
}

/**
 * The body a `they` or `it` stands for: the first subject of the nearest
 * earlier sentence that has one (leaving out `sentence`, the pronoun's own,
 * unless it is -1), when that subject is a body; a person there (`Ruiz met
 * the board. “…,” they said.`) leaves the pronoun to no one.
 */
function nearestBody(occurrences: readonly Occurrence[], place: Place, sentence: number): Person | undefined {
  let first: Occurrence | undefined
  for (let index = lastBefore(occurrences, place), seen = 0; index >= 0 && seen < PRONOUN_CANDIDATES; index--, seen++) {
    const occurrence = occurrences[index]
    if (!occurrence || occurrence.paragraph < place.paragraph - PRONOUN_REACH) break
    if (first && (occurrence.paragraph !== first.paragraph || occurrence.sentence !== first.sentence)) break
    if (occurrence.subject && !(occurrence.paragraph === place.paragraph && occurrence.sentence === sentence)) first = occurrence
  }
  return first?.person.body ? first.person : undefined
}

/** Verbs after which `it` is the empty subject of a copula (`It seems`), not a body. */
const EXPLETIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'becomes', 'became'])

/** Determiners of someone the article does not name (`a spokesman`, `one resident`), and such words alone (`someone`, `others`). */
const UNNAMING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'someone', 'somebody', 'others'])

const SPEECH_NOUN_SET: ReadonlySet<string> = new Set(SPEECH_NOUNS)

/** Possessive determiners (`its headline`, `his message`). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their'])

/** Whether a document is mentioned in the paragraph or the few before it (binary search). */
function documentNear(paragraphs: readonly number[], paragraph: number): boolean {
  let low = 0
  let high = paragraphs.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((paragraphs[middle] ?? 0) <= paragraph) low = middle + 1
    else high = middle
  }
  const nearest = paragraphs[low - 1]
  return nearest !== undefined && nearest >= paragraph - PRONOUN_REACH
}

/**
 * The documents an article names, found on first use: only an `it` or a
 * `the letter` speaker reads them (14 of the corpus's 139 articles with
 * quotes), and finding them walks every word of the article.
 */
export class LazyDocuments {
  private found: Documents | undefined
  private readonly words: readonly Words[]

  /** @param words The words of every paragraph. */
  constructor(words: readonly Words[]) {
    this.words = words
  }

  /** The documents, found the first time they are asked for. */
  get(): Documents {
    this.found ??= findDocuments(this.words)
    return this.found
  }
}

/** The documents an article names, for `the memo` and `it`. */
export interface Documents {
  /** The first document the article names (`the letter`), lower case with its determiner, or null. */
  readonly first: string | null
  /** The paragraphs that mention a document (`the letter`, `a memo`, `this note`), in order. */
  readonly paragraphs: readonly number[]
}

/**
 * Find the documents an article names, in one walk over its words: the first
 * (`the letter`, which later mentions of documents, `the memo` or `it`, are
 * taken to be) and every paragraph that mentions one.
 *
 * @param paragraphs The words of every paragraph.
 * @returns The first document and the paragraphs that mention one.
 */
export function findDocuments(paragraphs: readonly Words[]): Documents {
  let first: string | null = null
  const found: number[] = []
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const tokens = paragraphs[paragraph]?.tokens
    if (!tokens) continue
    let mentioned = false
    // Document nouns are rare: test the noun first, its determiner only on a hit,
    // and the noun's first letter before its hash (the only look-up made on every word).
    for (let index = 1; index < tokens.length; index++) {
      if (tokens.quoted(index) || CORRESPONDENCE_INITIALS[lowerInitial(tokens.text, tokens.start(index)).charCodeAt(0)] !== 1) continue
      const token = tokens.get(index)
      if (!token || !CORRESPONDENCE.has(token.lower)) continue
      const determiner = tokens.get(index - 1)?.lower ?? ''
      if (first === null && (determiner === 'the' || determiner === 'a')) first = `the ${token.lower}`
      if (DOCUMENT_DETERMINERS.has(determiner)) mentioned = true
    }
    if (mentioned) found.push(paragraph)
  }
  return {first, paragraphs: found}
}

/** Determiners before a document noun that make it a document of this article (`the letter`). */
const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'this', 'that'])

/** Documents that speak with one voice across an article: a letter is also "the memo". */
const CORRESPONDENCE: ReadonlySet<string> = new Set(['letter', 'memo', 'memorandum', 'missive', 'document', 'draft', 'note'])
/** 1 at the code of each first letter of `CORRESPONDENCE`: an index, cheaper than any look-up, for a test made at every word. */
const CORRESPONDENCE_INITIALS: Readonly<Uint8Array> = initialsOf(CORRESPONDENCE)

/** A table with 1 at the code of each word's first letter (ASCII only: the words are). */
function initialsOf(words: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(128)
  for (const word of words) table[word.charCodeAt(0)] = 1
  return table
}

/** What kind of speaker a mention names, for matching `it` and `they` to an earlier speaker. */
export type Animacy = 'person' | 'group' | 'thing'

/**
 * What kind of speaker a mention names: a body or a document (`the Ledger`,
 * `the report`) is a thing, a plural description (`officials`) a group,
 * anything else a person.
 *
 * @param words The words of the mention's paragraph.
 * @param mention The mention.
 * @returns Its animacy.
 */
export function animacyOf(words: Words, mention: Mention): Animacy {
  const tokens = words.tokens.slice(mention.first, mention.last + 1)
  const head = tokens.at(-1)?.lower ?? ''
  if (mention.kind === 'pronoun') return head === 'it' ? 'thing' : head === 'they' ? 'group' : 'person'
  if (tokens.some((token) => NON_PERSON_WORDS.has(token.lower)) || DOCUMENT_NOUNS.has(head)) return 'thing'
  if (mention.kind === 'description' && head.endsWith('s') && !head.endsWith('ss')) return 'group'
  return 'person'
}

/**
 * Whether an unresolved `it` or `they` can stand for an earlier speaker of
 * this kind (`“…,” the Ledger wrote. “…,” it added.`).
 *
 * @param pronoun The pronoun, lower case.
 * @param earlier The animacy of the earlier speaker.
 * @returns True when the pronoun fits.
 */
export function pronounFits(pronoun: string, earlier: Animacy): boolean {
  if (pronoun === 'it') return earlier === 'thing'
  if (pronoun === 'they') return earlier === 'group' || earlier === 'thing'
  return false
}
