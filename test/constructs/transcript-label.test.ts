import {describe, expect, it} from 'vitest'
import {transcriptLabel} from '../../src/quotes/constructs/transcript-label.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: transcript-label', () => {
  it('reads a speaker label in capitals at the start of the quote', () => {
    expect(readWith(transcriptLabel, ['"OKAFOR: We start with the harbour vote tonight."'])).toEqual({cue: null, mention: 'OKAFOR', kind: 'name'})
  })

  it('reads nothing for an ordinary sentence in quotes', () => {
    expect(readWith(transcriptLabel, ['"We start with the harbour vote tonight," Okafor said.'])).toBeNull()
  })
})
