import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {parseArticle, splitCaptionCredit} from '../src/index.js'

// The examples in README.md, held to what the README says they print.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

it('the Use example gives what the README says', () => {
  const source = /parseArticle\(`([^`]+)`\)/.exec(readme)?.[1]
  expect(source).toBeDefined()
  const article = parseArticle(source ?? '')
  expect(article.captions[0]?.credit).toBe('Getty')
  expect(article.quotes[0]?.speaker?.name).toBe('Jane Doe')
  expect(article.quotes[0]?.speaker?.mention?.text).toBe('Jane Doe')
  expect(article.relatedLinks.map((link) => link.title)).toEqual(['Summit ends without a deal'])
  expect(article.notice?.text).toBe('Sign up to our newsletter for the latest news')
})

it('the seed quote in the README is the one parseArticle gives', () => {
  const block = /```json\n(\{\n {2}"text": "We will follow[\s\S]*?)```/.exec(readme)?.[1]
  const seed = parseArticle(readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8'))
  expect(JSON.parse(block ?? 'null')).toEqual(seed.quotes.find((quote) => quote.text.startsWith('We will follow')))
})

it('the splitCaptionCredit example gives what the README says', () => {
  expect(splitCaptionCredit('Protesters outside the court on Tuesday (AP Photo/Jane Roe, File)')).toEqual({
    text: 'Protesters outside the court on Tuesday',
    credit: 'AP Photo/Jane Roe, File'
  })
})
