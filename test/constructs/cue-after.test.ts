import {describe, expect, it} from 'vitest'
import {cueAfter} from '../../src/quotes/constructs/cue-after.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: cue-after', () => {
  it('reads `“…,” X said`', () => {
    expect(readWith(cueAfter, ['“The wall will hold,” Tomas Brevik said.'])).toEqual({cue: 'said', mention: 'Tomas Brevik', kind: 'name'})
  })

  it('reads `“…,” said X` with the name after the verb', () => {
    expect(readWith(cueAfter, ['“The wall will hold,” said Tomas Brevik, the site engineer.'])).toMatchObject({cue: 'said', mention: 'Tomas Brevik'})
  })

  it('reads a name with a long apposition before a far cue', () => {
    expect(readWith(cueAfter, ['“The wall will hold,” Tomas Brevik, who has inspected the dam for the county since the floods, said.'])).toMatchObject({
      cue: 'said',
      mention: 'Tomas Brevik'
    })
  })

  it('reads the whole name after its modifiers, not the place that modifies the title (`says Riverside cartoonist Ana Ruiz`)', () => {
    expect(readWith(cueAfter, ['“Ink is cheaper than paint,” says Riverside cartoonist Ana Ruiz.'])).toMatchObject({cue: 'says', mention: 'Ana Ruiz'})
    expect(readWith(cueAfter, ['“The wall will hold,” said Holmvik council leader Tomas Brevik.'])).toMatchObject({cue: 'said', mention: 'Tomas Brevik'})
    expect(readWith(cueAfter, ['“We sold the boat,” says Ruiz’s partner, Tom Ode.'])).toMatchObject({cue: 'says', mention: 'Tom Ode'})
    expect(readWith(cueAfter, ['“The roof held,” said the parish clerk, Ben Asker.'])).toMatchObject({cue: 'said', mention: 'Ben Asker'})
    expect(readWith(cueAfter, ['“The roof held,” said the parish clerk, who asked not to be named.'])).toMatchObject({cue: 'said', mention: null})
  })

  it('reads `, she said` closing a sentence the quote fragment goes on from', () => {
    expect(readWith(cueAfter, ['“We will not sell the land” to any developer, whatever the price offered for the site by the city, she said.'])).toEqual({
      cue: 'said',
      mention: 'she',
      kind: 'pronoun'
    })
  })

  it('reads the cue after a question however long the clause it opens (`“…?” X asked as …`)', () => {
    expect(readWith(cueAfter, ['“Who will pay for the new wall?” Tomas Brevik asked as the board filed out of the long and crowded meeting room.'])).toMatchObject({
      cue: 'asked',
      mention: 'Tomas Brevik'
    })
  })

  it('reads nothing for a clause that opens with a subordinator', () => {
    expect(readWith(cueAfter, ['The crowd chanted “Open the gates,” when Brevik said the vote was over.'])).toBeNull()
  })
})
