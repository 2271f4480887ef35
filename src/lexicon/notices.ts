/**
 * Phrases that make a line a site notice (commenting policy, newsletter and
 * subscription prompts, copyright and reprint lines, report credits).
 * Matched case-insensitively anywhere in a line.
 */
export const NOTICE_PHRASES: readonly string[] = [
  'article commenting',
  'comments are closed',
  'comments have been closed',
  'commenting has been disabled',
  'comments on this article',
  'engaging place for users',
  'subscribe now',
  'subscribers only',
  'subscriber-only',
  'in your inbox',
  'to your inbox',
  'copyright ©',
  'copyright (c)',
  '© copyright',
  'this material may not be published',
  'may not be published, broadcast',
  'reprints',
  'reprint permission',
  'print edition',
  'contributed to this',
  'contributed reporting',
  'with files from',
  'reporting by',
  'editing by',
  'writing by',
  'additional reporting',
  'follow us on',
  'follow her on',
  'follow him on',
  'like us on facebook',
  'download our app',
  'get the app',
  'click here to',
  'read the rest',
  'read the full story',
  'continue reading',
  'register now',
  'already a subscriber',
  'support our journalism',
  'support independent journalism',
  'get news from',
  'have a news tip',
  'send us a tip',
  'email us at',
  'for more news',
  'originally appeared',
  'this story has been',
  'this article has been',
  'correction:',
  'clarification:',
  'was amended on',
  'an earlier version of this',
  'trust principles',
  'this article was amended',
  'this article was corrected',
  'can be reached at',
  'may be reached at',
  'read more stories',
  'read or share this story',
  'send us a correction',
  'see an error',
  'write an op-ed',
  'guidelines on submissions',
  'posted with permission',
  'reprinted from',
  'reprinted with permission',
  'republished with permission',
  'hat tip',
  'this story was provided by',
  'with assistance by',
  'with assistance from',
  'contributed from',
  'real-time updates',
  'app for more',
  'to read more from',
  'is available without charge',
  'content created by',
  'this is a developing story',
  'this story is developing',
  'breaking news update',
  'check back for updates',
  'sourcing:',
  'with inputs from',
  'republished from',
  'republished under',
  'under a creative commons',
  'receive funding from any company',
  'a version of this article',
  'a version of this story',
  'edited for length',
  'edited for clarity',
  'edited and condensed',
  'condensed and edited',
  'media contact:',
  'for updates on this',
  'for the latest news'
]

/**
 * Phrases of a site's prompts that prose uses too (`subscribe to`, `the views
 * expressed`, `sign up for`, `all rights reserved`): they make a line a notice
 * only where a prompt has them, opening a sentence of the line, or in a line
 * too short for a story's sentence. Matched case-insensitively.
 */
export const PROMPT_PHRASES: readonly string[] = [
  'newsletter',
  'sign up for',
  'sign up to',
  'subscribe to',
  'get the latest',
  'the views expressed',
  'originally published',
  'in the comments',
  'log in to',
  'become a member',
  'join the conversation',
  'community guidelines',
  'all rights reserved'
]

/** Line openings that make a short line a notice on their own: `© 2020 …`. */
export const NOTICE_OPENINGS: readonly string[] = [
  '©',
  '(c) ',
  'copyright ',
  '(sourcing',
  'write to ',
  'research by',
  'additional research',
  'h/t ',
  '(with inputs',
  'media contact'
]

/**
 * Words of an author's biography line at the end of an article
 * (`X is a senior fellow at …`, `X covered the White House for …`).
 */
export const AUTHOR_BIO_ROLES: readonly string[] = [
  'editor',
  'correspondent',
  'reporter',
  'writer',
  'columnist',
  'fellow',
  'author',
  'contributor',
  'journalist',
  'professor',
  'founder',
  'host',
  'analyst'
]
