import type {Byline, Caption, Dateline, Notice, Other, Paragraph, Published, RelatedLink, Title} from '../schema.js'
import {spanLines, type Line} from '../text/scan-lines.js'
import {takeMetadata} from './metadata.js'
import type {Role} from './roles.js'

/** The parts of an article that come straight from its lines. */
export interface Sections {
  title: Title | null
  byline: Byline | null
  published: Published | null
  dateline: Dateline | null
  captions: Caption[]
  paragraphs: Paragraph[]
  relatedLinks: RelatedLink[]
  notice: Notice | null
  other: Other[]
}

/**
 * Turn the role of every non-blank line into the article's parts, each with
 * its position in the input; the byline, timestamp and dateline lines then
 * give the byline, publication date and dateline (`takeMetadata`).
 *
 * @param lines The non-blank lines.
 * @param roles One role per line, from `assignRoles`.
 * @returns The sections.
 */
export function buildSections(lines: readonly Line[], roles: readonly Role[]): Sections {
  const sections: Sections = {title: null, byline: null, published: null, dateline: null, captions: [], paragraphs: [], relatedLinks: [], notice: null, other: []}
  for (const [index, line] of lines.entries()) {
    const role = roles[index]
    if (!role) continue
    switch (role.part) {
      case 'title': {
        sections.title = {text: line.text, position: line.position}
        break
      }
      case 'caption': {
        sections.captions.push({
          text: role.text,
          credit: role.credit,
          position: spanLines(line, lines[role.through] ?? line),
          duplicates: role.duplicates.flatMap((repeat) => {
            const copy = lines[repeat]
            return copy ? [copy.position] : []
          })
        })
        break
      }
      case 'paragraph': {
        sections.paragraphs.push({text: role.text ?? line.text, position: line.position})
        break
      }
      case 'related': {
        sections.relatedLinks.push({title: role.title, url: role.url, position: spanLines(line, lines[role.through] ?? line)})
        break
      }
      case 'notice': {
        const covered = lines.slice(index, role.through + 1)
        sections.notice = {
          text: covered.map((each) => each.text).join('\n'),
          position: spanLines(line, lines[role.through] ?? line)
        }
        break
      }
      case 'other': {
        sections.other.push({kind: role.kind, text: line.text, position: line.position})
        break
      }
      case 'covered': {
        break
      }
    }
  }
  const metadata = takeMetadata(sections.other, sections.paragraphs)
  sections.byline = metadata.byline
  sections.published = metadata.published
  sections.dateline = metadata.dateline
  sections.other = metadata.other
  return sections
}
