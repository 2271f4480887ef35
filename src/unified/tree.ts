import type {Literal, Parent} from 'unist'
import type {OtherKind, Position, QuoteKind, Span, Speaker} from '../schema.js'

/** The root of the tree `articleAnatomy` parses: the article's parts in document order. */
export interface ArticleRoot extends Parent {
  /** Node type. */
  type: 'root'
  /** The parts, in the order they appear in the input. */
  children: ArticleContent[]
}

/** A node that can be a child of {@link ArticleRoot}. */
export type ArticleContent = TitleNode | CaptionNode | ParagraphNode | RelatedLinksNode | NoticeNode | OtherNode

/** A node that can be a child of {@link ParagraphNode}. */
export type ParagraphContent = TextNode | QuoteNode

/** Every node of the tree. */
export type ArticleNode = ArticleRoot | ArticleContent | ParagraphContent | RelatedLinkNode

/** The headline. */
export interface TitleNode extends Literal {
  /** Node type. */
  type: 'title'
  /** The headline as written. */
  value: string
  /** Where the headline is. */
  position: Position
}

/** A photo caption with its credit split off. */
export interface CaptionNode extends Literal {
  /** Node type. */
  type: 'caption'
  /** The caption without its credit. */
  value: string
  /** The photo credit, or null. */
  credit: string | null
  /** Where the scraper repeated this caption. */
  duplicates: Position[]
  /** Where the caption is (its first copy). */
  position: Position
}

/** A body paragraph: its text cut into plain runs and quotes. */
export interface ParagraphNode extends Parent {
  /** Node type. */
  type: 'paragraph'
  /** Text runs and quotes; their values joined give the paragraph as written. */
  children: ParagraphContent[]
  /** Where the paragraph is. */
  position: Position
}

/** A run of paragraph text outside quotes. */
export interface TextNode extends Literal {
  /** Node type. */
  type: 'text'
  /** The text as written. */
  value: string
  /** Where the text is. */
  position: Position
}

/** A quoted span of a paragraph, with its speech cue and speaker. */
export interface QuoteNode extends Literal {
  /** Node type. */
  type: 'quote'
  /** The words inside the quotation marks. */
  value: string
  /** Speech, or a term, title or nickname in quotation marks. */
  kind: QuoteKind
  /** Whether the quote goes on in the next paragraph. */
  continues: boolean
  /** The speech verb or phrase, or null. */
  cue: Span | null
  /** Who said it, or null. */
  speaker: Speaker | null
  /** Where the quoted words are. */
  position: Position
}

/** Consecutive related-article links. */
export interface RelatedLinksNode extends Parent {
  /** Node type. */
  type: 'relatedLinks'
  /** The links, in order. */
  children: RelatedLinkNode[]
  /** From the first link to the last. */
  position: Position
}

/** One related-article link. */
export interface RelatedLinkNode extends Literal {
  /** Node type. */
  type: 'relatedLink'
  /** The related headline. */
  value: string
  /** The address, when the text holds one. */
  url: string | null
  /** Where the link is. */
  position: Position
}

/** The trailing site notice. */
export interface NoticeNode extends Literal {
  /** Node type. */
  type: 'notice'
  /** The notice; lines joined by a line feed. */
  value: string
  /** Where the notice is. */
  position: Position
}

/** A line that belongs to no other part: byline, dateline, share buttons… */
export interface OtherNode extends Literal {
  /** Node type. */
  type: 'other'
  /** What kind of line this is. */
  kind: OtherKind
  /** The line as written. */
  value: string
  /** Where the line is. */
  position: Position
}
