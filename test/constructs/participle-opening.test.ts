import {describe, expect, it} from 'vitest'
import {participleOpening} from '../../src/quotes/constructs/participle-opening.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: participle-opening', () => {
  it('gives the quote to the main clause after `After saying “…”,`', () => {
    expect(readWith(participleOpening, ['After saying the road was “a disgrace,” Councillor Ada Lind left the meeting early.'])).toMatchObject({
      cue: 'saying',
      mention: 'Councillor Ada Lind'
    })
  })

  it('reads nothing when the sentence opens with its subject', () => {
    expect(readWith(participleOpening, ['Ada Lind left early, saying the road was “a disgrace.”'])).toBeNull()
  })
})
