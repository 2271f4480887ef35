import {describe, expect, it} from 'vitest'
import {sentenceEnd} from '../../src/quotes/constructs/sentence-end.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: sentence-end', () => {
  it('reads the attribution that closes a sentence of several quotes for the quotes before the last', () => {
    const sentence = 'Her backing will carry “real weight” and give the slate the “reach” it lacks, party spokesman Neil Ross said.'
    expect(readWith(sentenceEnd, [sentence])).toEqual({cue: 'said', mention: 'Neil Ross', kind: 'name'})
  })

  it('reads a name after the verb, past a phrase set off after it', () => {
    const sentence = 'The audit found no “ties of any kind,” beyond the two firms sharing an office “briefly,” said the agency’s director, Ann Cole, on Monday.'
    expect(readWith(sentenceEnd, [sentence])).toMatchObject({cue: 'said', mention: 'Ann Cole'})
  })

  it('reads nothing for a quote with no other quote after it: that is cue-after’s', () => {
    expect(readWith(sentenceEnd, ['The plan is “reckless,” Ann Cole said.'])).toBeNull()
  })

  it('reads nothing when a colon sets off a quote with its own attribution, or leads in the next paragraph', () => {
    expect(readWith(sentenceEnd, ['Asked about the “audit” file, the clerk gave one answer: “It is closed,” the clerk said.'])).toBeNull()
    expect(readWith(sentenceEnd, ['On the “audit” and the “review”, the clerk wrote in her letter:'])).toBeNull()
  })

  it('reads nothing from a sentence that goes on past its reach', () => {
    const long = `It was “odd” and “late”, ${'and the rest of the words run on '.repeat(6)}the clerk said.`
    expect(readWith(sentenceEnd, [long])).toBeNull()
  })
})
