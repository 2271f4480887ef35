/**
 * What a careful editor expects of each layout fixture, one expectation per `it`
 * so a failure names it. These state the wanted outcome, not the current one:
 * a failing test here is work to do in `src/sections/`, not a test to relax.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {classifyLineShape, parseArticle, type Article, type OtherKind} from '../src/index.js'
import {bylineAuthors} from '../src/sections/byline.js'

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname

function parse(name: string): Article {
  return parseArticle(readFileSync(`${FIXTURES}${name}/input.txt`, 'utf8'))
}

/** The first `count` words of a text. */
function opening(text: string, count = 3): string {
  return text.split(/\s+/).slice(0, count).join(' ')
}

/** The first three words of every paragraph. */
function openings(article: Article): string[] {
  return article.paragraphs.map((paragraph) => opening(paragraph.text))
}

function kinds(article: Article): OtherKind[] {
  return article.other.map((other) => other.kind)
}

function captionParts(article: Article): Array<{text: string; credit: string | null}> {
  return article.captions.map(({text, credit}) => ({text, credit}))
}

function relatedParts(article: Article): Array<{title: string; url: string | null}> {
  return article.relatedLinks.map(({title, url}) => ({title, url}))
}

function ruleIds(article: Article): string[] {
  return article.warnings.map((warning) => warning.ruleId)
}

/** Whether any paragraph holds the given words. */
function inParagraphs(article: Article, words: string): boolean {
  return article.paragraphs.some((paragraph) => paragraph.text.includes(words))
}

describe('caption--credit-colon', () => {
  const article = parse('caption--credit-colon')
  it('reads the headline as the title', () => {
    expect(article.title?.text).toBe('Harbour council delays vote on ferry terminal expansion')
  })
  it('splits `…: Getty` into caption and credit', () => {
    expect(captionParts(article)).toEqual([{text: 'Commuters queue for the morning ferry at Pellham Quay', credit: 'Getty'}])
  })
  it('collapses the adjacent repeat', () => {
    expect(article.captions[0]?.duplicates).toHaveLength(1)
  })
  it('keeps the four body paragraphs', () => {
    expect(openings(article)).toEqual(['Councillors in Pellham', 'The plan would', '“We want to', 'A consultation on'])
  })
})

describe('caption--ap-photo', () => {
  const article = parse('caption--ap-photo')
  it('finds the mid-body `(AP Photo/Name, File)` caption', () => {
    expect(captionParts(article)).toEqual([
      {
        text: 'A firefighter watches a ridge line burn above Cedar Flats, Colo., on Sunday, Aug. 9, 2020.',
        credit: 'AP Photo/Dana Whitfield, File'
      }
    ])
  })
  it('keeps the dateline in the first paragraph', () => {
    expect(article.paragraphs[0]?.text.startsWith('CEDAR FLATS, Colo. (AP) — Firefighters')).toBe(true)
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
  it('has no other lines', () => {
    expect(article.other).toEqual([])
  })
})

describe('caption--photograph-guardian', () => {
  const article = parse('caption--photograph-guardian')
  it('splits `Photograph: Name/Agency` off the caption', () => {
    expect(article.captions.map((caption) => caption.credit)).toEqual(['Tom Reeve/The Guardian'])
  })
  it('drops the share-button prefix from the caption text', () => {
    expect(article.captions.map((caption) => caption.text)).toEqual([
      'Elders receive the first of the carved panels at the harbour on Thursday.'
    ])
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['A regional museum', 'The panels had', 'Community leaders said', 'The museum said'])
  })
})

describe('caption--image-copyright-bbc', () => {
  const article = parse('caption--image-copyright-bbc')
  it('pairs `Image copyright` with the `Image caption` after it', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Sandbags line a street in the town centre after the river burst its banks', credit: 'PA Media'}
    ])
  })
  it('spans both lines', () => {
    expect([article.captions[0]?.position.start.line, article.captions[0]?.position.end.line]).toEqual([3, 4])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('caption--image-copyright-one-line', () => {
  const article = parse('caption--image-copyright-one-line')
  it('reads `Image copyright X Image caption Y` on one line as a caption', () => {
    expect(captionParts(article)).toEqual([{text: 'Passengers faced a week of cancellations in March', credit: 'Getty Images'}])
  })
  it('leaves no credit line in other', () => {
    expect(kinds(article)).not.toContain('credit')
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['A planned rail', 'The union said', 'Operators said services'])
  })
})

describe('caption--reuters-bracket', () => {
  const article = parse('caption--reuters-bracket')
  it('splits a trailing `(Reuters)`', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Traders work on the floor of the exchange shortly after the rate decision was announced', credit: 'Reuters'}
    ])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('caption--photo-label', () => {
  const article = parse('caption--photo-label')
  it('splits `Photo: Name/Agency`', () => {
    expect(captionParts(article)).toEqual([{text: 'The new footbridge seen from the eastern bank at dawn.', credit: 'Marta Lind/AFP'}])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('caption--picture-label', () => {
  const article = parse('caption--picture-label')
  it('splits `Picture: Name`', () => {
    expect(captionParts(article)).toEqual([{text: 'Regulars raise a glass outside the Plough on Friday evening.', credit: 'Kevin Marsh'}])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('caption--credit-label', () => {
  const article = parse('caption--credit-label')
  it('splits `Credit: Name`', () => {
    expect(captionParts(article)).toEqual([
      {text: 'The two comets photographed from the summit observatory.', credit: 'Southern Sky Survey'}
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--copyright-sign', () => {
  const article = parse('caption--copyright-sign')
  it('splits a trailing `© Agency`', () => {
    expect(captionParts(article)).toEqual([{text: 'Players celebrate with the trophy after the final whistle', credit: 'Sportimage'}])
  })
  it('does not take the caption for a notice', () => {
    expect(article.notice).toBeNull()
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('caption--gallery-fullscreen', () => {
  const article = parse('caption--gallery-fullscreen')
  it('takes `Fullscreen` as a gallery widget', () => {
    expect(article.other.map(({kind, text}) => ({kind: kind === 'gallery' ? 'media' : kind, text}))).toEqual([
      {kind: 'media', text: 'Fullscreen'}
    ])
  })
  it('finds the four numbered captions', () => {
    expect(article.captions).toHaveLength(4)
  })
  it('drops the `1 of 4.` counter from the caption text', () => {
    expect(article.captions[0]?.text).toBe('Lanterns float over the river at the start of the festival.')
  })
  it('splits the `REUTERS/Name` credits', () => {
    expect(article.captions.map((caption) => caption.credit)).toEqual(Array.from({length: 4}, () => 'REUTERS/Anna Kovac'))
  })
  it('keeps two paragraphs', () => {
    expect(openings(article)).toEqual(['Tens of thousands', 'The festival runs'])
  })
})

describe('caption--numbered-opening', () => {
  const article = parse('caption--numbered-opening')
  it('has no title: the text opens with a gallery caption', () => {
    expect(article.title).toBeNull()
  })
  it('warns about the missing title', () => {
    expect(ruleIds(article)).toContain('missing-title')
  })
  it('reads the numbered first line as a caption', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Rescue crews search the coastline near Port Aldren on Monday, December 28, 2020.', credit: 'REUTERS/Sam Okafor'}
    ])
  })
  it('keeps four paragraphs, the dateline in the first', () => {
    expect(openings(article)).toEqual(['PORT ALDREN (Reuters)', 'The boat last', 'Two navy ships', 'Relatives gathered at'])
  })
})

describe('caption--repeat-apart', () => {
  const article = parse('caption--repeat-apart')
  it('finds one caption with its credit', () => {
    expect(captionParts(article)).toEqual([{text: 'Apple blossom damaged by frost at an orchard near Helmsford', credit: 'Alamy'}])
  })
  it('collapses the repeat two paragraphs later', () => {
    expect(article.captions[0]?.duplicates.map((position) => position.start.line)).toEqual([9])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('caption--slash-mid-body', () => {
  const article = parse('caption--slash-mid-body')
  it('finds the mid-body caption with a `REUTERS/Name` credit', () => {
    expect(captionParts(article)).toEqual([
      {
        text: 'Workers leave the assembly plant at the end of a shift in Varnsdorf, October 3, 2023.',
        credit: 'REUTERS/Petr Novak'
      }
    ])
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['The carmaker said', 'Most of the', 'The company said', 'Union leaders called'])
  })
})

describe('caption--toggle-caption', () => {
  const article = parse('caption--toggle-caption')
  it('keeps the `Enlarge this image toggle caption Name/Agency` widget out of the paragraphs', () => {
    expect(inParagraphs(article, 'toggle caption')).toBe(false)
  })
  it('takes it as the credit of a photo whose caption the scraper lost', () => {
    expect(captionParts(article)).toEqual([{text: '', credit: 'Jordan Pike/AP'}])
    expect(kinds(article)).toEqual([])
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['Students in the', 'The district said', 'Parents were split', 'Some asked how'])
  })
})

describe('caption--photo-bracket-usat', () => {
  const article = parse('caption--photo-bracket-usat')
  it('splits `(Photo: Name/Agency)` without its brackets', () => {
    expect(article.captions.map((caption) => caption.credit)).toEqual(['Tom Beres/AP'])
  })
  it('leaves no open bracket on the caption text', () => {
    expect(article.captions.map((caption) => caption.text)).toEqual([
      'State Sen. Maria Delgado speaks during a news conference at the Capitol, Tuesday, March 3, 2020, in Springfield.'
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--square-bracket-file', () => {
  const article = parse('caption--square-bracket-file')
  it('splits `[File: Name/Agency]` into caption and credit', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Trucks carrying food and medicine wait at a checkpoint outside the city', credit: 'Omar Haddad/Reuters'}
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--photographer-label', () => {
  const article = parse('caption--photographer-label')
  it('splits `Photographer: Name/Agency`', () => {
    expect(captionParts(article)).toEqual([{text: 'Idle cranes at the grain terminal on Monday.', credit: 'Lucas Ferreira/Bloomberg'}])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--credit-first', () => {
  const article = parse('caption--credit-first')
  it('reads `© Agency Caption` as a caption with its credit first', () => {
    expect(captionParts(article)).toEqual([{text: 'The bishop at a service in the cathedral last year', credit: 'AFP'}])
  })
  it('leaves no credit line in other', () => {
    expect(article.other).toEqual([])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--lone-credit-line', () => {
  const article = parse('caption--lone-credit-line')
  it('joins the `Name/Agency` line to the caption above it', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Police officers gather outside the bank on Queen Street on Tuesday evening.', credit: 'Nadia Brook/AP Photo'}
    ])
  })
  it('spans the caption and its credit line', () => {
    expect([article.captions[0]?.position.start.line, article.captions[0]?.position.end.line]).toEqual([3, 5])
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['Armed police ended', 'A man was', 'Police said there'])
  })
})

describe('caption--lone-credit-amid-paragraphs', () => {
  const article = parse('caption--lone-credit-amid-paragraphs')
  it('leaves the paragraph above a credit standing alone amid paragraphs in the body', () => {
    expect(openings(article)).toEqual(['The town council', 'The decision follows', 'Councillors said the', 'Work is expected', 'Harbour traders welcomed'])
  })
  it('takes each credit as a photo whose description the scraper lost', () => {
    expect(captionParts(article)).toEqual([
      {text: '', credit: 'Getty Images'},
      {text: '', credit: 'Lena Ortiz/AP Photo'}
    ])
  })
})

describe('caption--media-caption-bbc', () => {
  const article = parse('caption--media-caption-bbc')
  it('takes the `Media caption` line as a caption', () => {
    expect(captionParts(article)).toEqual([{text: 'Footage shows trees brought down across a main road', credit: null}])
  })
  it('takes the playback notice as media', () => {
    expect(kinds(article)).toEqual(['media'])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--read-more-block', () => {
  const article = parse('related--read-more-block')
  it('reads the headlines under `Read more`', () => {
    expect(relatedParts(article)).toEqual([
      {title: 'Tram extension plans shelved after cost review', url: null},
      {title: 'Free travel for under-18s to end in September', url: null},
      {title: 'Why rural bus routes keep disappearing', url: null}
    ])
  })
  it('takes the heading as a related-heading', () => {
    expect(kinds(article)).toEqual(['related-heading'])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--inline-read-more', () => {
  const article = parse('related--inline-read-more')
  it('reads `Headline Read more` in mid-body', () => {
    expect(relatedParts(article)).toEqual([{title: "Nurses' union votes to hold fresh strike ballot", url: null}])
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['The number of', 'Health officials said', 'The figures also'])
  })
})

describe('related--read-more-colon', () => {
  const article = parse('related--read-more-colon')
  it('reads `Read more: Headline`', () => {
    expect(relatedParts(article)).toEqual([{title: 'Council tax to rise by the maximum allowed', url: null}])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--all-caps', () => {
  const article = parse('related--all-caps')
  it('reads all-caps `READ MORE:` headlines, mid-body and last', () => {
    expect(relatedParts(article)).toEqual([
      {title: 'PARTY FUNDING RULES TO BE TIGHTENED AFTER REVIEW', url: null},
      {title: 'DONOR GAVE £2M TO PARTY IN A SINGLE YEAR', url: null}
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--also-read', () => {
  const article = parse('related--also-read')
  it('reads the headlines under `Also read`', () => {
    expect(relatedParts(article).map((link) => link.title)).toEqual([
      'City drainage upgrade running two years late',
      'How the monsoon is changing, in five charts'
    ])
  })
  it('takes `Also read` as a related-heading', () => {
    expect(kinds(article)).toEqual(['related-heading'])
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('related--more-from-heading', () => {
  const article = parse('related--more-from-heading')
  it('reads `More from <the paper>` as the heading of the headlines under it', () => {
    expect(article.other.map((line) => [line.kind, line.text])).toEqual([['related-heading', 'More from The Evening Ledger']])
    expect(article.relatedLinks.map((link) => link.title)).toEqual([
      'Renters face a second winter of rising costs: What the new plan means',
      'Planning board backlog reaches a record high'
    ])
  })
  it('reads a name and a journalist’s post as the byline', () => {
    expect(article.byline?.authors).toEqual(['Fiona Dunne'])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--more-colon', () => {
  const article = parse('related--more-colon')
  it('reads `More: Headline`', () => {
    expect(relatedParts(article)).toEqual([{title: 'Airport security queues to ease with new scanners', url: null}])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--url-after', () => {
  const article = parse('related--url-after')
  it('fills `url` from the next line and from the same line', () => {
    expect(relatedParts(article)).toEqual([
      {title: 'Parents back plan for safer routes to school', url: 'https://www.example-news.com/local/safer-routes-to-school'},
      {title: 'Cycle lane network to double by 2026', url: 'https://www.example-news.com/local/cycle-lanes'}
    ])
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('related--headline-then-read-more', () => {
  const article = parse('related--headline-then-read-more')
  it('reads a headline followed by a lone `Read more` line', () => {
    expect(relatedParts(article)).toEqual([{title: "Campaigners call for water bosses' bonuses to be banned", url: null}])
  })
  it('leaves neither line in the paragraphs', () => {
    expect(inParagraphs(article, 'Campaigners call') || article.paragraphs.some((p) => p.text === 'Read more')).toBe(false)
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['A water company', 'The regulator said', 'The company said', 'Spills fell by'])
  })
})

describe('related--coverage-glued', () => {
  const article = parse('related--coverage-glued')
  it('reads `Related Coverage Headline`', () => {
    expect(relatedParts(article)).toEqual([{title: 'Pipeline company says it will seek a rehearing', url: null}])
  })
  it('keeps three paragraphs, the dateline in the first', () => {
    expect(openings(article)).toEqual(['WASHINGTON (Reuters) -', 'The three-judge panel', 'The company said'])
  })
})

describe('related--site-bracket', () => {
  const article = parse('related--site-bracket')
  it('reads `(Also on SITE: Headline)`', () => {
    expect(relatedParts(article)).toEqual([{title: 'House leaders trade blame over shutdown threat', url: null}])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('related--related-article-colon', () => {
  const article = parse('related--related-article-colon')
  it('reads `Related article: Headline` lines', () => {
    expect(relatedParts(article).map((link) => link.title)).toEqual([
      "Soap's Christmas episode draws biggest audience in a decade",
      'Three new characters to join the cast in spring'
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('notice--comments-suspended', () => {
  const article = parse('notice--comments-suspended')
  it('reads the commenting policy as the notice', () => {
    expect(article.notice?.text).toBe(
      'Comments on this article have been suspended due to legal reasons. Please read our community guidelines.'
    )
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('notice--newsletter-inbox', () => {
  const article = parse('notice--newsletter-inbox')
  it('reads "Get news from … in your inbox" as the notice', () => {
    expect(article.notice?.text).toBe('Get news from the Daily Courier in your inbox each weekday morning')
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('notice--copyright-reprint', () => {
  const article = parse('notice--copyright-reprint')
  it('reads the copyright and reprint line as the notice', () => {
    expect(article.notice?.text).toBe('Copyright © 2021 The Capital Ledger, LLC. Click here for reprint permission.')
  })
  it('does not take it for a caption', () => {
    expect(article.captions).toEqual([])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('notice--print-edition', () => {
  const article = parse('notice--print-edition')
  it('makes the contact line and `Appeared in the … print edition` one notice', () => {
    expect(article.notice?.text).toBe(
      "Write to Dana Mercer at dana.mercer@example.com\nAppeared in the April 16, 2021, print edition as 'Shoppers Pull Back Again.'"
    )
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('published--at-clock-am', () => {
  const article = parse('published--at-clock-am')
  it('reads `December 7, 2026 at 6:00 a.m. EST` as the publication date', () => {
    expect(article.published).toMatchObject({text: 'December 7, 2026 at 6:00 a.m. EST', date: '2026-12-07T06:00-05:00'})
  })
  it('reads the gift, share and comment buttons as share buttons', () => {
    expect(article.other.filter((line) => line.kind === 'share').map((line) => line.text)).toEqual(['Gift Article', 'Share', 'Comment on this story'])
  })
  it('reads the author’s tagline with `Follow her on` below the buttons as the notice', () => {
    expect(article.notice?.text).toBe('Lena Morrow covers county government for the Harbour Post. Follow her on X @lmorrow.')
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('notice--files-from-and-link-menu', () => {
  const article = parse('notice--files-from-and-link-menu')
  it('makes `With files from …` and the lines of site links under it one notice', () => {
    expect(article.notice?.text).toBe(
      'With files from Coastline Press\nOur Editorial Standards|About Coastline News\nCorrections and clarifications|Send us a tip|Report an error'
    )
  })
  it('reads the sharing label as share buttons and the line under it as the standfirst', () => {
    expect(article.other.map((line) => [line.kind, line.text])).toEqual([
      ['share', 'Social Sharing'],
      ['standfirst', 'Transport ministry says repairs to the landing could take weeks']
    ])
  })
  it('reads `(Submitted by …)` as a caption’s credit', () => {
    expect(article.captions.map((caption) => caption.credit)).toEqual(['Priya Nand/Coastline News', 'Submitted by Owen Falk'])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('notice--contributed-report', () => {
  const article = parse('notice--contributed-report')
  it('reads `… contributed to this report` as the notice', () => {
    expect(article.notice?.text).toBe('Associated Press writers Hannah Fox and Marcus Bell contributed to this report.')
  })
  it('keeps three paragraphs, the dateline in the first', () => {
    expect(openings(article)).toEqual(['WASHINGTON (AP) —', 'The agreement includes', 'Both chambers are'])
  })
})

describe('notice--paywall', () => {
  const article = parse('notice--paywall')
  it('makes the two paywall lines one notice', () => {
    expect(article.notice?.text).toBe(
      'To continue reading this article, subscribe now for unlimited access.\nAlready a subscriber? Log in to read the full story.'
    )
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('notice--multi-line', () => {
  const article = parse('notice--multi-line')
  it('makes report credit, copyright and newsletter one notice', () => {
    expect(article.notice?.text.split('\n').map((line) => opening(line, 2))).toEqual(['Additional reporting', '© 2022', 'Sign up'])
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
  it('has no other lines', () => {
    expect(article.other).toEqual([])
  })
})

describe('notice--repeated-correction', () => {
  const article = parse('notice--repeated-correction')
  it('starts the notice at the report credit', () => {
    expect(article.notice?.text.startsWith('Priya Nandakumar contributed to this report.')).toBe(true)
  })
  it('keeps the repeated correction in the notice', () => {
    expect(article.notice?.text.split('\n').filter((line) => line.startsWith('CORRECTION:'))).toHaveLength(2)
  })
  it('does not take the repeated correction for a caption', () => {
    expect(article.captions).toEqual([])
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('notice--newsletter-prompt-and-copyright', () => {
  const article = parse('notice--newsletter-prompt-and-copyright')
  it('keeps the `Opinion:` headline as the title', () => {
    expect(article.title?.text).toBe('Opinion: The budget deal nobody wants to own')
  })
  it('makes the newsletter prompt and the copyright line one notice', () => {
    expect(article.notice?.text).toBe(
      'Sign up for Daily Opinion Newsletter\nCopyright © 2020 The Capital Ledger, LLC. Click here for reprint permission.'
    )
  })
  it('has no captions', () => {
    expect(article.captions).toEqual([])
  })
  it('keeps two paragraphs', () => {
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('other--byline-dateline', () => {
  const article = parse('other--byline-dateline')
  it('takes the byline and the lone dateline out of other, as parts of their own', () => {
    expect(article.other).toEqual([])
    expect(article.byline).toMatchObject({text: 'By Maya Okonkwo and Daniel Reyes', authors: ['Maya Okonkwo', 'Daniel Reyes']})
    expect(article.dateline).toMatchObject({text: 'GALVESTON, Texas —', place: 'GALVESTON, Texas', agency: null})
    expect(article.dateline?.position.start.line).toBe(5)
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['A storm surge', 'Emergency crews used', 'The storm is'])
  })
})

describe('other--dateline-in-paragraph', () => {
  const article = parse('other--dateline-in-paragraph')
  it('keeps `WASHINGTON (AP) — …` in the first paragraph', () => {
    expect(opening(article.paragraphs[0]?.text ?? '', 5)).toBe('WASHINGTON (AP) — A federal')
  })
  it('has no other lines', () => {
    expect(article.other).toEqual([])
  })
  it('gives the dateline as a span of the first paragraph', () => {
    expect(article.dateline).toMatchObject({text: 'WASHINGTON (AP) —', place: 'WASHINGTON', agency: 'AP'})
    expect(article.dateline?.position.start).toEqual(article.paragraphs[0]?.position.start)
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('other--timestamps', () => {
  const article = parse('other--timestamps')
  it('takes the first timestamp as the publication date and keeps the update line in other', () => {
    expect(article.published).toMatchObject({text: 'Published 3:15 PM ET, Tue March 3, 2020', date: '2020-03-03T15:15-05:00'})
    expect(kinds(article)).toEqual(['timestamp'])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('other--advertisement', () => {
  const article = parse('other--advertisement')
  it('takes the three advertisement lines as advertisements', () => {
    expect(kinds(article)).toEqual(['advertisement', 'advertisement', 'advertisement'])
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['A city zoo', 'The cubs were', 'Keepers said both', 'The zoo is'])
  })
})

describe('other--share-buttons', () => {
  const article = parse('other--share-buttons')
  it('takes the three share-button runs as share lines', () => {
    expect(kinds(article)).toEqual(['share', 'share', 'share'])
  })
  it('leaves no notice', () => {
    expect(article.notice).toBeNull()
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('other--article-age', () => {
  const article = parse('other--article-age')
  it('takes both article-age lines', () => {
    expect(kinds(article)).toEqual(['article-age', 'article-age'])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('other--standfirst', () => {
  const article = parse('other--standfirst')
  it('takes the line under the title as the standfirst', () => {
    expect(article.other.map(({kind, text}) => ({kind, text: opening(text)}))).toEqual([{kind: 'standfirst', text: 'New rules mean'}])
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['Tenants in England', 'Landlords will be', 'Animal charities welcomed'])
  })
})

describe('a standfirst that ends with a full stop', () => {
  // Invented layouts, written for these tests.
  const kindsAndOpenings = (text: string): {other: string[]; paragraphs: string[]} => {
    const article = parseArticle(text)
    return {other: article.other.map(({kind, text: line}) => `${kind}:${opening(line)}`), paragraphs: openings(article)}
  }
  it('takes a sentence between the title and the byline as the standfirst', () => {
    const article = parseArticle(
      'Senators reach deal on border funding\n\nThe agreement, which still faces a vote, would add $20 billion for enforcement.\n\nBy Julia Pratt\n\nSenators from both parties agreed on Sunday to a funding bill.\n\nThe vote is expected on Thursday.\n'
    )
    expect(article.other.map(({kind, text}) => `${kind}:${opening(text)}`)).toEqual(['standfirst:The agreement, which'])
    expect(openings(article)).toEqual(['Senators from both', 'The vote is'])
  })
  it('leaves a sentence right under the title to the body when no byline or date follows it', () => {
    expect(kindsAndOpenings('Senators reach deal on border funding\n\nSenators from both parties agreed on Sunday to a funding bill worth $20 billion.\n\nThe vote is expected on Thursday.\n')).toEqual({
      other: [],
      paragraphs: ['Senators from both', 'The vote is']
    })
  })
})

describe('other--crossheads', () => {
  const article = parse('other--crossheads')
  it('takes the three subheadings as crossheads', () => {
    expect(article.other.map(({kind, text}) => `${kind}:${text}`)).toEqual(['crosshead:Income tax', 'crosshead:Pensions', 'crosshead:Savings'])
  })
  it('keeps four paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('other--pull-quote', () => {
  const article = parse('other--pull-quote')
  it('takes the repeated sentence as a pull quote', () => {
    expect(kinds(article)).toEqual(['pull-quote'])
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['The national team', '"I gave everything', 'The federation said', 'Players paid tribute'])
  })
})

describe('other--chart-labels', () => {
  const article = parse('other--chart-labels')
  it('takes every chart line as a label', () => {
    expect(kinds(article)).toEqual(Array.from({length: 8}, () => 'label'))
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['Floodwater covered large', 'More than 3,000', 'The city expects'])
  })
})

describe('other--app-follow-prompts', () => {
  const article = parse('other--app-follow-prompts')
  it('takes the app and follow lines as prompts', () => {
    expect(kinds(article)).toEqual(['prompt', 'prompt'])
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['Heavy snow closed', 'Crews expect to', 'Ski resorts said'])
  })
  it('leaves no notice', () => {
    expect(article.notice).toBeNull()
  })
})

describe('other--video-close', () => {
  const article = parse('other--video-close')
  it('takes the `CLOSE` video blurb as media', () => {
    expect(kinds(article)).toEqual(['media'])
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['The mayor proposed', 'The pilot would', 'The council will'])
  })
})

describe('other--poll-widget', () => {
  const article = parse('other--poll-widget')
  it('keeps the poll widget out of the paragraphs', () => {
    expect(openings(article)).toEqual(['The town board', 'Residents who back', 'Landscaping firms say'])
  })
  it('does not take the repeated-looking poll question for a caption', () => {
    expect(article.captions).toEqual([])
  })
  it('puts the five widget lines in other', () => {
    expect(article.other).toHaveLength(5)
  })
})

describe('title--missing', () => {
  const article = parse('title--missing')
  it('has no title when the text opens with prose', () => {
    expect(article.title).toBeNull()
  })
  it('warns about it', () => {
    expect(ruleIds(article)).toContain('missing-title')
  })
  it('keeps the first line as a paragraph', () => {
    expect(openings(article)).toEqual(['The city council', 'Officials said the', 'Residents packed the', 'The council said'])
  })
})

describe('title--full-stop', () => {
  const article = parse('title--full-stop')
  it('reads a headline in title case closed by a full stop as the title', () => {
    expect(opening(article.title?.text ?? '', 3)).toBe('Ferry Captain Says')
  })
  it('keeps the body’s five paragraphs, the headline not among them', () => {
    expect(openings(article)).toEqual(['Westvale ferry captain', '"We are already', "The board's chair,", '"Nobody wants to', 'A final vote'])
  })
  it('finds no quote in the title', () => {
    expect(article.quotes.every((quote) => quote.position.start.line > 1)).toBe(true)
  })
})

describe('title--long-headline', () => {
  const article = parse('title--long-headline')
  it('reads a long tabloid headline as the title', () => {
    expect(opening(article.title?.text ?? '', 4)).toBe('Grandmother, 82, who was')
  })
  it('does not warn about a missing title', () => {
    expect(ruleIds(article)).not.toContain('missing-title')
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('title--repeated-headline', () => {
  const article = parse('title--repeated-headline')
  it('reads the first line as the title', () => {
    expect(article.title?.text).toBe('Rivers run dry as drought spreads across the south')
  })
  it('takes the line under it as the standfirst', () => {
    expect(kinds(article)).toContain('standfirst')
  })
  it('keeps the repeated headline out of the captions', () => {
    expect(article.captions).toEqual([])
  })
  it('keeps the repeated headline out of the paragraphs', () => {
    expect(openings(article)).toEqual(['Three rivers in', 'Water companies have', 'Farmers have asked'])
  })
})

describe('title--caption-first', () => {
  const article = parse('title--caption-first')
  it('has no title', () => {
    expect(article.title).toBeNull()
  })
  it('reads the dated photo description as a caption', () => {
    expect(article.captions.map((caption) => opening(caption.text))).toEqual(['People walk past'])
  })
  it('keeps three paragraphs', () => {
    expect(openings(article)).toEqual(['Stocks rose for', 'The main index', 'Analysts said investors'])
  })
})

describe('paragraph--single-newlines', () => {
  const article = parse('paragraph--single-newlines')
  it('reads the first line as the title', () => {
    expect(article.title?.text).toBe('Volunteers clear tonnes of litter from beach')
  })
  it('takes each line as a paragraph', () => {
    expect(openings(article)).toEqual(['Volunteers collected more', 'Most of it', 'The clean-up was', 'Organisers said they'])
  })
})

describe('paragraph--boilerplate-glued', () => {
  const article = parse('paragraph--boilerplate-glued')
  it('starts the first paragraph after the glued share buttons', () => {
    expect(opening(article.paragraphs[0]?.text ?? '', 4)).toBe('Thousands of homes lost')
  })
  it('leaves the share buttons out of the paragraph text, and the line in one part', () => {
    expect(article.paragraphs[0]?.text.startsWith('Thousands')).toBe(true)
    expect(article.paragraphs[0]?.position.start.column).toBe(1)
    expect(article.other).toEqual([])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('paragraph--short-questions', () => {
  const article = parse('paragraph--short-questions')
  it('keeps short questions and exclamations as paragraphs, not crossheads, a quoted question asked too', () => {
    expect(openings(article)).toEqual(['The election is', 'So why has', 'Maybe she is', 'Good luck with', 'One voter asked:', 'Every vote was'])
  })
  it('has no other lines', () => {
    expect(article.other).toEqual([])
  })
})

describe('the page’s tags and comment controls after the trailing notice', () => {
  // Invented lines, written for this test.
  const article = parseArticle(
    ['Monsoon arrives early', 'The monsoon reached the coast on Friday, forecasters said.', 'Farmers welcomed the rain.', 'Copyright 2020 The Harbour Courier. All rights reserved.', 'Tags: Monsoon, Coast, Rainfall', 'Comments (3)'].join('\n\n')
  )
  it('reads the notice above them, and gives each a kind of its own', () => {
    expect(article.notice?.text).toBe('Copyright 2020 The Harbour Courier. All rights reserved.')
    expect(article.other.map((line) => [line.kind, line.text])).toEqual([
      ['label', 'Tags: Monsoon, Coast, Rainfall'],
      ['share', 'Comments (3)']
    ])
    expect(openings(article)).toEqual(['The monsoon reached', 'Farmers welcomed the'])
  })
})

describe('prose that opens with a prompt’s or a timestamp’s first word', () => {
  // Invented lines, written for this test.
  const article = parseArticle(
    [
      'Saltmouth pier to reopen after a decade',
      'For more than a decade, the pier at Saltmouth has been closed to the public.',
      'Follow the money, one councillor told me, and you will see why it stayed shut.',
      'Do you have any regrets? I asked the mayor.',
      'Published in the journal Coastal Works on Monday, the survey followed 2,000 visitors.',
      'Updated figures from the council show 1,200 visits in March.',
      'Via Rail said services would resume on Monday.',
      'Follow Dana Whitcomb on Twitter @dwhitcomb.'
    ].join('\n\n')
  )
  it('keeps each sentence a paragraph, and takes no date from it', () => {
    expect(openings(article)).toEqual(['For more than', 'Follow the money,', 'Do you have', 'Published in the', 'Updated figures from', 'Via Rail said'])
    expect(article.published).toBeNull()
  })
  it('still reads a follow prompt that names a platform or a handle as the notice', () => {
    expect(article.notice?.text).toBe('Follow Dana Whitcomb on Twitter @dwhitcomb.')
  })
})

describe('caption--widget-after-paragraph', () => {
  const article = parse('caption--widget-after-paragraph')
  it('takes each photo widget as a credit standing alone', () => {
    expect(captionParts(article)).toEqual([
      {text: '', credit: 'Marta Quell/AP'},
      {text: '', credit: 'Dov Arkin/Getty Images'}
    ])
  })
  it('never turns the body paragraph above a widget into its caption', () => {
    expect(openings(article)).toEqual(['Crews raised the', 'The county opened', 'Officials expect the', 'Schools in the', 'Volunteers filled sandbags'])
  })
})

describe('notice--interrupted-by-rule', () => {
  const article = parse('notice--interrupted-by-rule')
  it('reads the trailing notice through the rule and the advertisement inside it', () => {
    expect(article.notice?.text.split('\n').map((line) => opening(line, 2))).toEqual([
      'Follow all',
      '___',
      'Advertisement',
      'Brandt reported',
      'Call reporter'
    ])
  })
  it('leaves the rule above the notice as a line of its own', () => {
    expect(kinds(article)).toEqual(['unknown'])
  })
  it('keeps four paragraphs', () => {
    expect(openings(article)).toEqual(['ORRIN POINT, Maine', 'The town bought', '“It needs paint,', 'The keepers will'])
  })
})

describe('caption--phrased-no-credit', () => {
  const article = parse('caption--phrased-no-credit')
  it('knows captions without a credit by their phrasing', () => {
    expect(article.captions.map((caption) => [opening(caption.text, 3), caption.credit])).toEqual([
      ['This undated photo', null],
      ['A screengrab taken', null],
      ['FILE - In', null],
      ['In this image', 'Harlow Museum via AP']
    ])
  })
  it('drops the image number glued after the credit bracket', () => {
    expect(article.captions[3]?.text.endsWith('on Sunday.')).toBe(true)
  })
  it('keeps the five body paragraphs', () => {
    expect(openings(article)).toEqual(['The Harlow Museum', 'Visitors queued from', '“We kept every', 'The repairs cost', 'The museum will'])
  })
})

describe('caption--photographer-slash-outlet', () => {
  const article = parse('caption--photographer-slash-outlet')
  it('reads `Name/Outlet` after a caption’s last stop as its credit, the outlet unknown to the lexicon', () => {
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual([
      ["Riders wait for a streetcar on Queen's Quay on Nov. 3.", 'Tomas Brandt/The Evening Ledger'],
      ['A rider reads on the platform in the early morning.', 'Ines Varga/Harbour Wire Service']
    ])
  })
  it('reads the gallery button as a media widget', () => {
    expect(article.other.map((line) => [line.kind, line.text])).toEqual([['media', 'Open this photo in gallery:']])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--outlet-colon-photographer', () => {
  const article = parse('caption--outlet-colon-photographer')
  it('reads `(Outlet: Photographer)` as the credit and leaves the `Photo:` label out of the text', () => {
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual([
      ['Crews work to contain a fire near Coral Bay on Saturday.', 'Coastline News: Sam Hollis'],
      ['Residents returned to check on their properties on Sunday afternoon.', 'Supplied: Nora Quill']
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--credit-ellipsis', () => {
  const article = parse('caption--credit-ellipsis')
  it('reads `Credit...` as a credit, glued to the caption’s stop or on the line under it', () => {
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual([
      ['Commuters wait for the first night train at Harbour Street station on Friday.', 'Mara Quill for The Evening Ledger'],
      ['A conductor checks tickets on the platform before the 11:40 p.m. departure.', 'Tomas Brandt/The Evening Ledger']
    ])
  })
  it('keeps three paragraphs', () => {
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('caption--credit-without-brackets', () => {
  const article = parse('caption--credit-without-brackets')
  it('reads credits written without brackets, after a bar, or after widget words', () => {
    expect(article.captions.map((caption) => caption.credit)).toEqual([
      'REUTERS/Ana Lindqvist/File Photo',
      'Kessel Port Authority/Handout via REUTERS',
      'AP Photo/Ruth Okafor',
      'Reuters/Timo Berg'
    ])
  })
  it('keeps the caption text without its credit', () => {
    expect(article.captions[1]?.text).toBe('A handler walks past stacked containers at the port in an image taken on May 6, 2024.')
    expect(article.captions[3]?.text).toBe('Empty cranes stand over the quay at dusk.')
  })
  it('keeps the five body paragraphs', () => {
    expect(openings(article)).toEqual(["The strike at", 'The union wants', 'Shipping lines have', 'Talks are due', 'Local shops say'])
  })
})

describe('related--card-with-teaser', () => {
  const article = parse('related--card-with-teaser')
  it('takes the headline of each card as the link', () => {
    expect(relatedParts(article)).toEqual([
      {title: 'Explainer How the parking fund grew to twice its planned size', url: null},
      {title: 'Why Riders Keep Asking for Later Trains', url: null}
    ])
  })
  it('keeps the teasers and the `Read more` markers out of the paragraphs', () => {
    expect(inParagraphs(article, 'Fees rose three times')).toBe(false)
    expect(inParagraphs(article, 'A survey of commuters')).toBe(false)
    expect(kinds(article)).toEqual(['related-heading', 'related-heading'])
  })
  it('keeps the six body paragraphs, the line after each card among them', () => {
    expect(openings(article)).toEqual(['The city council', 'The pilot will', 'Councillor Ines Rowe,', "Bus drivers' union", 'The first routes', 'The council will'])
  })
})

describe('related--kicker-label', () => {
  const article = parse('related--kicker-label')
  it('reads `Kicker label: Headline` lines standing alone as related links, the label dropped', () => {
    expect(relatedParts(article)).toEqual([
      {title: 'Teachers rally at the capitol as lawmakers stall the budget', url: null},
      {title: 'Budget 2025: Full Coverage', url: null},
      {title: 'Why the next session may reopen the income tax debate', url: null}
    ])
  })
  it('keeps a one-word label with a colon as a crosshead', () => {
    expect(kinds(article)).toEqual(['crosshead'])
  })
  it('keeps six body paragraphs', () => {
    expect(openings(article)).toEqual(['The governor signed', 'The $48 billion', 'Rural districts will', 'Senators who had', 'Economists expect revenue', 'The budget takes'])
  })
})

describe('related--capitals-headline', () => {
  const article = parse('related--capitals-headline')
  it('reads long headlines in capitals standing alone as related links', () => {
    expect(relatedParts(article).map((link) => opening(link.title, 2))).toEqual(['WINDS TOPPLE', 'HOW TO'])
  })
  it('keeps a short line in capitals as a crosshead', () => {
    expect(kinds(article)).toEqual(['crosshead'])
  })
  it('keeps four body paragraphs', () => {
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('other--crossheads-numbered', () => {
  const article = parse('other--crossheads-numbered')
  it('reads numbered headings of a listicle as crossheads, long as they run', () => {
    expect(article.other.map(({kind, text}) => `${kind}:${opening(text, 1)}`)).toEqual(['crosshead:1)', 'crosshead:2)', 'crosshead:3)', 'crosshead:4)'])
  })
  it('keeps a long numbered line that no neighbouring number follows or precedes as a paragraph', () => {
    expect(openings(article)).toEqual(['The council will', 'Most passengers cross', 'The land registry', 'Engineers who worked', 'Work on the', '12. Harbour Road', 'The vote is'])
  })
})

describe('other--crossheads-dashed-and-labelled', () => {
  const article = parse('other--crossheads-dashed-and-labelled')
  it('reads crossheads set between dashes and capitalised labels with a colon', () => {
    expect(article.other.map((other) => [other.kind, other.text])).toEqual([
      ['crosshead', '- Old rivals -'],
      ['crosshead', '— What comes next —'],
      ['crosshead', 'Market Reaction:']
    ])
  })
  it('keeps a lead-in to a quote (`He added:`) in the body', () => {
    expect(openings(article)).toEqual([
      'Brenvik (AFP) -',
      'Leaders of both',
      'The parties have',
      '"We owe voters',
      'If the talks',
      'The currency rose',
      'He added:',
      '"Nobody should expect'
    ])
  })
})

describe('caption--alt-text-before-share', () => {
  const article = parse('caption--alt-text-before-share')
  it('takes alt text equal to the caption, above the share buttons, as a repeat of the caption', () => {
    expect(article.captions.map((caption) => [opening(caption.text), caption.duplicates.map((position) => position.start.line)])).toEqual([
      ['The refitted ferry', [7]],
      ['Engineers check the', []]
    ])
  })
  it('keeps a shorter alt text out of the paragraphs as a media line', () => {
    expect(kinds(article)).toEqual(['share', 'media', 'share'])
  })
  it('keeps five body paragraphs', () => {
    expect(openings(article)).toEqual(['The Pellow Bay', 'Passengers on the', 'The council said', 'Tickets will cost', 'The ferry will'])
  })
})

describe('other--chart-title-between-labels', () => {
  const article = parse('other--chart-title-between-labels')
  it('keeps a chart title and a unit between the chart labels out of the paragraphs', () => {
    expect(inParagraphs(article, 'Share of capacity')).toBe(false)
    expect(inParagraphs(article, 'Per cent full')).toBe(false)
    expect(kinds(article)).toEqual(Array.from({length: 11}, () => 'label'))
  })
  it('keeps the three body paragraphs', () => {
    expect(openings(article)).toEqual(["Water levels in", 'The board asked', 'Farmers said they'])
  })
})

describe('other--chart-title-with-initials', () => {
  const article = parse('other--chart-title-with-initials')
  it('takes a chart line with initials as a label, and the line opening the body before the chart\'s labels', () => {
    expect(inParagraphs(article, 'ROUTE 9 BRIDGE')).toBe(false)
    expect(inParagraphs(article, 'SPORTS PARK')).toBe(false)
    expect(kinds(article)).toEqual(Array.from({length: 9}, () => 'label'))
  })
  it('keeps the three body paragraphs', () => {
    expect(openings(article)).toEqual(['Floodwater spread across', 'Crews closed the', 'The county said'])
  })
})

describe('other--pull-quote-mid-sentence', () => {
  const article = parse('other--pull-quote-mid-sentence')
  it('takes words from the middle of a quote with the speaker glued after them as a pull quote', () => {
    expect(article.other[0]).toMatchObject({kind: 'pull-quote'})
    expect(inParagraphs(article, 'simply do without Mara')).toBe(false)
  })
  it('takes a sentence repeated word for word from a longer paragraph as a pull quote', () => {
    expect(kinds(article)).toEqual(['pull-quote', 'pull-quote'])
  })
  it('keeps six body paragraphs', () => {
    expect(openings(article)).toEqual(['The city council', 'The branches in', 'Councillors said the', 'Mara Pellingham, who', 'The mayor said', 'A final vote'])
  })
})

describe('caption--credit-before-widget', () => {
  const article = parse('caption--credit-before-widget')
  it('reads `Credit: Agency View full size image Caption` as credit and caption', () => {
    expect(captionParts(article)).toEqual([
      {text: "The agency's new lander on the test stand.", credit: 'Orbis Space'},
      {text: 'The launch pad at dawn.', credit: 'Orbis Space'}
    ])
  })
  it('takes the caption printed alone on the line above as its repeat', () => {
    expect(article.captions[0]?.duplicates.map((position) => position.start.line)).toEqual([3])
  })
  it('keeps four body paragraphs', () => {
    expect(openings(article)).toEqual(['The space agency', 'The bill also', 'The agency said', 'Engineers will begin'])
  })
})

describe('related--marker-spacing', () => {
  const article = parse('related--marker-spacing')
  it('reads markers with a bar, a guillemet, a dash, no space, or at the end, and gallery and video links', () => {
    expect(relatedParts(article).map((link) => link.title)).toEqual([
      'Heatwave pushes water use to a record in the valley',
      'Why the fire season is starting earlier every year',
      'Farmers count the cost of a dry spring',
      'Crews battle a second blaze near the coast',
      'Evacuated families find shelter at the sports hall',
      'The fire seen from the valley floor at night',
      'Planes scoop water from the reservoir to fight the fire'
    ])
  })
  it('finds no caption and keeps five body paragraphs', () => {
    expect(article.captions).toEqual([])
    expect(openings(article)).toEqual(['Firefighters ordered the', 'About 1,200 residents', 'Water-bombing planes from', 'Roads into the', 'Officials said the'])
  })
})

describe('caption--credit-nested-and-dashed', () => {
  const article = parse('caption--credit-nested-and-dashed')
  it("keeps the photographer's credit, not the distributor's, in repeated or nested brackets", () => {
    expect(article.captions.slice(0, 2).map((caption) => caption.credit)).toEqual(['Lena Ostrova/Getty Images', 'Piet Dral'])
  })
  it('reads a credit after a dash and a bare parenthesised credit naming any source', () => {
    expect(article.captions.slice(2).map((caption) => caption.credit)).toEqual(['Ines Kaur/Reuters', 'Courtesy of the Brenner family'])
  })
  it('keeps five body paragraphs', () => {
    expect(openings(article)).toEqual(['A magnitude 6.1', 'At least 40', 'The regional government', 'Engineers began checking', 'Schools in the'])
  })
})

describe('other--social-post-multiline', () => {
  const article = parse('other--social-post-multiline')
  it('takes a post spread over lines above its signature as one embed, up to the line that introduces it', () => {
    expect(article.other.filter((other) => other.kind === 'embed').map((other) => opening(other.text, 2))).toEqual([
      'Delighted to',
      'She starts',
      'Thank you',
      '— Mayor',
      'Proud to',
      '— Officers'
    ])
  })
  it('keeps video widget lines out of the paragraphs', () => {
    expect(inParagraphs(article, 'autoplay')).toBe(false)
  })
  it('keeps five body paragraphs, the lead-in among them', () => {
    expect(openings(article)).toEqual(['The mayor named', 'She announced the', 'Kaple has served', 'Council members welcomed', 'Kaple will be'])
  })
})

describe('notice--split-and-promo-above', () => {
  const article = parse('notice--split-and-promo-above')
  it('keeps the newsletter and promo lines above the body out of the paragraphs', () => {
    expect(kinds(article)).toEqual(['prompt', 'prompt'])
  })
  it('reads a notice the scraper split over two lines as one notice', () => {
    expect(article.notice?.text.split('\n').map((line) => opening(line, 2))).toEqual(['Copyright 2025', 'broadcast, rewritten'])
  })
  it('keeps four body paragraphs', () => {
    expect(openings(article)).toEqual(['Residents of Orlet', 'The postal service', '“It is the', 'The parish will'])
  })
})

describe('related--read-more-from', () => {
  const article = parse('related--read-more-from')
  it("takes `Read more from` a correspondent or desk in the body as a related link, titled by the whole line", () => {
    expect(relatedParts(article)).toEqual([{title: 'Read more from our health correspondent Priya Lanning', url: null}])
  })
  it('reads the trailing notice through a link line inside it', () => {
    expect(article.notice?.text.split('\n').map((line) => opening(line, 2))).toEqual(['Additional reporting', 'Read more', 'Send us', 'Follow us'])
  })
  it('keeps four body paragraphs', () => {
    expect(openings(article)).toEqual(['Waiting lists for', 'About 6.1 million', 'Managers said extra', 'Unions warned that'])
  })
})

describe('classifyLineShape: a call-out to readers', () => {
  // Invented lines, written for these tests.
  it('reads a question put to the reader that asks for their story as a prompt', () => {
    expect(classifyLineShape('Are you caught in the floods along the coast? Please share your photos and stories with our desk.')).toBe('prompt')
    expect(classifyLineShape('[Have you lost work since the plant closed? We would like to hear about your experience.]')).toBe('prompt')
    expect(classifyLineShape('Were you at the match on Saturday? Email newsdesk@example.com and tell us what you saw.')).toBe('prompt')
  })
  it('leaves a question that asks nothing of the reader, or a request with no question, to the body', () => {
    expect(classifyLineShape('Are you better off than four years ago? The governor asked the crowd twice.')).toBeNull()
    expect(classifyLineShape('The council said residents could email their views before the vote in March.')).toBeNull()
  })
})

describe('classifyLineShape: a video player’s close button', () => {
  // Invented lines, written for these tests.
  const blurb =
    'The harbour master explains why the east quay has flooded four times this winter, what the repairs have cost so far and what the council plans to do before the next storm season arrives. Ana Ruiz, Evening Courier'
  it('reads `CLOSE` in capitals before a clip’s description as media, however long the line', () => {
    // Past 200 characters, where a line has no other shape of its own.
    expect(blurb.length).toBeGreaterThan(200)
    expect(classifyLineShape(`CLOSE ${blurb}`)).toBe('media')
  })
  it('leaves prose that opens with the word in sentence case to the body', () => {
    expect(classifyLineShape(`Close to the quay, ${blurb.toLowerCase()}`)).toBeNull()
  })
})

describe('classifyLineShape: prose that opens like a byline or a timestamp', () => {
  // Invented lines, written for these tests.
  it('reads a headline or sentence opening with `Author`, `Reporter` or `By` as no byline', () => {
    expect(classifyLineShape('Author sues publisher over unpaid royalties')).toBeNull()
    expect(classifyLineShape('Reporter Dana Ruiz asked whether the minister would resign')).toBeNull()
    expect(classifyLineShape('By the numbers')).toBeNull()
  })
  it('still reads bylines that open so', () => {
    expect(classifyLineShape('Reporter Dana Ruiz')).toBe('byline')
    expect(classifyLineShape('Author: Dana Ruiz')).toBe('byline')
    expect(classifyLineShape('By the Harbour Wire')).toBe('byline')
  })
  it('reads a headline or sentence opening with `Published` or `Updated` as no timestamp', () => {
    expect(classifyLineShape('Published author turns to crime writing at 70')).toBeNull()
    expect(classifyLineShape('Published in 2023 in a leading journal, the study followed 40,000 nurses.')).toBeNull()
    expect(classifyLineShape('Updated on 3 occasions since, the guidance was rewritten.')).toBeNull()
  })
  it('still reads timestamps, a name among them', () => {
    expect(classifyLineShape('Updated 2 hours ago by Jo Vale')).toBe('timestamp')
    expect(classifyLineShape('Published 6:42 a.m. ET March 3, 2026')).toBe('timestamp')
    expect(classifyLineShape('Last Update 2 hours ago')).toBe('timestamp')
  })
})

describe('caption credits of several words and after a label prose uses', () => {
  // Invented captions, written for these tests.
  const captions = (line: string): Array<{text: string; credit: string | null}> =>
    captionParts(parseArticle(`Snow closes roads across the province\n\n${line}\n\nCrews worked through the night to clear the highways.\n`))
  it('keeps an agency written in capitals over several words before the slash whole (`THE CANADIAN PRESS/Name`)', () => {
    expect(captions('Crews clear snow on Main Street in Harbourton on Monday. THE CANADIAN PRESS/Dana Reyes')).toEqual([
      {text: 'Crews clear snow on Main Street in Harbourton on Monday.', credit: 'THE CANADIAN PRESS/Dana Reyes'}
    ])
  })
  it('leaves a `Source:` label out of the caption’s text when an agency follows it', () => {
    expect(captions('A plough waits outside the depot in Harbourton on Monday. Source: Getty')).toEqual([
      {text: 'A plough waits outside the depot in Harbourton on Monday.', credit: 'Getty'}
    ])
  })
})

describe('a video block in the body', () => {
  // An invented layout, written for this test.
  const article = parseArticle(
    [
      'Province caps rent increases',
      'The province will cap rent increases at 2.5 per cent next year, the housing minister said Tuesday.',
      'WATCH | Tenants react to the new rent cap:',
      'Tenants say the cap is too little',
      '2 hours ago',
      'Duration 2:04',
      'Renters in the capital say the new rules will not help families already priced out.',
      'Landlords said the cap would slow repairs.',
      "Click to play video: 'Tenants react to rent cap'",
      'Tenants react to rent cap',
      'Loading ...',
      'The opposition called the cap a half-measure.'
    ].join('\n\n')
  )
  it('keeps the lead-in, the clip’s title, time, length and description, and the player’s lines out of the paragraphs', () => {
    expect(openings(article)).toEqual(['The province will', 'Landlords said the', 'The opposition called'])
  })
  it('takes no time inside the body without a date as the article’s date', () => {
    expect(article.published).toBeNull()
  })
})

describe('related lists with bullets and a carousel’s controls', () => {
  // An invented layout, written for this test.
  const article = parseArticle(
    [
      'Ferry fares to rise',
      'Fares on the island ferry will rise in April, the operator said.',
      'READ MORE',
      '• Teachers protest over delayed salaries',
      '• Exam results to be declared next week',
      'RELATED ARTICLES',
      'Previous',
      '1',
      'Next',
      'Storm closes coast road for second day',
      'Harbour wall plan approved after long delay'
    ].join('\n\n')
  )
  it('reads bulleted headlines under a heading as related links, without their bullets, and goes on past the controls', () => {
    expect(relatedParts(article).map((link) => link.title)).toEqual([
      'Teachers protest over delayed salaries',
      'Exam results to be declared next week',
      'Storm closes coast road for second day',
      'Harbour wall plan approved after long delay'
    ])
    expect(article.paragraphs).toHaveLength(1)
  })
})

describe('classifyLineShape: a reported request is no prompt', () => {
  // Invented lines, written for these tests.
  it('reads a line that opens like a prompt but is attributed after a comma as none', () => {
    expect(classifyLineShape('Please do not come to the emergency ward unless you must, the hospital’s medical director said.')).toBeNull()
    expect(classifyLineShape('Tell us what you need, patients told the board at a packed meeting.')).toBeNull()
    expect(classifyLineShape('Sign up rates for library cards have tripled since January, staff said.')).toBeNull()
  })
  it('still reads a prompt that asks the reader, a comma and all', () => {
    expect(classifyLineShape('Please share your photos with us, and tell us what you saw.')).toBe('prompt')
    expect(classifyLineShape('Sign up for our newsletter')).toBe('prompt')
  })
})

describe('classifyLineShape: more headings of related lists, and a publisher’s ad placeholder', () => {
  // Lines of the kind many sites print, written for these tests.
  it('reads common list headings as related headings', () => {
    for (const heading of ['Trending Now', 'Latest News', 'Most Viewed', 'Editor’s Picks', 'You may be interested in', 'In Other News', 'Up next']) {
      expect(classifyLineShape(heading)).toBe('related-heading')
    }
  })
  it('reads an ad placeholder that says the article goes on as an advertisement, and `Loading…` as media', () => {
    expect(classifyLineShape('This advertisement has not loaded yet, but your article continues below.')).toBe('advertisement')
    expect(classifyLineShape('Loading…')).toBe('media')
  })
})

describe('page furniture above the headline', () => {
  // Invented layouts, written for these tests.
  it('takes the headline under a breadcrumb trail, a skip link or a section’s kicker as the title', () => {
    for (const furniture of ['Home » News » Local', 'Skip to main content\n\nOpinion']) {
      const article = parseArticle(`${furniture}\n\nDrought declared across three southern counties\n\nThe water authority declared a drought on Monday.\n`)
      expect(article.title?.text).toBe('Drought declared across three southern counties')
      expect(article.paragraphs).toHaveLength(1)
    }
  })
  it('takes a site’s own section words above the headline (short lines no list holds) as labels, and the headline under them as the title', () => {
    for (const above of ['Wellbeing', 'Home\n\nCounties\n\nNorth Coast', 'Menu\n\nSearch\n\nClose\n\nSport\n\nRowing', 'The Tidewater Letter\n\nSubscribe']) {
      const article = parseArticle(`${above}\n\nClinics report a sharp rise in winter asthma cases\n\nAdmissions are up a third on last year, nurses say\n\nThe clinics reported the rise on Tuesday.\n`)
      expect(article.title?.text).toBe('Clinics report a sharp rise in winter asthma cases')
      // Every line above is furniture (`Subscribe`, `Close` are read as page controls before this pass), none a paragraph.
      expect(article.other.map((part) => part.text)).toEqual(expect.arrayContaining(above.split('\n\n')))
      expect(article.paragraphs.map((part) => part.text)).toEqual(['The clinics reported the rise on Tuesday.'])
    }
    expect(parseArticle('Wellbeing\n\nClinics report a sharp rise in winter asthma cases\n\nThe clinics reported it.\n').other).toMatchObject([{kind: 'label', text: 'Wellbeing'}])
  })
  it('keeps a short first line as the title when no headline of five words or more stands under it', () => {
    const article = parseArticle('Storm warning\n\nGales expected\n\nThe coast guard warned of gales on Monday.\n')
    expect(article.title?.text).toBe('Storm warning')
    const sentence = parseArticle('Heatwave\n\nTemperatures will pass 35C across the south this week.\n\nThe forecaster issued the warning on Monday.\n')
    expect(sentence.title?.text).toBe('Heatwave')
    // Section words are in title case; a short headline in sentence case stays the title over a long standfirst.
    const short = parseArticle('The last ferry\n\nWhy the island lost its only boat this winter\n\nThe service ended in March.\n')
    expect(short.title?.text).toBe('The last ferry')
  })
  it('reads no breadcrumb in a headline that compares with `>` or a credit with a slash', () => {
    expect(classifyLineShape('Prices > wages in March')).toBeNull()
    expect(classifyLineShape('Jo Vale / Harbour Wire')).toBeNull()
  })
})

describe('captions credited to a national agency after a dash', () => {
  // Invented layouts, written for these tests.
  it('splits a credit after a dash or a spaced hyphen that closes a caption of more than six words', () => {
    const article = parseArticle(
      'Senate panel questions delay on harbour wall\n\nMembers of the committee inspect the harbour wall in Kestrel Bay. — APP\n\nThe panel met on Tuesday and heard from engineers.\n\nFlood victims queue for food parcels at a school in the old town. - Bernama\n\nThe aid was handed out on Wednesday.\n'
    )
    expect(captionParts(article)).toEqual([
      {text: 'Members of the committee inspect the harbour wall in Kestrel Bay.', credit: 'APP'},
      {text: 'Flood victims queue for food parcels at a school in the old town.', credit: 'Bernama'}
    ])
    expect(article.paragraphs).toHaveLength(2)
  })
  it('reads no credit in prose that a dash or a hyphen sets off', () => {
    const article = parseArticle('Harbour wall approved\n\nThe council met on Tuesday - and voted for the wall at last.\n\nThe project was approved — a big win for the town council.\n')
    expect(article.captions).toEqual([])
  })
})

describe('bylines signed by a desk or an agency, and labels joined to the name', () => {
  // Invented lines and layouts, written for these tests.
  it('reads a desk or an agency alone beside the date as the byline, with no author', () => {
    for (const signer of ['Our Correspondent', 'Staff Reporter', 'Web Desk', 'PTI', 'Reuters', 'Bernama']) {
      const article = parseArticle(`Senate panel questions delay on harbour wall\n\n${signer}\n\nPublished March 3, 2026\n\nThe panel met on Tuesday.\n`)
      expect(article.byline).toMatchObject({text: signer, authors: []})
      expect(article.paragraphs.map((part) => part.text)).toEqual(['The panel met on Tuesday.'])
    }
  })
  it('reads the names after a `By` the scraper joined to them, and after `From`', () => {
    expect(bylineAuthors('ByCallum Rennie')).toEqual(['Callum Rennie'])
    expect(bylineAuthors('From Siobhan Carrick and Tom Hadley')).toEqual(['Siobhan Carrick', 'Tom Hadley'])
    expect(bylineAuthors('Byron Vale')).toEqual(['Byron Vale'])
  })
})

describe('timestamps beside a place, an outlet or an agency', () => {
  // Invented lines and layouts, written for these tests.
  it('reads a timestamp a bar or a slash sets beside a place, an outlet or an agency, and not a menu with no time in it', () => {
    for (const line of ['Kestrel Bay | Updated: March 3, 2026 11:20 IST', 'Harbour Daily Ledger / 04:32 PM March 03, 2026', 'NEWSWIRE | Updated: Mar 3, 2026, 09:15 AM IST']) {
      expect(classifyLineShape(line)).toBe('timestamp')
    }
    expect(classifyLineShape('Home | News | Sport')).toBe('prompt')
    expect(classifyLineShape('The council met on Tuesday / The vote was on March 3')).toBeNull()
  })
  it('reads time zones of Asia, Africa and the Pacific, `First uploaded on`, and a reading time as a label', () => {
    expect(classifyLineShape('7:12 PM MYT')).toBe('timestamp')
    expect(classifyLineShape('First uploaded on: 03-03-2026 at 11:20 IST')).toBe('timestamp')
    expect(classifyLineShape('2 min read')).toBe('label')
    expect(classifyLineShape('Reading time: 4 minutes')).toBe('label')
  })
  it('takes the date of such a line as the article\'s publication', () => {
    const article = parseArticle('Council approves new harbour wall\n\nWritten by Ana Ruiz\n\nKestrel Bay | Updated: March 3, 2026 11:20 IST\n\n2 min read\n\nThe council approved the wall on Tuesday.\n')
    expect(article.published?.date).toBe('2026-03-03')
    expect(article.paragraphs.map((part) => part.text)).toEqual(['The council approved the wall on Tuesday.'])
  })
})

describe('a fact box’s `Label: value` lines', () => {
  // An invented layout, written for this test.
  it('reads no related link in a label and a short value standing alone', () => {
    const article = parseArticle(
      'Bridge to close for repairs\n\nThe old bridge will close for six weeks from March, the council said.\n\nDiversion route: Via the A1 and Mill Lane\n\nKey dates: March 3 to April 10\n\nDrivers are asked to allow extra time.\n'
    )
    expect(article.relatedLinks).toEqual([])
  })
  it('still reads a kicker and a headline standing alone as a related link', () => {
    const article = parseArticle(
      'Bridge to close for repairs\n\nThe old bridge will close for six weeks from March, the council said.\n\nRoad works: Council plans a new bypass around the old town\n\nBudget row: May faces a revolt over the harbour levy\n\nDrivers are asked to allow extra time.\n'
    )
    expect(relatedParts(article).map((link) => link.title)).toEqual(['Council plans a new bypass around the old town', 'May faces a revolt over the harbour levy'])
  })
})

describe('what the day’s layout rules leave alone', () => {
  // Invented lines and layouts, written for these tests.
  it('still reads a byline whose name an affiliation follows, after `Reporter`, `Author` or `Written by`', () => {
    expect(classifyLineShape('Reporter Dana Ruiz, The Harbour Wire')).toBe('byline')
    expect(classifyLineShape('Reporter Dana Ruiz | Harbour Wire')).toBe('byline')
    expect(classifyLineShape('Written by the staff of The Ledger')).toBe('byline')
  })
  it('keeps a prompt a prompt when the word after its comma is no reporting verb with a subject', () => {
    expect(classifyLineShape('Sign up for our newsletter, terms apply')).toBe('prompt')
    expect(classifyLineShape('Get the app, rated five stars')).toBe('prompt')
  })
  it('keeps capitals of a caption that are no agency out of a credit before its slash', () => {
    expect(captionParts(parseArticle('Rally at the embassy\n\nProtesters gather outside the embassy in the USA AP/Jo Vale\n\nHundreds marched on Sunday.\n'))).toEqual([
      {text: 'Protesters gather outside the embassy in the USA', credit: 'AP/Jo Vale'}
    ])
  })
  it('takes no body paragraph under a clip’s length as its description when it quotes someone', () => {
    const article = parseArticle(
      'Province caps rent increases\n\nThe province will cap rent increases, the minister said.\n\nWATCH | Tenants react:\n\nDuration 2:04\n\n“It is too little,” said tenant Ana Ruiz, who has rented in the city for years.\n'
    )
    expect(openings(article)).toEqual(['The province will', '“It is too'])
  })
  it('reads no byline in a kicker above the date, nor in a broadcaster’s name down the body', () => {
    const kicker = parseArticle('Drought declared across three counties\n\nHarbour Bridge\n\nSat 3 Aug 2026 09.00 BST\n\nThe water authority declared a drought on Monday.\n')
    expect(kicker.byline).toBeNull()
    const credit = parseArticle('Drought declared across three counties\n\nThe water authority declared a drought on Monday.\n\nReservoirs are at their lowest in decades.\n\nFarmers asked for help.\n\nSky News\n\nThe authority will meet again next week.\n')
    expect(credit.byline).toBeNull()
  })
  it('takes the line under a title that furniture stands above as its standfirst', () => {
    const article = parseArticle('Home » News » Local\n\nDrought declared across three counties\n\nThe water authority says reservoirs are at their lowest in 30 years\n\nPublished March 3, 2026\n\nThe water authority declared a drought on Monday.\n')
    expect(article.other.map(({kind}) => kind)).toEqual(['label', 'standfirst'])
  })
})

describe('caption--unstopped-tabloid', () => {
  const article = parse('caption--unstopped-tabloid')
  it('takes the sentences with no stop between stopped paragraphs as captions', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Derek Moss, pictured left with his wife Carol, collected his winnings at a hotel in Pellham on Tuesday', credit: null},
      {text: 'The couple (above) say they plan to keep living in the same terraced house they have owned since 1988', credit: null},
      {text: 'Derek Moss walks along the boarded-up deck of the pier with a surveyor on Wednesday morning', credit: null}
    ])
  })
  it('keeps the heading above a caption a crosshead', () => {
    expect(kinds(article)).toEqual(['crosshead'])
  })
  it('keeps the stopped lines as paragraphs', () => {
    expect(article.paragraphs).toHaveLength(9)
  })
})

describe('crosshead--questions-in-argument', () => {
  const article = parse('crosshead--questions-in-argument')
  it('takes questions that ask like headings as crossheads, across a photo and in the negative', () => {
    expect(article.other.filter((other) => other.kind === 'crosshead').map((other) => other.text)).toEqual([
      "Haven't the council already answered these complaints?",
      'How far did the letter get?'
    ])
  })
  it('keeps the question that closes a quotation and the one that points back as paragraphs', () => {
    expect(inParagraphs(article, 'Is anybody listening?"')).toBe(true)
    expect(inParagraphs(article, 'Are these complaints really worth a public inquiry?')).toBe(true)
  })
})

describe('crosshead--update-stamped', () => {
  const article = parse('crosshead--update-stamped')
  it('takes an update stamp with a heading in title case as a crosshead', () => {
    expect(article.other.filter((other) => other.kind === 'crosshead').map((other) => opening(other.text, 4))).toEqual([
      'Update at 4:10 p.m.',
      'Update at 3:45 p.m.'
    ])
  })
  it('takes the bracketed stamp alone as the time of the page', () => {
    expect(article.published?.text).toBe('(Most recent update: 4:10 p.m. ET.)')
  })
  it('keeps a stamp before prose a paragraph', () => {
    expect(inParagraphs(article, 'the operator has now published its full list')).toBe(true)
    expect(article.paragraphs).toHaveLength(5)
  })
})

describe('crosshead--analysis-box-byline', () => {
  const article = parse('crosshead--analysis-box-byline')
  it('takes the heading above a correspondent’s byline amid the body as a crosshead', () => {
    expect(article.other.filter((other) => other.kind === 'crosshead').map((other) => other.text)).toEqual(['A long way still to sail'])
  })
  it('keeps the prose before and after the box as paragraphs', () => {
    expect(openings(article)).toEqual(['Councillors in Pellham', 'The scheme will', 'Work is due', 'The vote settles', 'The operator has', 'Residents who opposed'])
  })
})

describe('other--link-words-prompt', () => {
  const article = parse('other--link-words-prompt')
  it('takes a long promotion that closes on `CLICK HERE` as a prompt', () => {
    expect(article.other.map((other) => [other.kind, opening(other.text, 2)])).toEqual([['prompt', 'SPECIAL OFFER!']])
  })
  it('takes a closing line that ends on a link’s `HERE` as the notice', () => {
    expect(opening(article.notice?.text ?? '', 4)).toBe("To follow the crew's")
  })
  it('keeps prose that ends on `here` in lower case a paragraph', () => {
    expect(article.paragraphs).toHaveLength(5)
    expect(classifyLineShape('The council said the new ferry would stop at the old quay, and the town would be served from here.')).toBeNull()
    expect(classifyLineShape('THE SUMMER SEASON IS HERE')).toBeNull()
  })
})

describe('other--link-lines', () => {
  const article = parse('other--link-lines')
  it('takes a link or an address alone, or after a label that points to it, as a prompt', () => {
    expect(article.other.filter((other) => other.kind === 'prompt').map((other) => opening(other.text, 2))).toEqual([
      'Ask for',
      'Full report:',
      'Phone: 0100',
      'press@pellham-harbour.example'
    ])
  })
  it('keeps a labelled heading a crosshead', () => {
    expect(article.other.filter((other) => other.kind === 'crosshead').map((other) => other.text)).toEqual(['Key Findings:'])
  })
  it('keeps prose that names an address, with a stop after it or words after it, as paragraphs', () => {
    expect(inParagraphs(article, 'www.pellham-harbour.example/figures.')).toBe(true)
    expect(inParagraphs(article, 'write to the board at press@pellham-harbour.example with')).toBe(true)
    expect(article.paragraphs).toHaveLength(6)
  })
})

describe('related--glued-headline', () => {
  const article = parse('related--glued-headline')
  it('takes a headline glued above a paragraph, on a page that spaces its paragraphs, as a related link', () => {
    expect(relatedParts(article)).toEqual([
      {title: 'Who runs the Harbour Line, and what do they want with the islands?', url: null},
      {title: 'Council approves berth repairs at Pellham harbour after storm damage', url: null}
    ])
  })
  it('keeps a heading in a block of its own a crosshead', () => {
    expect(article.other.map((other) => [other.kind, other.text])).toEqual([['crosshead', 'A winter to forget']])
  })
  it('keeps the paragraphs under the links as paragraphs', () => {
    expect(openings(article)).toEqual(['The Harbour Line', 'The operator beat', 'The council said', 'Islanders had campaigned', 'Nine crossings in', "The trust's chair", 'Work on the', 'The Harbour Line'])
  })
})

describe('crosshead--across-video', () => {
  const article = parse('crosshead--across-video')
  it('takes a heading over a video player and the section’s prose as a crosshead', () => {
    expect(article.other.map((other) => [other.kind, opening(other.text, 2)])).toEqual([
      ['crosshead', 'Opposition benches'],
      ['media', 'JUST WATCHED']
    ])
  })
  it('keeps the prose around them as paragraphs', () => {
    expect(openings(article)).toEqual(['The mayor of', '"Nobody in this', 'Opposition councillors said', 'The council will'])
  })
})

describe('notice--outlet-last', () => {
  const article = parse('notice--outlet-last')
  it('takes the outlet named under the notice into the notice', () => {
    expect(article.notice?.text).toBe('Jo Vale contributed to this report.\nThe Harbour Post')
  })
  it('takes an outlet named alone under the last paragraph as the notice', () => {
    const alone = parseArticle('Ferry fares rise\n\nFares on the island ferry will rise by 4% in April, the operator said.\n\nThe operator blamed the cost of fuel.\n\nThe Daily Ledger\n')
    expect(alone.notice?.text).toBe('The Daily Ledger')
    expect(alone.paragraphs).toHaveLength(2)
  })
  it('keeps a last line in sentence case a paragraph', () => {
    const prose = parseArticle('Ferry fares rise\n\nFares on the island ferry will rise by 4% in April, the operator said.\n\nThe operator blamed the cost of fuel.\n\nThe rest is history\n')
    expect(prose.notice).toBeNull()
  })
  it('keeps the story’s paragraphs', () => {
    expect(openings(article)).toEqual(["Pellham's harbour master,", 'Ellery, 64, oversaw', 'The harbour board'])
  })
})

describe('other--furniture-lines', () => {
  const article = parse('other--furniture-lines')
  it('takes the page’s furniture between paragraphs by its words, not as crossheads', () => {
    expect(article.other.map((other) => [other.kind, other.text])).toEqual([
      ['advertisement', 'Story Continued Below'],
      ['media', 'Enlarge'],
      ['related-heading', 'More Flood Coverage']
    ])
    expect(classifyLineShape('More coverage of the storm')).toBeNull()
  })
  it('keeps the prose as paragraphs', () => {
    expect(article.paragraphs).toHaveLength(5)
  })
})

describe('caption--photo-site-credit', () => {
  const article = parse('caption--photo-site-credit')
  it('takes a bare credit to a photo-sharing site as a photo’s credit, not a crosshead', () => {
    expect(captionParts(article)).toEqual([
      {text: '', credit: 'D Marsh/Pellham Bird Trust/Flickr'},
      {text: 'A storm petrel over the water near the point on Friday.', credit: 'Tom Ellery/Wikimedia'}
    ])
    expect(kinds(article)).toEqual([])
  })
  it('keeps the prose as paragraphs', () => {
    expect(article.paragraphs).toHaveLength(5)
  })
})

describe('other--comment-and-newsletter-prompts', () => {
  const article = parse('other--comment-and-newsletter-prompts')
  it('takes a comment box’s lines and a gallery prompt amid the body as prompts and controls', () => {
    expect(article.other.map((other) => [other.kind, opening(other.text, 3)])).toEqual([
      ['prompt', 'Got something to'],
      ['share', 'ADD A COMMENT'],
      ['prompt', 'See all of']
    ])
  })
  it('takes a newsletter’s `emailed to your` line into the notice', () => {
    expect(article.notice?.text).toBe('GET HARBOUR BRIEFING emailed to your inbox before breakfast.\nFollow us on Twitter @HarbourDesk')
  })
  it('keeps the prose as paragraphs', () => {
    expect(openings(article)).toEqual(['Pellham council has', 'The charges would', 'Traders said the'])
  })
})

describe('other--signature-name', () => {
  const article = parse('other--signature-name')
  it('takes a name alone under a related link as the linked story’s byline, part of the link', () => {
    expect(relatedParts(article)).toEqual([{title: 'Harbour master steps down after twenty years', url: null}])
    expect(article.relatedLinks[0]?.position.end.line).toBe(10)
  })
  it('takes the writer’s name alone under the body as a signature, not a crosshead or a paragraph', () => {
    expect(article.other.map((other) => [other.kind, other.text])).toEqual([['byline', 'Tom-Ellery']])
    expect(article.byline?.text).toBe('By Tom Ellery')
  })
  it('keeps names that head a profile’s sections crossheads', () => {
    const profile = parseArticle(
      'Three skippers to watch this season\n\nThe Pellham regatta opens on Saturday with a record entry of forty boats.\n\nAna Ruiz\n\nRuiz won the coastal race last year in a boat she built herself over two winters.\n\nDana Marsh\n\nMarsh returns after a season away and is the favourite for the long-distance race.\n'
    )
    expect(profile.other.map((other) => [other.kind, other.text])).toEqual([
      ['crosshead', 'Ana Ruiz'],
      ['crosshead', 'Dana Marsh']
    ])
  })
})

describe('crosshead--ellipsis-magazine', () => {
  const article = parse('crosshead--ellipsis-magazine')
  it('takes headings in title case with an ellipsis as crossheads, across the photo under them', () => {
    expect(article.other.map((other) => [other.kind, other.text])).toEqual([
      ['crosshead', 'Arriving In Style...'],
      ['crosshead', 'Lunch... And Then Some']
    ])
  })
  it('takes the line between such a heading and its prose as the photo’s caption', () => {
    expect(captionParts(article)).toEqual([
      {text: 'Our writer Ana Ruiz on the top deck of the morning ferry', credit: null},
      {text: 'Crab sandwiches on the quay at Little Skerry', credit: 'Rex'}
    ])
  })
  it('keeps a source’s `Via …` label and the prose as paragraphs', () => {
    expect(openings(article)).toEqual(['There is no', 'The morning crossing', 'The quay cafe', 'Via Harbour Post…', "The cafe's owner"])
  })
})

describe('other--pull-quote-speaker-line', () => {
  const article = parse('other--pull-quote-speaker-line')
  it('takes the speaker’s line under a pull quote as part of the pull quote, not a crosshead', () => {
    expect(article.other.map((other) => [other.kind, opening(other.text, 3)])).toEqual([
      ['pull-quote', 'We are being'],
      ['pull-quote', 'Ana Ruiz, harbour']
    ])
  })
  it('keeps the quote in its paragraph, said by its speaker', () => {
    expect(article.quotes.map((quote) => quote.speaker?.name)).toEqual(['Ana Ruiz'])
    expect(article.paragraphs).toHaveLength(4)
  })
})

describe('other--video-titled-clip', () => {
  const article = parse('other--video-titled-clip')
  it('takes a clip’s title printed on both sides of its `Video` label, its length and its description as the player’s', () => {
    expect(article.other.map((other) => [other.kind, opening(other.text, 2)])).toEqual([
      ['media', '2:14'],
      ['media', "Lifeboat Crew's"],
      ['media', 'Video'],
      ['media', "Lifeboat Crew's"],
      ['media', 'Publish Date']
    ])
  })
  it('keeps the prose as paragraphs', () => {
    expect(openings(article)).toEqual(["A lifeboat crew's", 'The skipper, who', '"We got to', 'The skipper was'])
  })
})
