import type {OtherKind} from '../schema.js'

/** How a renderer shows an `other` line. */
export type OtherDisplay = 'meta' | 'standfirst' | 'crosshead' | 'pull-quote' | 'hidden'

/**
 * The kinds of `other` line a renderer shows, and how: as the article's
 * furniture, as a subheading, as a pull quote. Every other kind (ads, share
 * buttons, widgets, labels) is page chrome, not article, and is left out.
 */
const SHOWN: Partial<Record<OtherKind, OtherDisplay>> = {
  byline: 'meta',
  dateline: 'meta',
  timestamp: 'meta',
  standfirst: 'standfirst',
  crosshead: 'crosshead',
  'pull-quote': 'pull-quote'
}

/**
 * How to show a line of the given kind.
 *
 * @param kind The kind of the `other` line.
 * @returns How to show it; `hidden` for page chrome.
 */
export function otherDisplay(kind: OtherKind): OtherDisplay {
  return SHOWN[kind] ?? 'hidden'
}
