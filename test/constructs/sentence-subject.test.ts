import {describe, expect, it} from 'vitest'
import {sentenceSubject} from '../../src/quotes/constructs/sentence-subject.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: sentence-subject', () => {
  it('reads the name set between commas after a description subject (`Another critic, Jo Vale, likened …`)', () => {
    expect(readWith(sentenceSubject, ['Another critic, Laura H. Brandt, likened the rules to “burning the charter.”'])).toMatchObject({mention: 'Laura H. Brandt', kind: 'name'})
    expect(readWith(sentenceSubject, ['Another critic likened the rules to “burning the charter.”'])).toMatchObject({mention: 'Another critic', kind: 'description'})
  })

  it('reads the name after a title of a campaign’s people (`Former X speechwriter Jo Vale`), not the name the title is about', () => {
    for (const title of ['speechwriter', 'pollster', 'consultant', 'staffer', 'donor', 'lobbyist', 'operative', 'commentator', 'hopeful', 'front-runner', 'challenger']) {
      expect(readWith(sentenceSubject, [`Former Solberg ${title} Ines Quarry wrote a column calling the race “already lost.”`])).toMatchObject({mention: 'Ines Quarry'})
    }
  })

  it('reads the name after a title that goes on through `of` (`Former X secretary of state Jo Vale`, `chief of staff`), not the place before it', () => {
    expect(readWith(sentenceSubject, ['Former Westshire secretary of state Laura Brandt stirred a row over her remark that “the charter is dead.”'])).toMatchObject({mention: 'Laura Brandt', kind: 'name'})
    expect(readWith(sentenceSubject, ['Harbour Board chief of staff Tomas Lind stirred a row with the remark that “the charter is dead.”'])).toMatchObject({mention: 'Tomas Lind', kind: 'name'})
  })

  it('reads the name after a party and a title with an adjective in it (`Republican presidential candidate X`), not the party', () => {
    for (const title of ['presidential candidate', 'gubernatorial hopeful', 'mayoral nominee', 'senior adviser']) {
      expect(readWith(sentenceSubject, [`Republican ${title} Ines Quarry is asking whether the board would “stand firm.”`])).toMatchObject({mention: 'Ines Quarry'})
    }
  })

  it('reads the subject of the sentence the quote stands in', () => {
    expect(readWith(sentenceSubject, ['Greta Solberg is promising “a school in every valley” by the next election.'])).toMatchObject({mention: 'Greta Solberg'})
  })

  it('gives a later quote of the sentence the attribution before its first quote (`X, Y said, had served “…” and passed “…”`)', () => {
    const sentence = 'Mayor Jon Linden, Ana Rubin said, had been in office for “a thousand years” and passed “hundreds of bylaws.”'
    expect(readWith(sentenceSubject, [sentence], 1)).toMatchObject({cue: 'said', mention: 'Ana Rubin'})
    // Not past a cue of its own, nor from an opening clause of time: there the sentence's subject stays.
    expect(readWith(sentenceSubject, ['When Ms Lind called the plan “slow”, Mr Ode had a reply: “It is on time.”'], 1)).toMatchObject({cue: null, mention: 'Mr Ode'})
    // Nor past sixty words into the sentence: a sentence of thousands of quotes stays linear.
    const far = `Mayor Jon Linden, Ana Rubin said, had served “a thousand years” and ${'took on more and more of the harbour work '.repeat(9)}passed “hundreds of bylaws.”`
    expect(readWith(sentenceSubject, [far], 1)).toMatchObject({cue: null, mention: 'Mayor Jon Linden'})
  })

  it('reads nothing for a quote that modifies a noun after a determiner', () => {
    expect(readWith(sentenceSubject, ['Greta Solberg opened a “pop-up” clinic in the valley.'])).toBeNull()
  })

  it('reads nothing for a quote that opens its sentence', () => {
    expect(readWith(sentenceSubject, ['“A school in every valley” is the slogan.'])).toBeNull()
  })
})
