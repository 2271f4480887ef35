import type {Node} from 'unist'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {parseArticle, type ParseOptions} from '../parse-article.js'
import {ArticleSchema, RuleIdSchema, type Article, type Position, type Warning} from '../schema.js'
import {articleToTree} from './article-to-tree.js'
import {endPoint} from './end-point.js'
import type {ArticleRoot} from './tree.js'
import {treeToArticle} from './tree-to-article.js'

/** Options for {@link articleAnatomy}; they override the processor's `settings`. */
export interface ArticleAnatomyOptions {
  /** The longest input accepted, in UTF-16 code units (default 10,000,000). */
  readonly maxInputLength?: number | undefined
}

declare module 'unified' {
  interface Settings {
    /** `article-anatomy`: the longest input accepted, in UTF-16 code units. */
    maxInputLength?: number | undefined
  }

  interface CompileResultMap {
    /** `article-anatomy`: the compiler yields the validated `Article` on `file.result`. */
    Article: Article
  }
}

const SOURCE = 'article-anatomy'

/**
 * A unified plugin that parses article text into an {@link ArticleRoot} tree
 * (warnings become messages on the file) and compiles the tree back into the
 * validated `Article` that `parseArticle` returns, left on `file.result`.
 *
 * Settings (`maxInputLength`) are read when a document is parsed; options
 * given to the plugin win over `processor.data('settings')`.
 *
 * @example
 *   const file = await unified().use(articleAnatomy).process(text)
 *   file.result.quotes // Quote[]
 *
 * @param options Limits (optional).
 * @returns Nothing; the processor is configured.
 */
export const articleAnatomy: Plugin<[(ArticleAnatomyOptions | null | undefined)?], ArticleRoot, Article> = function (
  options
) {
  const processor = this

  processor.parser = function (document: string, file: VFile): ArticleRoot {
    const article = parseArticle(document, readOptions({...processor.data('settings'), ...options}))
    for (const warning of article.warnings) {
      file.message(warning.reason, {
        ...(warning.place ? {place: warning.place} : {}),
        ruleId: warning.ruleId,
        source: warning.source
      })
    }
    return articleToTree(article, {start: {line: 1, column: 1, offset: 0}, end: endPoint(document)})
  }

  processor.compiler = function (tree: Node, file: VFile): Article {
    if (!isArticleRoot(tree)) {
      file.fail(`Unexpected \`${tree.type}\` node, expected the \`root\` that articleAnatomy parses`, {
        ruleId: 'unexpected-tree',
        source: SOURCE
      })
    }
    const result = ArticleSchema.safeParse({...treeToArticle(tree), warnings: warningsOf(file)})
    if (!result.success) {
      file.fail(`Unexpected tree, expected one that makes a valid Article: ${result.error.message}`, {
        ruleId: 'unexpected-tree',
        source: SOURCE,
        cause: result.error
      })
    }
    return result.data
  }
}

/**
 * Keep only the parse options that are set (`exactOptionalPropertyTypes`).
 */
function readOptions(settings: ArticleAnatomyOptions): ParseOptions {
  return settings.maxInputLength === undefined ? {} : {maxInputLength: settings.maxInputLength}
}

/**
 * Whether a node is a root, the only tree this compiler accepts.
 */
function isArticleRoot(tree: Node): tree is ArticleRoot {
  return tree.type === 'root' && Array.isArray((tree as Partial<ArticleRoot>).children)
}

/**
 * The article's warnings, read back from the file's messages.
 */
function warningsOf(file: VFile): Warning[] {
  const warnings: Warning[] = []
  for (const message of file.messages) {
    const ruleId = RuleIdSchema.safeParse(message.ruleId)
    if (message.source !== SOURCE || !ruleId.success) continue
    const place = message.place && 'start' in message.place ? (message.place as Position) : null
    warnings.push({reason: message.reason, ruleId: ruleId.data, source: SOURCE, place})
  }
  return warnings
}
