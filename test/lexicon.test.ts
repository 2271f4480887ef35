import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

/*
 * The word lists of src/lexicon are read from their source, not imported: a
 * `new Set([...])` or `new Map([...])` drops a repeated entry silently, so only
 * the literal shows that a word was listed twice (usually a sign that two
 * edits disagreed about it).
 */
const LEXICON = new URL('../src/lexicon/', import.meta.url).pathname

/** One list as written: its name, its file, its words in order. */
interface WordList {
  readonly file: string
  readonly name: string
  readonly exported: boolean
  readonly words: readonly string[]
}

/** The words of a list literal: string elements, the keys of `[key, value]` entries, or the words of a space-separated string. */
function wordsOf(node: ts.Expression): string[] | null {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return wordsOf(node.expression)
  if (ts.isNewExpression(node)) return node.arguments?.[0] ? wordsOf(node.arguments[0]) : null
  if (ts.isArrayLiteralExpression(node)) {
    const words: string[] = []
    for (const element of node.elements) {
      if (ts.isStringLiteralLike(element)) words.push(element.text)
      else if (ts.isArrayLiteralExpression(element) && element.elements[0] && ts.isStringLiteralLike(element.elements[0])) words.push(element.elements[0].text)
      else return null
    }
    return words
  }
  if (ts.isStringLiteralLike(node)) return node.text.split(' ').filter(Boolean)
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    // 'a b ' + 'c d': the pieces joined, as the code splits them.
    const text = [node.left, node.right].map((side) => (ts.isStringLiteralLike(side) ? side.text : null))
    if (ts.isBinaryExpression(node.left)) {
      const left = wordsOf(node.left)
      return left && text[1] !== null && text[1] !== undefined ? [...left, ...text[1].split(' ').filter(Boolean)] : null
    }
    return text.every((piece) => piece !== null) ? text.join('').split(' ').filter(Boolean) : null
  }
  return null
}

/** Every top-level `const` of the lexicon that is a list of words. */
function readLists(): WordList[] {
  const lists: WordList[] = []
  for (const file of readdirSync(LEXICON).filter((name) => name.endsWith('.ts')).sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(LEXICON, file), 'utf8'), ts.ScriptTarget.Latest, true)
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue
      const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue
        const words = wordsOf(declaration.initializer)
        if (words) lists.push({file, name: declaration.name.text, exported, words})
      }
    }
  }
  return lists
}

const lists = readLists()
const list = (name: string): WordList => {
  const found = lists.filter((candidate) => candidate.name === name)
  expect(found, `one list named ${name}`).toHaveLength(1)
  return found[0] as WordList
}

describe('the word lists', () => {
  it('are found in the source', () => {
    expect(lists.map((found) => found.name)).toEqual(expect.arrayContaining(['CUE_VERBS', 'HONORIFICS', 'MASCULINE_EXTRA', 'FEMININE_EXTRA', 'MASCULINE_NAMES', 'NOTICE_PHRASES']))
    expect(lists.length).toBeGreaterThan(30)
  })

  it('list no word twice', () => {
    const repeated: string[] = []
    for (const {file, name, words} of lists) {
      const seen = new Set<string>()
      for (const word of words) {
        if (seen.has(word)) repeated.push(`${file} ${name}: ${word}`)
        seen.add(word)
      }
    }
    expect(repeated).toEqual([])
  })

  it('give each exported list a name of its own across the lexicon', () => {
    const files = new Map<string, string[]>()
    for (const source of readdirSync(LEXICON).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(LEXICON, source), 'utf8')
      for (const [, name] of text.matchAll(/^export (?:const|function|type|interface) (\w+)/gm)) {
        if (name) files.set(name, [...(files.get(name) ?? []), source])
      }
    }
    expect([...files].filter(([, sources]) => sources.length > 1)).toEqual([])
  })

  it('never give a given name both genders by hand', () => {
    const masculine = new Set(list('MASCULINE_EXTRA').words)
    expect(list('FEMININE_EXTRA').words.filter((name) => masculine.has(name))).toEqual([])
  })

  it('keep the generated masculine, feminine and both-gender names apart', () => {
    const masculine = new Set(list('MASCULINE_NAMES').words)
    const feminine = new Set(list('FEMININE_NAMES').words)
    const both = list('UNISEX_NAMES').words
    expect(list('FEMININE_NAMES').words.filter((name) => masculine.has(name))).toEqual([])
    expect(both.filter((name) => masculine.has(name) || feminine.has(name))).toEqual([])
  })

  it('never add by hand a given name that is also ruled out as one', () => {
    const ruledOut = new Set(list('NOT_GIVEN_NAMES').words)
    expect([...list('MASCULINE_EXTRA').words, ...list('FEMININE_EXTRA').words].filter((name) => ruledOut.has(name))).toEqual([])
  })
})
