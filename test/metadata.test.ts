/**
 * Bylines, publication dates and datelines, field by field, on fixtures of one
 * style each. The expectations are written by hand from the issue (not read
 * from the golden files), so a regenerated expected.json cannot hide a change.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it, vi} from 'vitest'
import {isNoticeLine, parseArticle, type Article} from '../src/index.js'

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname

function read(name: string): {input: string; article: Article} {
  const input = readFileSync(`${FIXTURES}${name}/input.txt`, 'utf8')
  return {input, article: parseArticle(input)}
}

/** What the source says at a position. */
function sliceOf(input: string, position: {start: {offset: number}; end: {offset: number}}): string {
  return input.slice(position.start.offset, position.end.offset)
}

// Byline styles: the line as written and the people it names.
const BYLINES: ReadonlyArray<readonly [fixture: string, text: string, authors: readonly string[]]> = [
  ['byline--by-two-names-role', 'By Priya Raman and Tomas Ekberg, Political Correspondents', ['Priya Raman', 'Tomas Ekberg']],
  ['byline--name-pipe-agency', 'Lucia Ferrante | Reuters', ['Lucia Ferrante']],
  ['byline--name-comma-agency', 'Owen Castell, Associated Press', ['Owen Castell']],
  ['byline--capitals', 'By HALVARD MOEN', ['HALVARD MOEN']],
  ['byline--agency-only', 'By Associated Press', []],
  ['byline--agency-staff', 'Reuters Staff', []],
  ['byline--three-names-listed', 'By Nadia Orlov, Femi Adeyemi and Grace Tully', ['Nadia Orlov', 'Femi Adeyemi', 'Grace Tully']],
  ['byline--written-by', 'Written by Ines Calloway', ['Ines Calloway']],
  ['byline--author-label', 'Author: Bram Vossen', ['Bram Vossen']],
  ['byline--name-in-place', 'By Kofi Mensah in Accra', ['Kofi Mensah']],
  ['byline--slash-outlet', 'By Rosa Lindgren / Harbour Gazette', ['Rosa Lindgren']],
  ['byline--particles-ampersand', 'By Ana de la Vega & Jan van Dijk', ['Ana de la Vega', 'Jan van Dijk']],
  ['byline--initial-for-paper', 'By Martin J. Hale for the Evening Courier', ['Martin J. Hale']],
  ['byline--person-over-desk', 'By Clara Wendt', ['Clara Wendt']],
  ['byline--contributed-report', 'By Dara Quinn', ['Dara Quinn']],
  ['other--byline-dateline', 'By Maya Okonkwo and Daniel Reyes', ['Maya Okonkwo', 'Daniel Reyes']]
]

describe('byline', () => {
  for (const [fixture, text, authors] of BYLINES) {
    describe(fixture, () => {
      const {input, article} = read(fixture)
      it('gives the byline as written, where it stands', () => {
        expect(article.byline?.text).toBe(text)
        expect(article.byline && sliceOf(input, article.byline.position)).toBe(text)
      })
      it('names the authors, in order', () => {
        expect(article.byline?.authors).toEqual(authors)
      })
      it('takes the byline line out of `other`', () => {
        expect(article.other.map((line) => line.text)).not.toContain(text)
      })
    })
  }

  it('keeps a byline that lost to one naming a person in `other`', () => {
    expect(read('byline--person-over-desk').article.other.map(({kind, text}) => ({kind, text}))).toEqual([{kind: 'byline', text: 'By Staff Reporter'}])
  })

  it('leaves a report credit in the notice', () => {
    expect(read('byline--contributed-report').article.notice?.text).toBe('Selma Ortiz contributed to this report.')
  })

  it('takes no line that leads in a quote for a byline: `Reporter Jane Doe says:`', () => {
    const article = parseArticle('Ferry service to resume\n\nThe ferry sails again from Monday.\n\nReporter Ines Moe says:\n\n“The harbour is busy again.”\n')
    expect(article.byline).toBeNull()
    expect(article.quotes.map((quote) => quote.speaker?.name)).toEqual(['Ines Moe'])
  })

  it('is null when the article has no byline', () => {
    expect(read('seed').article.byline).toBeNull()
  })
})

// Timestamp styles: the line as written and the ISO date at the precision it gives (null: relative or unreadable).
const DATES: ReadonlyArray<readonly [fixture: string, text: string, date: string | null]> = [
  ['published--us-clock-zone', 'Published 7:41 PM ET Jan. 5, 2020', '2020-01-05T19:41-05:00'],
  ['published--label-day-month-gmt', 'Updated: 03 January 2020 16:07 GMT', '2020-01-03T16:07Z'],
  ['published--weekday-day-month', 'Friday 3 January 2020', '2020-01-03'],
  ['published--iso', '2020-01-03T16:07:00Z', '2020-01-03T16:07:00Z'],
  ['published--relative', '2 hours ago', null],
  ['published--us-summer-time', 'Updated 9:05 a.m. PT, Thu July 16, 2020', '2020-07-16T09:05-07:00'],
  ['published--no-year', 'Posted March 14', null],
  ['published--day-month-order-in-doubt', 'Published 04/05/2021 at 10:30', null],
  ['published--ordinal-numeric-offset', 'Posted on March 3rd, 2021 at 4pm GMT+2', '2021-03-03T16:00+02:00'],
  ['published--month-and-year', 'March 2019', '2019-03'],
  ['published--iso-day-clock-cet', 'Last modified 2019-06-12 08:15 CET', '2019-06-12T08:15+01:00'],
  ['published--ambiguous-zone', 'Updated 16:07 BST, 3 June 2020', '2020-06-03'],
  ['published--dated-over-undated', 'First published on 2 June 2020', '2020-06-02'],
  ['other--timestamps', 'Published 3:15 PM ET, Tue March 3, 2020', '2020-03-03T15:15-05:00']
]

describe('published', () => {
  for (const [fixture, text, date] of DATES) {
    describe(fixture, () => {
      const {input, article} = read(fixture)
      it('gives the timestamp line as written, where it stands', () => {
        expect(article.published?.text).toBe(text)
        expect(article.published && sliceOf(input, article.published.position)).toBe(text)
      })
      it(`reads the date as ${date ?? 'null'}`, () => {
        expect(article.published?.date).toBe(date)
      })
    })
  }

  it('keeps a relative timestamp that lost to a dated one in `other`', () => {
    expect(read('published--dated-over-undated').article.other.map((line) => line.text)).toEqual(['Updated 40 minutes ago'])
  })

  it('keeps the update line after the publication line in `other`', () => {
    expect(read('other--timestamps').article.other.map((line) => line.text)).toEqual(['Updated 5:40 PM ET, Tue March 3, 2020'])
  })

  it('takes no clock time standing alone (a video length) as the publication date', () => {
    const {article} = read('published--bare-clock-ignored')
    expect(article.published).toBeNull()
    expect(article.other.map(({kind, text}) => ({kind, text}))).toContainEqual({kind: 'timestamp', text: '3:02'})
  })

  it('reads no clock: the same text gives the same article whatever the system time', () => {
    const {input} = read('published--relative')
    const lines = ['Published 7:41 PM ET Jan. 5, 2020', 'Updated yesterday at 4pm', '2 hours ago', 'Posted March 14']
    const texts = [input, ...lines.map((line) => `Emergency waits fall again\n\n${line}\n\nThe ward added two night shifts in the spring.\n`)]
    vi.useFakeTimers()
    try {
      vi.setSystemTime(new Date('2001-02-03T04:05:06Z'))
      const before = texts.map((text) => parseArticle(text))
      vi.setSystemTime(new Date('2031-12-30T23:59:59Z'))
      expect(texts.map((text) => parseArticle(text))).toEqual(before)
      expect(before.map((article) => article.published?.date)).toEqual([null, '2020-01-05T19:41-05:00', null, null, null])
    } finally {
      vi.useRealTimers()
    }
  })

  it('reads any calendar date written as day, month name and year, or month name, day and year, with GMT', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    const pad = (value: number): string => String(value).padStart(2, '0')
    fc.assert(
      fc.property(fc.date({min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:00Z'), noInvalidDate: true}), fc.boolean(), (when, dayFirst) => {
        const [year, month, day] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()]
        const [hour, minute] = [when.getUTCHours(), when.getUTCMinutes()]
        const name = MONTHS[month - 1] ?? ''
        const written = dayFirst ? `${day} ${name} ${year} ${pad(hour)}:${pad(minute)} GMT` : `${name} ${day}, ${year} at ${pad(hour)}:${pad(minute)} GMT`
        const article = parseArticle(`Emergency waits fall again\n\nUpdated: ${written}\n\nThe ward added two night shifts in the spring.\n`)
        expect(article.published?.date).toBe(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}Z`)
      }),
      {seed: 17, numRuns: 200}
    )
  })
})

// Dateline styles: the dateline as written, its place and agency; `inside` when it opens the first paragraph.
const DATELINES: ReadonlyArray<readonly [fixture: string, text: string, place: string | null, agency: string | null, inside: boolean]> = [
  ['dateline--capitals-agency', 'MARLOWE (AP) —', 'MARLOWE', 'AP', true],
  ['dateline--agency-hyphen', 'LONDON (Reuters) -', 'LONDON', 'Reuters', true],
  ['dateline--place-region', 'KESTREL BAY, Ore. —', 'KESTREL BAY, Ore.', null, true],
  ['dateline--lone-line', 'KESTREL BAY, Ore. —', 'KESTREL BAY, Ore.', null, false],
  ['dateline--title-case-agency', 'Lisbon (AFP) -', 'Lisbon', 'AFP', true],
  ['dateline--agency-only', '(CNN) —', null, 'CNN', true],
  ['dateline--two-places', 'HELSINKI/TALLINN (Reuters) -', 'HELSINKI/TALLINN', 'Reuters', true],
  ['dateline--title-case-region', 'Port Elwin, Maine -', 'Port Elwin, Maine', null, true],
  ['other--dateline-in-paragraph', 'WASHINGTON (AP) —', 'WASHINGTON', 'AP', true],
  ['dateline--tight-em-dash', 'PORT ELWIN—', 'PORT ELWIN', null, true],
  ['dateline--after-teaser', 'HARLOW (Reuters) -', 'HARLOW', 'Reuters', true],
  ['other--byline-dateline', 'GALVESTON, Texas —', 'GALVESTON, Texas', null, false]
]

describe('dateline', () => {
  for (const [fixture, text, place, agency, inside] of DATELINES) {
    describe(fixture, () => {
      const {input, article} = read(fixture)
      it('gives the dateline as written, sliced back from its position', () => {
        expect(article.dateline?.text).toBe(text)
        expect(article.dateline && sliceOf(input, article.dateline.position)).toBe(text)
      })
      it(`reads the place as ${place ?? 'null'}`, () => {
        expect(article.dateline?.place).toBe(place)
      })
      it(`reads the agency as ${agency ?? 'null'}`, () => {
        expect(article.dateline?.agency).toBe(agency)
      })
      it(inside ? 'is a span at the start of the paragraph that opens the body, which keeps it' : 'is a line of its own, out of `other`', () => {
        const first = article.paragraphs[0]
        if (inside) {
          const holder = article.paragraphs.find((paragraph) => paragraph.position.start.offset === article.dateline?.position.start.offset)
          expect(holder?.text.startsWith(text)).toBe(true)
        } else {
          expect(article.dateline && first && article.dateline.position.end.offset <= first.position.start.offset).toBe(true)
          expect(article.other.map((line) => line.text)).not.toContain(text)
        }
      })
    })
  }

  it('measures a dateline after share buttons glued to its line from where the paragraph text starts', () => {
    const input = 'Repair money promised\n\nFacebook Twitter Email LONDON (Reuters) - The state will pay for the repairs, officials said.\n'
    const article = parseArticle(input)
    expect(article.paragraphs[0]?.text.startsWith('LONDON (Reuters) -')).toBe(true)
    expect(article.dateline?.text).toBe('LONDON (Reuters) -')
    expect(article.dateline && sliceOf(input, article.dateline.position)).toBe('LONDON (Reuters) -')
  })

  it('reads a dateline closed by a horizontal bar (`PORT ELWIN ―`), as some publishers set the dash', () => {
    const input = 'Repair money promised\n\nPORT ELWIN ― The state will pay for the repairs, officials said.\n'
    const article = parseArticle(input)
    expect(article.dateline?.text).toBe('PORT ELWIN ―')
    expect(article.dateline?.place).toBe('PORT ELWIN')
    // Its words are no subject: the sentence's own is read.
    const quoted = parseArticle('Repair money promised\n\nPORT ELWIN ― Mayor Ana Ruiz spoke on Monday, calling the repairs “long overdue.”\n')
    expect(quoted.quotes[0]?.speaker?.name).toBe('Ana Ruiz')
  })

  it('takes no label in capitals for a place', () => {
    expect(read('dateline--label-not-place').article.dateline).toBeNull()
  })

  it('reads an agency alone and a dash as a dateline, not a caption credited to it, and a filed date with no year (`(Reuters) -`, `HARBOURTON, Sept 16 (Reuters) -`)', () => {
    const agency = parseArticle('Budget passes\n\n(Reuters) - The Westshire senate on Monday approved a budget bill, lawmakers said.\n')
    expect(agency.captions).toEqual([])
    expect(agency.dateline?.agency).toBe('Reuters')
    const filed = parseArticle('Budget passes\n\nHARBOURTON, Sept 16 (Reuters) - The bank kept rates on hold on Wednesday.\n')
    expect(filed.dateline?.text).toBe('HARBOURTON, Sept 16 (Reuters) -')
    expect(filed.dateline?.place).toBe('HARBOURTON')
  })

  it('takes no post in capitals and an aside in brackets for a place and an agency (`DCP (South) X said`), unless a dash, a region or a known agency follows', () => {
    const aside = parseArticle('Market fire\n\nA fire broke out on Sunday.\n\nDCP (South) Ravi Kohli said two men were held.\n')
    expect(aside.dateline).toBeNull()
    expect(parseArticle('Market fire\n\nDELHI (Reuters) Two men were held, police said.\n').dateline?.place).toBe('DELHI')
    expect(parseArticle('Market fire\n\nDELHI (Metro Desk) — Two men were held, police said.\n').dateline?.agency).toBe('Metro Desk')
  })

  it('takes no name and party in brackets for a place and an agency', () => {
    const text = 'Repair money promised\n\nSenator Jane Okafor (D-Ohio) said the state would pay for the repairs.\n'
    expect(parseArticle(text).dateline).toBeNull()
  })

  it('reads a daily\'s colon dateline and a release wire\'s, in the body\'s first paragraph only, and no transcript\'s speaker, agency or label', () => {
    const colon = parseArticle('Senate panel questions delay\n\nKESTREL BAY: The Senate committee met on Wednesday.\n\nOnly a third of the work is done.\n')
    expect(colon.dateline).toMatchObject({text: 'KESTREL BAY:', place: 'KESTREL BAY', agency: null})
    expect(colon.paragraphs[0]?.text.startsWith('KESTREL BAY: The')).toBe(true)
    const wire = parseArticle('Robot maker raises funds\n\nHARBOURTON, Mass., Dec. 4, 2025 /PRNewswire/ -- Tidewell Robotics today announced a new round.\n')
    expect(wire.dateline).toMatchObject({place: 'HARBOURTON, Mass.', agency: 'PRNewswire'})
    expect(parseArticle('Debate night\n\nRUIZ: We will win this seat.\n\nVALE: You said that last time.\n').dateline).toBeNull()
    expect(parseArticle('Debate night\n\nThe two met on Monday.\n\nRUIZ: We will win this seat.\n').dateline).toBeNull()
    expect(parseArticle('Debate night\n\nAP: The two met on Monday.\n').dateline).toBeNull()
    expect(parseArticle('Debate night\n\nBYLINE: Jo Vale\n\nThe two met on Monday.\n').dateline).toBeNull()
  })

  it('reads the opening of the first three paragraphs, no further', () => {
    const at = (index: number): string =>
      ['Repair money promised', ...Array.from({length: index}, (_, each) => `Line ${each + 1} above the body, read as a paragraph.`), 'LONDON (Reuters) - The state will pay for the repairs.'].join('\n\n')
    expect(parseArticle(at(2)).dateline).toMatchObject({text: 'LONDON (Reuters) -', place: 'LONDON', agency: 'Reuters'})
    expect(parseArticle(at(3)).dateline).toBeNull()
  })
})

describe('isNoticeLine: an author’s tagline', () => {
  // Invented taglines, written for these tests.
  it('reads a name, then what the author is, as a tagline', () => {
    expect(isNoticeLine('Mara Quill is a senior fellow at the Harbour Policy Institute.')).toBe(true)
  })
  it('reads a tagline whose name carries a handle or an apposition between commas', () => {
    expect(isNoticeLine('Mara Quill (@mquill) is a contributor to the Evening Courier’s opinion pages.')).toBe(true)
    expect(isNoticeLine('Mara Quill, a lecturer in history at Fernhill College, is the author of a book on lighthouses.')).toBe(true)
  })
  it('reads no tagline in prose about a place or a person that names no role', () => {
    expect(isNoticeLine('Port Alba, a fishing town of 9,000 people, is the last stop on the line.')).toBe(false)
    expect(isNoticeLine('Mara Quill (@mquill) is right about the ferry timetable.')).toBe(false)
  })
})

describe('isNoticeLine: a credit after a dash', () => {
  // Invented lines, written for these tests.
  it('reads a dash and a credit as a notice line, and a line of dialogue after a dash as none', () => {
    expect(isNoticeLine('— With assistance by Mara Quill')).toBe(true)
    expect(isNoticeLine('-- Harbour Wire')).toBe(true)
    expect(isNoticeLine('— Were you scared? I asked her.')).toBe(false)
    expect(isNoticeLine('— Now it is my whole life.')).toBe(false)
  })
  it('reads no notice in a long sentence about a report', () => {
    expect(isNoticeLine('This report was published by the health agency on Tuesday and found that waiting lists grew in every region.')).toBe(false)
  })
  it('reads a dash glued to an agency’s name, and an editor’s credit, as notice lines, but not a reply after a glued dash', () => {
    expect(isNoticeLine('-AFP')).toBe(true)
    expect(isNoticeLine('—Harbour Wire')).toBe(true)
    expect(isNoticeLine('Edited by Mara Quill')).toBe(true)
    expect(isNoticeLine('—Never.')).toBe(false)
  })
  it('keeps an interview set as dialogue after dashes at an article’s end in its paragraphs', () => {
    const article = parseArticle('The ferrywoman\n\nFor forty years Ilse Marr has run the ferry.\n\n— Were you scared? I asked her.\n\n— Never. The river was my friend.\n')
    expect(article.notice).toBeNull()
    expect(article.paragraphs).toHaveLength(3)
  })
})

describe('isNoticeLine: corrections and standards lines', () => {
  // Invented lines, written for these tests.
  it('reads an unlabelled correction and an agency’s standards line as notice lines', () => {
    expect(isNoticeLine('An earlier version of this story gave the wrong date for the harbour vote.')).toBe(true)
    expect(isNoticeLine('Our Standards: The Harbour Wire Trust Principles.')).toBe(true)
  })
  it('reads no notice in prose about a version or a principle', () => {
    expect(isNoticeLine('The earlier plan set out three principles for the harbour trust.')).toBe(false)
  })
})

describe('isNoticeLine: a prompt’s words in prose', () => {
  // Invented lines, written for these tests.
  it('reads a prompt’s phrase opening the line or one of its sentences as a notice line', () => {
    expect(isNoticeLine('Sign up for the Harbour Wire’s morning briefing.')).toBe(true)
    expect(isNoticeLine('Enjoyed this story? Please subscribe to the Evening Courier to read more local news every day.')).toBe(true)
    expect(isNoticeLine('2026 Harbour Wire Media. All rights reserved.')).toBe(true)
  })
  it('reads one in a line too short for a story’s sentence as a notice line', () => {
    expect(isNoticeLine('Get our weekly newsletter')).toBe(true)
  })
  it('reads none in a story’s sentence that uses the words', () => {
    expect(isNoticeLine('Residents of the lower town say they will subscribe to a repair fund, and the parish newsletter has printed a petition.')).toBe(false)
    expect(isNoticeLine('Her first novel, originally published in 1988 by a small press, sold fewer than 500 copies.')).toBe(false)
    expect(isNoticeLine('The ferry company said all rights reserved by the old owners had lapsed when the harbour was sold.')).toBe(false)
  })
  it('reads no bullet as a notice line by its bullet alone', () => {
    expect(isNoticeLine('• The ferry fare stays at £4 for residents')).toBe(false)
  })
})

describe('isNoticeLine: lines about the piece itself', () => {
  // Invented lines, written for these tests.
  it('reads a first-published, republished or edited line as a notice line', () => {
    expect(isNoticeLine('This report by the Harbour Wire was first published March 5, 2026.')).toBe(true)
    expect(isNoticeLine('This article is republished from the Harbour Review under a Creative Commons license.')).toBe(true)
    expect(isNoticeLine('This interview has been edited for length and clarity.')).toBe(true)
    expect(isNoticeLine('A version of this article appears in print on page 4 of the Sunday edition.')).toBe(true)
    expect(isNoticeLine('(With inputs from agencies)')).toBe(true)
  })
  it('reads a reporter’s beat as a notice line, and prose about what a plan covers as none', () => {
    expect(isNoticeLine('Mara Quill covers the courts for The Evening Courier.')).toBe(true)
    expect(isNoticeLine('Harbour Care Plus covers dental work for children.')).toBe(false)
  })
  it('reads no notice in a story’s sentence about a story', () => {
    expect(isNoticeLine('This story begins in a fishing village in 1952.')).toBe(false)
  })
})

describe('the notice above what a page sets after it', () => {
  // Invented layouts, written for these tests.
  const story = 'Ferry fares to rise\n\nFares on the island ferry will rise in April, the operator said.\n\nPassengers said the rise would hurt families.\n\n© 2026 The Harbour Courier. All rights reserved.\n\n'
  it('reads the notice above a related list and its heading', () => {
    const article = parseArticle(`${story}Most Read\n\nMan charged over fire at harbour shop\n\nSchool choir wins national award\n`)
    expect(article.notice?.text).toBe('© 2026 The Harbour Courier. All rights reserved.')
    expect(article.relatedLinks.map((link) => link.title)).toEqual(['Man charged over fire at harbour shop', 'School choir wins national award'])
  })
  it('reads the notice above a run of topic tags, which stay labels', () => {
    const article = parseArticle(`${story}Topics\n\nTransport\n\nFerries\n`)
    expect(article.notice?.text).toBe('© 2026 The Harbour Courier. All rights reserved.')
    expect(article.paragraphs).toHaveLength(2)
    expect(article.other.map(({kind}) => kind)).toEqual(['label', 'label', 'label'])
  })
  it('reads no notice above a last paragraph that ends like a sentence', () => {
    const article = parseArticle(`${story}It was not.\n`)
    expect(article.notice).toBeNull()
  })
})

describe('a related list whose cards carry their times', () => {
  // An invented layout, written for this test.
  const article = parseArticle(
    'Ferry fares to rise\n\nPublished March 3, 2026\n\nFares on the island ferry will rise in April, the operator said.\n\nPassengers said the rise would hurt families.\n\nRelated Stories\n\nTeachers protest over delayed salaries\n\n2 hours ago\n\nExam results to be declared next week\n\n5 hours ago\n'
  )
  it('reads every headline of the list as a related link, each with its card’s time', () => {
    expect(article.relatedLinks.map((link) => [link.title, link.position.start.line, link.position.end.line])).toEqual([
      ['Teachers protest over delayed salaries', 11, 13],
      ['Exam results to be declared next week', 15, 17]
    ])
  })
  it('takes the article’s date, not a card’s', () => {
    expect(article.published?.text).toBe('Published March 3, 2026')
    expect(article.paragraphs).toHaveLength(2)
  })
})

describe('bylines with the agency after the names and no mark between, and an agency alone', () => {
  // Invented bylines, written for these tests.
  const byline = (line: string): {text: string; authors: readonly string[]} | null => {
    const found = parseArticle(`Premier pledges a new hospital\n\n${line}\n\nThe premier promised on Tuesday to build a new hospital in the north.\n`).byline
    return found && {text: found.text, authors: found.authors}
  }
  it('reads the names before an agency, a broadcaster’s newsroom or a post written straight after them', () => {
    expect(byline('By Sam Ferris Global News')?.authors).toEqual(['Sam Ferris'])
    expect(byline('By MARIA DELACROIX and TOMAS REYNE Associated Press')?.authors).toEqual(['MARIA DELACROIX', 'TOMAS REYNE'])
    expect(byline('By Rhea Mistry Contributing Columnist')?.authors).toEqual(['Rhea Mistry'])
  })
  it('reads an agency of two words or more alone under the title as the byline, naming no one', () => {
    expect(byline('The Canadian Press')).toEqual({text: 'The Canadian Press', authors: []})
  })
})

describe('a byline whose parts a middle dot sets apart', () => {
  // An invented layout, written for this test.
  it('reads `Name · Newsroom ·` as a byline naming the person', () => {
    const article = parseArticle('Province caps rent increases\n\nLena Okafor · CBC News ·\n\nThe province will cap rent increases at 2.5 per cent next year.\n')
    expect(article.byline?.authors).toEqual(['Lena Okafor'])
    expect(article.paragraphs).toHaveLength(1)
  })
})

describe('isNoticeLine: syndication lines', () => {
  // Invented lines, written for these tests.
  it('reads a feed’s disclaimer and an `Originally published as` line as notice lines', () => {
    expect(isNoticeLine('(This story has not been edited by our staff and is auto-generated from a syndicated feed.)')).toBe(true)
    expect(isNoticeLine('Originally published as Harbour wall plan approved')).toBe(true)
  })
})

describe('a byline with no label beside the date', () => {
  // Invented layouts, written for these tests.
  const article = (line: string): Article =>
    parseArticle(`Drought declared across three southern counties\n\n${line}\n\nSat 3 Aug 2026 09.00 BST\n\nThe water authority declared a drought on Monday.\n`)
  it('reads a line of names right above the date as the byline', () => {
    expect(article('Ollie Brandt').byline?.authors).toEqual(['Ollie Brandt'])
    expect(article('Ollie Brandt and Jenna Pike').byline?.authors).toEqual(['Ollie Brandt', 'Jenna Pike'])
    expect(article('Ollie Brandt - Political Editor').byline?.authors).toEqual(['Ollie Brandt'])
  })
  it('leaves a short sentence there to the body', () => {
    expect(article('It was not.').byline).toBeNull()
    expect(article('It was not.').paragraphs).toHaveLength(2)
  })
})

describe('a paywall’s trailer and a sign-up box’s consent line', () => {
  // Invented lines, written for these tests.
  it('reads a paywall’s trailer at the end as the notice', () => {
    const article = parseArticle(
      'Harbour wall plan approved\n\nThe council approved the harbour wall plan on Tuesday.\n\nThis article is for subscribers only.\n\nSubscribe to continue reading\n\nAlready a subscriber? Log in\n\nUnlock unlimited access for just £1 a week. Cancel anytime.\n'
    )
    expect(article.notice?.position.start.line).toBe(5)
    expect(article.paragraphs).toHaveLength(1)
  })
  it('reads a sign-up box’s consent line as a notice line', () => {
    expect(isNoticeLine('By signing up you agree to our Terms of Use and Privacy Policy.')).toBe(true)
  })
})
