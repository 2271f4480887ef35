import {describe, expect, it} from 'vitest'
import {previousSentence} from '../../src/quotes/constructs/previous-sentence.js'
import {readWith} from '../support/quote-sites.js'

describe('construct: previous-sentence', () => {
  it('reads the subject and cue of the sentence before, when it has a speech verb', () => {
    expect(readWith(previousSentence, ['Dag Haugen praised the crew on Sunday. “They worked through the night.”'])).toMatchObject({cue: 'praised', mention: 'Dag Haugen'})
  })

  it('reads the name after a verb that opens its clause (`…, said X.`), not the subject the quote before it was about', () => {
    const sentences = 'The mayor “won well among harbour workers” in the last race, said county historian Ines Quarry. “That was her base then.”'
    expect(readWith(previousSentence, [sentences], 1)).toMatchObject({cue: 'said', mention: 'Ines Quarry'})
    // A subject before the verb stays the subject: `X, a title, said the law …` is X's, not `the law`'s.
    expect(readWith(previousSentence, ['Ines Quarry, a historian, said the ruling would stand. “It will.”'])).toMatchObject({cue: 'said', mention: 'Ines Quarry'})
  })

  it('reads the sentence’s own speech verb, not a relative clause’s after it (`X says, a pollster who advised …`)', () => {
    const sentences = '“The ferry pays for itself,” says Ines Quarry, a Westshire analyst who advised the harbour board. “Nobody else runs at a profit.”'
    expect(readWith(previousSentence, [sentences], 1)).toMatchObject({cue: 'says', mention: 'Ines Quarry'})
  })

  it('reads the previous sentence’s subject without a speech verb', () => {
    expect(readWith(previousSentence, ['Dag Haugen pointed to the harbour wall. “It held.”'])).toMatchObject({cue: null, mention: 'Dag Haugen'})
  })

  it('reads nothing for a quote inside its sentence', () => {
    expect(readWith(previousSentence, ['Dag Haugen pointed to the wall. The crew called it “a miracle.”'])).toBeNull()
  })
})
