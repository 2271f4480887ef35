import {describe, expect, it} from 'vitest'
import {explainArticle, parseArticle} from '../src/index.js'
import {PRIORITY_WEIGHTS} from '../src/lexicon/speaker-weights.js'
import {chooseSpeaker} from '../src/quotes/choose-speaker.js'
import {readCandidates} from '../src/quotes/constructs/index.js'
import {listFixtures} from './support/fixtures.js'
import {sitesOf} from './support/quote-sites.js'

// Invented sentences, written for these tests.
const article = (...paragraphs: string[]): string => `Harbour board votes to rebuild the old pier\n\n${paragraphs.join('\n\n')}\n`

describe('chooseSpeaker', () => {
  it('gives the quote to the cue on the side its punctuation points to', () => {
    const [site] = sitesOf('Pilar Ortiz said “the pier is safe,” Jon Abe said.')
    if (!site) throw new Error('no quote')
    const choice = chooseSpeaker(readCandidates(site), site)
    expect(choice.winner?.construct).toBe('cue-after')
    expect(choice.candidates.map((candidate) => candidate.construct)).toContain('cue-before')
  })

  it('reads a question the sentence goes on from as pointing after it, like a comma', () => {
    // A dash keeps the quote from the verb before it; `?” asked` carries on the sentence to its speaker.
    const [asked] = sitesOf('The board hopes, and Pilar Ortiz denies — “why would anyone vote no?” asked Jon Abe.')
    if (!asked) throw new Error('no quote')
    expect(asked.goesOn).toBe(true)
    expect(chooseSpeaker(readCandidates(asked), asked).winner?.construct).toBe('cue-after')
    // A question that ends its sentence points to nothing after it.
    const [ends] = sitesOf('Pilar Ortiz asked: “Why would anyone vote no?” Jon Abe left.')
    expect(ends?.goesOn).toBe(false)
  })

  it('lets a sentence-level construct take the cue beside the quote', () => {
    const [site] = sitesOf('Greta Solberg is promising “a school in every valley,” adding more.')
    if (!site) throw new Error('no quote')
    const cue = {first: 8, last: 8}
    const choice = chooseSpeaker(
      [
        {construct: 'cue-after', cue, mention: null, inPrevious: false},
        {construct: 'sentence-subject', cue: null, mention: {kind: 'name', first: 0, last: 1}, inPrevious: false}
      ],
      site
    )
    expect(choice.winner?.construct).toBe('sentence-subject')
    expect(choice.cue).toEqual(cue)
  })

  it('never lets a candidate without a mention win, and scores by the weights given', () => {
    const [site] = sitesOf('Pilar Ortiz pointed at the pier. “It is safe,” came the reply.')
    if (!site) throw new Error('no quote')
    const candidates = readCandidates(site)
    const choice = chooseSpeaker(candidates, site)
    for (const candidate of choice.candidates) expect(candidate.score === null).toBe(candidate.mention === null)
    const flipped = {...PRIORITY_WEIGHTS, construct: {...PRIORITY_WEIGHTS.construct, 'previous-sentence': 100}}
    expect(chooseSpeaker(candidates, site, flipped).winner?.construct).toBe('previous-sentence')
  })
})

describe('explainArticle', () => {
  it('traces every quote of the Article, in order, with the quote as returned', () => {
    for (const fixture of listFixtures()) {
      const {article: parsed, quotes} = explainArticle(fixture.input)
      expect(quotes.map((trace) => trace.quote)).toEqual(parseArticle(fixture.input).quotes)
      expect(parsed).toEqual(parseArticle(fixture.input))
      for (const trace of quotes) {
        if (trace.chosen !== null) expect(trace.candidates.map((candidate) => candidate.construct)).toContain(trace.chosen)
        expect(trace.why).not.toBe('')
      }
    }
  })

  it('names the winner, its rivals and the quote a speaker is carried from', () => {
    // The second quote opens the next paragraph with no attribution: no construct reads it, carrying does.
    const {quotes} = explainArticle(article('“The pier will reopen in May,” said Pilar Ortiz, the harbour master.', '“The boats are waiting.”'))
    expect(quotes[1]?.candidates).toEqual([])
    expect(quotes[0]?.chosen).toBe('cue-after')
    expect(quotes[0]?.why).toMatch(/^cue-after scores highest \([\d.]+\).*the speaker is Pilar Ortiz \(written "Pilar Ortiz"\)\.$/)
    expect(quotes[1]?.carriedFrom).toBe(0)
    expect(quotes[1]?.quote.speaker?.name).toBe('Pilar Ortiz')
  })

  it('says when a quote shares the attribution closing its sentence with the next quote', () => {
    // An attribution past a long apposition, which no construct reads for the first quote (sentence-end reads a short closing clause).
    const {quotes} = explainArticle(article('Ruiz’s plan “truly seems reckless” and “ignores the tide tables,” Tom Ode, who has studied the harbour for a decade and more, wrote.'))
    expect(quotes[0]?.candidates.map((candidate) => candidate.construct)).not.toContain('sentence-end')
    expect(quotes[0]?.carriedFrom).toBe(1)
    expect(quotes[0]?.why).toBe('Joined by "and" or "or" to quote 1, it shares the attribution that closes their sentence: the speaker is Tom Ode (written "Tom Ode").')
  })

  it('says when a quote takes its speaker from the paragraph it runs on into', () => {
    const {quotes} = explainArticle(article('“We are exhausted.', '“Nobody listens,” says Priya Nandan.'))
    expect(quotes[0]?.carriedFrom).toBe(1)
    expect(quotes[0]?.why).toBe('It names no speaker and runs on into the next paragraph, whose quote 1 names one: the speaker is Priya Nandan.')
  })

  it('says how each mention came to its name: a post, a pronoun, a surname, an unnamed person', () => {
    const {quotes} = explainArticle(
      article(
        'Sen. Ruth Odell opened the debate on Monday.',
        '“We are ready,” the senator said.',
        'Tom Ware disagreed. “It is too soon,” he said.',
        '“It can wait,” Ware said.',
        '“Nobody asked us,” a resident said.'
      )
    )
    const winners = quotes.map((trace) => trace.candidates.find((candidate) => candidate.construct === trace.chosen))
    expect(winners.map((candidate) => candidate?.name)).toEqual(['Ruth Odell', 'Tom Ware', 'Tom Ware', null])
    expect(winners.map((candidate) => candidate?.how)).toEqual([
      'the one person named as senator before it',
      'the nearest earlier person of a fitting gender, speakers and subjects first',
      'the fullest name the article gives Ware',
      'someone the article does not name: no speaker'
    ])
  })

  it('says when a quote’s mention names no one and is kept as its source', () => {
    const {quotes} = explainArticle(article('“The ferry is late again,” one commuter wrote.'))
    expect(quotes[0]?.quote.source?.text).toBe('one commuter')
    expect(quotes[0]?.why).toMatch(/^cue-after scores highest \([\d.]+\); it names no one, and "one commuter" is the quote’s source\.$/)
  })

  it('says a term is no one’s speech', () => {
    const {quotes} = explainArticle(article('The board approved a “temporary” closure of the pier on Monday.'))
    expect(quotes[0]?.quote.kind).toBe('term')
    expect(quotes[0]?.why).toBe('A term, no one’s speech: no cue and no speaker.')
  })
})
