import {describe, expect, it} from 'vitest'
import {sentenceSubject} from '../../src/quotes/constructs/sentence-subject.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: sentence-subject', () => {
  it('reads the name set between commas after a description subject (`Another critic, Jo Vale, likened …`)', () => {
    expect(readWith(sentenceSubject, ['Another critic, Laura H. Brandt, likened the rules to “burning the charter.”'])).toMatchObject({mention: 'Laura H. Brandt', kind: 'name'})
    expect(readWith(sentenceSubject, ['Another critic likened the rules to “burning the charter.”'])).toMatchObject({mention: 'Another critic', kind: 'description'})
  })

  it('reads the subject of the sentence the quote stands in', () => {
    expect(readWith(sentenceSubject, ['Greta Solberg is promising “a school in every valley” by the next election.'])).toMatchObject({mention: 'Greta Solberg'})
  })

  it('reads nothing for a quote that modifies a noun after a determiner', () => {
    expect(readWith(sentenceSubject, ['Greta Solberg opened a “pop-up” clinic in the valley.'])).toBeNull()
  })

  it('reads nothing for a quote that opens its sentence', () => {
    expect(readWith(sentenceSubject, ['“A school in every valley” is the slogan.'])).toBeNull()
  })
})
