import {describe, expect, it} from 'vitest'
import {cueBefore} from '../../src/quotes/constructs/cue-before.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: cue-before', () => {
  it('reads the subject of the clause a participle cue closes, not of a clause joined before it', () => {
    expect(readWith(cueBefore, ['Closures were reported, and the mayor has stood by them in the interest of calm, saying the bridge is “neither safe nor open.”'])).toEqual({
      cue: 'saying',
      mention: 'the mayor',
      kind: 'description'
    })
  })

  it('reads the source of an `according to` phrase set off before the clause another cue opens (`According to X, Y said “…”`)', () => {
    expect(readWith(cueBefore, ['According to the newspaper, Tomas Brevik said the dam was “unsafe.”'])).toEqual({cue: 'According to', mention: 'the newspaper', kind: 'description'})
    expect(readWith(cueBefore, ['Brevik left early because, according to Ana Ruiz, the clerk would call him a “coward” otherwise.'])).toMatchObject({mention: 'Ana Ruiz'})
    // Not over a clause joined after it with a subject of its own; a joined verb without one shares the source.
    expect(readWith(cueBefore, ['Prices rose sharply, according to the report, and Ana Ruiz said the rise was “alarming.”'])).toMatchObject({mention: 'Ana Ruiz'})
    expect(readWith(cueBefore, ['The clerks left early, according to the report, and said the rise was “alarming.”'])).toMatchObject({mention: 'the report'})
  })

  it('reads `X said: “…”`', () => {
    expect(readWith(cueBefore, ['Maren Holt said: “The vote is final.”'])).toEqual({cue: 'said', mention: 'Maren Holt', kind: 'name'})
  })

  it('takes the subject, not the object, of `X issued a statement saying “…”`', () => {
    expect(readWith(cueBefore, ['Maren Holt issued a statement saying the vote was “final and fair.”'])).toMatchObject({cue: 'saying', mention: 'Maren Holt'})
    // An object opened by a possessive is an object too.
    expect(readWith(cueBefore, ['Maren Holt opened their third debate saying “of course” the vote was fair.'])).toMatchObject({cue: 'saying', mention: 'Maren Holt'})
    // A phrase that opens its clause is its subject; so is one after `which`.
    expect(readWith(cueBefore, ['A short statement said the vote was “final.”'])).toMatchObject({cue: 'said', mention: 'A short statement'})
    expect(readWith(cueBefore, ['Holt cited the audit, which a review said was “thorough.”'])).toMatchObject({cue: 'said', mention: 'a review'})
  })

  it('reads the clause’s subject for a participle right after the object of `to`, `on`, `in` or `at`, not that object', () => {
    expect(readWith(cueBefore, ['Mayor Ines Quarry wrote to the harbour board asking it to review the “fiasco.”'])).toMatchObject({cue: 'asking', mention: 'Mayor Ines Quarry'})
    expect(readWith(cueBefore, ['Ines Quarry answered the question on Facebook writing, “Yes, I will.”'])).toMatchObject({cue: 'writing', mention: 'Ines Quarry'})
    // `footage of X asking`: the object of `of` is the one who asks.
    expect(readWith(cueBefore, ['The advert shows footage of Ines Quarry asking, “Why not?”'])).toMatchObject({cue: 'asking', mention: 'Ines Quarry'})
  })

  it('reads a plural role with the word that opens its sentence before it (`Hospital staff said`)', () => {
    expect(readWith(cueBefore, ['Harbour staff said the pier was “unsafe.”'])).toMatchObject({mention: 'Harbour staff', kind: 'description'})
    expect(readWith(cueBefore, ['Later, officials said the pier was “unsafe.”'])).toMatchObject({mention: 'officials', kind: 'description'})
  })

  // What stands between the speaker and the cue, and is no part of either.
  const between: readonly (readonly [string, string, string, string])[] = [
    [
      'a party and state after a name set before an apposition (`Rep. X (D-Calif.), a critic, said`)',
      'State Rep. Ines Quarry (D-Westshire), a longtime critic, said the plan was “a folly.”',
      'said',
      'State Rep. Ines Quarry'
    ],
    ['a party alone in brackets (`X (R), for one, said`)', 'Councillor Bo Lind (R), for one, said the levy was “overdue.”', 'said', 'Councillor Bo Lind'],
    [
      'an apposition of an article and a capitalised word, the verb after it no noun as in `a Jane Doe tweet` (`X, a Democrat, said`)',
      'Gov. Ines Quarry, a Democrat, said at a news conference that the plan was “not helpful.”',
      'said',
      'Gov. Ines Quarry'
    ],
    [
      'an earlier cue and its `that`, when the participle after `with` has its own subject (`X denied it, with Y telling …`)',
      'The harbour board denied that on Monday, with spokeswoman Ines Quarry telling reporters the leak was “invented.”',
      'telling',
      'Ines Quarry'
    ]
  ]
  for (const [what, sentence, cue, mention] of between) {
    it(`reads past ${what}`, () => {
      expect(readWith(cueBefore, [sentence])).toMatchObject({cue, mention})
    })
  }

  it('reads the participles of listed verbs and ways of saying as cues (`… reportedly yelling: “…”`, `with X noting that “…”`)', () => {
    expect(readWith(cueBefore, ['The crowd booed, with the mayor reportedly yelling: “Get them out!”'])).toMatchObject({cue: 'yelling', mention: 'the mayor'})
    expect(readWith(cueBefore, ['The talks stalled, with Ana Ruiz noting that the plan was “dead on arrival.”'])).toMatchObject({cue: 'noting', mention: 'Ana Ruiz'})
  })

  it('reads verbs that name what was said as cues (`expressed`, `defended`, `referred to X as`), `referred` only with `to … as`', () => {
    expect(readWith(cueBefore, ['Mayor Ana Ruiz expressed her “deep sympathy” to the families.'])).toMatchObject({cue: 'expressed', mention: 'Mayor Ana Ruiz'})
    expect(readWith(cueBefore, ['Ana Ruiz once referred to the levy as the “harbour tax”.'])).toMatchObject({cue: 'referred', mention: 'Ana Ruiz'})
    expect(readWith(cueBefore, ['The agency referred the matter of the “vetting” order to the mayor.'])).toBeNull()
  })

  it('passes over the passive that reports a subject’s words through a participle (`X was quoted as saying “…”`)', () => {
    expect(readWith(cueBefore, ['Tomas Brevik was quoted as saying the dam is “unsafe.”'])).toMatchObject({cue: 'saying', mention: 'Tomas Brevik'})
    expect(readWith(cueBefore, ['Tomas Brevik has been overheard telling aides the dam is “unsafe.”'])).toMatchObject({cue: 'telling', mention: 'Tomas Brevik'})
    expect(readWith(cueBefore, ['The harbour master was quoted saying the dam is “unsafe.”'])).toMatchObject({cue: 'saying', mention: 'The harbour master'})
  })

  it('passes over a time phrase before the verb to its subject (`A review this year noted …`)', () => {
    expect(readWith(cueBefore, ['A harbour review this year noted the pier is “unsafe.”'])).toMatchObject({cue: 'noted', mention: 'A harbour review'})
    // An amount of time before `ago`, however it is measured.
    expect(readWith(cueBefore, ['The harbour board less than two weeks ago said the pier is “unsafe.”'])).toMatchObject({cue: 'said', mention: 'The harbour board'})
    expect(readWith(cueBefore, ['The harbour board 10 days ago said the pier is “unsafe.”'])).toMatchObject({cue: 'said', mention: 'The harbour board'})
  })

  it('reads the subject a place or body after a preposition tells more of, not that place or body', () => {
    expect(readWith(cueBefore, ['Sen. Pat Morrow of Vermont said: “We cannot wait another year.”'])).toMatchObject({mention: 'Sen. Pat Morrow', kind: 'name'})
    expect(readWith(cueBefore, ['Ana Lind of the Harbour Institute said: “The tide is turning.”'])).toMatchObject({mention: 'Ana Lind', kind: 'name'})
    expect(readWith(cueBefore, ['A spokesman for Prime Minister Rosa Imre said: “No comment.”'])).toMatchObject({mention: 'A spokesman', kind: 'description'})
    // A body written in lower case is read past as a name is; one who speaks for it leaves it the speaker.
    expect(readWith(cueBefore, ['The chair of the harbour board said: “No comment.”'])).toMatchObject({mention: 'The chair', kind: 'description'})
    expect(readWith(cueBefore, ['Leaders of the union have said they want “every member safe.”'])).toMatchObject({mention: 'Leaders', kind: 'description'})
    expect(readWith(cueBefore, ['A spokesman for the harbour board said: “No comment.”'])).toMatchObject({mention: 'the harbour board', kind: 'description'})
    // A body's name runs on through `of`; so does a post's, read whole with its holder's name, which the resolver parts.
    expect(readWith(cueBefore, ['The University of Fernhill said: “We will appeal.”'])).toMatchObject({mention: 'University of Fernhill', kind: 'name'})
    expect(readWith(cueBefore, ['Secretary of State Jon Varga said: “We will appeal.”'])).toMatchObject({mention: 'Secretary of State Jon Varga', kind: 'name'})
    expect(readWith(cueBefore, ['Minister for Harbours Jo Keogh said: “We will appeal.”'])).toMatchObject({mention: 'Minister for Harbours Jo Keogh', kind: 'name'})
  })

  it('reads the name a relative `who` stands for, not the subject of the clause around it', () => {
    expect(readWith(cueBefore, ['The mayor met Ana Ruiz, who said the plan was “disgraceful.”'])).toMatchObject({mention: 'Ana Ruiz', kind: 'name'})
    // Not the place someone is from, nor a description, which other readings keep unnamed.
    expect(readWith(cueBefore, ['Voters met Jo Vale, 24, from Holmvik, who said the plan was “fine.”'])).not.toMatchObject({mention: 'Holmvik'})
  })

  it('reads a name in apposition to a description that ends in a body', () => {
    expect(readWith(cueBefore, ['The head of the Harbour Trust, Jane Ode, said: “The pier stays.”'])).toMatchObject({mention: 'Jane Ode', kind: 'name'})
  })

  it('reads a name set after its title in lower case in apposition to a description (`Her husband, former mayor X, said`)', () => {
    expect(readWith(cueBefore, ['Her husband, former mayor Carlos Ode, said: “She is ready.”'])).toMatchObject({mention: 'Carlos Ode', kind: 'name'})
  })

  it('reads `According to X, “…”`', () => {
    expect(readWith(cueBefore, ['According to the harbour spokeswoman, “no ship has left since noon.”'])).toMatchObject({cue: 'According to', mention: 'the harbour spokeswoman'})
  })

  it('reads a body named in capitals after `according to` at the end of its clause', () => {
    expect(readWith(cueBefore, ['According to The Harbour Ledger, “the pier will close in May.”'])).toMatchObject({cue: 'According to', mention: 'The Harbour Ledger'})
  })

  it('reads a hyphenated head of a description before its verb', () => {
    expect(readWith(cueBefore, ['The long-serving harbour-master complained that the pier was “unsafe for anyone.”'])).toMatchObject({
      cue: 'complained',
      mention: 'The long-serving harbour-master'
    })
  })

  it('gives a reported quote to the outer speaker (`X said that Y called it “…”`)', () => {
    expect(readWith(cueBefore, ['Maren Holt said that the mayor called the plan “a gift to developers.”'])).toMatchObject({cue: 'said', mention: 'Maren Holt'})
    // The same without `that`: the reported clause's subject comes right after the verb.
    expect(readWith(cueBefore, ['Maren Holt said the mayor called the plan “a gift to developers.”'])).toMatchObject({cue: 'said', mention: 'Maren Holt'})
    // A comma ends the first clause: `In a tweet, X called …` reports nothing inside the tweet.
    expect(readWith(cueBefore, ['In a late tweet, the mayor called the plan “a gift to developers.”'])).toMatchObject({cue: 'called', mention: 'the mayor'})
    // The outer verb's object is a statement: its maker speaks.
    expect(readWith(cueBefore, ['Maren Holt issued a statement saying the audit should go on and the “culprits” must pay.'])).toMatchObject({cue: 'saying', mention: 'Maren Holt'})
  })

  it('never reads the subject of the clause a verb reports as the verb’s own (`and said that Y is “…”`)', () => {
    // After an earlier quote, the words before this one hold a verb whose subject is out of reach: no one, not Tran.
    expect(readWith(cueBefore, ['Pat Graham called the plan “sound” and said that Tran is “weak.”'], 1)).toMatchObject({cue: 'said', mention: null})
  })

  it('never takes the object of a verb that does not invert for its speaker (`X called Y “…”`)', () => {
    expect(readWith(cueBefore, ['Also calling Maren Holt “a careful engineer,” the mayor left early.'])).toMatchObject({cue: 'calling', mention: null})
    expect(readWith(cueBefore, ['Then said Maren Holt: “The vote is final.”'])).toMatchObject({cue: 'said', mention: 'Maren Holt'})
    // `urges` takes a person as its object as often as not: the ad urges, not the voters.
    expect(readWith(cueBefore, ['The campaign released an ad that urges Westvale voters to “send a message” to the board.'])).toMatchObject({cue: 'urges', mention: 'The campaign'})
  })

  it('reads a lead-in without a verb that ends in a name and a colon before the quote’s opening mark (`Ana Ruiz: “…”`)', () => {
    expect(readWith(cueBefore, ['Maren Holt: “The vote is final.”'])).toEqual({cue: null, mention: 'Maren Holt', kind: 'name'})
    expect(readWith(cueBefore, ['Maren Holt: "The vote is final."'])).toMatchObject({cue: null, mention: 'Maren Holt'})
    // Without the name at its end, a lead-in says who speaks only through a speech noun.
    expect(readWith(cueBefore, ['The full text follows: “The vote is final.”'])).toBeNull()
  })

  it('reads the label after a spaced dash, and the name after `from`, in a lead-in without a verb (`… - Ana Ruiz:`, `More from Ruiz:`)', () => {
    expect(readWith(cueBefore, ['Turnout surprised no one - Maren Holt: “The vote is final.”'])).toMatchObject({cue: null, mention: 'Maren Holt'})
    expect(readWith(cueBefore, ['Other remarks from Maren Holt included: “The vote is final.”'])).toMatchObject({cue: null, mention: 'Maren Holt'})
    expect(readWith(cueBefore, ['The polls moved late - More from Holt: “The vote is final.”'])).toMatchObject({cue: null, mention: 'Holt'})
  })

  it('reads the owner of what a lead-in without a verb quotes (`From Ruiz’s post:`, `Ruiz’s letter makes the case:`)', () => {
    expect(readWith(cueBefore, ["From Holt's Facebook post: “The vote is final.”"])).toMatchObject({cue: null, mention: "Holt's", kind: 'name'})
    expect(readWith(cueBefore, ['Maren Holt’s letter makes a blunt case: “The vote is final.”'])).toMatchObject({cue: null, mention: 'Maren Holt’s', kind: 'name'})
  })

  it('reads the subject after a conjunction that opens the sentence (`But X refused, saying …`), and after its opening phrase', () => {
    expect(readWith(cueBefore, ['But Maren Holt refused to discuss the plan, saying she was “not ready to go into it.”'])).toMatchObject({cue: 'saying', mention: 'Maren Holt'})
    expect(readWith(cueBefore, ['And a day later, Holt reversed herself, telling reporters the plan was “dead.”'])).toMatchObject({cue: 'telling', mention: 'Holt'})
    expect(readWith(cueBefore, ['Yet she did not stop there, calling the vote “a farce.”'])).toMatchObject({cue: 'calling', mention: 'she'})
  })

  it('never reads the subject of the clause an inverting verb reports as its speaker (`said his boss was “…”`)', () => {
    expect(readWith(cueBefore, ['Asked about the job, said his lawyer was “always kind.”'])).toMatchObject({cue: 'said', mention: null})
    expect(readWith(cueBefore, ['Then said his lawyer: “No comment.”'])).toMatchObject({cue: 'said', mention: 'his lawyer'})
  })

  it('reads the person a possessive name owns as the speaker, whoever they are to the owner (`Mr Hale’s solicitor said`)', () => {
    expect(readWith(cueBefore, ['Mr Hale’s solicitor said: “He was a kind man.”'])).toMatchObject({cue: 'said', mention: 'Mr Hale’s solicitor', kind: 'description'})
    expect(readWith(cueBefore, ['Her cousin told the inquest: “She was calm.”'])).toMatchObject({mention: 'Her cousin'})
    expect(readWith(cueBefore, ['Marquez’s opponent said: “She has failed.”'])).toMatchObject({mention: 'Marquez’s opponent', kind: 'description'})
  })

  it('reads the name in apposition to a post written in capitals, and past an age (`The Home Secretary, X, said`, `The driver, X, 23, said`)', () => {
    expect(readWith(cueBefore, ['The Transport Secretary, Maren Holt, said: “It is painful.”'])).toMatchObject({cue: 'said', mention: 'Maren Holt'})
    expect(readWith(cueBefore, ['Westland’s Prime Minister, Maren Holt, said: “It is painful.”'])).toMatchObject({mention: 'Maren Holt'})
    expect(readWith(cueBefore, ['The driver, Tomas Brevik, 23, said: “I braked.”'])).toMatchObject({mention: 'Tomas Brevik'})
  })

  it('reads the agent of a passive naming verb as the speaker, not its subject (`X was branded a “…” by Y`, `X was accused by Y of “…”`)', () => {
    expect(readWith(cueBefore, ['Councillor Ida Fenn was branded a “traitor” by Mayor Tomas Brevik.'])).toMatchObject({cue: 'branded', mention: 'Mayor Tomas Brevik'})
    expect(readWith(cueBefore, ['Fenn was accused by Brevik of “grandstanding.”'])).toMatchObject({cue: 'accused', mention: 'Brevik'})
    // Far from its verb, a `by` tells who wrote or did something else (`reported in a “hit piece” by the Ledger`);
    // and the passive's subject is who it is said of, no speaker.
    expect(readWith(cueBefore, ['The loan was reported in a “hit piece” by the Ledger.'])).toMatchObject({cue: 'reported', mention: null})
  })

  it('reads the pronoun that answers, not the subject of an opening `when` clause that asks (`When X asked Y, he said: “…”`), and the main clause’s own earlier cue after such a clause', () => {
    expect(readWith(cueBefore, ['When reporters asked Holt about the delay, he said: “We are doing our best.”'])).toMatchObject({cue: 'said', mention: 'he'})
    expect(readWith(cueBefore, ['If the vote fails, aides say that she told the board “it was over.”'])).toMatchObject({cue: 'say', mention: 'aides'})
  })

  it('reads nothing before a quote that opens its paragraph', () => {
    expect(readWith(cueBefore, ['“The vote is final,” Maren Holt said.'])).toBeNull()
  })
})
