import {describe, expect, it} from 'vitest'
import {previousSentence} from '../../src/quotes/constructs/previous-sentence.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: previous-sentence', () => {
  it('reads the subject and cue of the sentence before, when it has a speech verb', () => {
    expect(readWith(previousSentence, ['Dag Haugen praised the crew on Sunday. “They worked through the night.”'])).toMatchObject({cue: 'praised', mention: 'Dag Haugen'})
  })

  it('reads the previous sentence’s subject without a speech verb', () => {
    expect(readWith(previousSentence, ['Dag Haugen pointed to the harbour wall. “It held.”'])).toMatchObject({cue: null, mention: 'Dag Haugen'})
  })

  it('reads nothing for a quote inside its sentence', () => {
    expect(readWith(previousSentence, ['Dag Haugen pointed to the wall. The crew called it “a miracle.”'])).toBeNull()
  })
})
