import {describe, expect, it} from 'vitest'
import {dash} from '../../src/quotes/constructs/dash.js'
import {readWith} from '../support/quote-sites.js'

// Invented sentences: each states the construction, none comes from a real article.
describe('construct: dash', () => {
  it('reads the name after a dash that follows the closing mark', () => {
    expect(readWith(dash, ['“Nothing about the ferry timetable makes sense.” — Ines Valcourt'])).toEqual({cue: null, mention: 'Ines Valcourt', kind: 'name'})
  })

  it('reads nothing when words, not a dash, follow the quote', () => {
    expect(readWith(dash, ['“The ferry is late again,” Ines Valcourt said.'])).toBeNull()
  })

  it('reads nothing for a dash before a lower-case clause', () => {
    expect(readWith(dash, ['The board called it “a bridge to nowhere” — and then approved it.'])).toBeNull()
  })

  it('reads the name only when it closes its sentence, not a dash that goes on', () => {
    expect(readWith(dash, ['“Nothing about the ferry timetable makes sense.” — Ines Valcourt, ferry user.'])).toMatchObject({mention: 'Ines Valcourt'})
    expect(readWith(dash, ['The column ‘ODDS AND ENDS’ - Links to the week’s stories on the harbour.'])).toBeNull()
    expect(readWith(dash, ['“Why wait?” - Voters in Holmvik who watched the debate said the same.'])).toBeNull()
  })
})
