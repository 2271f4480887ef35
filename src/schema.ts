import * as z from 'zod'
import {OTHER_KINDS} from './lexicon/other-kinds.js'
import {QUOTE_KINDS} from './lexicon/quote-kinds.js'
import {RULE_IDS} from './lexicon/rules.js'

/** A place in the input: line and column from 1, offset from 0, in UTF-16 code units. */
export const PointSchema = z
  .strictObject({
    line: z.int().min(1).describe('Line number, from 1.'),
    column: z.int().min(1).describe('Column, from 1, in UTF-16 code units.'),
    offset: z.int().min(0).describe('Offset into the input, from 0, in UTF-16 code units.')
  })
  .describe('A place in the input (unist point).')

/** A span of the input, `end` exclusive (unist position). */
export const PositionSchema = z
  .strictObject({
    start: PointSchema.describe('Where the span starts.'),
    end: PointSchema.describe('Where the span ends (exclusive).')
  })
  .describe('A span of the input (unist position); `input.slice(start.offset, end.offset)` is its source.')

/** The headline. */
export const TitleSchema = z
  .strictObject({
    text: z.string().describe('The headline as written.'),
    position: PositionSchema
  })
  .describe('The headline.')

/** Who wrote the article: the byline as written and the people it names. */
export const BylineSchema = z
  .strictObject({
    text: z.string().describe('The byline as written (`By Jane Doe and John Roe, Political Correspondents`).'),
    authors: z
      .array(z.string())
      .describe('The people the byline names, in order, as written (`["Jane Doe", "John Roe"]`); empty for an agency or desk byline (`By Associated Press`, `Reuters Staff`).'),
    position: PositionSchema
  })
  .describe('The byline.')

/** When the article was published or updated, from its timestamp line. */
export const PublishedSchema = z
  .strictObject({
    text: z.string().describe('The timestamp line as written (`Published 7:41 PM ET Jan. 5, 2020`).'),
    // No `.regex` check on the date: the generated validator on main judges strings by type alone
    // (it refuses string checks), so the format is held by the invariant tests instead.
    date: z
      .string()
      .nullable()
      .describe(
        'The date the line gives, in ISO 8601 at the precision written: `2020-01`, `2020-01-05`, or `2020-01-05T19:41-05:00` when the time and its zone are written; null when the line is relative (`2 hours ago`), has no year, or cannot be read. No clock is read.'
      ),
    position: PositionSchema
  })
  .describe('When the article was published.')

/** Where the story was filed, and by which agency: `WASHINGTON (AP) —`. */
export const DatelineSchema = z
  .strictObject({
    text: z.string().describe('The dateline as written, its dash included (`WASHINGTON (AP) —`).'),
    place: z.string().nullable().describe('The place as written (`WASHINGTON`, `GALVESTON, Texas`), or null for an agency alone (`(CNN)`).'),
    agency: z.string().nullable().describe('The agency in brackets (`AP`, `Reuters`), or null.'),
    position: PositionSchema.describe('Where the dateline is: a span at the start of the paragraph that opens the body (one of the first three), or a line of its own.')
  })
  .describe('The dateline that opens the body.')

/** A photo caption with its credit split off; repeats of it point at the copies. */
export const CaptionSchema = z
  .strictObject({
    text: z.string().describe('The caption without its credit.'),
    credit: z.string().nullable().describe('The photo credit (`Getty`, `AP Photo/Evan Vucci`), or null.'),
    position: PositionSchema,
    duplicates: z.array(PositionSchema).describe('Where the scraper repeated this caption.')
  })
  .describe('A photo caption.')

/** A body paragraph. */
export const ParagraphSchema = z
  .strictObject({
    text: z.string().describe('The paragraph as written.'),
    position: PositionSchema
  })
  .describe('A body paragraph.')

/** Words of the input with their place: a speech cue or a speaker mention. */
export const SpanSchema = z
  .strictObject({
    text: z.string().describe('The words as written.'),
    position: PositionSchema
  })
  .describe('Words of the input with their place.')

/** Who said a quote. */
export const SpeakerSchema = z
  .strictObject({
    name: z
      .string()
      .describe(
        'The canonical name: the fullest form the article gives, its title and captions included ("Mark Esper" for "he" or "Mr Esper"; the named holder for "the prime minister", or, when the article names no one in that post, the untitled person it last named as a subject; the holder of a post written by another word for it ("the City boss" for the City manager); the one council named for "the council", the one advocacy body for "the group"; the one paper named with that word for "the newspaper"; the person given that age for "the 56-year-old"; the one full name for a given name alone or a double surname alone ("López Obrador"), and the family name for given names listed before it ("Kevin, Andrew and Luis Pardo")). Someone the article does not name ("a spokesman", "one resident") is no speaker: the quote\'s `speaker` is null.'
      ),
    mention: SpanSchema.nullable().describe('The words that name the speaker at this quote, or null when the speaker is carried over.')
  })
  .describe('The speaker of a quote.')

/** What a quoted span is: speech, or a term, title or nickname in quotation marks. */
export const QuoteKindSchema = z
  .enum(QUOTE_KINDS)
  .describe('What the quoted span is: `speech` (words someone said or wrote), `term` (scare quotes, a word used as a word), `title` (of a show, book, film or event) or `nickname`.')

/** A quoted span of a paragraph, with its speech cue and speaker. */
export const QuoteSchema = z
  .strictObject({
    text: z.string().describe('The words inside the quotation marks.'),
    position: PositionSchema,
    paragraph: z.int().min(0).describe('Index into `paragraphs` of the paragraph that holds the quote.'),
    kind: QuoteKindSchema,
    continues: z
      .boolean()
      .describe('Whether the quote goes on in the next paragraph: it has no closing mark, and the next paragraph opens with one (the news convention for a quote over several paragraphs).'),
    cue: SpanSchema.nullable().describe('The speech verb or phrase ("said", "told reporters"), or null.'),
    speaker: SpeakerSchema.nullable().describe('Who said it, or null when no one can be named.'),
    source: SpanSchema.nullable().describe(
      'When the quote is speech and no speaker is named: the words that say where it comes from, someone the article does not name ("a White House official", "one resident") or someone\'s words ("his message"). Null otherwise.'
    )
  })
  .describe('A quoted span of the body.')

/** A headline of a related-article block. */
export const RelatedLinkSchema = z
  .strictObject({
    title: z.string().describe('The related headline.'),
    url: z.string().nullable().describe('The address, when the text holds one.'),
    position: PositionSchema
  })
  .describe('A related-article link.')

/** The trailing site notice (commenting, newsletter, copyright). */
export const NoticeSchema = z
  .strictObject({
    text: z.string().describe('The notice; lines joined by a line feed.'),
    position: PositionSchema
  })
  .describe('The trailing site notice.')

/** The kinds a line outside every other part can have. */
export const OtherKindSchema = z.enum(OTHER_KINDS).describe('What kind of line this is.')

/** A line that is none of the other parts: byline, dateline, share buttons… */
export const OtherSchema = z
  .strictObject({
    kind: OtherKindSchema,
    text: z.string().describe('The line as written.'),
    position: PositionSchema
  })
  .describe('A line that belongs to no other part.')

/** A stable identifier for each kind of warning. */
export const RuleIdSchema = z.enum(RULE_IDS).describe('Stable identifier of the warning rule.')

/** Something the parser had to guess, shaped like a vfile message. */
export const WarningSchema = z
  .strictObject({
    reason: z.string().describe('What was unexpected, and what was assumed.'),
    ruleId: RuleIdSchema,
    source: z.literal('article-anatomy'),
    place: PositionSchema.nullable().describe('Where, or null for the whole input.')
  })
  .describe('A warning about something guessed.')

/** The parsed article. Every key is always present; absent parts are `null` or `[]`. */
export const ArticleSchema = z
  .strictObject({
    title: TitleSchema.nullable(),
    byline: BylineSchema.nullable(),
    published: PublishedSchema.nullable(),
    dateline: DatelineSchema.nullable(),
    captions: z.array(CaptionSchema),
    paragraphs: z.array(ParagraphSchema),
    quotes: z.array(QuoteSchema),
    relatedLinks: z.array(RelatedLinkSchema),
    notice: NoticeSchema.nullable(),
    other: z.array(OtherSchema),
    warnings: z.array(WarningSchema)
  })
  .describe('An article parsed from plain text.')

/** A place in the input. */
export type Point = z.infer<typeof PointSchema>
/** A span of the input. */
export type Position = z.infer<typeof PositionSchema>
/** The headline. */
export type Title = z.infer<typeof TitleSchema>
/** The byline. */
export type Byline = z.infer<typeof BylineSchema>
/** When the article was published. */
export type Published = z.infer<typeof PublishedSchema>
/** The dateline that opens the body. */
export type Dateline = z.infer<typeof DatelineSchema>
/** A photo caption. */
export type Caption = z.infer<typeof CaptionSchema>
/** A body paragraph. */
export type Paragraph = z.infer<typeof ParagraphSchema>
/** Words of the input with their place. */
export type Span = z.infer<typeof SpanSchema>
/** The speaker of a quote. */
export type Speaker = z.infer<typeof SpeakerSchema>
/** What a quoted span is. */
export type QuoteKind = z.infer<typeof QuoteKindSchema>
/** A quoted span of the body. */
export type Quote = z.infer<typeof QuoteSchema>
/** A related-article link. */
export type RelatedLink = z.infer<typeof RelatedLinkSchema>
/** The trailing site notice. */
export type Notice = z.infer<typeof NoticeSchema>
/** What kind of line an `Other` part is. */
export type OtherKind = z.infer<typeof OtherKindSchema>
/** A line that belongs to no other part. */
export type Other = z.infer<typeof OtherSchema>
/** A warning's rule identifier. */
export type RuleId = z.infer<typeof RuleIdSchema>
/** A warning about something guessed. */
export type Warning = z.infer<typeof WarningSchema>
/** An article parsed from plain text. */
export type Article = z.infer<typeof ArticleSchema>
