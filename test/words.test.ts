import {describe, expect, it} from 'vitest'
import {asciiInitials, lowerFinal, lowerInitial, mayOpenWithAny} from '../src/text/words.js'

describe('lowerInitial', () => {
  it('gives the ASCII letter toLowerCase opens with, for every code point', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0x10_ff_ff; code++) {
      if (code >= 0xd8_00 && code <= 0xdf_ff) continue
      const text = `${String.fromCodePoint(code)}x`
      const first = text.toLowerCase().charAt(0)
      const expected = first >= 'a' && first <= 'z' ? first : ''
      if (lowerInitial(text) !== expected) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('gives nothing for an empty text or a lone surrogate', () => {
    expect(lowerInitial('')).toBe('')
    expect(lowerInitial('\uD800')).toBe('')
  })

  it('reads a word in place, from the offset it is given', () => {
    expect(['the Memo', 'the İstanbul', 'the “x', 'the'].map((text) => lowerInitial(text, 4))).toEqual(['m', 'i', '', ''])
  })
})

describe('lowerFinal', () => {
  it('gives the ASCII letter toLowerCase ends with, for every code point', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0x10_ff_ff; code++) {
      if (code >= 0xd8_00 && code <= 0xdf_ff) continue
      const text = `x${String.fromCodePoint(code)}`
      const last = text.toLowerCase().at(-1) ?? ''
      const expected = last >= 'a' && last <= 'z' ? last : ''
      if (lowerFinal(text) !== expected) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('gives nothing for an empty text', () => {
    expect(lowerFinal('')).toBe('')
  })
})

describe('asciiInitials', () => {
  it('collects first letters, or null when a phrase opens with anything else', () => {
    expect(asciiInitials(['read more', 'related:', 'see also'])).toEqual(new Set(['r', 's']))
    expect(asciiInitials(['read more', '© copyright'])).toBeNull()
  })
})

describe('mayOpenWithAny', () => {
  it('rules out only texts no phrase can open once lower-cased', () => {
    const initials = asciiInitials(['read more', 'kelvin'])
    expect(mayOpenWithAny('Read more', initials)).toBe(true)
    expect(mayOpenWithAny('\u212Aelvin', initials)).toBe(true)
    expect(mayOpenWithAny('The end', initials)).toBe(false)
    expect(mayOpenWithAny('The end', null)).toBe(true)
  })
})
