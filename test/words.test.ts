import {describe, expect, it} from 'vitest'
import {asciiInitials, asciiPairs, lowerFinal, lowerInitial, mayOpenWithAny, mayOpenWithPair} from '../src/text/words.js'
import {anyOpeningPattern} from '../src/text/phrase-pattern.js'

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

describe('asciiPairs', () => {
  it('collects first two letters as numbers, or null when a phrase opens otherwise', () => {
    expect(asciiPairs(['read more', 'see also'])).toEqual(new Set([(0x72 << 8) | 0x65, (0x73 << 8) | 0x65]))
    expect(asciiPairs(['read more', 'a headline'])).toBeNull()
    expect(asciiPairs(['read more', "'tis"])).toBeNull()
  })
})

describe('mayOpenWithPair', () => {
  it('rules out only texts no phrase can open once lower-cased', () => {
    const pairs = asciiPairs(['read more', 'keep up'])
    expect(mayOpenWithPair('READ MORE', pairs)).toBe(true)
    expect(mayOpenWithPair('Keep up', pairs)).toBe(true)
    expect(mayOpenWithPair('\u212Aeep up', pairs)).toBe(true)
    expect(mayOpenWithPair('Re', pairs)).toBe(true)
    expect(mayOpenWithPair('Rain', pairs)).toBe(false)
    expect(mayOpenWithPair('R', pairs)).toBe(false)
    expect(mayOpenWithPair('', pairs)).toBe(false)
    expect(mayOpenWithPair('The end', null)).toBe(true)
  })

  it('agrees with lower-casing on every character that opens a text', () => {
    const pairs = asciiPairs(['ke', 'ie', 'se'])
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const text = `${String.fromCharCode(code)}e`
      const opens = ['ke', 'ie', 'se'].some((phrase) => text.toLowerCase().startsWith(phrase))
      if (opens && !mayOpenWithPair(text, pairs)) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
  })
})

describe('anyOpeningPattern', () => {
  it('matches a text wherever one of its anchored patterns matches the opening, and only there', () => {
    const gate = anyOpeningPattern([/^photo: /, /^\d{1,3} of \d{1,3}\./], 'i')
    expect(['Photo: A. Lee', '2 of 9. Crowds'].map((text) => gate.test(text))).toEqual([true, true])
    expect(['A photo: no', 'Crowds gather'].map((text) => gate.test(text))).toEqual([false, false])
  })

  it('refuses a pattern it could turn lines away from: one not anchored, case-insensitive without `i`, or with `\\p` without `u`', () => {
    expect(() => anyOpeningPattern([/photo/])).toThrow()
    expect(() => anyOpeningPattern([/^photo/i])).toThrow()
    expect(() => anyOpeningPattern([/^\p{Lu}/u])).toThrow()
    expect(anyOpeningPattern([/^\p{Lu}/u], 'u').test('Ana')).toBe(true)
  })
})
