/**
 * Labels that open a byline (lower case): `By Jane Doe`, `Author: Jane Doe`.
 * Longest first, so `written by` is taken whole before `by` could be.
 */
export const BYLINE_LABELS: readonly string[] = [
  'written by', 'words by', 'posted by', 'story by', 'reported by', 'reporting by', 'author', 'authors', 'reporter', 'by', 'from'
]

/**
 * Desks and staff that sign a story with no person's name (`By Staff
 * Reporter`, `Jane Doe, Staff Writer`), lower case. A byline segment that is
 * one of these, or an agency (`./agencies.ts`), is no author.
 */
export const BYLINE_DESKS: ReadonlySet<string> = new Set([
  'staff', 'staff reporter', 'staff writer', 'staff and agencies', 'agencies', 'news wires', 'wires', 'wire services',
  'news desk', 'the newsroom', 'newsroom', 'editorial board', 'the editorial board', 'editors',
  // Desks of South Asian and African dailies, which sign with no name (`Our Correspondent`, `Web Desk`)
  'our correspondent', 'our staff reporter', 'staff correspondent', 'special correspondent', 'our special correspondent',
  'from our correspondent', 'web desk', 'online desk', 'news report', 'bureau report', 'monitoring desk'
])

/**
 * Nouns of a journalist's post, singular, lower case: the last word of
 * `Political Correspondent` or `Senior Health Editor` after a byline's name.
 */
export const JOURNALIST_POST_NOUNS: ReadonlySet<string> = new Set([
  'correspondent', 'editor', 'reporter', 'writer', 'columnist', 'journalist', 'producer', 'contributor'
])

/**
 * Words that make a byline segment a role or a desk rather than a name
 * (`Political Correspondents`, `Reuters Staff`, `Washington Bureau`), lower case.
 */
export const BYLINE_DESK_WORDS: ReadonlySet<string> = new Set([
  'correspondent', 'correspondents', 'editor', 'editors', 'reporter', 'reporters', 'writer', 'writers', 'columnist',
  'analyst', 'producer', 'contributor', 'contributors', 'journalist', 'staff', 'bureau', 'desk', 'team', 'chief',
  'news', 'press', 'media', 'wire', 'wires', 'agencies', 'newsroom', 'board', 'service', 'services', 'times', 'post',
  'daily', 'weekly', 'magazine', 'online', 'network', 'radio', 'television', 'tv', 'herald', 'tribune', 'journal',
  'gazette', 'guardian', 'telegraph', 'observer', 'base', 'report', 'the', 'in', 'for', 'of', 'at', 'with'
])

/**
 * Words that end the names of a byline and start what follows them: the place
 * (`By Jane Doe in Nairobi`), the paper (`for the Daily Planet`), the date
 * (`Posted by Jane Doe on 3 January`), lower case.
 */
export const BYLINE_TAIL_WORDS: ReadonlySet<string> = new Set(['in', 'for', 'on', 'at', 'from', 'via', 'with'])

