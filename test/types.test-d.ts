/*
 * Type tests: checked by `npm run typecheck` (tsc includes test/), never run
 * (vitest collects *.test.ts only). Each `@ts-expect-error` fails the type
 * check as soon as the line under it compiles, so a type that loosens again
 * (`parseArticle(text: unknown)`) breaks the build instead of going unnoticed.
 */
import {unified} from 'unified'
import type {Node} from 'unist'
import {articleAnatomy, parseArticle, type Article, type ArticleRoot} from '../src/index.js'

/** Never called: the body only has to type check. */
export async function typeTests(): Promise<void> {
  const article: Article = parseArticle('Headline\n\nBody.', {maxInputLength: 100})
  void article

  // @ts-expect-error The text is a string: a number does not compile.
  parseArticle(42)
  // @ts-expect-error Nor does a Buffer: decode it first.
  parseArticle(Buffer.from('Headline'))
  // @ts-expect-error Nor undefined.
  parseArticle(undefined)
  // @ts-expect-error The limit is a number.
  parseArticle('Headline', {maxInputLength: '100'})

  const processor = unified().use(articleAnatomy)
  // The compiler's result is typed: `file.result` is the Article.
  const result: Article = (await processor.process('Headline')).result
  void result
  // unified 11 gives a plugin one type pair (here the compiler's), so parse()
  // is a plain Node; the README shows the cast. Should unified ever type it,
  // this line fails and the README can drop the cast.
  const node: Node = processor.parse('Headline')
  // @ts-expect-error Not an ArticleRoot without the cast.
  const uncast: ArticleRoot = processor.parse('Headline')
  const tree = processor.parse('Headline') as ArticleRoot
  void [node, uncast, tree]
}
