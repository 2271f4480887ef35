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
export type ArticleContent = TitleNode | BylineNode | PublishedNode | DatelineNode | CaptionNode | ParagraphNode | RelatedLinksNode | NoticeNode | OtherNode

/** A node that can be a child of {@link ParagraphNode}: a dateline only at its start. */
export type ParagraphContent = TextNode | QuoteNode | DatelineNode

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

/** The byline, with the people it names. */
export interface BylineNode extends Literal {
  /** Node type. */
  type: 'byline'
  /** The byline as written. */
  value: string
  /** The people it names, in order, as written; empty for an agency or desk. */
  authors: string[]
  /** Where the byline is. */
  position: Position
}

/** When the article was published, from its timestamp line. */
export interface PublishedNode extends Literal {
  /** Node type. */
  type: 'published'
  /** The timestamp line as written. */
  value: string
  /** The date in ISO 8601 at the precision written, or null. */
  date: string | null
  /** Where the line is. */
  position: Position
}

/**
 * The dateline: a child of the first paragraph when it opens it (as a quote is),
 * a child of the root when it stands as a line of its own.
 */
export interface DatelineNode extends Literal {
  /** Node type. */
  type: 'dateline'
  /** The dateline as written, its dash included. */
  value: string
  /** The place as written, or null. */
  place: string | null
  /** The agency in brackets, or null. */
  agency: string | null
  /** Where the dateline is. */
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
  /** The words that say where a quote with no named speaker comes from, or null. */
  source: Span | null
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
