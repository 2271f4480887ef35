import {describe, expect, it} from 'vitest'
import {ArticleInputError, parseArticle} from '../src/index.js'

describe('bad input', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['undefined', undefined, /got undefined/],
    ['null', null, /got null/],
    ['a number', 42, /got a number \(42\)/],
    ['an object', {text: 'x'}, /got an object/],
    ['an array', ['x'], /got an array/],
    ['a Buffer', Buffer.from('Title\n\nBody.'), /Buffer or Uint8Array/]
  ]
  for (const [name, value, message] of cases) {
    it(`throws ERR_INPUT_TYPE for ${name}`, () => {
      // A JavaScript caller can pass anything: the cast stands for one.
      const error = captureError(() => parseArticle(value as string))
      expect(error).toBeInstanceOf(ArticleInputError)
      expect(error).toMatchObject({name: 'ArticleInputError', code: 'ERR_INPUT_TYPE'})
      expect(error?.message).toMatch(message)
    })
  }

  it('throws ERR_INPUT_TOO_LARGE past maxInputLength, naming the limit and the length', () => {
    const error = captureError(() => parseArticle('x'.repeat(11), {maxInputLength: 10}))
    expect(error).toMatchObject({code: 'ERR_INPUT_TOO_LARGE'})
    expect(error?.message).toBe('Expected at most 10 characters of article text (`maxInputLength`), got 11')
  })

  it('accepts input exactly at maxInputLength', () => {
    expect(parseArticle('Headline here', {maxInputLength: 13}).title?.text).toBe('Headline here')
  })

  it('throws ERR_OPTIONS for a malformed maxInputLength', () => {
    expect(captureError(() => parseArticle('x', {maxInputLength: -1}))).toMatchObject({code: 'ERR_OPTIONS'})
  })

  it('is an Error with a stack for whoever catches it', () => {
    expect(captureError(() => parseArticle(1 as unknown as string))).toBeInstanceOf(Error)
  })
})

function captureError(run: () => unknown): ArticleInputError | undefined {
  try {
    run()
  } catch (error) {
    return error as ArticleInputError
  }
  return undefined
}
