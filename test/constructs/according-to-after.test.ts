import {describe, expect, it} from 'vitest'
import {accordingToAfter} from '../../src/quotes/constructs/according-to-after.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: according-to-after', () => {
  it('reads the source of a sentence-final `according to X`', () => {
    expect(readWith(accordingToAfter, ['Workers staged a “slow day” at the depot on Friday, according to the union.'])).toMatchObject({
      cue: 'according to',
      mention: 'the union'
    })
  })

  it('reads the body or person a document comes from, as `a statement from X said` does', () => {
    expect(readWith(accordingToAfter, ['The pier is “unsafe,” according to a statement from the Harbour Board.'])).toMatchObject({mention: 'Harbour Board'})
    // A name that goes on in lower case is part of a longer one: the document stays the source.
    expect(readWith(accordingToAfter, ['The pier is “unsafe,” according to a statement from Westvale police.'])).toMatchObject({mention: 'a statement'})
  })

  it('reads nothing past the end of the sentence', () => {
    expect(readWith(accordingToAfter, ['Workers staged a “slow day” at the depot. According to the union, pay is the issue.'])).toBeNull()
  })
})
