import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'

// The seed article (The Independent), checked by hand against its text.
const input = readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8')
const article = parseArticle(input)
const sliceOf = (position: {start: {offset: number}; end: {offset: number}}): string =>
  input.slice(position.start.offset, position.end.offset)

describe('the seed article', () => {
  it('has its headline as title', () => {
    expect(article.title?.text).toBe("US general says letter suggesting troop withdrawal from Iraq 'was a mistake'")
  })

  it('has one caption with credit Getty and the scraper repeat as its duplicate', () => {
    expect(article.captions).toHaveLength(1)
    const [caption] = article.captions
    expect(caption?.credit).toBe('Getty')
    expect(caption?.text).toBe('Thousands of additional US troops have been dispatched to the Middle East after the killing of Qasem Soleimani')
    expect(caption?.duplicates).toHaveLength(1)
    expect(caption?.duplicates[0]?.start.line).toBe(4)
  })

  it('has the 15 body paragraphs exactly as written', () => {
    expect(article.paragraphs).toHaveLength(15)
    for (const paragraph of article.paragraphs) expect(sliceOf(paragraph.position)).toBe(paragraph.text)
    expect(article.paragraphs[0]?.text).toMatch(/^The US has been forced to deny/)
    expect(article.paragraphs[14]?.text).toBe('“We will follow the laws of armed conflict,” he said.')
  })

  it('has the four related headlines, with no url', () => {
    expect(article.relatedLinks.map((link) => [link.title, link.url])).toEqual([
      ['Iran-backed forces in Iraq warn of ‘sending US troops back in coffins’', null],
      ['US reacts after Iraq parliament vote to expel American troops', null],
      ['US actions in Iraq could plunge the country into crisis once again', null],
      ['Trump threatens to sanction Iraq if US troops expelled', null]
    ])
  })

  it('has the commenting notice, and the Read more heading as another line', () => {
    expect(article.notice?.text).toMatch(/^Our goal is to create a safe.*temporarily suspending article commenting$/)
    expect(article.other.map((line) => [line.kind, line.text])).toEqual([['related-heading', 'Read more']])
  })

  it('attributes every quote to the right speaker', () => {
    const speakers = article.quotes.map((quote) => [quote.text.slice(0, 24), quote.speaker?.name ?? null])
    expect(speakers).toEqual([
      ['poorly-worded draft', null],
      ['repositioning over the c', 'the letter'],
      ['We respect your sovereig', 'the letter'],
      ['to ensure that the movem', 'the letter'],
      ['There’s been no decision', 'Mark Esper'],
      ['Here’s the bottom line, ', 'Mark Milley'],
      ['poorly worded', 'Mark Milley'],
      ['There has been no change', 'Alyssa Farah'],
      ['We will follow the laws ', 'Mark Esper']
    ])
  })

  it('tells the scare quote from speech', () => {
    expect(article.quotes.map((quote) => quote.kind)).toEqual(['term', ...Array.from({length: 8}, () => 'speech')])
  })

  it('keeps the words of each cue and mention as written', () => {
    const esper = article.quotes[4]
    expect(esper?.cue?.text).toBe('said')
    expect(esper?.speaker?.mention?.text).toBe('he')
    const farah = article.quotes[7]
    expect(farah?.cue?.text).toBe('tweeted')
    expect(farah?.speaker?.mention && sliceOf(farah.speaker.mention.position)).toBe('Alyssa Farah')
  })

  it('raises no warning', () => {
    expect(article.warnings).toEqual([])
  })
})
