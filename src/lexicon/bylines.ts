/**
 * Labels that open a byline (lower case): `By Jane Doe`, `Author: Jane Doe`.
 * Longest first, so `written by` is taken whole before `by` could be.
 */
export const BYLINE_LABELS: readonly string[] = [
  'written by', 'words by', 'posted by', 'story by', 'reported by', 'reporting by', 'author', 'authors', 'reporter', 'by'
]

/**
 * News agencies, wires and desks that sign a story with no person's name
 * (`By Associated Press`, `Reuters Staff`), lower case. A byline segment that
 * is one of these, or ends with one, is an affiliation, not an author.
 */
export const BYLINE_AGENCIES: ReadonlySet<string> = new Set([
  'associated press', 'the associated press', 'ap', 'reuters', 'thomson reuters', 'afp', 'agence france-presse',
  'agence france presse', 'bloomberg', 'bloomberg news', 'pa', 'pa media', 'press association', 'the press association',
  'dpa', 'efe', 'ansa', 'kyodo', 'kyodo news', 'yonhap', 'xinhua', 'tass', 'upi', 'united press international',
  'aap', 'australian associated press', 'canadian press', 'the canadian press', 'cnn', 'bbc', 'bbc news',
  'cnn wire', 'news wires', 'wires', 'wire services', 'agencies', 'staff', 'staff reporter', 'staff writer',
  'staff and agencies', 'news desk', 'the newsroom', 'newsroom', 'editorial board', 'the editorial board', 'editors'
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

/**
 * Capitalised words that open a first paragraph before a dash the way a place
 * does (`BREAKING —`), but are a label, not where the story was filed. Upper case.
 */
export const DATELINE_NON_PLACES: ReadonlySet<string> = new Set([
  'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'UPDATE', 'UPDATED', 'ANALYSIS', 'OPINION', 'COMMENT', 'EDITORIAL',
  'WATCH', 'LIVE', 'CORRECTION', 'CLARIFICATION', 'NEW', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'FACT CHECK', 'CLAIM', 'SPOILER ALERT'
])
