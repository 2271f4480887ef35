import {describe, expect, it} from 'vitest'
import {possessiveSpeech} from '../../src/quotes/constructs/possessive-speech.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: possessive-speech', () => {
  it('reads the owner of a speech noun before the quote', () => {
    expect(readWith(possessiveSpeech, ['Residents mocked Lars Edvik’s latest claim that the tunnel is “nearly finished.”'])).toMatchObject({cue: null, mention: 'Lars Edvik’s'})
  })

  it('reads nothing for a possessive before a noun that is no speech', () => {
    expect(readWith(possessiveSpeech, ['Residents mocked Lars Edvik’s tunnel as “nearly finished.”'])).toBeNull()
  })
})
