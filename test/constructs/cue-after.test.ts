import {describe, expect, it} from 'vitest'
import {cueAfter} from '../../src/quotes/constructs/cue-after.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: cue-after', () => {
  it('reads `“…,” X said`', () => {
    expect(readWith(cueAfter, ['“The wall will hold,” Tomas Brevik said.'])).toEqual({cue: 'said', mention: 'Tomas Brevik', kind: 'name'})
  })

  // Verbs of saying the lexicon lists, before or after their speaker, and who they name.
  const verbs: readonly (readonly [string, string, string, string])[] = [
    ['a verb of answering back, and a name after an adjective (`an angry X retaliated`)', '“The harbour will always be ours,” an angry Ana Ruiz retaliated.', 'retaliated', 'Ana Ruiz'],
    ['an expressive verb news inverts (`“…!” beamed X`)', '“This is wonderful!” beamed Ana Ruiz of Westvale, who drove in for the vote.', 'beamed', 'Ana Ruiz'],
    ['an expressive verb news inverts (`“…,” retorted the mayor`)', '“Not a chance,” retorted the mayor.', 'retorted', 'the mayor'],
    ['`read`, inverted as `reads` is (`“…,” read the statement`)', '“We grow stronger with every vote,” read the campaign email.', 'read', 'the campaign email'],
    ['`read` and a document from a body (`read a post from X`)', '“Blame the harbour board,” read a post from the Westshire Tenants Union.', 'read', 'Westshire Tenants Union'],
    ['a verb of how something was said (`snarled`)', '“Get off my pier,” Ana Ruiz snarled.', 'snarled', 'Ana Ruiz'],
    ['a verb of how something was said (`growled`)', '“Not tonight,” the skipper growled.', 'growled', 'the skipper'],
    ['a verb in the present tense, inverted as its past is (`“…,” agrees X, 30`)', '“The pier is ours,” agrees Ana Ruiz, 30, of Westvale.', 'agrees', 'Ana Ruiz'],
    ['a verb in the present tense, inverted as its past is (`“…,” counters the mayor`)', '“Not a chance,” counters the mayor.', 'counters', 'the mayor'],
    ['a verb of promising that takes no person as object, inverted (`“…,” vowed X, 45`)', '“Never again,” vowed Ana Ruiz, 45.', 'vowed', 'Ana Ruiz'],
    ['a verb of insisting, inverted (`“…,” stressed the mayor`)', '“The pier stays open,” stressed the mayor.', 'stressed', 'the mayor'],
    ['a formal verb of saying, inverted (`“…,” averred X`)', '“We will not pay,” averred Ana Ruiz.', 'averred', 'Ana Ruiz'],
    ['a verb of disclosing, inverted (`“…,” revealed the mayor`)', '“The books are open,” revealed the mayor.', 'revealed', 'the mayor']
  ]
  for (const [what, sentence, cue, mention] of verbs) {
    it(`reads ${what} as the cue, and its speaker`, () => {
      expect(readWith(cueAfter, [sentence])).toMatchObject({cue, mention})
    })
  }

  it('reads the cue after a quote that ends in `a` and a capitalised word (`“… on a Friday,” X said`): the compound `a Jane Doe tweet` never spans the closing mark', () => {
    expect(readWith(cueAfter, ['“It happened on a Friday,” Tomas Brevik said.'])).toMatchObject({cue: 'said', mention: 'Tomas Brevik'})
    expect(readWith(cueAfter, ['“He is a Democrat,” Brevik said.'])).toMatchObject({cue: 'said', mention: 'Brevik'})
  })

  it('reads the role a possessive name owns as the speaker, not its owner (`“…,” Ruiz’s spokesman said`, `said Ruiz’s spokesman`)', () => {
    expect(readWith(cueAfter, ['“No comment,” Ana Ruiz’s spokesman said.'])).toMatchObject({cue: 'said', mention: 'Ana Ruiz’s spokesman', kind: 'description'})
    expect(readWith(cueAfter, ['“No comment,” said Ruiz’s campaign.'])).toMatchObject({cue: 'said', mention: 'Ruiz’s campaign', kind: 'description'})
    expect(readWith(cueAfter, ['“No comment,” the council’s lawyer said.'])).toMatchObject({mention: 'the council’s lawyer'})
  })

  it('reads `“…” X said` for a quote that opens its sentence though its comma is lost, and not for a fragment inside one', () => {
    expect(readWith(cueAfter, ['“The vote is a battle of niches” Ana Ruiz said.'])).toMatchObject({cue: 'said', mention: 'Ana Ruiz'})
    expect(readWith(cueAfter, ['The board called it a “battle of niches” Ana Ruiz said was over.'])).toBeNull()
  })

  it('reads a name after a participle that describes the person (`said retired Gen. X`), not only after other modifiers', () => {
    expect(readWith(cueAfter, ['“We disagree,” said retired Army Gen. Tomas Lind, who served two tours.'])).toMatchObject({cue: 'said', mention: 'Army Gen. Tomas Lind'})
  })

  it('reads an acronym in capitals as a name, not the word it spells (`says WHO`)', () => {
    expect(readWith(cueAfter, ['“Wash your hands often,” says WHO.'])).toMatchObject({cue: 'says', mention: 'WHO', kind: 'name'})
    expect(readWith(cueAfter, ['“Wash your hands often,” says who?'])).toMatchObject({mention: null})
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
    // A title may hold a capitalised party or body after its first word.
    expect(readWith(cueAfter, ['“The roof held,” said the top Democrat on the panel, Ben Asker.'])).toMatchObject({cue: 'said', mention: 'Ben Asker'})
    // `one`, like `a`, opens an unnamed subject, or a title whose holder is named after a comma.
    expect(readWith(cueAfter, ['“The roof held,” said one resident of the village, Ben Asker.'])).toMatchObject({cue: 'said', mention: 'Ben Asker', kind: 'name'})
    expect(readWith(cueAfter, ['“The roof held,” said one longtime resident.'])).toMatchObject({cue: 'said', mention: 'one longtime resident', kind: 'description'})
    expect(readWith(cueAfter, ['“The roof held,” said one.'])).toMatchObject({cue: 'said', mention: 'one', kind: 'description'})
  })

  it('reads `, she said` closing a sentence the quote fragment goes on from', () => {
    expect(readWith(cueAfter, ['“We will not sell the land” to any developer, whatever the price offered for the site by the city, she said.'])).toEqual({
      cue: 'said',
      mention: 'she',
      kind: 'pronoun'
    })
  })

  it('reads `, the agency added` closing a long sentence the fragment goes on from, the description whole, and a clause joined after it', () => {
    expect(readWith(cueAfter, ['The second vote was “a clear sign” of good faith from the growers and the mills, the agency added but gave no date.'])).toEqual({
      cue: 'added',
      mention: 'the agency',
      kind: 'description'
    })
  })

  it('reads `, said X` closing a sentence the quote fragment goes on from, near the quote or far', () => {
    expect(readWith(cueAfter, ['“The toll will rise” before the works begin, said Dana Whitlock, a transport analyst.'])).toMatchObject({cue: 'said', mention: 'Dana Whitlock'})
    expect(readWith(cueAfter, ['“The toll will rise” once the works on the northern span begin in the spring of next year, says Dana Whitlock.'])).toMatchObject({
      cue: 'says',
      mention: 'Dana Whitlock'
    })
  })

  it('keeps the subject named before a comma and a cue (`X, a title, says Y …` names X)', () => {
    expect(readWith(cueAfter, ['“The toll will rise” and the port board, Ana Ruiz, says Tom Ode agreed.'])).toMatchObject({cue: 'says', mention: 'Ana Ruiz'})
  })

  it('reads `, said X` after a fragment whose clause opens with a subordinator', () => {
    expect(readWith(cueAfter, ['“Many would call it a loss” if the vote failed, said Ines Moe, an analyst.'])).toMatchObject({cue: 'said', mention: 'Ines Moe'})
  })

  it('reads a long apposition after a quote whose last words are a quote nested in it (`“… ‘…,’” X, who …, said`)', () => {
    expect(readWith(cueAfter, ['“The plan was, ‘Build it now, ask later,’” Tomas Brevik, who has inspected the dam for the county since the floods, said.'])).toMatchObject({
      cue: 'said',
      mention: 'Tomas Brevik'
    })
    expect(readWith(cueAfter, ['“The plan was, ‘Build it now,’” Tomas Brevik, who has inspected the dam for the county since the floods, said.'])).toMatchObject({
      mention: 'Tomas Brevik'
    })
  })

  it('reads the subject of a passive that reports its words through a participle (`X is quoted as saying`, `X can be heard asking`)', () => {
    expect(readWith(cueAfter, ['“Our survey works,” Tomas Brevik is quoted as saying.'])).toMatchObject({cue: 'saying', mention: 'Tomas Brevik'})
    expect(readWith(cueAfter, ['“Is the dam safe?” a reporter can be heard asking Brevik after the meeting.'])).toMatchObject({cue: 'asking', mention: 'a reporter', kind: 'description'})
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

  it('passes over `continue` before an infinitive, which says nothing, to the attribution after it', () => {
    expect(readWith(cueAfter, ['“We hope the count does not rise” as crews continue to search the ridge, Ana Ruiz said.'])).toMatchObject({cue: 'said', mention: 'Ana Ruiz'})
  })
})
