import {describe, expect, it} from 'vitest'
import {findQuotes, findQuoteSpans, parseArticle, type Article} from '../src/index.js'
import {readWords} from '../src/quotes/find-quotes.js'
import {readNameRight} from '../src/quotes/mentions.js'
import {WordStore, tokenize, type Tokens} from '../src/quotes/tokens.js'

// Every sentence here is written for these tests; none comes from a real article.
type Quote = Article['quotes'][number]

/** Parse a body under a headline, the layout the scraper gives. */
function quotesOf(...paragraphs: string[]): Quote[] {
  return parseArticle(`Council approves the new bridge plan after a long night\n\n${paragraphs.join('\n\n')}\n`).quotes
}

/** Each quote's speaker, by canonical name (null for none). */
function names(quotes: readonly Quote[]): (string | null)[] {
  return quotes.map((quote) => quote.speaker?.name ?? null)
}

/** The parts of a quote a reader checks: its words, speaker, mention and cue as written. */
function summary(quote: Quote | undefined): {text: string | undefined; speaker: string | null; mention: string | null; cue: string | null} {
  return {
    text: quote?.text,
    speaker: quote?.speaker?.name ?? null,
    mention: quote?.speaker?.mention?.text ?? null,
    cue: quote?.cue?.text ?? null
  }
}

describe('speaker patterns', () => {
  it('reads `“…,” X said`', () => {
    const [quote] = quotesOf('“The river crossing will be open by spring,” Dana Whitlock said on Tuesday.')
    expect(summary(quote)).toEqual({text: 'The river crossing will be open by spring,', speaker: 'Dana Whitlock', mention: 'Dana Whitlock', cue: 'said'})
  })

  it('reads a `who` clause’s cue as the words of the person it tells of, after `from` or a description set off after the name', () => {
    const from = quotesOf('Tom Ode met Dana Whitlock on Monday. He later spoke about criticism from Sen. Maria Lund, who called the plan “a cruel joke”.')
    expect(names(from)).toEqual(['Maria Lund'])
    const apposed = quotesOf('The paper met the group at night with help from Carl Brenner, a union leader who confirmed the “night of protest” in advance.')
    expect(names(apposed)).toEqual(['Carl Brenner'])
  })

  it('reads less common verbs of saying (`echoed`, `surmised`)', () => {
    const quotes = quotesOf('“The river will rise again,” Dana Whitlock surmised.', 'Tom Ode echoed: “We should build higher.”')
    expect(names(quotes)).toEqual(['Dana Whitlock', 'Tom Ode'])
  })

  it('reads `“…,” said X, a title`', () => {
    const [quote] = quotesOf('“We counted every vote twice,” said Marcus Oyelaran, the county clerk.')
    expect(summary(quote)).toMatchObject({speaker: 'Marcus Oyelaran', mention: 'Marcus Oyelaran', cue: 'said'})
  })

  it('reads `“…,” X, a long title, said` with the cue far from the quote', () => {
    const [quote] = quotesOf('“The budget is balanced for the first time in years,” Priya Sandoval, the treasurer of the regional water board and a former auditor, said at the meeting.')
    expect(summary(quote)).toMatchObject({speaker: 'Priya Sandoval', mention: 'Priya Sandoval', cue: 'said'})
  })

  it('reads a passive participle after a thing (`said in a video posted online`) as no cue of the thing’s, leaving the speaker and `said`', () => {
    const quotes = quotesOf(
      'Tomas Reyes said in a video posted online that his crew would “sail at dawn”.',
      'Ana Ruiz said in a message shared by the union that she felt “let down”.'
    )
    expect(quotes.map((quote) => [quote.speaker?.name ?? null, quote.cue?.text ?? null])).toEqual([
      ['Tomas Reyes', 'said'],
      ['Ana Ruiz', 'said']
    ])
  })

  it('reads a fact-checker’s rating as its speech (`X rated … as “…”`)', () => {
    const [quote] = quotesOf('The Harbour Ledger rated the mayor’s claim as “mostly false” on Friday.')
    expect(summary(quote)).toMatchObject({speaker: 'Harbour Ledger', mention: 'Harbour Ledger', cue: 'rated'})
  })

  it('does not end the sentence at a closing straight mark before a lower-case word', () => {
    const [quote] = quotesOf(
      'The mayor was met with chants of "Four more years!" at a rally on the quay last week, according to Lena Morrow, who chairs the harbour union.'
    )
    expect(summary(quote)).toMatchObject({speaker: 'Lena Morrow', cue: 'according to'})
  })

  it('takes the name after a title, not the title, as the speaker (`said the union chair Lena Morrow`)', () => {
    const [quote] = quotesOf('“The water is rising faster than last year,” said the union chair Lena Morrow.')
    expect(summary(quote)).toMatchObject({speaker: 'Lena Morrow', mention: 'Lena Morrow', cue: 'said'})
  })

  it('parts a body from a person at the title between them (`Quay Workers Union President Lena Morrow`)', () => {
    const [quote] = quotesOf('“We will not move,” Quay Workers Union President Lena Morrow said.')
    expect(summary(quote)).toMatchObject({speaker: 'Lena Morrow', cue: 'said'})
  })

  it('does not take the subject of a `when` clause after a quote as its speaker', () => {
    const [quote] = quotesOf('The clip shows Dana Whitlock saying at the hearing, “That makes me careful,” when Jon Barre asked about the loan.')
    expect(summary(quote)).toMatchObject({speaker: 'Dana Whitlock', cue: 'saying'})
  })

  it('gives a quote to the main clause, not to a `When X noted that …` clause before it', () => {
    const [quote] = quotesOf('When Jon Barre noted that the loan was never repaid, Dana Whitlock replied, “That makes me careful.”')
    expect(summary(quote)).toMatchObject({speaker: 'Dana Whitlock', cue: 'replied'})
  })

  it('reads a main clause after a closed `When asked …,` clause as the reporter of a clause it reports (`X said he expected that Y will say “…”`)', () => {
    const [quote] = quotesOf('When asked about the bridge, Councillor Ivo Brandt said he expected that residents will say “enough” to the plan.')
    expect(summary(quote)).toMatchObject({speaker: 'Ivo Brandt', cue: 'said'})
  })

  it('takes no capitalised word before a noun after `said` as the speaker of a later quote in the sentence (`and said Labour leaders will face “…”`)', () => {
    const quotes = quotesOf('Councillor Ivo Brandt issued a statement saying the plan "has no place in this town" and said Labour leaders will face a "day of reckoning."')
    expect(names(quotes)).toEqual(['Ivo Brandt', 'Ivo Brandt'])
    // A word that times what was said is no noun: `said X last week: “…”` still names X.
    expect(names(quotesOf('Ivo Brandt chaired the meeting.', 'Speaking at the depot, said Councillor Brandt last week: “We will not wait.”'))).toEqual(['Ivo Brandt'])
  })

  it('reads `“…” fragment, the sentence goes on, she said` at the end of the sentence', () => {
    const [quote] = quotesOf(
      'Councillor Marta Ekdahl questioned the contractor at length.',
      '“You cut every corner you could find” to finish the bridge in time for the opening ceremony next spring, she said.'
    )
    expect(summary(quote)).toMatchObject({speaker: 'Marta Ekdahl', mention: 'she', cue: 'said'})
  })

  it('reads `X said: “…”`', () => {
    const [quote] = quotesOf('Ingrid Halvorsen said: “Nobody expected the tunnel to flood this early.”')
    expect(summary(quote)).toEqual({text: 'Nobody expected the tunnel to flood this early.', speaker: 'Ingrid Halvorsen', mention: 'Ingrid Halvorsen', cue: 'said'})
  })

  it('reads `X, the title of Y, said “…”`', () => {
    const [quote] = quotesOf('Tomasz Wierzbicki, the director of the harbour authority, said “the cranes will stay until the work is done.”')
    expect(summary(quote)).toMatchObject({speaker: 'Tomasz Wierzbicki', mention: 'Tomasz Wierzbicki', cue: 'said'})
  })

  it('reads `X told Y: “…”`', () => {
    const [quote] = quotesOf('Helena Marchetti told reporters: “We will appeal the ruling before Friday.”')
    expect(summary(quote)).toMatchObject({speaker: 'Helena Marchetti', mention: 'Helena Marchetti', cue: 'told reporters'})
  })

  it('reads `According to X, “…”`', () => {
    const [quote] = quotesOf('According to Rafael Quintanilla, “the ferry timetable was never meant to be permanent.”')
    expect(summary(quote)).toMatchObject({speaker: 'Rafael Quintanilla', mention: 'Rafael Quintanilla', cue: 'According to'})
  })

  it('reads a lead-in paragraph `X said:` before a quote paragraph', () => {
    const quotes = quotesOf('Councillor Agnes Mbeki said:', '“This is the cheapest option on the table and the safest one too.”')
    expect(summary(quotes[0])).toMatchObject({speaker: 'Agnes Mbeki', mention: 'Councillor Agnes Mbeki', cue: 'said'})
    expect(quotes[0]?.speaker?.mention?.position.start.line).toBe(3)
  })

  it('carries the speaker to a quote that goes on after `he added`', () => {
    const quotes = quotesOf(
      'Jonas Lindqvist runs the ferry.',
      '“We lost two boats in the storm,” he added. “The insurance will not cover the second one.”'
    )
    expect(quotes.map(summary)).toEqual([
      {text: 'We lost two boats in the storm,', speaker: 'Jonas Lindqvist', mention: 'he', cue: 'added'},
      {text: 'The insurance will not cover the second one.', speaker: 'Jonas Lindqvist', mention: 'he', cue: 'added'}
    ])
  })

  it('gives a paragraph that is only a quote the previous speaker, without a mention', () => {
    const quotes = quotesOf(
      '“The first phase is finished,” said Lucia Ferreira, the site engineer. “The second starts in May.',
      '“After that we will know whether the old piers can carry the extra load.”'
    )
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.mention?.text ?? null])).toEqual([
      ['Lucia Ferreira', 'Lucia Ferreira'],
      ['Lucia Ferreira', 'Lucia Ferreira'],
      ['Lucia Ferreira', null]
    ])
  })

  it('takes organisations and documents as speakers', () => {
    const quotes = quotesOf(
      '“No decision has been made,” the ministry said in a statement.',
      'The report, which was leaked on Monday, warned of “serious delays to every phase”.',
      '“Costs are likely to rise further,” the memo continued.'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'the ministry', mention: 'the ministry'},
      {speaker: 'The report', mention: 'The report', cue: 'warned'},
      {speaker: 'the memo', mention: 'the memo', cue: 'continued'}
    ])
  })

  it('lets `it` stand for the body that spoke just before', () => {
    const quotes = quotesOf('“The plan is sound,” the Harbour Authority said.', '“We expect the work to finish on time,” it added.')
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Harbour Authority', mention: 'Harbour Authority'},
      {speaker: 'Harbour Authority', mention: 'it', cue: 'added'}
    ])
  })

  it('attributes a quote inside a sentence to the sentence’s subject', () => {
    const [quote] = quotesOf('Mayor Ruth Okonkwo is promising “a bridge for everyone” before the election.')
    expect(summary(quote)).toMatchObject({speaker: 'Ruth Okonkwo', mention: 'Mayor Ruth Okonkwo', cue: null})
  })

  it('reads the subject of `X called Y “…”`', () => {
    const [quote] = quotesOf('Mayor Ruth Okonkwo called the old bridge “a danger to every driver” during the debate.')
    expect(summary(quote)).toMatchObject({speaker: 'Ruth Okonkwo', mention: 'Mayor Ruth Okonkwo', cue: 'called'})
  })

  it('keeps the outer speaker of `X said she recalled “…”`', () => {
    const [quote] = quotesOf('Margit Halloran said she recalled the floods as “the worst week of the decade.”')
    expect(summary(quote)).toMatchObject({speaker: 'Margit Halloran', mention: 'Margit Halloran', cue: 'said'})
  })

  it('keeps the reporter of `X said that Y called it “…”`', () => {
    const [quote] = quotesOf('Lena Fischer said on Monday that Omar Haddad once described the treaty as “a relic”.')
    expect(summary(quote)).toMatchObject({speaker: 'Lena Fischer', mention: 'Lena Fischer', cue: 'said'})
  })

  it('reads a name after a parenthesis (`Rep. X (D-Ohio) said`)', () => {
    const [quote] = quotesOf('“We need the money this year,” Rep. Calvin Ostrander (D-Ohio) said.')
    expect(summary(quote)).toMatchObject({speaker: 'Calvin Ostrander', mention: 'Rep. Calvin Ostrander'})
  })

  it('reads `remembered`, `exhorted` and `reacted` before their speaker after a quote (`“…,” remembered X, a title`)', () => {
    const quotes = quotesOf(
      '“We kept the lights on all winter,” remembered Tobias Lindqvist, the former harbour master.',
      '“Fill every seat,” exhorted the evening’s host, Marta Ilves.',
      '“That is not what we agreed,” reacted Councillor Brannigan.'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Tobias Lindqvist', cue: 'remembered'},
      {speaker: 'Marta Ilves', cue: 'exhorted'},
      {speaker: 'Brannigan', cue: 'reacted'}
    ])
  })

  it('reads the holder named after a possessive’s title and its comma (`said X’s aide, Y`, `said the host, singer Y`)', () => {
    const quotes = quotesOf(
      '“The ferry leaves at nine,” said Marisol Abend’s deputy, Ove Kastrup.',
      '“Bring coats,” announced the festival’s organiser, poet Lidia Sorn.',
      '“We will see,” said Abend’s spokesman.'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Ove Kastrup', mention: 'Ove Kastrup'},
      {speaker: 'Lidia Sorn', mention: 'Lidia Sorn'},
      {mention: 'Abend’s spokesman'}
    ])
  })

  it('reads the subject of the speech verb a participle follows (`…, X said, adding, “…”`), not the subject that opens the sentence', () => {
    const quotes = quotesOf(
      'Halvard Moen left before the vote was counted, Runa Tveit said, adding, “He never stays late.”',
      'The ferry will run again in May, she told reporters, adding: “We owe the island that.”',
      'Halvard Moen shrugged off Tveit’s comments, saying “Nothing has changed.”'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Runa Tveit', mention: 'Runa Tveit', cue: 'adding'},
      {mention: 'she', cue: 'adding'},
      {speaker: 'Halvard Moen', mention: 'Halvard Moen'}
    ])
  })

  it('reads a quote that opens its sentence with no comma before a title, a name and a verb that ends the clause (`“…” the paper’s editor X responded.`)', () => {
    const quotes = quotesOf(
      '"She asked us to the harbour office to talk about the new ferry" the gazette’s senior editor Ottilie Marsh responded.',
      '“Fresh paint” is what the mayor said.'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Ottilie Marsh', mention: 'Ottilie Marsh', cue: 'responded'},
      {speaker: null}
    ])
  })

  it('reads the person, not the region after her town’s comma (`X of Town, Region says`, `said voter X of Town, Region,`)', () => {
    const quotes = quotesOf(
      'Rosalind Brecker of Dunmore, Vermont says the new span is “long overdue.”',
      'A nurse from Halden, New Caledon says it is “a fine idea.”',
      '“We waited ten years,” said retired teacher Ingrid Solvang of Brackley, Westmark, after the vote.',
      'Speaking to the farmers of Westmark, Pell said the toll was “too high.”'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Rosalind Brecker', mention: 'Rosalind Brecker', cue: 'says'},
      {speaker: null, cue: 'says'},
      {speaker: 'Ingrid Solvang', mention: 'Ingrid Solvang', cue: 'said'},
      {speaker: 'Pell', mention: 'Pell', cue: 'said'}
    ])
    expect(quotes[1]?.source?.text).toBe('A nurse')
  })

  it('names no speaker for a passive cue without an agent (`she was warned that “…”`), but keeps hearsay (`is said to have told`) and a reported clause', () => {
    expect(names(quotesOf('Mayor Ines Rook spoke first.', 'In one briefing she was warned that “the bridge will not last another winter”.'))).toEqual([null])
    expect(names(quotesOf('Mayor Ines Rook spoke first.', 'Rook was advised by engineers to wait until the deck was “fully tested”.'))).toEqual([null])
    expect(names(quotesOf('Mayor Ines Rook spoke first.', 'Rook is said to have told aides: “We will not back down.”'))).toEqual(['Ines Rook'])
    expect(names(quotesOf('Mayor Ines Rook told reporters that the plan was approved and “will start in May”.'))).toEqual(['Ines Rook'])
  })
})

describe('sources without a speech verb next to the quote', () => {
  it('reads a sentence-final `according to X`', () => {
    const [quote] = quotesOf('More than 900 cyclists joined a “slow ride” through the centre, according to the organiser Mirela Dobrev.')
    expect(summary(quote)).toMatchObject({speaker: 'Mirela Dobrev', mention: 'Mirela Dobrev', cue: 'according to'})
  })

  it('reads the owner of a speech noun (`X’s claim that “…”`)', () => {
    const [quote] = quotesOf('Fact-checkers looked into Senator Orla Brennan’s claim that “half the bridges are unsafe.”')
    expect(summary(quote)).toMatchObject({speaker: 'Orla Brennan', mention: 'Senator Orla Brennan’s'})
  })

  it('reads `“…” - X` and `“…” — X`', () => {
    const quotes = quotesOf(
      'Readers wrote in about the weekend festival.',
      '“Best festival the town has had in years.” - Odile Fournier',
      '“Too loud for a Sunday morning.” — Bram Kuipers'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Odile Fournier', mention: 'Odile Fournier', cue: null},
      {speaker: 'Bram Kuipers', mention: 'Bram Kuipers', cue: null}
    ])
  })

  it('reads `as X put it`', () => {
    const [quote] = quotesOf('The stadium, as the Evening Courier put it, was “a cathedral of concrete.”')
    expect(summary(quote)).toMatchObject({speaker: 'Evening Courier', cue: 'put it'})
  })

  it('reads a possessive body and lets `they` stand for its own sentence’s subject', () => {
    const [quote] = quotesOf('The mayor’s office compared the plan with what they called “a gift to developers.”')
    expect(summary(quote)).toMatchObject({speaker: 'The mayor’s office', mention: 'they', cue: 'called'})
  })

  it('gives the speaker of `X and Y said` to the first name', () => {
    const [quote] = quotesOf('Nadia Petrosyan and Oskar Lund said the deal was “the best we could get.”')
    expect(summary(quote)).toMatchObject({speaker: 'Nadia Petrosyan', mention: 'Nadia Petrosyan', cue: 'said'})
  })
})

describe('canonical names', () => {
  it('resolves an honorific and surname to the full name', () => {
    const quotes = quotesOf('Gen Harold Whitcombe visited the base on Monday.', '“Morale is high,” Gen Whitcombe said.', '“Supplies are not,” Mr Whitcombe added.')
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Harold Whitcombe', mention: 'Gen Whitcombe'},
      {speaker: 'Harold Whitcombe', mention: 'Mr Whitcombe'}
    ])
  })

  it('resolves a playing position (`the defender`) to the player in view, and a parent by their children (`the father-of-two`) to the one the story is about', () => {
    const player = quotesOf('Rovers manager Ian Boyd named his side early.', 'Captain Lewis Marr said the squad were stunned. “Nobody saw it coming,” the defender said.')
    expect(names(player)).toEqual(['Lewis Marr'])
    const parent = quotesOf(
      'Ewan Tully, 34, broke his ankle on the hill on Friday.',
      'Rescue leader Craig Munro said Mr Tully had stayed calm.',
      'Mr Tully thanked the crew. His deputy, Fraser Gow, praised the pilots.',
      '“I will be back on the hill by summer,” the father-of-two said.'
    )
    expect(names(parent)).toEqual(['Ewan Tully'])
  })

  it('resolves `the 56-year-old` to the person given that age, or else to the person the story is about', () => {
    const aged = quotesOf('Jo Vale, 56, and Tom Ode, 61, met the board.', 'Ode spoke first.', '“We are ready,” the 56-year-old said.')
    expect(names(aged)).toEqual(['Jo Vale'])
    const subject = quotesOf('Jose Marino has agreed a deal to manage the harbour club.', '“I am excited to join,” the 56-year-old said.')
    expect(names(subject)).toEqual(['Jose Marino'])
    const described = quotesOf('Jo Vale, 56, and Tom Ode, 61, met the board.', 'Ode spoke first.', '“We are ready,” the 56-year-old mother of three said.')
    expect(names(described)).toEqual(['Jo Vale'])
    // A number before a verb no noun is spelt like is a subject; before a plural noun it is not.
    expect(names(quotesOf('“We are ready,” the two said.'))).toEqual(['the two'])
  })

  it('reads a capitalised auxiliary or month between a given name and its verb as the surname, and a lower-case one as an auxiliary', () => {
    const quotes = quotesOf('“The bridge stays shut,” Ada May said.', '“We will reopen it,” said Will Hurst.', '“Not this year,” Ruiz may later say.')
    expect(names(quotes)).toEqual(['Ada May', 'Will Hurst', 'Ruiz'])
  })

  it('reads a post’s `of` as part of the run before the holder’s name, and a `he` after it as the holder', () => {
    const quotes = quotesOf('Secretary of State Ada Kell met the board on Monday.', '“The quay reopens in May,” she said.', '“We are ready,” said Secretary of State Jon Vale.', '“So are we,” Ruiz and Premier Tom Ode said.')
    expect(names(quotes)).toEqual(['Ada Kell', 'Jon Vale', 'Ruiz'])
  })

  it('lets the pronouns an article uses for a person overrule the gender a given name is counted for', () => {
    const quotes = quotesOf(
      'Taylor Brandt has run the ferry company since her father retired.',
      'Taylor Brandt says her crews are ready for the winter timetable.',
      'The company was bought by Ivo Lund in March, and the talks with Owen Pike stalled.',
      '“We will keep every crossing,” she said.'
    )
    expect(names(quotes)).toEqual(['Taylor Brandt'])
  })

  it('gives a `they` or `it` to the body an earlier sentence opens with, and never a `she` to a body', () => {
    const quotes = quotesOf(
      'The singer’s old label, Silver Pylon, which owns her first records, says she may perform them.',
      '“I only want my songs back,” she said.',
      'Silver Pylon have denied blocking her.',
      '“We never stood in the way,” they said.',
      'Ana Ruiz met the label’s board on Monday.',
      '“Nothing was agreed,” they said.'
    )
    expect(names(quotes)).toEqual([null, 'Silver Pylon', null])
    // A party's members in the chamber are a body too.
    expect(names(quotesOf('Senate Democrats blocked the harbour bill on Tuesday.', '“It is a poison pill,” they said.'))).toEqual(['Senate Democrats'])
  })

  it('files a site named with its domain (`DailyLedger.com`) as a body, never the person a `he` stands for, though it speaks', () => {
    const quotes = quotesOf(
      'Ivo Brandt filed the complaint in May, after DailyLedger.com exposed the spending.',
      'The campaign paid the firm $20,000 before DailyLedger.com revealed the payments.',
      '“If the money paid for holidays, it was personal,” he wrote.',
      'DailyLedger.com asked the campaign about it:',
      '“Every payment was lawful.”'
    )
    expect(names(quotes)).toEqual(['Ivo Brandt', 'DailyLedger.com'])
  })

  it('gives `the council` to the one council the article names before it, and leaves it as written when two are named', () => {
    const one = quotesOf('The Harbour City Council met on Monday.', '“The ferry stays,” the council said.')
    expect(names(one)).toEqual(['Harbour City Council'])
    const two = quotesOf('The Harbour City Council and the Westshire County Council met on Monday.', '“The ferry stays,” the council said.')
    expect(names(two)).toEqual(['the council'])
  })

  it('gives a `they` to a body named by its head word, though the name opens with a given name', () => {
    const quotes = quotesOf('The firm that stages the awards, Tom Keel Productions, denies any deal was struck.', '“Nothing is agreed yet,” they said.')
    expect(names(quotes)).toEqual(['Tom Keel Productions'])
  })

  it('reads the subject before an aside set between dashes', () => {
    const quotes = quotesOf(
      'Jane Doe — a former aide to the mayor — said the plan was “reckless”.',
      'The harbour’s rulebook, the Charter — written in 1950 and kept by many towns since — says a pilot “shall serve in good faith”.'
    )
    expect(names(quotes)).toEqual(['Jane Doe', 'Charter'])
  })

  it('reads a subject after an opening adverb with no comma, `the then` before a post, and `authorities`', () => {
    const quotes = quotesOf(
      'Ana Ruiz chaired the harbour board.',
      'Later she spoke to reporters, saying the plan was “dead”.',
      'In remarks likely to anger rivals, the then harbour master said the audit was “biased”.',
      'Afterwards, authorities say they recovered “several flares” from the quay.'
    )
    expect(names(quotes)).toEqual(['Ana Ruiz', 'the then harbour master', 'authorities'])
  })

  it('leaves out police and parliamentary titles as Canadian, British, Australian and Indian news abbreviate them', () => {
    const quotes = quotesOf(
      '“We are looking for witnesses,” said RCMP Cpl. Dan Moskal.',
      '“The budget is unfair,” said NDP MPP Lisa Gretz.',
      '“We need answers,” Coun. Ana Ruiz said.',
      '“The road is closed,” said Cst. Jo Vale.',
      '“We will build more roads,” PM Ravi Nair said.',
      'Councillor Mia Tran chaired the meeting. “The vote stands,” Cr Tran said. “We move on,” the councillor said.'
    )
    expect(names(quotes)).toEqual(['Dan Moskal', 'Lisa Gretz', 'Ana Ruiz', 'Jo Vale', 'Ravi Nair', 'Mia Tran', 'Mia Tran'])
  })

  it('reads a post’s `for` or `of` before its holder’s name, with or without a known given name', () => {
    const quotes = quotesOf(
      '“Every option is open,” said Minister for Housing Dara Quinn.',
      'Minister for Harbours Siobhan Keogh told the chamber that “no pier will close”.',
      'Chief of Staff Ana Ruiz met the board on Monday.',
      '“We are ready,” she said.'
    )
    expect(names(quotes)).toEqual(['Dara Quinn', 'Siobhan Keogh', 'Ana Ruiz'])
  })

  it('reads `police said` with no determiner, and gives `a statement from X` to X', () => {
    const quotes = quotesOf('“The man was known to officers,” police said.', 'A statement from the Harbour Port Authority said it was “reviewing the incident”.')
    expect(names(quotes)).toEqual(['police', 'Harbour Port Authority'])
  })

  it('gives each quote of a list of relative clauses to the name its own `who` stands for', () => {
    const quotes = quotesOf('Allies joined in, including the Reverend Frank Ode, who called it “disgraceful”, former aide Anton Marek, who said it was “not the way”, and Lina Gray, who said “we can do better.”')
    expect(names(quotes)).toEqual(['Frank Ode', 'Anton Marek', 'Lina Gray'])
  })

  it('leaves out a post or occupation written before the name, alone or after a body’s name', () => {
    const quotes = quotesOf(
      '“We are ready,” said CEO Dana Whitfield.',
      '“The count is wrong,” Fernhill County Sheriff Ed Gomez said.',
      '“Vote it down,” Assemblywoman Rosa Imre said.',
      '“It will ship on time,” Whitfield added.'
    )
    expect(names(quotes)).toEqual(['Dana Whitfield', 'Ed Gomez', 'Rosa Imre', 'Dana Whitfield'])
  })

  it('never takes a named operation for a person a pronoun stands for', () => {
    expect(names(quotesOf('Tom Ode spoke in the capital on Monday.', 'Operation Seawall, he added, “was not done in a hurry.”'))).toEqual(['Tom Ode'])
  })

  it('keeps every word of a body’s name, titles and all (`Justice Department`), and a person’s title out', () => {
    const quotes = quotesOf('“We will appeal,” the Justice Department said.', '“No comment,” the Foreign Ministry said.', '“Rates stay,” said Justice Ana Lind.')
    expect(names(quotes)).toEqual(['Justice Department', 'Foreign Ministry', 'Ana Lind'])
  })

  it('resolves `he` and `she` to the nearest person of that gender', () => {
    const quotes = quotesOf(
      'Eleanor Vasquez met Robert Lindgren at the town hall.',
      '“We agreed on the first three points,” she said.',
      '“The fourth will take longer,” he said.'
    )
    expect(quotes.map(summary)).toMatchObject([
      {speaker: 'Eleanor Vasquez', mention: 'she'},
      {speaker: 'Robert Lindgren', mention: 'he'}
    ])
  })

  it('resolves `he` after a sentence that reports someone’s words to that person, not to the first person it names', () => {
    const quotes = quotesOf(
      'Tomas Brandt met Oskar Lindqvist at the harbour.',
      'Brandt wasted the summer on the old pier, Lindqvist said.',
      '“We need a new plan by spring,” he said.',
      'Ingrid Falk, who chairs the harbour trust, said Brandt’s budget left no room for dredging.',
      '“The silt comes back every winter,” she said.',
      'The ferry will run late, said Ole Berg, a pilot on the fjord.',
      '“It is the tide,” he added.'
    )
    expect(names(quotes)).toEqual(['Oskar Lindqvist', 'Ingrid Falk', 'Ole Berg'])
    // `…, said X`: the name before the comma is the verb's object's, not a reporter.
    expect(names(quotesOf('The ferry struck Ole Berg, said Tomas Brandt, a pilot. “It came too fast,” he said.'))).toEqual(['Tomas Brandt'])
  })

  it('does not take a name that a verb of saying follows in a clause of time, or before an infinitive, for a reporter', () => {
    const quotes = quotesOf(
      'Tomas Brandt met Oskar Lindqvist at the harbour.',
      'Brandt kept quiet when Lindqvist asked about the pier.',
      '“We need a new plan by spring,” he said.',
      'Brandt said Lindqvist continued to fund the pier.',
      '“It is all in the budget,” he said.'
    )
    expect(names(quotes)).toEqual(['Tomas Brandt', 'Tomas Brandt'])
  })

  it('leaves the speaker null when a pronoun has no one to stand for', () => {
    const [quote] = quotesOf('“It was over in minutes,” she said.')
    expect(quote?.speaker).toBeNull()
    expect(quote?.cue?.text).toBe('said')
  })

  it('gives a `she` or `he` after someone the article leaves unnamed (`a spokeswoman`, `another man`) no speaker, not the last person named', () => {
    const quotes = quotesOf(
      'Dana Whitlock declined to comment on the delay.',
      'A spokeswoman for the harbour board said the report was late. “We are reviewing it,” she said.',
      'Another man who lives by the crossing said the noise was constant.',
      'He added: “Nobody asked us.”'
    )
    expect(names(quotes)).toEqual([null, null])
    // Not even the speaker of a quote just before in the same paragraph; the words that brought the person in stay the source.
    const paragraph = quotesOf('“The bridge is safe,” Dana Whitlock said. A spokeswoman for the board disagreed. “We are reviewing it,” she said.')
    expect(names(paragraph)).toEqual(['Dana Whitlock', null])
    const sourced = quotesOf('Dana Whitlock spoke first.', 'A harbour spokeswoman said the pier was “not conducive to safety”.', 'She added: “We will act.”')
    expect(sourced.map((quote) => [quote.speaker?.name ?? null, quote.source?.text ?? null])).toEqual([[null, 'A harbour spokeswoman'], [null, 'A harbour spokeswoman']])
    // The body a person works for, capitalised between the determiner and the noun, leaves the person unnamed.
    const body = quotesOf('Dana Whitlock spoke first.', 'A Norvik Energy spokeswoman said the firm was “not for sale”.', 'She added: “Our plan stands.”')
    expect(body.map((quote) => [quote.speaker?.name ?? null, quote.source?.text ?? null])).toEqual([[null, 'A Norvik Energy spokeswoman'], [null, 'A Norvik Energy spokeswoman']])
    // Someone named right after the noun, or described right after their name, is that person.
    expect(names(quotesOf('Dana Whitlock spoke first. A spokeswoman, Ines Quarry, said the report was late. “We are reviewing it,” she said.'))).toEqual(['Ines Quarry'])
    expect(names(quotesOf('Dana Whitlock, a mother of three, spoke last. “I am tired,” she said.'))).toEqual(['Dana Whitlock'])
  })

  it('leaves a scare quote that modifies a noun without a speaker', () => {
    const [quote] = quotesOf('The council published a “final” timetable on Friday.')
    expect(summary(quote)).toEqual({text: 'final', speaker: null, mention: null, cue: null})
  })
})

describe('canonical names from the whole article', () => {
  /** Speakers of an article with a title and a caption line, the layout scrapers give. */
  function speakersOf(title: string, caption: string, ...paragraphs: string[]): (string | null)[] {
    return names(parseArticle(`${title}\n\n${caption}\n\n${paragraphs.join('\n\n')}\n`).quotes)
  }

  it('completes a surname from the full name in a caption', () => {
    const speakers = speakersOf(
      'Dam repairs to start next month',
      'Engineer Halvard Strand inspects the spillway on Monday. Photograph: Ines Moe/Agency',
      'Work on the dam begins in May.',
      '“The concrete is sound,” Strand said.'
    )
    expect(speakers).toEqual(['Halvard Strand'])
  })

  it('completes a surname from a title-case headline only with a listed given name', () => {
    expect(speakersOf('Mayor Susan Okoro Promises New Ferry', 'The old ferry at dawn. Photograph: Ines Moe/Agency', '“We will buy two boats,” Okoro said.')).toEqual(['Susan Okoro'])
    // `Backs` is no given name: the headline's capitals make no one's name.
    expect(speakersOf('Council Backs Okoro On Ferry', 'The old ferry at dawn. Photograph: Ines Moe/Agency', '“We will buy two boats,” Okoro said.')).toEqual(['Okoro'])
  })

  it('resolves a given name alone to the one person named in full with it', () => {
    expect(quotesOf('Marit Solberg chairs the board.', '“The ferry is safe,” Marit said.').map((quote) => quote.speaker?.name)).toEqual(['Marit Solberg'])
  })

  it('resolves `the prime minister` to the person named with that post, and only that post', () => {
    const quotes = quotesOf(
      'Prime Minister Ada Varga met First Minister Rolf Ekman on Monday.',
      'The prime minister said the talks were “a fresh start.”',
      'The minister said the talks were “too short.”'
    )
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ada Varga', 'The minister'])
  })

  // A post one person holds, however the article first gives it, and the quote that names them by it.
  const posts: readonly (readonly [string, readonly string[], readonly string[]])[] = [
    [
      'in apposition on either side of the name',
      [
        'Mara Quist, the county’s chief engineer, inspected the runways.',
        '“The damage is worse than we thought,” the engineer said.',
        'The museum’s director, Tomas Beck, closed the galleries.',
        '“We open again on Friday,” the director said.'
      ],
      ['Mara Quist', 'Tomas Beck']
    ],
    [
      'in lower case before the name with a word that modifies it (`finance minister X` is `the minister` and `the finance minister`)',
      ['Later, finance minister Li Wen spoke.', '“It is achievable,” the finance minister said.', 'Opposition leader Jo Marsh was unconvinced.', '“These figures are fiction,” the leader said.'],
      ['Li Wen', 'Jo Marsh']
    ],
    [
      'in capitals after `the` (`the Prime Minister`, `the Health Secretary`), as in lower case',
      [
        'Prime Minister Ada Varga met the Opposition Leader, Jo Marsh, on Monday.',
        '“We made progress,” the Prime Minister said.',
        '“Not enough,” the Opposition Leader replied.',
        'The Health Secretary, Tom Vale, was also present. “The wards need funds,” the Health Secretary said.'
      ],
      ['Ada Varga', 'Jo Marsh', 'Tom Vale']
    ],
    [
      'as a body’s head word capitalised after `the` (`the Trust`, `the Council` for the body named with it before)',
      [
        'The Harbour Trust closed the pier on Monday, and Westshire County Council approved the levy.',
        'In a statement, the Trust said it “regretted” the closure.',
        '“We had no choice,” the Council said.'
      ],
      ['Harbour Trust', 'Westshire County Council']
    ],
    [
      'with the place or people it belongs to in capitals (`the Chilean president, X`, `Westshire premier X`), for that post and the post alone',
      [
        'Ana Ruiz praised the Chilean president, Jo Vale, and Westshire premier Tom Ode on Monday.',
        '“We will see,” the Chilean president said.',
        '“Not yet,” the Westshire premier said.'
      ],
      ['Jo Vale', 'Tom Ode']
    ],
    [
      'as the noun for a body’s kind written beside its name (`the Daily Ledger newspaper`, `airline Skyhop`), not beside a possessive',
      [
        'That was the verdict of the Daily Ledger newspaper on Monday, as budget airline Skyhop cancelled flights.',
        '“The council has failed,” the newspaper wrote.',
        '“We apologise,” the airline said.',
        'Maria Ruiz’s company paid for the ferries. “We will help,” the company said.'
      ],
      ['Daily Ledger', 'Skyhop', 'the company']
    ],
    [
      'as the kind a company’s or airline’s last word makes it (`Acme Corp`, `Skyhop Airways`), `it` for the company, the firm named last when no other is near, and not when two firms are named together',
      [
        'Acme Corp said on Monday it would appeal. “We believe the judge erred,” it said.',
        'Skyhop Airways cancelled 40 flights. “Safety comes first,” the airline said.',
        'Separately, Norvik Holdings Ltd cut 200 jobs. “The market has changed,” the firm said.',
        'Tarn Foods Inc and Orla Group Ltd agreed to merge. “It is a good fit,” the firm said.'
      ],
      ['Acme Corp', 'Skyhop Airways', 'Norvik Holdings Ltd', 'the firm']
    ],
    [
      'as the kind a carmaker’s, a food firm’s or a group’s last word makes it (`Voltra Motors`, `Brightwell Group`)',
      [
        'Voltra Motors is recalling 80,000 vehicles. “Safety comes first,” the carmaker said.',
        'Brightwell Group cut 300 jobs. “It was a hard decision,” the group said.'
      ],
      ['Voltra Motors', 'Brightwell Group']
    ],
    [
      'as the kind an advocacy body’s last word makes it (`Fernhill Tenants League` is `the group`)',
      ['The Fernhill Tenants League filed the complaint on Friday. “Rents have doubled,” the group said.'],
      ['Fernhill Tenants League']
    ],
    [
      'as the kind an advocacy body’s last word makes it (`Harbour Anglers Association` is `the organisation`), and no one when two such bodies stand near',
      [
        'The Harbour Anglers Association objected on Monday. “The river is dying,” the organisation said.',
        'The Fernhill Tenants League and the Westshire Cyclists Alliance joined the protest. “We stand together,” the group said.'
      ],
      ['Harbour Anglers Association', 'the group']
    ],
    [
      'as the head word of a body named `X of Y` (`the department` for `Department of Health`), the body’s whole name, and `it` for a body its own paragraph names',
      [
        'The Department of Health ordered a review on Monday.',
        '“We take this seriously,” the department said.',
        'The Bank of Westshire raised rates on Tuesday. “Inflation is too high,” it said.'
      ],
      ['Department of Health', 'Bank of Westshire']
    ],
    [
      'as a nationality standing for the person the text is about (`the Spaniard`, `the Frenchman`)',
      [
        'Spanish coach Pablo Serrano was pleased with the draw. “I am very happy here,” the Spaniard said.',
        'Luc Moreau won the stage on Sunday. “It is a special week,” the Frenchman said.'
      ],
      ['Pablo Serrano', 'Luc Moreau']
    ],
    [
      'held now, past a former holder whose taker stands in lower case inside a sentence (`and deputy transport minister X`)',
      ['Transport Minister Alice Brand and deputy transport minister Grant Hollis opened the road.', '“It is a good day,” the transport minister said.'],
      ['Alice Brand']
    ],
    [
      'held now, past a former holder whose `former` stands before the post in lower case (`Former health minister X`)',
      ['Health Minister Alice Brand visited the ward on Monday. Former health minister Grant Hollis was also there.', '“We need more nurses,” the minister said.'],
      ['Alice Brand']
    ],
    [
      'as a title or before the name (`Premier X`, `county sheriff X`), as in apposition',
      ['Premier Dana Lind met the harbour board on Monday.', '“We will build it,” the premier said on Tuesday.', 'County sheriff Bo Quarry closed the road.', '“It is not safe,” the sheriff said.'],
      ['Dana Lind', 'Bo Quarry']
    ]
  ]
  for (const [how, paragraphs, speakers] of posts) {
    it(`resolves a post given ${how}`, () => {
      expect(quotesOf(...paragraphs).map((quote) => quote.speaker?.name)).toEqual(speakers)
    })
  }

  it('resolves a post no one is named in to the person last named as a subject, as a pronoun, but not a post of someone else’s', () => {
    const quotes = quotesOf(
      'Dana Whitlock toured the flooded valley on Monday.',
      'Later, the governor told reporters: “We will rebuild every bridge.”',
      '“The state will pay,” the longtime governor said.',
      // A post written for someone else, or one another person holds under that name, is left as written.
      '“The timetable is set,” the governor’s spokesman said.',
      'At the rally, the band leader sang. “It is our time,” the band leader said.',
      'Deputy Minister Ola Berg spoke next. “We agree,” the prime minister said.'
    )
    expect(names(quotes)).toEqual(['Dana Whitlock', 'Dana Whitlock', 'the governor’s spokesman', 'the band leader', 'the prime minister'])
  })

  it('resolves a calling or a post after words that only describe its holder to the person last named as a subject (`the actress`, `the celebrated actress`, `the then governor`)', () => {
    const quotes = quotesOf(
      'Tessa Marlowe signed on for a third season of the harbour drama.',
      '“I was not ready to leave,” the actress said.',
      '“The crew is my family,” the celebrated actress added.',
      '“It was the first night of the strike,” the then governor told the dinner.'
    )
    expect(names(quotes)).toEqual(['Tessa Marlowe', 'Tessa Marlowe', 'Tessa Marlowe'])
    // A word that makes the holder someone else, or a noun before the post, leaves it as written.
    const others = quotesOf(
      'Tessa Marlowe signed on for a third season of the harbour drama.',
      '“I was not ready to leave,” the former actress said.',
      '“We start again,” the incoming governor said.',
      '“Not yet,” the union official said.'
    )
    expect(names(others)).toEqual(['the former actress', 'the incoming governor', 'the union official'])
  })

  it('reads no document before a name as the name’s post (`in a short letter Ms Lind wrote`), so a post no one holds still finds her', () => {
    const quotes = quotesOf('Ada Lind toured the harbour on Monday.', '“We will rebuild,” the governor said.', 'In a short letter Ms Lind wrote that the quay was “safe”.')
    expect(names(quotes)).toEqual(['Ada Lind', 'Ada Lind'])
  })

  it('reads the one a possessive owns past words that describe them (`Vale’s then chief of staff Ira Bloom`, `Rook’s personal physician`), not the owner', () => {
    const quotes = quotesOf('Mayor Lena Vale backed the plan.', 'On Twitter, Vale’s then chief of staff Ira Bloom attacked the critics, calling them “bad neighbours” and accusing them of “scaremongering”.')
    expect(names(quotes)).toEqual(['Ira Bloom', 'Ira Bloom'])
    expect(names(quotesOf('Ben Rook is recovering at home.', 'Rook’s personal physician put him on a “strict diet” of soup.'))).toEqual(['Rook’s personal physician'])
  })

  it('resolves a post written as its initials to the person named in it in full, and the other way round (`the CEO`, `the chief executive`)', () => {
    const full = quotesOf('The company’s chief executive, Mark Olsen, spoke first.', 'Holt’s deputy, Ray Kim, called that “a bluff.”', '“That is untrue,” the CEO said.')
    expect(names(full)).toEqual(['Ray Kim', 'Mark Olsen'])
    const initials = quotesOf('CEO Mark Olsen spoke first.', 'Holt’s deputy, Ray Kim, called that “a bluff.”', '“That is untrue,” the chief executive said.')
    expect(names(initials)).toEqual(['Ray Kim', 'Mark Olsen'])
  })

  it('resolves the noun a title is written as after `the` to the person named with the title (`Justice …` the judge, `Rep. …` the congresswoman, `Chief Constable …`)', () => {
    const quotes = quotesOf(
      'Justice Mara Quist dismissed the appeal. Rep. Ida Fenn criticised the ruling. Chief Constable Tor Blake said nothing.',
      '“The evidence was overwhelming,” the judge wrote.',
      '“Who approved this?” the congresswoman asked.',
      '“We will find those responsible,” the chief constable said.',
      '“It is final,” the justice added.'
    )
    expect(names(quotes)).toEqual(['Mara Quist', 'Ida Fenn', 'Tor Blake', 'Mara Quist'])
  })

  it('gives a person first met by a surname the lists hold as a given name the gender of the given name met later (`Whitby said …`, `Ann Whitby`)', () => {
    expect(names(quotesOf('Whitby said: “We open on Monday.”', 'Ann Whitby was there early.', '“It will be busy,” she said.'))).toEqual(['Ann Whitby', 'Ann Whitby'])
  })

  it('reads `family` as a noun, not an adverb in `-ly` (`the Delgado family said`), and never names the one the family is of', () => {
    const quotes = quotesOf('Rosa Delgado, 19, was last seen on Friday.', '“We are heartbroken,” the Delgado family said.', '“We are sad,” her family said.')
    expect(names(quotes)).toEqual(['the Delgado family', 'her family'])
  })

  it('leaves out of a name the titles of other English-speaking countries, and resolves their posts (`Alhaji X`, `Hon X`, `Datuk X`, `the Taoiseach`, `the magistrate`)', () => {
    const quotes = quotesOf(
      'On Monday, Alhaji Musa Wekesa said the market would reopen.',
      'Hon Grace Wambui said: “We will fight.”',
      'Datuk Azmi Osman said: “It is done.”',
      'The Taoiseach, Declan Furlong, met farmers. “It is a fair deal,” the Taoiseach said.',
      'Magistrate Thandi Khumalo adjourned the case. “Come back on Monday,” the magistrate said.'
    )
    expect(names(quotes)).toEqual(['Grace Wambui', 'Azmi Osman', 'Declan Furlong', 'Thandi Khumalo'])
  })

  it('reads `Mdm` as a woman’s title, as `Madam`', () => {
    expect(names(quotesOf('Mdm Tan Siew Ling, 67, sells rice with her son, Mr Lim Wei Jie.', '“Business is slow,” she said.'))).toEqual(['Tan Siew Ling'])
  })

  it('reads the gender of a given name written with accents as the lists give it without (`Seán`, `Máire`, `José`)', () => {
    expect(names(quotesOf('Seán Breen met Máire Dolan at the pier.', '“The tide was late,” she said.'))).toEqual(['Máire Dolan'])
    expect(names(quotesOf('Máire Dolan met Seán Breen at the pier.', '“The tide was late,” he said.'))).toEqual(['Seán Breen'])
  })

  it('takes `she` or `he` for a person whose given name is given to both (`Kim`, `Nicola`)', () => {
    expect(names(quotesOf('“We need more beds,” said Kim Crane, the ward manager.', '“And more nurses,” she added.'))).toEqual(['Kim Crane', 'Kim Crane'])
    expect(names(quotesOf('Nicola Ferri won the stage.', '“Easy,” he said.'))).toEqual(['Nicola Ferri'])
  })

  it('files `Vice President X` under the vice president only, and `Minister for Finance X` under the minister too', () => {
    const quotes = quotesOf('Vice President Jo Vale toured the plant. Minister for Finance Declan Furlong set out the budget.', '“We are impressed,” the Vice President said.', '“It is prudent,” the minister said.')
    expect(names(quotes)).toEqual(['Jo Vale', 'Declan Furlong'])
    // The vice president is not the president.
    expect(names(quotesOf('Vice President Jo Vale toured the plant.', '“We are impressed,” the president said.'))).toEqual(['the president'])
  })

  it('resolves posts written short or with `First` to the person named in them (`the PM`, `the CM`, `the skipper`, `the First Minister`)', () => {
    const quotes = quotesOf(
      'Prime Minister Ilse Varga visited the port. Chief Minister Devan Rao met farmers. Captain Ben Tull led the side.',
      'Yesterday, First Minister Morag Dunn spoke next.',
      '“We will rebuild,” the PM added.',
      '“Help is coming,” the CM said.',
      '“We were poor,” the skipper said.',
      '“Scotland is ready,” the First Minister said.'
    )
    expect(names(quotes)).toEqual(['Ilse Varga', 'Devan Rao', 'Ben Tull', 'Morag Dunn'])
  })

  it('resolves `the pope` and `the Pope` to the one person named with that title', () => {
    const quotes = quotesOf('Pope Leontius visited the harbour on Sunday.', 'The Pope later apologised “without meaning to”.', '“We must listen,” the pope said.')
    expect(names(quotes)).toEqual(['Leontius', 'Leontius'])
  })

  it('files a post set before a name with its `of` phrase (`The leader of the Harbourside council, Neil Cargill,`), for `the leader` and a `he` after it', () => {
    const quotes = quotesOf(
      'The leader of the Harbourside council, Neil Cargill, and his deputy, Owen Petrie, have clashed over the stadium.',
      'Petrie disagreed. He said the costs had spiralled.',
      'The leader dismissed the complaint. “The figures are published,” he said.'
    )
    expect(names(quotes)).toEqual(['Neil Cargill'])
  })

  it('resolves a post written capitalised after `the` as it does one in lower case, and never to a word of it (`the Prime Minister` is no `Minister`)', () => {
    const quotes = quotesOf(
      'Dana Whitlock toured the flooded valley on Monday.',
      '“We will rebuild every bridge,” the Prime Minister said.',
      'Deputy Minister Ola Berg spoke next. “We agree,” the Chancellor said.'
    )
    // Berg holds another post, so the Chancellor is no one the article names: the post as written.
    expect(names(quotes)).toEqual(['Dana Whitlock', 'Chancellor'])
  })

  it('resolves a post only to someone named in it before, not after, and not formerly or as a deputy', () => {
    const quotes = quotesOf(
      'Former Gov. Ilse Brand endorsed Vice President Per Holm on Monday.',
      '“This is the right choice,” the governor said.',
      'Sen. Ruth Odell spoke first. “We are ready,” the senator said.',
      '“So are we,” the president said.',
      'Sen. Karl Vik arrived later.'
    )
    // Brand held the post once and Holm holds another; Odell is the one senator named before the quote.
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['the governor', 'Ruth Odell', 'the president'])
  })

  it('resolves `the former minister` to the one named as the post\'s former holder, and `the minister` never to them', () => {
    const quotes = quotesOf(
      'Former Finance Minister Elsa Brun met the bankers. Former Secretary of State Ivo Dane joined her.',
      '“Rates will stay high,” the former minister said.',
      '“The treaty holds,” the former secretary of state said.',
      'Former health minister Omar Fell spoke last. “Hire more nurses,” the former minister said. “Open more beds,” the minister said.'
    )
    // The last `the former minister` is Fell, named in the paragraph; no one is named as the minister now.
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Elsa Brun', 'Ivo Dane', 'Omar Fell', 'the minister'])
  })

  it('files a name with a generation\'s suffix apart (`Trump Jr.` is `Donald Trump Jr`, never the father)', () => {
    const quotes = quotesOf(
      'Arlo Penn Jr. spoke after his father, Arlo Penn, left the stage.',
      '“We will keep building,” Penn Jr. said.',
      '“So will I,” Penn said.'
    )
    expect(names(quotes)).toEqual(['Arlo Penn Jr', 'Arlo Penn'])
  })

  it('never takes a sentence adverb or a count that opens the sentence for a given name (`Maybe Vale …`, `Six Vale supporters …`)', () => {
    const quotes = quotesOf(
      'Maybe Vale was right all along. “We built it,” Vale said.',
      'Six Vale supporters stood up. “We stayed,” said Vale.'
    )
    expect(names(quotes)).toEqual(['Vale', 'Vale'])
  })

  it('reads a name that tells no gender before `reported` as a newsroom, which no `he` stands for', () => {
    const quotes = quotesOf(
      'Preacher Amos Drell attacked the scouts on his weekly show, “Hour of Truth,” Right Side Monitor first reported.',
      '“They have lost their way,” he said.'
    )
    expect(names(quotes).at(-1)).toBe('Amos Drell')
  })

  it('finds a surname written alone under the one name filed with a generation\'s suffix, when no one else has it', () => {
    const quotes = quotesOf(
      'Tobias Wren IV, a shipping heir, funded the campaign.',
      '“I backed the plan early,” Wren said.',
      'Later he changed course. “It was a mistake,” he said.',
      'Ida Lusk Jr. and Ida Lusk III both sit on the board. “We disagree,” Lusk said.'
    )
    // Two suffixed names share the surname: which one is meant is not told.
    expect(names(quotes)).toEqual(['Tobias Wren IV', 'Tobias Wren IV', 'Lusk'])
  })

  it('reads a name a `who` clause tells of as that clause\'s subject, for a pronoun after it, whatever governs the name', () => {
    const quotes = quotesOf(
      'Sen. Mark Hollis debated Gov. Peter Dunn on Tuesday.',
      'The moderator then turned to Hollis, who praised the new roads. “I will give him that,” he said.',
      'For Dunn, who lost the last race, the stakes are high. “I am not going anywhere,” he said.'
    )
    expect(names(quotes)).toEqual(['Mark Hollis', 'Peter Dunn'])
  })

  it('leaves out of a name the last word of a post after `and`, `in` or `to`, and a place\'s `-based` (`Agent in Charge Jo Vale`)', () => {
    const quotes = quotesOf(
      '“The device was live,” Special Agent in Charge Gregory Tolland said.',
      'Ambassador to Westland Marie Colt testified on Friday. “I was told to keep quiet,” Colt said.',
      'Minister of Fisheries and Trade Peter Sand spoke next. “We will not sign,” Sand said.',
      '“The race is tightening,” Ohio-based Matt Corrigan said.',
      // `of` and `for` still join a post and its holder's name into one mention.
      '“Rents must fall,” said Minister for Housing Dara Quinn.'
    )
    expect(names(quotes)).toEqual(['Gregory Tolland', 'Marie Colt', 'Peter Sand', 'Matt Corrigan', 'Dara Quinn'])
    expect(quotes.map((quote) => quote.speaker?.mention?.text)).toEqual(['Gregory Tolland', 'Colt', 'Sand', 'Matt Corrigan', 'Minister for Housing Dara Quinn'])
  })

  it('reads a post through `to`, `in` or `and` up to its holder\'s given name after `said`, and never two people as one', () => {
    const quotes = quotesOf(
      '“Help is coming,” said Minister of Fisheries and Trade Peter Sand.',
      '“This is the worst flood in decades,” said Ambassador to Westland Marie Colt.',
      '“We stand together,” said Minister Jo Ruiz and Premier Tom Ode.'
    )
    expect(names(quotes)).toEqual(['Peter Sand', 'Marie Colt', 'Jo Ruiz'])
  })

  it('reads `quoting X as saying` as X\'s words, and `uttered` as a way of saying', () => {
    const quotes = quotesOf(
      'The Harbour Ledger had the story first, quoting Ana Ruiz as saying the plan was “dead on arrival.”',
      '“I regret nothing,” local papers quote Tom Ode as saying.',
      '“It is over,” uttered Mia Lund, the last to leave.'
    )
    expect(names(quotes)).toEqual(['Ana Ruiz', 'Tom Ode', 'Mia Lund'])
  })

  it('reads a faith or people written before a noun (`Muslim`, `Catholic`) as no name, as a nationality is', () => {
    const quotes = quotesOf(
      'Opposition leader Mira Dene spoke at the rally. More than 1,000 Karsk Muslims live in camps near the border.',
      '“We have to be cautious,” she said.'
    )
    expect(names(quotes)).toEqual(['Mira Dene'])
    expect(names(quotesOf('Catholic Bishop Tomas Vell led the prayers. “We grieve together,” Vell said.'))).toEqual(['Tomas Vell'])
  })

  it('gives given names listed before a full name its surname (`Kevin, Andrew and Luis Pardo`, `Ann and Tom Vale`), not two people of one gender', () => {
    const family = quotesOf(
      'Kevin, Andrew, and Luis Pardo stood together on Thursday to share the news.',
      '“We wanted the whole world to know,” Kevin said.',
      '“Keep praying,” Andrew said.'
    )
    expect(names(family)).toEqual(['Kevin Pardo', 'Andrew Pardo'])
    expect(names(quotesOf('Ann and Tom Vale opened the bakery in 1990.', '“We never took a holiday,” Ann said.'))).toEqual(['Ann Vale'])
    // Two men: as often two reporters, one known by his given name.
    expect(names(quotesOf('Owen and James Arkin report on the Senate.', '“The vote is close,” Owen said.'))).toEqual(['Owen'])
  })

  it('reads a verb that judges something in the speaker\'s words (`condemned as`, `lauded as`) as the cue of a fragment after it', () => {
    const quotes = quotesOf(
      'The alliance said the raid killed six soldiers, which President Ana Ruiz condemned as “cowardly.”',
      'Councillor Jo Marsh lauded the volunteers as “the best of this town.”'
    )
    expect(names(quotes)).toEqual(['Ana Ruiz', 'Jo Marsh'])
  })

  it('reads `X of <body> said` as X, though a given name opens the body\'s name (`Franklin University`)', () => {
    const quotes = quotesOf('“Debt is rising,” said Mina Cho, an economist at Franklin University.', '“Families are stretched,” Cho of Franklin University said.')
    expect(names(quotes)).toEqual(['Mina Cho', 'Mina Cho'])
  })

  it('resolves a post written by a looser word for it (`the City boss` for `City manager X`), keeping the words before it', () => {
    const quotes = quotesOf(
      'City manager Paulo Serra was angry about the penalty. Rovers manager Gemma Hart was pleased.',
      '“That was never a foul,” the City boss said.',
      '“We earned it,” the Rovers boss said.',
      'Captain Leon Sauer scored twice. “The lads were brilliant,” the skipper said.'
    )
    expect(names(quotes)).toEqual(['Paulo Serra', 'Gemma Hart', 'Leon Sauer'])
    // One way only: a formal post is no one filed by the loose word (`Rovers boss X`, then `the chief executive`).
    expect(names(quotesOf('Rovers boss Tom Ode spoke first.', '“We will invest,” the chief executive said.'))).toEqual(['the chief executive'])
  })

  it('reads a double surname alone (`Ruiz Calvo`) as the one named in full with it, whichever comes first', () => {
    const quotes = quotesOf(
      'Novelist Teresa Ruiz Calvo opened the festival.',
      '“Books travel further than armies,” Ruiz Calvo said.',
      '“We need more translators,” said Duarte Lima, who spoke next. Editor Jorge Duarte Lima runs a small press.'
    )
    expect(names(quotes)).toEqual(['Teresa Ruiz Calvo', 'Jorge Duarte Lima'])
    // A word left before a name is no given name: it is never taken into the canonical name.
    expect(names(quotesOf('Harbour Ana Soto spoke first.', '“It is done,” Ana Soto said.'))).toEqual(['Ana Soto'])
  })

  it('reads a party before a post as no one else\'s post (`the Labour leader` is the leader in view)', () => {
    const quotes = quotesOf(
      'Labour’s Nia Pryce visited the yard on Monday.',
      '“Ministers should be here,” the Labour leader said.',
      'Sen. Otto Lamb, a Republican, voted no. “It is a bad deal,” the Republican senator said.'
    )
    expect(names(quotes)).toEqual(['Nia Pryce', 'Otto Lamb'])
    // In lower case, `independent` is an adjective: `the independent senator` is someone the article has not named.
    expect(names(quotesOf('Jo Vale spoke to reporters. “It will pass,” the independent senator said.'))).toEqual(['the independent senator'])
  })

  it('reads a post that opens a sentence (`The company said …`) as its holder, so an `it` or `she` after it stands for them', () => {
    const quotes = quotesOf(
      'Harwick Mills Ltd closed its plant in March. Analyst Ed Lowe called it overdue.',
      'The company said in a statement that it would pay every worker until June. “We owe them that,” it said.',
      'Mayor Ines Rook met the workers. Councillor Joan Hale joined her. The mayor said the town would help. “No one will be left alone,” she said.'
    )
    expect(names(quotes)).toEqual(['Harwick Mills Ltd', 'Ines Rook'])
    // An apposition names the one the post stands for there.
    expect(names(quotesOf('Harwick Mills Ltd closed its plant.', 'The company, Orla Group Ltd, said it would buy the site. “We will reopen it,” it said.'))).toEqual(['Orla Group Ltd'])
  })

  it('reads a feature\'s ways of saying beside a quote (`she laughed`), and not the same verb far from one (`as the crowd laughed`)', () => {
    const quotes = quotesOf(
      'Mina Rask won the final on Sunday.',
      '“I still cannot believe it,” she laughed.',
      '“Was the wind a problem?” a reporter asked, as the crowd laughed.',
      '“Not for me,” confessed her coach, Olle Brandt.'
    )
    expect(names(quotes)).toEqual(['Mina Rask', null, 'Olle Brandt'])
    // Not in the next sentence, nor far along the quote's own.
    expect(names(quotesOf('Mina Rask won the final.', '“I am not retiring yet!” The crowd roared.'))).toEqual([null])
    expect(names(quotesOf('Mina Rask called the final “the best day of my life,” and the whole crowd in the stand laughed.'))).toEqual(['Mina Rask'])
  })

  it('files a post past a courtesy title after it and under its last two words (`Union Home Minister Shri X` is `the home minister`; `Kerala Chief Minister X` is `the CM`)', () => {
    const quotes = quotesOf(
      'Union Home Minister Shri Arjun Varma opened the bridge.',
      '“It will carry ten thousand trucks a day,” the home minister said.',
      'Kestral Chief Minister Leela Nair spoke next. “We asked for it first,” the CM said.',
      'Senate President Alhaji Idris Okonta closed the session. “We adjourn,” the Senate President said.'
    )
    expect(names(quotes)).toEqual(['Arjun Varma', 'Leela Nair', 'Idris Okonta'])
    // `Shadow Health Secretary X` holds another post: `the health secretary` is not them.
    expect(names(quotesOf('Shadow Health Secretary Wes Vale toured the ward. “It is a scandal,” the health secretary said.'))).toEqual(['the health secretary'])
  })

  it('resolves a given name the lists lack, written alone, to the one person named in full with it, and not when two share it', () => {
    expect(names(quotesOf('Nomvula Dlamini opened the clinic.', 'Nomvula said: “It is fine.”'))).toEqual(['Nomvula Dlamini'])
    expect(names(quotesOf('Aoife Byrne and Aoife Kerr opened the clinic.', 'Aoife said: “It is fine.”'))).toEqual(['Aoife'])
  })

  it('reads a word alone that a later quote makes a person’s name as that person before the quote too, for a `he` between', () => {
    expect(names(quotesOf('Councillor Ivo Brandt spoke first.', 'Tarvek waited outside the hall for an hour. “I came to be heard,” he said.', '“It went well,” Tarvek said.'))).toEqual(['Tarvek', 'Tarvek'])
  })

  it('resolves a post several people hold to the one named in the last paragraph or this one, when no other was named there', () => {
    const quotes = quotesOf(
      'Transport Minister Ivo Marsh opened the depot on Monday.',
      'The housing minister, Rita Kell, said the plan was funded.',
      '“No family will wait longer,” the minister said.',
      'Both ministers took questions. Mr Marsh spoke of rail; Ms Kell of rents.',
      'Finance Minister Odo Pratt joined them. Transport Minister Ivo Marsh left early.',
      '“We agree,” the minister said.'
    )
    // Kell is the minister named just before the first quote; Pratt and Marsh are both named just before the second.
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Rita Kell', 'the minister'])
  })

  it('resolves a post several people hold to the one last named as a speaker, when no one else is named as a subject since', () => {
    const quotes = quotesOf(
      'President Ana Ruiz opened the summit on Monday.',
      'Chilean President Tomas Vell arrived on Tuesday.',
      '“We will talk to everyone,” Ms Ruiz said.',
      'The talks ran late into the night.',
      '“We have the votes now,” the president said.'
    )
    expect(names(quotes)).toEqual(['Ana Ruiz', 'Ana Ruiz'])
    // Someone else named as a subject since, or the other holder named in the same paragraph as the speaker, leaves the post as written.
    const later = ['President Ana Ruiz opened the summit on Monday.', 'Chilean President Tomas Vell arrived on Tuesday.', '“We will talk to everyone,” Ms Ruiz said.']
    expect(names(quotesOf(...later, 'Jo Marsh, a trade expert, was not convinced.', '“We have the votes now,” the president said.'))).toEqual(['Ana Ruiz', 'the president'])
    expect(names(quotesOf(...later.slice(0, 2), '“We will talk to everyone,” Ms Ruiz said of Mr Vell.', '“We have the votes now,” the president said.'))).toEqual(['Ana Ruiz', 'the president'])
  })

  it('reads a surname with its particle as one word of the name, so a caption completes it, and keeps a relative set after a kin noun apart (`her father, X`)', () => {
    const paragraphs = [
      'Le Vane said the vote was “a victory.”',
      'In conceding, Ms. Le Vane called it “a new start.”',
      'The party, tainted by her father, Jean-Luc Le Vane, lost ground.'
    ]
    const article = parseArticle(`Westvale votes\n\n${paragraphs.join('\n\n')}\n\nCandidate Odile Le Vane at a rally. Photo: Jo Pike\n`)
    expect(article.quotes.map((quote) => quote.speaker?.name)).toEqual(['Odile Le Vane', 'Odile Le Vane'])
    // A listed given name before a surname is no particle.
    expect(names(quotesOf('Al Vane spoke first.', '“We won,” Vane said.'))).toEqual(['Al Vane'])
  })

  it('reads Irish and Malay particles (`Ó`, `Ní`, `binti`) as a surname’s, and `Const.` as the constable', () => {
    expect(names(quotesOf('Colm Ó Dálaigh chairs the board.', '“We are ready,” Mr Ó Dálaigh said.'))).toEqual(['Colm Ó Dálaigh'])
    expect(names(quotesOf('Const. Danielle Fortin attended the scene.', '“No one was hurt,” the constable said.'))).toEqual(['Danielle Fortin'])
  })

  it('reads particles written in lower case as particles, and a capitalised one at a name’s end as its surname (`Priya Das`, `Erik ten Hoorn`, `Ms von der Lind`)', () => {
    expect(names(quotesOf('Her agent, Priya Das, said: “She is resting.”'))).toEqual(['Priya Das'])
    expect(names(quotesOf('Manager Erik ten Hoorn said: “We lost.”', '“We lost,” ten Hoorn said.'))).toEqual(['Erik ten Hoorn', 'Erik ten Hoorn'])
    // A listed given name in capitals is none in lower case: `Ms von der Lind` is Ursula’s surname.
    expect(names(quotesOf('Ursula von der Lind spoke first.', '“We act,” Ms von der Lind said.'))).toEqual(['Ursula von der Lind'])
  })

  it('never gives a person a title names as a woman the full name of a man with her surname, nor the other way round', () => {
    const quotes = quotesOf('Ruiz said the vote was “a victory.”', 'In conceding, Ms. Ruiz called it “a new start.”', 'The party was founded by her father, Carlos Ruiz, in 1972.')
    expect(names(quotes)).toEqual(['Ruiz', 'Ruiz'])
    expect(names(quotesOf('Mr. Ode called the plan “a fraud.”', 'His daughter, Lena Ode, runs the yard.'))).toEqual(['Ode'])
    // A surname alone tells no gender, though a list of given names may hold it.
    expect(names(quotesOf('Senior adviser Kellyanne Conway spoke first.', 'Conway objected “very forcefully.”'))).toEqual(['Kellyanne Conway'])
  })

  it('resolves `he` past a name that is the object of a preposition to the subject', () => {
    const quotes = quotesOf('In a long talk with Peter Saari, Jonas Berg said the yard would close.', '“We tried everything,” he said.')
    expect(quotes[0]?.speaker?.name).toBe('Jonas Berg')
  })

  it('reads a title written with a hyphen as a title (`Secretary-General`, `Vice-President`, `Editor-in-Chief`)', () => {
    const quotes = quotesOf(
      'UN Secretary-General Ana Guterra said the talks were “the last chance.”',
      'Vice-President Lena Ode called it “a start.”',
      'Ledger Editor-in-Chief Tom Baro called it “news.”'
    )
    expect(names(quotes)).toEqual(['Ana Guterra', 'Lena Ode', 'Tom Baro'])
  })

  it('parts a body or person before a capitalised title from the person (`Ruiz Senior Adviser Tom Ode`, `Chief Executive Officer Lena Haugen`)', () => {
    const quotes = quotesOf(
      'Former Ruiz Senior Adviser Tom Ode said he had “no idea.”',
      'Chief Executive Officer Lena Haugen said demand was “soft.”',
      '“We will see,” Ode said.'
    )
    expect(names(quotes)).toEqual(['Tom Ode', 'Lena Haugen', 'Tom Ode'])
  })

  it('parts a place before an honorific from the person, so the surname finds the full name', () => {
    const quotes = quotesOf('Harbourton Archbishop Lucas Ferrand spoke on Sunday.', '“The doors stay open,” Ferrand said.')
    expect(quotes[0]?.speaker?.name).toBe('Lucas Ferrand')
  })

  it('reads the person after a descriptor and a lower-case title opening the sentence, not the descriptor', () => {
    const quotes = quotesOf(
      'Former first lady Ana Roe wrote in the Ledger that the plan was “cruel” and “short-sighted”.',
      'Minority Green leader Jon Vale argued the bill had “failed the harbour”.',
      'Tor Lund met Jon Ode on Friday and called the plan “a mess”.'
    )
    expect(names(quotes)).toEqual(['Ana Roe', 'Ana Roe', 'Jon Vale', 'Tor Lund'])
  })

  it('never takes the region after a place and its comma for the subject (`In Harbourton, Westshire, …`)', () => {
    const quotes = quotesOf('At a meeting in Harbourton, Westshire, on Friday, the ferry crews voted to strike, chanting “no deal” as they left.')
    expect(quotes[0]?.speaker?.name ?? null).not.toBe('Westshire')
  })

  it('registers no person for the place or party before a lower-case title, so `she` finds the person after it', () => {
    const quotes = quotesOf('Former Westshire governor Ossa Roe backs the plan.', '“It is the right bridge,” she said.')
    expect(quotes[0]?.speaker?.name).toBe('Ossa Roe')
  })

  it('registers a given name after a kinship noun, set off by commas or not, so `she` can stand for her', () => {
    const quotes = quotesOf('Tor Lund spoke first. Later his wife, Maria, backed the plan on the radio.', '“We will use the ferry every day,” she said.')
    expect(quotes[0]?.speaker?.name).toBe('Maria')
    // Or with no commas, right after the noun.
    const plain = quotesOf('Tor Lund spoke first. As his daughter Maria explained: “We will use the ferry every day,” she said.')
    expect(plain[0]?.speaker?.name).toBe('Maria')
    // Or after how long she has been his wife.
    const years = quotesOf('Tor Lund spoke first. His wife of 45 years, Maria, laughs.', '“He never listens,” she says.')
    expect(years[0]?.speaker?.name).toBe('Maria')
  })

  it('reads a given name that also abbreviates a month (`Jan`) as a name before a surname', () => {
    const quotes = quotesOf('The county judge, Jan Okafor, backs the plan.', '“The bridge is overdue,” she said.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Jan Okafor'])
  })

  it('never takes a dateline or a heading set in capitals for a speaker, and reads the subject after it', () => {
    const quotes = quotesOf('PORT WELLEN — Critics of the plan called the bridge “a folly” on Monday.', 'HARBOURTON — Mayor Ana Ruiz said the bridge was “safe enough.”')
    expect(names(quotes)).toEqual(['Critics', 'Ana Ruiz'])
    // A dateline in title case with its agency, and a run-in head in capitals, open no sentence either.
    const agency = quotesOf('Harbourton (AP) – Councillor Ana Ruiz took a swipe at the port board on Monday, saying its “loud promises” cost the town dearly.')
    expect(names(agency)).toEqual(['Ana Ruiz'])
    // A name in capitals before a dash the sentence closes again is the subject of an aside, no dateline.
    const aside = quotesOf('Ana Ruiz met the panel.', 'RUIZ — who chairs the board — said the plan was “unworkable.”')
    expect(names(aside)).toEqual(['Ana Ruiz'])
    // A place in capitals with its region in title case.
    const region = quotesOf('KESTREL BAY, Westshire — Ana Ruiz left the room on Monday, calling the levy “out of the question.”')
    expect(names(region)).toEqual(['Ana Ruiz'])
    const head = quotesOf('Ana Ruiz and Bo Lind sat on the panel.', 'TALKS STALL — Ruiz left the room on Monday, calling the levy “out of the question.”')
    expect(names(head)).toEqual(['Ana Ruiz'])
  })

  it('never reads a name across the stop that ends a sentence', () => {
    const quotes = quotesOf('The award went to her nephew, Tomas. Ilse Marten thanked the jury.', '“It was a long wait,” she said.')
    expect(quotes[0]?.speaker?.name).toBe('Ilse Marten')
  })

  it('lets `she` stand for the person an earlier `she` does, past a name that pronoun\'s sentence puts after it', () => {
    const quotes = quotesOf('Mara Quist spoke at the launch.', 'Asked who would run the yard, she named Anja Broe.', '“We work well together,” she said.')
    expect(quotes[0]?.speaker?.name).toBe('Mara Quist')
  })

  it('lets `she` stand for the speaker of the sentence before, over another person it names', () => {
    const quotes = quotesOf('“We will rebuild,” Ossa Quist told reporters after Eva Lind asked about the plan.', '“It will take years,” she said.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ossa Quist', 'Ossa Quist'])
  })

  it('does not follow a `he` that opens a clause of time back, since it may point ahead (`When he …, X …`)', () => {
    const quotes = quotesOf('Lars Vik chairs the board.', 'When he was young, Emil Dahl sailed the coast.', '“It was hard work,” he said.')
    expect(quotes[0]?.speaker?.name).toBe('Emil Dahl')
  })

  it('lets `he` stand for the one named after a possessor’s post, not the possessor (`Tait’s lawyer, Jo Marsh, said`)', () => {
    const quotes = quotesOf(
      'Ivan Tait was charged with fraud in March.',
      'Tait’s lawyer, Owen Marsh, said his client would appeal. “We will fight this,” he said.',
      'The mayor’s son, Luc Aubin, spoke at the hearing. “He never wanted to leave,” he said.'
    )
    expect(names(quotes)).toEqual(['Owen Marsh', 'Luc Aubin'])
  })

  it('lets `he` and `she` stand for the one person a given name written alone names, but not a name no one bears in full', () => {
    const quotes = quotesOf(
      'Luke Harmon and his brother, Owen Harmon, opened a brewery in 2019.',
      'Luke runs the taproom. Owen handles the brewing.',
      '“I ruined the first hundred batches,” he said.',
      'Rosa Delgado and her sister Maria Delgado run the bakery. Maria keeps the books.',
      '“Nobody else wanted to,” she said.',
      'Georgia is one of the states they ship to.',
      '“It is a long drive,” she said.'
    )
    expect(names(quotes)).toEqual(['Owen Harmon', 'Maria Delgado', 'Maria Delgado'])
  })

  it('lets `he` stand for the subject of a main clause, not a name inside the phrase that opens its sentence', () => {
    const quotes = quotesOf(
      'Port director Ivan Tait and haulier Gareth Voss have argued over fees for months.',
      'After meeting Tait on Friday, Voss said the fees were too high. “Nobody can afford this,” he said.',
      'When Tait refused to meet him, Voss went to the press. “He is hiding,” he said.',
      'Unlike Tait, Voss has run a firm in the port for decades. “I know the costs,” he said.',
      'When Tait arrived at the hearing, he was calm. “We followed the rules,” he said.'
    )
    expect(names(quotes)).toEqual(['Gareth Voss', 'Gareth Voss', 'Gareth Voss', 'Ivan Tait'])
  })

  it('learns the gender of a name no list holds from the pronouns of a sentence that names no one else', () => {
    const quotes = quotesOf('Odalys Brenn opened the meeting with her report.', 'Kaveh Lind answered for his department.', '“The figures are late,” she said.', '“They are not,” he said.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Odalys Brenn', 'Kaveh Lind'])
    // An object pronoun speaks of someone else: `scolded him` tells nothing of the one who scolds.
    const scolded = quotesOf('Kaveh Lind chairs the board.', 'Odalys Brenn scolded him in public.', '“The figures are late,” she said.')
    expect(scolded.map((quote) => quote.speaker?.name)).toEqual(['Odalys Brenn'])
  })

  it('never takes a body written as an acronym for `he`', () => {
    const quotes = quotesOf('Tor Lund spoke after the vote.', '“The pier is safe,” HRB said. “We will reopen it,” he said.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['HRB', 'Tor Lund'])
  })

  it('names no one for an unnamed speaker, and carries no earlier speaker to it', () => {
    const quotes = quotesOf(
      'Jo Berg chairs the harbour board.',
      '“The pier is safe,” Jo Berg said. “The pier is not safe,” one said.',
      '“It will close by winter,” a spokesman said.',
      '“We are ready,” said another.',
      '“Talks go on,” a spokesman for the union said.',
      '“We are reading the ruling,” a spokeswoman for the minister said.'
    )
    // A spokesman for a body speaks for it, as quote databases record it; for a person's post, only for himself, as for a named person.
    expect(names(quotes)).toEqual(['Jo Berg', null, null, null, 'the union', null])
    expect(quotes.map((quote) => quote.cue?.text ?? null)).toEqual(['said', 'said', 'said', 'said', 'said', 'said'])
    // The unnamed keep the words that describe them, as the quote's source.
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual([null, 'one', 'a spokesman', 'another', null, 'a spokeswoman'])
  })

  it('names no one for an unnamed person placed by `in`, `from` or `at` a named place or body (`a man in Westvale`, `a father of two from Holmvik`, `an official at the Bank of Westshire`), and names a person of a body', () => {
    const quotes = quotesOf('“It was chaos,” a man in Westvale said.', '“It was chaos,” a father of two from Holmvik said.', '“It was chaos,” an official at the Bank of Westshire said.', 'Jo Vale of the Bank of Westshire said: “It is fine.”')
    expect(names(quotes)).toEqual([null, null, null, 'Jo Vale'])
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual(['a man', 'a father of two', 'an official', null])
  })

  it('names no one for an unnamed person tied to a named one by `to` (`an aide to Mayor Vale`, `a source close to Ms Vale`), nor takes the one named', () => {
    const quotes = quotesOf(
      'Mayor Jo Vale spoke on Monday.',
      'An aide to Mayor Vale said: “It is chaos.”',
      '“It is over,” a source close to Ms Vale said.',
      'A source familiar with the talks said: “No deal yet.”'
    )
    expect(names(quotes)).toEqual([null, null, null])
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual(['An aide', 'a source', 'A source'])
  })

  it('leaves the letters after a name out of it (`Alison Grey KC`, `Tom Vale MP`), and names no one for a member of a parliament written as initials (`a Tory MP`)', () => {
    const quotes = quotesOf('Prosecutor Alison Grey KC told the jury: “He planned it.”', '“It is a scandal,” said Tom Vale MP.', 'A Tory MP said: “It is chaos.”', '“It is chaos,” said one Labour MP.')
    expect(names(quotes)).toEqual(['Alison Grey', 'Tom Vale', null, null])
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual([null, null, 'A Tory MP', 'one Labour MP'])
  })

  it('names no one for an unnamed person described with `senior`, `top` or `former` (`a senior official`), and keeps the whole description as the source', () => {
    const quotes = quotesOf('“It is chaos,” a senior official said.', 'A former aide said: “Nobody reads the memos.”', '“We will see,” the former mayor said.')
    expect(names(quotes)).toEqual([null, null, 'the former mayor'])
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual(['a senior official', 'A former aide', null])
  })

  it('names a body written after `the` without the article, whichever construct reads it (`“…”, the Harbour Authority said`, `The Harbour Authority issued …`)', () => {
    const quotes = quotesOf(
      'Jo Vale took the decision to “close the pier for good”, the Westshire Harbour Authority said.',
      'The Westshire Harbour Authority issued a statement calling it “necessary.”',
      'The HRB called the plan “late.”'
    )
    expect(names(quotes)).toEqual(['Westshire Harbour Authority', 'Westshire Harbour Authority', 'HRB'])
  })

  it('reads the name after a lower-case post that opens the clause (`County auditor Ana Roe`, `then harbour Director Ana Roe`), not a verb before a title', () => {
    const quotes = quotesOf(
      'County auditor Mira Tolland dismissed the plan, calling it “a fantasy.”',
      'Before the vote, then harbour Director Ines Quarry showed the board the ledger, calling it “a mess.”',
      'Tolland backs Mayor Ines Quarry in the race. “I have a mortgage and no savings.”'
    )
    expect(names(quotes)).toEqual(['Mira Tolland', 'Ines Quarry', 'Mira Tolland'])
  })

  it('names the person last named for `the Democrat` or `the Westshire Republican`, no one for a party’s adjective, and keeps `a Westshire Democrat` as written', () => {
    const quotes = quotesOf(
      'Mira Tolland lost the race for mayor, but the Democrat said she would fight “every single vote.”',
      'Ines Quarry chairs the harbour board. “We will not sell the pier,” the Westshire Republican said.',
      'The board rejected Democratic calls for a “full audit” of the pier.',
      '“The pier is a bargain,” said a Westshire Democrat.'
    )
    expect(names(quotes)).toEqual(['Mira Tolland', 'Ines Quarry', null, 'Westshire Democrat'])
  })

  it('reads a post’s holder to be (`the mayor-elect`) as a speaker, and gives it the one named with that title', () => {
    const quotes = quotesOf(
      'On Monday, Mayor-elect Ines Quarry toured the harbour. The board has not met since.',
      'The mayor-elect dismissed the pier plan, calling it “a fantasy.”'
    )
    expect(quotes.map(summary)).toEqual([{text: 'a fantasy.', speaker: 'Ines Quarry', mention: 'The mayor-elect', cue: 'calling'}])
  })

  it('names no one for one capitalised noun after `a` or `one` (`one Marine told …`), but keeps a name’s own `One` (`the group One Harbour`)', () => {
    const quotes = quotesOf(
      'The pier closed on Friday. At least one Sailor told the paper: “It made me furious.”',
      'The campaign group One Harbour said the closure was “a scandal.”'
    )
    expect(names(quotes)[0]).toBeNull()
    expect(quotes[0]?.source?.text).toBe('Sailor')
    // The group keeps a speaker, whatever part of its name is read.
    expect(quotes[1]?.speaker).not.toBeNull()
  })

  it('reads `advising:` and `instructing:` ending a lead-in as `saying:` does', () => {
    const quotes = quotesOf(
      'Ines Quarry tried to calm the harbour board, advising:',
      '“Wait for the audit before anyone resigns.”',
      'Mira Tolland wrote to her staff, instructing: “Lock the pier gates tonight.”'
    )
    expect(names(quotes)).toEqual(['Ines Quarry', 'Mira Tolland'])
  })

  it('reads a post in two halves joined by `and` (`former Harbours and Transport Secretary Ana Roe`) as the person’s, not the first half as a name', () => {
    const quotes = quotesOf(
      'The pier closed. “It is a disgrace,” tweeted former Harbours and Transport Secretary Ines Quarry, who was in town.',
      '“We will look into it,” said Tolland and Mayor Ines Quarry.'
    )
    expect(names(quotes)).toEqual(['Ines Quarry', 'Tolland'])
  })

  it('reads no speaker in a function word that ends in `s` opening the sentence (`As reported in …`)', () => {
    const quotes = quotesOf('As reported in the Harbour Times—a weekly with a long history—the pier that was closed in May reopened, “to nobody’s surprise.”')
    expect(quotes.map((quote) => quote.speaker?.mention?.text ?? null)).not.toContain('As')
  })

  it('reads the name before a `who` clause set off by no comma as the verb’s subject (`Mayor Ana Roe who ran the pier told …`), not the clause’s object', () => {
    const quotes = quotesOf('The pier closed in May. Mayor Ines Quarry who ran the pier told a reporter, “It is finished.”')
    expect(quotes.map(summary)).toEqual([{text: 'It is finished.', speaker: 'Ines Quarry', mention: 'Mayor Ines Quarry', cue: 'told'}])
  })

  it('reads a lead-in that ends with a colon after quotes of its own (`X called it “a wreck”, but the mayor wrote:`)', () => {
    const quotes = quotesOf(
      'Mayor Ines Quarry opened the hearing. Tom Brisk called the pier “a wreck”, but the mayor wrote in her letter:',
      '“The pier served this town for a century, and it deserved better.”'
    )
    expect(quotes.at(-1)?.speaker?.name).toBe('Ines Quarry')
  })

  it('names no one for `Someone` or `Others` opening a sentence, and keeps the word as the source, as for `one said`', () => {
    const quotes = quotesOf('Jo Berg chairs the harbour board. Someone called the pier “a death trap.”', 'Others, reacting to the closure, shouted: “Open it now!”')
    expect(names(quotes)).toEqual([null, null])
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual(['Someone', 'Others'])
  })

  it('ends a name before a speech verb a headline capitalises (`Ruiz Calls the Vote …`), but not `States`', () => {
    const quotes = quotesOf('Ana Ruiz ran the harbour board.', 'Ruiz Calls the Vote ‘a Disgrace’ in a Fiery Speech.', 'The United States called it “a local matter.”')
    expect(names(quotes)).toEqual(['Ana Ruiz', 'United States'])
  })

  it('reads no name in a verb that opens a question (`Were they …?`, `Had the board …?`, `Is …?`)', () => {
    const [words] = readWords([{text: 'Were they too slow? Had the board known? Would Ines Quarry agree? Is Quarry the new chair?'}], [[]])
    if (!words) throw new Error('one paragraph read')
    const opening = [0, 4, 8, 12].map((index) => readNameRight(words, index, words.tokens.length - 1))
    expect(opening.map((mention) => mention && words.text.slice(words.tokens.start(mention.first), words.tokens.get(mention.last)?.end))).toEqual([null, null, null, null])
    expect(readNameRight(words, 9, words.tokens.length - 1)).toMatchObject({kind: 'name'})
  })

  it('gives a quote that goes on from an unnamed source’s the same source, and no named speaker', () => {
    const text = 'Jo Berg chairs the harbour board.\n\n“The ferry was late again,” one commuter wrote. “Nobody said why.”\n\n“I will drive from now on.”\n\n“The timetable changes in May,” the board said.'
    const article = parseArticle(`Ferry delays anger commuters\n\n${text}\n`)
    expect(article.quotes.map((quote) => [quote.speaker?.name ?? null, quote.source?.text ?? null])).toEqual([
      [null, 'one commuter'],
      [null, 'one commuter'],
      [null, 'one commuter'],
      ['the board', null]
    ])
    // The source is the one mention, where it stands: the same place for every quote that goes on from it.
    const [first, second] = article.quotes
    expect(second?.source?.position).toEqual(first?.source?.position)
    const paragraph = article.paragraphs[1]
    expect(first?.source?.position.start.offset).toBe((paragraph?.position.start.offset ?? 0) + (paragraph?.text.indexOf('one commuter') ?? 0))
  })

  it('gives two quotes joined by `and` the attribution that closes their sentence, over a possessor before the first', () => {
    const quotes = quotesOf('Ruiz’s plan “truly seems reckless” and “ignores the tide tables,” Tom Ode wrote.')
    expect(quotes.map(summary)).toEqual([
      {text: 'truly seems reckless', speaker: 'Tom Ode', mention: 'Tom Ode', cue: 'wrote'},
      {text: 'ignores the tide tables,', speaker: 'Tom Ode', mention: 'Tom Ode', cue: 'wrote'}
    ])
  })

  it('reads a person named by age as a description (`said the 46-year-old`), and an age before a noun as part of it', () => {
    const quotes = quotesOf('“The ferry is late again,” said the 46-year-old. “Nobody told us why.”', 'The 43-year-old harbour master said the delay was “unacceptable.”')
    expect(names(quotes)).toEqual(['the 46-year-old', 'the 46-year-old', 'The 43-year-old harbour master'])
  })

  it('reads `said a …` as someone unnamed, whatever the noun, and carries no earlier speaker to it', () => {
    const quotes = quotesOf(
      '“The pier is safe,” said Jo Berg.',
      '“It will bring jobs,” said an industry lobbyist who asked not to be named.',
      '“It is late,” said a Harbour Board engineer.',
      '“Nobody told us,” she said a day later.'
    )
    expect(names(quotes)).toEqual(['Jo Berg', null, null, 'Jo Berg'])
    expect(quotes.map((quote) => quote.cue?.text ?? null)).toEqual(['said', 'said', 'said', 'said'])
    expect(quotes.map((quote) => quote.source?.text ?? null)).toEqual([null, 'an industry lobbyist', 'a Harbour Board engineer', null])
  })

  it('never reads a contraction or a document of someone’s as a speaker', () => {
    const quotes = quotesOf('Jo Berg chairs the harbour board.', '“We are ready,” I’m told.', 'Its headline read: “Pier to close.”')
    expect(names(quotes)).toEqual([null, null])
  })

  it('gives someone’s words (`His message was: “…”`) their owner as the speaker, as for `he`', () => {
    const quotes = quotesOf('Tomas Reyes chaired the meeting.', 'His message to the board was: “Spend nothing yet.”')
    expect(quotes.map((quote) => [quote.speaker?.name ?? null, quote.speaker?.mention?.text ?? null])).toEqual([['Tomas Reyes', 'His message']])
  })

  it('gives a named owner’s words (`Reyes’s statement to staff read`) their owner, by full name, but not a day’s (`Friday’s statement`)', () => {
    const quotes = quotesOf(
      'Tomas Reyes chairs the Westfold Ferry Trust.',
      'Reyes’s statement to staff read: “Nobody sails until the pier is fixed.”',
      'The Westfold Ferry Trust’s latest letter said the timetable was “under review”.',
      'Friday’s statement said: “The pier is closed.”'
    )
    expect(names(quotes)).toEqual(['Tomas Reyes', 'Westfold Ferry Trust', 'Friday’s statement'])
  })

  it('reads a nationality before a description as no name, and a language as no speaker', () => {
    const quotes = quotesOf(
      'In a long review, Norwegian business daily Fjordposten called the plan “a costly mistake.”',
      'A voice off camera shouts in Danish: “Close the gates now!”',
      'Ola Cuban runs the ferry. “We sail at dawn,” Cuban said.'
    )
    expect(names(quotes)).toEqual(['Fjordposten', null, 'Ola Cuban'])
  })

  it('lets pronouns settle the gender of a given name borne by men and women alike (`Lindsey`)', () => {
    const quotes = quotesOf(
      'Sen. Lindsey Vale called out his rival for alienating voters, which he believes will cost the party.',
      'Vale said, “We are losing them.”',
      'He continued, “It is about repair.”'
    )
    expect(names(quotes)).toEqual(['Lindsey Vale', 'Lindsey Vale'])
  })

  it('keeps a verb form that opens a sentence out of the name after it (`Undaunted Lind`)', () => {
    const quotes = quotesOf('Undaunted Lind walked back in.', '“We will build it,” Lind said.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Lind'])
    // A given name outside the lists that opens a sentence stays the name's first word.
    expect(quotesOf('Nathaly Ruiz runs the ferry.', '“We sail at dawn,” Ruiz said.').map((quote) => quote.speaker?.name)).toEqual(['Nathaly Ruiz'])
  })

  it('keeps the word that opens a sentence out of the name when a listed given name and a surname follow (`Goalkeeper Sam Ibe`), but not before a body’s head word', () => {
    const quotes = quotesOf('Goalkeeper Sam Ibe made 31 saves.', '“Everyone did their job,” Ibe said.', 'Harbour Ledger editor Ann Ode called it “a fine night.”')
    expect(names(quotes)).toEqual(['Sam Ibe', 'Ann Ode'])
    // A body named with a given name inside keeps its first word.
    expect(names(quotesOf('Westvale Paul University said the match was “sold out.”'))).toEqual(['Westvale Paul University'])
  })

  it('keeps a position or walk of life written before a name out of it, whatever the given name (`Striker Jalen Moraa`, `said Quarterback Tyrell Banks`)', () => {
    const quotes = quotesOf('Striker Jalen Moraa scored twice. “It was a team effort,” he said.', '“We deserved it,” said Quarterback Tyrell Banks.')
    expect(names(quotes)).toEqual(['Jalen Moraa', 'Tyrell Banks'])
  })

  it('keeps that word out of a name read leftwards from its verb too (`Pensioner Mae Gill said: “…”`), but not an initial (`M. Dane Ode`)', () => {
    const quotes = quotesOf('Pensioner Mae Gill, 78, said: “We were scared.”', 'Striker Dana Ortiz told reporters: “It was chaos.”', 'M. Dane Ode said: “Not again.”')
    expect(names(quotes)).toEqual(['Mae Gill', 'Dana Ortiz', 'M. Dane Ode'])
  })

  it('reads past a place and its region of several words to the subject (`in Salem, New Hampshire, Tom Ode …`)', () => {
    const quotes = quotesOf('Speaking at a town hall in Salem, New Hampshire, Tom Ode went after the mayor, calling him “a total stiff.”', 'He says, “Here is a man who never built a thing.”')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Tom Ode', 'Tom Ode'])
  })

  it('reads initials for given names as a person’s (`J.C. Vale`), keeping their stops in the name', () => {
    const quotes = quotesOf('The film is J.C. Vale’s third.', 'Vale praised the cast.', '“It was amazing,” he said.', '“We won,” said Donna Q. Ruiz.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['J.C. Vale', 'Donna Q. Ruiz'])
  })

  it('reads a name that opens with an Arabic article (`al-Rahim`, `el-Masri`) as a name, and `he` as that person', () => {
    const quotes = quotesOf('Omar al-Rahim leads the port authority.', 'Earlier, al-Rahim accused the ministry of “wasting years”.', '“The cranes are idle,” he told a radio station.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Omar al-Rahim', 'Omar al-Rahim'])
  })

  it('keeps a court or office title out of the name (`District Judge Mara Lind`)', () => {
    const quotes = quotesOf('“The order stands,” said U.S. District Judge Mara Lind.', '“It is final,” Lind added.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Mara Lind', 'Mara Lind'])
  })

  it('keeps a possessive owner and a nationality out of the name', () => {
    const quotes = quotesOf('Norway’s Karin Lie met the Danish delegation.', '“We agreed on fishing quotas,” said Norway’s Karin Lie.', '“It was hard,” Lie added.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Karin Lie', 'Karin Lie'])
  })

  it('reads a post alone (`the Pope`, `Chief Whip`) as its holder or no one, never a person of that name, for a later pronoun', () => {
    const pope = quotesOf(
      'Pope Leo named a new dean for the cathedral on Monday.',
      'Critics say Tom Ode, the dean, was a poor choice.',
      'The Pope later apologised for the “hurt” the choice caused.',
      '“The matter was weighed with care,” he said.'
    )
    expect(pope.map((quote) => quote.speaker?.name)).toEqual(['Leo', 'Leo'])
    const whip = quotesOf('Dana Reyes, who ran the schools office until May, is said to regret the new test. Before leaving to become Chief Whip she began a review which she said would end “the steady slide in standards”.')
    expect(whip.map((quote) => quote.speaker?.name)).toEqual(['Dana Reyes'])
  })
})

describe('the name rules leave alone what they do not describe', () => {
  it('reads two titled people joined by `and` as two people', () => {
    const quotes = quotesOf('Chancellor Brandt and Foreign Secretary Mary Holt arrived on Monday.', '“We want a fair deal,” the chancellor said.', '“It is a good day,” said Governor Ruiz and Deputy Mayor Ann Lee.')
    expect(names(quotes)).toEqual(['Brandt', 'Ruiz'])
  })

  it('keeps a faith word that is a listed given name in the name (`Christian James Porter`)', () => {
    expect(names(quotesOf('Christian James Porter, 34, was jailed on Friday.', '“I deeply regret what I did,” Porter told the court.'))).toEqual(['Christian James Porter'])
  })

  it('keeps a son apart from a father whose name ends with his (`Michael Vale`, `John Michael Vale`)', () => {
    const quotes = quotesOf('John Michael Vale founded the boatyard in 1971. His son, Michael Vale, takes over next month.', '“My father built something special,” Michael Vale said.')
    expect(names(quotes)).toEqual(['Michael Vale'])
  })

  it('reads a word alone as a later person only when that person is known by it alone (`Jackson` the city, then `Dan Jackson`)', () => {
    const quotes = quotesOf(
      'Tom Vale, a plumber, has lived in the city all his life. Jackson has had no clean water for a week.',
      '“We are sick of excuses,” he said.',
      'State Senator Dan Jackson said help was coming.'
    )
    expect(names(quotes)).toEqual(['Tom Vale'])
  })

  it('leaves the cue of an opening `When` clause to its clause, whatever commas stand inside it', () => {
    expect(names(quotesOf('When, at the meeting on Monday, Tom Ode argued that the port was losing money, Ann Vale replied, “That is simply untrue.”'))).toEqual(['Ann Vale'])
  })

  it('files no post from a phrase that another noun governs (`the wife of the leader of X, Ann Cargill`)', () => {
    const quotes = quotesOf(
      'The wife of the leader of Harbourside Council, Ann Cargill, has written to the paper.',
      'Neil Cargill has led the council since 2019.',
      '“My wife has every right to speak,” the leader said.'
    )
    expect(names(quotes)).toEqual(['Neil Cargill'])
  })

  it('gives a playing position to a player, never to the manager in view, and a parent by children only to one of that gender', () => {
    const match = quotesOf('Rovers manager Tom Ode praised his side. “We kept going,” he said.', '“We gave away two soft goals,” the keeper said.')
    expect(names(match)).toEqual(['Tom Ode', 'the keeper'])
    const parent = quotesOf('Inspector Marsh led the search. Marsh said the hills were dangerous. Marsh thanked the volunteers.', '“I am so relieved,” the mother-of-three said.')
    expect(names(parent)).toEqual(['the mother-of-three'])
  })

  it('gives no owner for words of the owner\'s staff (`Vale’s lawyer’s letter`)', () => {
    expect(names(quotesOf('Ann Vale led the campaign.', '“This is a victory for common sense,” Vale’s lawyer’s letter to the council said.'))).toEqual(['Vale’s lawyer’s letter'])
  })

  it('keeps a short quote that opens its sentence speech before a noun for words uttered, and one word a term', () => {
    const quotes = quotesOf('Tom Ode was asked about the decision.', '“Not a chance” was his verdict on the ferry.', '“Containment” has been the board’s policy since 2019.')
    expect(quotes.map((quote) => quote.kind)).toEqual(['speech', 'term'])
  })

  it('reads a title set off after a crowd\'s word for a cry as a title (`cheers of “Welcome Home,” a nod to the album`)', () => {
    const quotes = quotesOf('The band was greeted with cheers of “Welcome Home,” a nod to the group’s 1998 album.')
    expect(quotes.map((quote) => quote.kind)).toEqual(['title'])
  })

  it('reads a word right before the colon after `said X` as where or when X spoke, not a noun (`Said Ann Marsh onstage:`)', () => {
    expect(names(quotesOf('Said Ann Marsh onstage: “Thank you all.”'))).toEqual(['Ann Marsh'])
  })
})

describe('quotes over several paragraphs', () => {
  it('links each paragraph of a quote to the next with `continues`, and carries the speaker', () => {
    const quotes = quotesOf(
      'Harbourmaster Lena Quist said: “The tides have changed since the wall went up.',
      '“We now dredge twice a year instead of once.',
      '“Nobody planned for that.”',
      '“It is what it is,” she added.'
    )
    expect(quotes.map((quote) => [quote.continues, quote.speaker?.name ?? null])).toEqual([
      [true, 'Lena Quist'],
      [true, 'Lena Quist'],
      [false, 'Lena Quist'],
      [false, 'Lena Quist']
    ])
    expect(quotesOf('He said “we will not stop.', 'The vote is on Monday.')[0]?.continues).toBe(false)
  })

  it('gives a quote that names no one the speaker the paragraph it runs on into names', () => {
    const quotes = quotesOf(
      'The ferry has run late all winter.',
      '“We are exhausted. We have said this for years.',
      '“The timetable is a fiction.',
      '“Nobody listens,” says Priya Nandan, 41, who crosses twice a day.'
    )
    expect(quotes.map((quote) => [quote.continues, quote.speaker?.name ?? null])).toEqual([
      [true, 'Priya Nandan'],
      [true, 'Priya Nandan'],
      [false, 'Priya Nandan']
    ])
  })

  it('gives none to a quote that closes in its own paragraph, before another speaker’s', () => {
    const quotes = quotesOf('The ferry has run late all winter.', '“We are exhausted.”', '“Nobody listens,” says Priya Nandan.')
    expect(names(quotes)).toEqual([null, 'Priya Nandan'])
  })
})

describe('quote kinds', () => {
  const kindsOf = (...paragraphs: string[]): Array<[string, string]> => quotesOf(...paragraphs).map((quote) => [quote.kind, quote.text])
  const kindsAndSpeakersOf = (...paragraphs: string[]): Array<[string, string, Quote['speaker']]> => quotesOf(...paragraphs).map((quote) => [quote.kind, quote.text, quote.speaker])

  it('calls a short name a bracket defines after the full one a term (`Holmvik Ferries plc (“Holmvik”)`, `(the “Company”)`, `(“FTA”)`), but not a nickname', () => {
    const kinds = kindsOf(
      'Holmvik Ferries plc (“Holmvik”), the island operator, today announced a deal with Tarn Marine Ltd (the “Company”).',
      'The Ferry Transport Authority (“FTA”) approved it, and Westfold Holdings Ltd (“Westfold” or the “Group”) welcomed it.',
      'Marco Ruiz, whom fans call Ruiz (“Little Marco”), said nothing.'
    )
    expect(kinds).toEqual([
      ['term', 'Holmvik'],
      ['term', 'Company'],
      ['term', 'FTA'],
      ['term', 'Westfold'],
      ['term', 'Group'],
      ['speech', 'Little Marco']
    ])
  })

  it('calls a short phrase no one is said to say a term, with no speaker or cue', () => {
    const [quote] = quotesOf('Residents have grown tired of what they see as a “temporary” closure that has lasted six years.')
    expect(quote?.kind).toBe('term')
    expect(summary(quote)).toMatchObject({speaker: null, cue: null})
  })

  it('keeps a short fragment a named speaker is said to have said as speech', () => {
    expect(kindsOf('Mayor Ines Calloway said the delay was “unacceptable” and promised answers.')).toEqual([['speech', 'unacceptable']])
  })

  it('reads a short phrase in the other family of marks than the article’s speech as the writer’s term, cue or not', () => {
    const speech = '“The ferry will run all winter,” Ines Calloway said.'
    // Speech in double marks: a single-marked phrase is the writer's, even in a sentence with a cue.
    expect(kindsOf(speech, 'Calloway said the council’s ‘audit’ of the timetable would go on.')).toEqual([
      ['speech', 'The ferry will run all winter,'],
      ['term', 'audit']
    ])
    // Speech in single marks (a British house style): the same phrase is her word.
    expect(kindsOf('‘The ferry will run all winter,’ Ines Calloway said.', 'Calloway said the delay was ‘unacceptable’ and promised answers.')).toEqual([
      ['speech', 'The ferry will run all winter,'],
      ['speech', 'unacceptable']
    ])
    // A sentence in the other family is still speech.
    expect(kindsOf(speech, '‘We are not done yet.’ Calloway said it twice.')).toEqual([
      ['speech', 'The ferry will run all winter,'],
      ['speech', 'We are not done yet.']
    ])
    // So is a short phrase whose own comma hands it to the cue after it.
    expect(kindsOf(speech, 'Her daughter, Mia, is unrepentant. ‘Someone had to,’ she says.')).toEqual([
      ['speech', 'The ferry will run all winter,'],
      ['speech', 'Someone had to,']
    ])
  })

  it('keeps a short fragment with its cue right after it as speech', () => {
    expect(kindsOf('“Never again,” Tomas Reyes said.')).toEqual([['speech', 'Never again,']])
  })

  it('reads a capitalised name after a possessive or beside a work noun as a title, and drops the speaker', () => {
    const quotes = kindsAndSpeakersOf(
      'Engineer Hal Brody told Channel 9’s “Morning Report” that the steel had arrived.',
      'The story became a documentary, “Bridges of Ash,” which aired last spring.',
      'Brody appeared on the “Ask the Engineer” radio program twice.'
    )
    expect(quotes).toEqual([
      ['title', 'Morning Report', null],
      ['title', 'Bridges of Ash,', null],
      ['title', 'Ask the Engineer', null]
    ])
  })

  it('reads a capitalised name beside the people of a show as its title (`star of “…”`, `“…” host`), cue or not', () => {
    const quotes = kindsAndSpeakersOf(
      'Jo Vale, star of “Harbour Lights,” said the final season would be filmed on the quay.',
      '“Tidewater” host Ana Ruiz told viewers the ferry would be back.',
      'Ruiz, who starred in “Salt and Stone,” grew up on the island.'
    )
    expect(quotes).toEqual([
      ['title', 'Harbour Lights,', null],
      ['title', 'Tidewater', null],
      ['title', 'Salt and Stone,', null]
    ])
  })

  it('reads a capitalised name after a network’s possessive as a title even with a cue beside it', () => {
    expect(kindsOf('Speaking on Channel 9’s “Morning Report,” Hal Brody said the steel had arrived.')).toEqual([['title', 'Morning Report,']])
    // Without the possessive, a capitalised phrase with its cue stays speech.
    expect(kindsOf('“Thank You All,” Hal Brody said.')).toEqual([['speech', 'Thank You All,']])
  })

  it('does not take a surname that spells a work noun (`Song`, `Show`) for the work it names', () => {
    expect(kindsOf('Ana Ruiz said the remark by Dr Li Song “was careless and unkind.”')).toEqual([['speech', 'was careless and unkind.']])
  })

  it('reads a capitalised quote ending in an event noun as its name', () => {
    expect(kindsOf('Volunteers are planning a “Riverside Clean-Up Day” for May.')).toEqual([['title', 'Riverside Clean-Up Day']])
  })

  it('reads a paragraph that is only a capitalised phrase in quotes as a heading', () => {
    expect(kindsOf('“We will finish the job,” said Hal Brody.', '‘The Long Wait Is Over.’', 'Work resumed in March.')).toEqual([
      ['speech', 'We will finish the job,'],
      ['title', 'The Long Wait Is Over.']
    ])
  })

  it('keeps what a crowd cried as speech, capitalised or not (`chanting “…”`, `chants of “…”`)', () => {
    expect(kindsOf('Outside the hall, commuters were chanting “Ferry Now!” as the council met.', 'The vote was met with chants of “Shame on You” from the gallery.')).toEqual([
      ['speech', 'Ferry Now!'],
      ['speech', 'Shame on You']
    ])
  })

  it('reads a short phrase that opens a sentence going on past it, with no cue, speaker or speech verb, as a term or title', () => {
    expect(kindsOf('“Managed decline” was the phrase on every page of the report.', '“Harbour Lights” returns for a fourth season in May.')).toEqual([
      ['term', 'Managed decline'],
      ['title', 'Harbour Lights']
    ])
    // A speech verb later in the sentence keeps it speech.
    expect(kindsOf('“We are ready” was all the mayor said.')).toEqual([['speech', 'We are ready']])
  })

  it('reads a quote between the parts of a name, or after `nicknamed`, as a nickname', () => {
    expect(kindsOf('Councillor Robert J. “Robbie” Tanaka voted against the plan.', 'The old ferry, nicknamed “The Slow Boat” by commuters, was retired.')).toEqual([
      ['nickname', 'Robbie'],
      ['nickname', 'The Slow Boat']
    ])
  })

  it('reads a quote after `dubbed` as a participle or a passive as a nickname, and after `dubbed` with a subject as that subject’s speech', () => {
    expect(kindsOf('Goalkeeper Ben Hale, dubbed “the Wall” by supporters, saved three penalties.', 'The striker was dubbed “the Rocket” as a boy.', 'He took swipes at the mayor, who he dubbed “the little clerk.”')).toEqual([
      ['nickname', 'the Wall'],
      ['nickname', 'the Rocket'],
      ['speech', 'the little clerk.']
    ])
  })

  it('reads nothing into capitals in a line set all in capitals (no nickname between capitalised words)', () => {
    const text = 'COUNCIL TELLS FERRY FIRM ‘FIX IT NOW’ AS DELAYS MOUNT'
    const paragraph = {text, position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: text.length + 1, offset: text.length}}}
    expect(findQuotes([paragraph]).quotes.map((quote) => [quote.kind, quote.text])).toEqual([['speech', 'FIX IT NOW']])
  })

  it('keeps a capitalised quote with a cue beside it as speech', () => {
    expect(kindsOf('“Thank You Very Much,” Hal Brody said to the crowd.', 'Brody said: “Build It Now.”')).toEqual([
      ['speech', 'Thank You Very Much,'],
      ['speech', 'Build It Now.']
    ])
  })

  it('keeps a quote that opens its paragraph, or is long, as speech', () => {
    const long = 'the crossing was designed for a town half this size and it shows every single morning'
    expect(kindsOf('“Not yet.”', `Residents call it “${long}” in their letters.`)).toEqual([
      ['speech', 'Not yet.'],
      ['speech', long]
    ])
  })
})

describe('quote spans', () => {
  it('reads every family of marks, and an apostrophe is no mark', () => {
    const quotes = quotesOf('Anneke de Vries said «it works», then „it still works“, then ‘it’s fine’, then ‹done›.')
    expect(quotes.map((quote) => quote.text)).toEqual(['it works', 'it still works', 'it’s fine', 'done'])
  })

  it('takes a person’s full name before `of` as the speaker, even when the body after it opens with a given name (`Sam Reid of Morgan Stanley`)', () => {
    const quotes = quotesOf('Sam Reid of Morgan Stanley said: “Investors are nervous.”', 'Insp Tom Harris of Kent Police said: “We are investigating.”')
    expect(names(quotes)).toEqual(['Sam Reid', 'Tom Harris'])
  })

  it('keeps a judge named after a court of something as the speaker (`Court of Appeal Judge X`)', () => {
    const quotes = quotesOf('Court of Appeal Judge Mary Hollis gave the ruling on Monday. “The appeal fails,” she said.')
    expect(names(quotes)).toEqual(['Mary Hollis'])
  })

  it('reads no speech in a straight single mark whose only closing look-alike is a plural’s apostrophe', () => {
    const quotes = quotesOf('\'We were told it was "the only option", but the players\' union disagreed.')
    expect(quotes.map((quote) => quote.text)).toEqual(['the only option'])
  })

  it('keeps a quote after a passive `dubbed` with a named agent that agent’s speech', () => {
    expect(quotesOf('The striker was dubbed “a traitor” by the club chairman after the move.').map((quote) => quote.kind)).toEqual(['speech'])
  })

  it('gives no speaker to a nationality that stands for no person named before it', () => {
    expect(names(quotesOf('The Harbour Board met on Monday.', '“It was a fair result,” the Spaniard said.'))).toEqual([null])
  })

  it('reads past a participle in the phrase that opens the sentence to the speech verb and its pronoun (`In a video posted online, she said:`)', () => {
    const quotes = quotesOf(
      'Senator Maria Ortiz voted against the bill.',
      'In a video posted on her account, she said: “Thank you all.”',
      'In a statement read to the chamber, she said: “This bill is a disgrace.”'
    )
    expect(quotes.map((quote) => [quote.speaker?.name ?? null, quote.cue?.text ?? null])).toEqual([
      ['Maria Ortiz', 'said'],
      ['Maria Ortiz', 'said']
    ])
  })

  it('reads a straight single-quoted speech with a double-quoted phrase inside it whole, but not a name’s apostrophe before a quote', () => {
    const quotes = quotesOf(
      'Ana Ruiz spoke after the hearing.',
      '\'We were told by officers that this was "the only option", but that is not true,\' she said.',
      'She added: \'I said to him, "You cannot do that", and he laughed.\'',
      '\'Ohana "is our word for family," the organisers wrote.'
    )
    expect(quotes.map((quote) => [quote.kind, quote.text.slice(0, 20)])).toEqual([
      ['speech', 'We were told by offi'],
      ['speech', 'I said to him, "You '],
      ['speech', 'is our word for fami']
    ])
  })

  it('reads the apostrophe of a plural possessive (`parents’ house`) or of `’n’` inside a single-quoted quote that closes later, and a scare quote before a verb as closed', () => {
    const texts = (text: string): string[] => findQuoteSpans(text).map((span) => text.slice(span.start, span.end))
    expect(texts('‘My parents’ house was flooded,’ said Jo Bell.')).toEqual(['My parents’ house was flooded,'])
    expect(texts("'The players' attitude was poor,' said Tim Vale.")).toEqual(["The players' attitude was poor,"])
    expect(texts('‘We played rock ’n’ roll all night,’ she said.')).toEqual(['We played rock ’n’ roll all night,'])
    // No closing mark after punctuation follows: the mark closes its scare quote.
    expect(texts('The so-called ‘experts’ say little. ‘They are wrong,’ she added.')).toEqual(['experts', 'They are wrong,'])
  })

  it('reads a quote left open in straight single marks when the next paragraph opens with one, as a quote over paragraphs (`said: \'We …` then `\'Now …\'`), and an apostrophe before a word as none', () => {
    const quotes = quotesOf("Mayor Ines Porter said: 'We have waited for years.", "'Now we finally have the money.'")
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name ?? null, quote.continues])).toEqual([
      ['We have waited for years.', 'Ines Porter', true],
      ['Now we finally have the money.', 'Ines Porter', false]
    ])
    expect(findQuoteSpans("The team watched 'Oumuamua spin for a week.", true)).toEqual([])
  })

  it('reads a left single mark typed for an apostrophe between a word and its ending (`Calloway‘s`, `don‘t`) as no opening mark', () => {
    const texts = (text: string): string[] => findQuoteSpans(text).map((span) => text.slice(span.start, span.end))
    expect(texts('The council backed Mayor Calloway‘s ferry plan, and residents don‘t mind the cost.')).toEqual([])
    // An opening mark after a word and a space still opens.
    expect(texts('The council called it ‘sensible’ on Monday.')).toEqual(['sensible'])
  })

  it('reads an attribute’s value and a tag’s end left by markup (`author="…"`, `">`) as no quote', () => {
    const texts = (text: string): string[] => findQuoteSpans(text).map((span) => text.slice(span.start, span.end))
    expect(texts('<post post-author="@harbourwatch" post-date="May 2">The ferry is late again.')).toEqual([])
    expect(texts('">The ferry is late again.')).toEqual([])
    // A quote after an equals sign and a space is still a quote.
    expect(texts('The verdict = "not proven" in the end.')).toEqual(['not proven'])
  })

  it('keeps a nested quote inside the outer one', () => {
    const [quote] = quotesOf('“They told us ‘wait and see’ for a year,” said Kofi Mensah.')
    expect(summary(quote)).toMatchObject({text: 'They told us ‘wait and see’ for a year,', speaker: 'Kofi Mensah'})
  })

  it('reads a closing mark typed as an opening one', () => {
    const [quote] = quotesOf('Irena Novak said: ”We will rebuild the school.”')
    expect(summary(quote)).toMatchObject({text: 'We will rebuild the school.', speaker: 'Irena Novak'})
  })

  it('warns about a quote left open and ends it with its paragraph', () => {
    const article = parseArticle('Storm closes the coast road\n\n“The road stays shut until Monday, said Pieter Smit.\n\nCrews will inspect it at dawn.\n')
    expect(article.quotes).toHaveLength(1)
    expect(article.quotes[0]?.paragraph).toBe(0)
    expect(article.warnings.map((warning) => warning.ruleId)).toContain('unbalanced-quote')
  })
})

describe('findQuotes on its own', () => {
  it('gives the quotes parseArticle gives from its paragraphs, glued share buttons and all', () => {
    const input = 'Ferry service returns\n\nFacebook Twitter Email Print “We are back on the water,” said Tove Brand, the harbour master.\n'
    const article = parseArticle(input)
    expect(article.paragraphs[0]?.text.startsWith('“We are back')).toBe(true)
    const {quotes} = findQuotes(article.paragraphs)
    expect(quotes).toEqual(article.quotes)
    const [quote] = quotes
    expect(quote && input.slice(quote.position.start.offset, quote.position.end.offset)).toBe('We are back on the water,')
  })
})

/** The first word of each sentence of a paragraph. */
function sentenceStarts(tokens: Tokens): number[] {
  return Array.from({length: tokens.sentences}, (_, sentence) => tokens.sentenceStart(sentence))
}

describe('tokens', () => {
  it('ends a sentence at a full stop a scraper set a space before, not at an ellipsis', () => {
    const store = new WordStore(120)
    const tokens = tokenize('They voted in a swift tally . Ruiz, the clerk said, was acquitted. It has …” Lind asked.', [], store)
    const sentences = Array.from({length: tokens.length}, (_, index) => tokens.sentence(index))
    const word = (text: string): number => sentences[Array.from({length: tokens.length}, (_, index) => tokens.get(index)?.text).indexOf(text)] ?? -1
    expect(word('tally')).toBe(0)
    expect(word('Ruiz')).toBe(1)
    expect(word('It')).toBe(2)
    expect(word('Lind')).toBe(2)
  })

  it('ends a sentence at a stop after a closing mark, as British news puts it', () => {
    const text = 'The clerk called the plan “workable”. Ruiz disagreed. She said it was “not ready”! Lind left.'
    const tokens = tokenize(text, findQuoteSpans(text))
    const sentenceOf = (word: string): number => {
      for (let index = 0; index < tokens.length; index++) if (tokens.get(index)?.text === word) return tokens.sentence(index)
      return -1
    }
    expect([sentenceOf('workable'), sentenceOf('Ruiz'), sentenceOf('She'), sentenceOf('Lind')]).toEqual([0, 1, 2, 3])
  })

  it('makes the words of a paragraph’s opening (a dateline) a sentence of their own', () => {
    const text = 'HARBOURTON, Westshire (AP) — Ruiz said it was over.'
    const tokens = tokenize(text, [], new WordStore(), text.indexOf('Ruiz'))
    expect(sentenceStarts(tokens)).toEqual([0, 3])
    expect(sentenceStarts(tokenize(text, []))).toEqual([0])
  })

  const paragraph = 'The memo’s author, Dr. Jane Doe-Smith, said “the U.S. plan’s costs” rose. The memo said THE costs rose again, Doe-Smith’s aide said.'

  it('read from one store for a whole article the same as each on its own', () => {
    const store = new WordStore()
    const second = 'Doe-Smith’s aide said the plan was over. It was.'
    const first = tokenize(paragraph, findQuoteSpans(paragraph), store)
    const next = tokenize(second, findQuoteSpans(second), store)
    const alone = tokenize(second, findQuoteSpans(second))
    expect([...first]).toEqual([...tokenize(paragraph, findQuoteSpans(paragraph))])
    expect([...next]).toEqual([...alone])
    expect(sentenceStarts(next)).toEqual(sentenceStarts(alone))
    // Word 0 of each paragraph is its own word, not the other's from the shared slots.
    expect([first.get(0)?.text, next.get(0)?.text]).toEqual(['The', 'Doe-Smith’s'])
    // Grown past its first room by a long paragraph after them, the store reads the same.
    const room = store.starts.length
    tokenize(paragraph.repeat(40), [], store)
    expect(store.starts.length).toBeGreaterThan(room)
    expect([...next].map((token) => [token.start, token.sentence])).toEqual([...alone].map((token) => [token.start, token.sentence]))
    expect([next.start(7), next.sentence(7), next.quoted(7), next.capitalised(7)]).toEqual([alone.start(7), alone.sentence(7), false, true])
  })

  it('numbers sentences right across the store’s blocks of words, a sentence a word and many words a sentence', () => {
    const store = new WordStore()
    const short = tokenize('Go. '.repeat(300), [], store)
    const long = tokenize(`${'word '.repeat(400)}ends. Then more.`, [], store)
    expect(Array.from({length: short.length}, (_, index) => short.sentence(index))).toEqual(Array.from({length: 300}, (_, index) => index))
    expect([long.sentence(0), long.sentence(399), long.sentence(400), long.sentence(401), long.sentence(402)]).toEqual([0, 0, 0, 1, 1])
    expect([short.sentenceStart(299), long.sentenceStart(1)]).toEqual([299, 401])
  })

  it('read words of any length whole, the longest kept apart from the store’s bytes', () => {
    const words = [126, 127, 128, 300].map((length, index) => (index % 2 === 0 ? 'a' : 'B').repeat(length))
    const text = `Then ${words.join(' ')} said.`
    const tokens = tokenize(text, [])
    expect([...tokens].map((token) => [token.text, token.lower])).toEqual([
      ['Then', 'then'],
      ...words.map((word) => [word, word.toLowerCase()]),
      ['said', 'said']
    ])
    expect([...tokens].map((token) => token.end)).toEqual([...tokens].map((token) => token.start + token.text.length))
  })

  it('give the same token for a word read again soon, and an equal one after many others', () => {
    const long = 'word '.repeat(3000) + 'Esper said.'
    const tokens = tokenize(long, [])
    const esper = tokens.get(3000)
    expect(tokens.get(3000)).toBe(esper)
    // Over a thousand other words read since: the cache slot went to another word.
    for (let index = 0; index < 3000; index++) tokens.get(index)
    expect(tokens.get(3000)).not.toBe(esper)
    expect(tokens.get(3000)).toEqual(esper)
  })

  it('keep possessives out of the lower-case form and sentences apart', () => {
    const tokens = [...tokenize(paragraph, findQuoteSpans(paragraph))]
    expect(tokens.map((token) => token.lower).slice(0, 7)).toEqual(['the', 'memo', 'author', 'dr', 'jane', 'doe-smith', 'said'])
    expect(tokens.find((token) => token.text === 'plan’s')?.lower).toBe('plan')
    expect(tokens.find((token) => token.text === 'THE')?.lower).toBe('the')
    // `Dr.` ends no sentence; `rose.` before `The` does.
    expect(new Set(tokens.map((token) => token.sentence))).toEqual(new Set([0, 1]))
  })

  it('read the same from their numbers as from the tokens they make', () => {
    const text = 'Élodie Durand said “It is over.” İstanbul and Kelvin agreed. Then the ÉCOLE’s memo came.'
    const tokens = tokenize(text, findQuoteSpans(text))
    const made = [...tokens]
    expect(made.map((token) => token.text)).toEqual(['Élodie', 'Durand', 'said', 'It', 'is', 'over', 'İstanbul', 'and', 'Kelvin', 'agreed', 'Then', 'the', 'ÉCOLE’s', 'memo', 'came'])
    for (const [index, token] of made.entries()) {
      expect([tokens.start(index), tokens.sentence(index), tokens.quoted(index), tokens.capitalised(index)]).toEqual([token.start, token.sentence, token.quoted, token.capitalised])
      expect(tokens.opensSentence(index)).toBe(index === 0 || made[index - 1]?.sentence !== token.sentence)
    }
    // `over.”` and `agreed.` end sentences.
    expect(sentenceStarts(tokens)).toEqual([0, 6, 10])
    expect(tokens.get(12)?.lower).toBe('école')
    expect([tokens.get(-1), tokens.get(tokens.length)]).toEqual([undefined, undefined])
    expect(tokens.slice(-2, 2).map((token) => token.text)).toEqual(['Élodie', 'Durand'])
    // One token a word: reading it twice gives the same object.
    expect(tokens.get(3)).toBe(made[3])
  })
})
