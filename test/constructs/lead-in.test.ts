import {describe, expect, it} from 'vitest'
import {leadIn} from '../../src/quotes/constructs/lead-in.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: lead-in', () => {
  it('reads a paragraph that ends with a colon', () => {
    expect(readWith(leadIn, ['In a statement on Friday, Oda Lien said:', '“We have done nothing wrong.”'])).toMatchObject({cue: 'said', mention: 'Oda Lien'})
  })

  it('reads a paragraph whose last sentence has a speech verb', () => {
    expect(readWith(leadIn, ['Oda Lien was blunt when asked about the audit.', '“We have done nothing wrong.”'])).toMatchObject({cue: 'asked', mention: 'Oda Lien'})
  })

  it('reads nothing for a quote that does not open its paragraph', () => {
    expect(readWith(leadIn, ['Oda Lien said:', 'Her reply, “nothing wrong,” was short.'])).toBeNull()
  })
})
