/** Gender a word hints at: masculine, feminine, or none. */
export type Gender = 'm' | 'f' | null

/**
 * Honorifics and titles written before a name (`Mr Esper`, `Gen Mark Milley`,
 * `Sen. Ruiz`), lower case without a full stop, with the gender each hints at.
 */
export const HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'm'], ['mister', 'm'], ['sir', 'm'], ['lord', 'm'], ['king', 'm'], ['prince', 'm'],
  ['father', 'm'], ['brother', 'm'], ['rabbi', null], ['imam', 'm'], ['sheikh', 'm'],
  ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['madam', 'f'], ['mdm', 'f'], ['dame', 'f'], ['lady', 'f'],
  ['queen', 'f'], ['princess', 'f'], ['sister', 'f'], ['mother', 'f'], ['baroness', 'f'],
  ['dr', null], ['prof', null], ['professor', null], ['rev', null], ['reverend', null],
  ['gen', null], ['general', null], ['brig', null], ['brigadier', null], ['col', null],
  ['colonel', null], ['lt', null], ['lieutenant', null], ['maj', null], ['major', null],
  ['capt', null], ['captain', null], ['sgt', null], ['sergeant', null], ['cpl', null],
  ['corporal', null], ['pte', null], ['private', null], ['adm', null], ['admiral', null], ['cmdr', null],
  ['commander', null], ['marshal', null], ['officer', null], ['detective', null], ['inspector', null], ['chief', null],
  ['supt', null], ['superintendent', null], ['constable', null], ['pc', null], ['det', null],
  ['sen', null], ['senator', null], ['rep', null], ['representative', null], ['congressman', 'm'],
  ['congresswoman', 'f'], ['gov', null], ['governor', null], ['president', null], ['pres', null],
  ['vice', null], ['premier', null], ['pm', null], ['minister', null], ['secretary', null], ['chancellor', null],
  ['mayor', null], ['judge', null], ['justice', null], ['ambassador', null], ['speaker', null],
  ['leader', null], ['chairman', 'm'], ['chairwoman', 'f'], ['commissioner', null], ['director', null],
  ['attorney', null], ['councillor', null], ['councilman', 'm'], ['councilwoman', 'f'], ['cllr', null],
  ['bishop', null], ['archbishop', null], ['cardinal', null], ['pope', 'm'], ['saint', null],
  ['st', null], ['coach', null], ['spokesman', 'm'], ['spokeswoman', 'f'], ['spokesperson', null],
  ['state', null], ['deputy', null], ['assistant', null], ['acting', null], ['former', null],
  ['first', null], ['foreign', null], ['prime', null], ['defence', null], ['defense', null],
  ['home', null], ['health', null], ['us', null], ['u.s', null], ['uk', null], ['gop', null],
  ['democrat', null], ['democratic', null], ['republican', null], ['labour', null], ['tory', null],
  ['conservative', null], ['liberal', null], ['candidate', null], ['nominee', null], ['mp', null],
  // Police and parliamentary titles as Canadian, British and Australian news abbreviate them (`Cst.`, `Coun.`, `MPP`, `Cr`).
  ['insp', null], ['const', null], ['cst', null], ['coun', null], ['cr', null], ['ald', null],
  ['mpp', null], ['mla', null], ['mna', null], ['msp', null],
  ['host', null], ['anchor', null], ['presenter', null], ['moderator', null],
  // "False titles": an occupation written before a name (`Fisherman Priya Haddad`, `grower Peter Hollis`).
  ['fisherman', null], ['farmer', null], ['grower', null], ['student', null], ['teacher', null],
  ['resident', null], ['activist', null], ['economist', null], ['analyst', null], ['strategist', null],
  ['pollster', null], ['historian', null], ['businessman', 'm'], ['businesswoman', 'f'],
  ['actor', null], ['actress', 'f'], ['singer', null], ['rapper', null], ['comedian', null],
  ['author', null], ['novelist', null], ['lawyer', null], ['nurse', null], ['pastor', null],
  ['priest', 'm'], ['veteran', null], ['teenager', null], ['eyewitness', null], ['neighbour', null],
  ['neighbor', null], ['shopkeeper', null], ['billionaire', null], ['entrepreneur', null],
  ['engineer', null], ['architect', null], ['scientist', null], ['researcher', null], ['physician', null],
  ['surgeon', null], ['firefighter', null], ['driver', null], ['chef', null],
  ['harbourmaster', null], ['harbormaster', null], ['skipper', null], ['photographer', null], ['filmmaker', null], ['producer', null],
  // Officers and posts written before a name (`CEO Dana Whitfield`, `Assemblyman Tom Varga`, `County Sheriff Ed Gomez`).
  ['ceo', null], ['cfo', null], ['coo', null], ['cto', null], ['executive', null], ['founder', null], ['owner', null],
  ['manager', null], ['chairperson', null], ['treasurer', null], ['comptroller', null], ['auditor', null], ['clerk', null],
  ['trustee', null], ['delegate', null], ['lawmaker', null], ['legislator', null], ['sheriff', null],
  ['assemblyman', 'm'], ['assemblywoman', 'f'], ['assemblymember', null], ['alderman', 'm'], ['alderwoman', 'f'],
  ['reporter', null], ['journalist', null], ['correspondent', null], ['columnist', null], ['editor', null],
  ['writer', null], ['blogger', null], ['youtuber', null], ['artist', null], ['musician', null], ['designer', null],
  // Titles of other English-speaking countries (`Taoiseach X`, `Alhaji X`, `Datuk X`, `Hon. X`, `Shri X`).
  ['taoiseach', null], ['tánaiste', null], ['td', null], ['alhaji', 'm'], ['alhaja', 'f'], ['hajia', 'f'], ['datuk', null],
  ['dato', null], ['datin', 'f'], ['puan', 'f'], ['encik', 'm'], ['shri', 'm'], ['smt', 'f'], ['hon', null], ['comrade', null],
  ['magistrate', null], ['advocate', null],
  // Positions and walks of life written before a name (`Striker Jalen Moraa`, `Pensioner Mae Gill`).
  ['striker', null], ['goalkeeper', null], ['keeper', null], ['midfielder', null], ['defender', null], ['winger', null],
  ['quarterback', null], ['linebacker', null], ['pitcher', null], ['shortstop', null], ['batsman', null], ['bowler', null],
  ['jockey', null], ['golfer', null], ['boxer', null], ['cyclist', null], ['swimmer', null], ['sprinter', null],
  ['pensioner', null], ['retiree', null], ['homeowner', null], ['shopper', null], ['hawker', null], ['trader', null],
  ['vendor', null], ['commuter', null], ['motorist', null], ['landlord', null], ['tenant', null], ['campaigner', null],
  ['organiser', null], ['organizer', null], ['headteacher', null], ['barrister', null], ['solicitor', null], ['coroner', null]
])

/**
 * Members of parliaments, written as their initials (`a Tory MP`, `two
 * MEPs`): they head a description of someone, as a lower-case noun does,
 * never a name. Role nouns too.
 */
export const MEMBER_INITIALS: ReadonlySet<string> = new Set(['mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas'])

/**
 * Nouns that name a role rather than a person, used to tell a person's title
 * (`a Pentagon spokesperson`, `the chairman of …`) from a name, and to take a
 * description as the speaker when no name is given (`a spokesman said`).
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'source',
  'sources', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'analysts',
  'expert', 'experts', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'secretary', 'minister',
  'president', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'leader', 'leaders',
  'senator', 'governor', 'mayor', 'candidate', 'nominee', 'representative', 'officer', 'officers',
  'police', 'witness', 'witnesses', 'resident', 'residents', 'researcher', 'researchers',
  'professor', 'economist', 'economists', 'strategist', 'strategists', 'member', 'members',
  'statement', 'report', 'letter', 'memo', 'document', 'agency', 'ministry', 'department',
  'campaign', 'company', 'government', 'administration', 'committee', 'court', 'judge', 'prosecutor',
  'prosecutors', 'investigators', 'diplomat', 'diplomats', 'critic', 'critics', 'supporter',
  'supporters', 'voter', 'voters', 'person', 'people', 'man', 'woman', 'friend', 'neighbour',
  'neighbor', 'mother', 'father', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband',
  'manager', 'executive', 'founder', 'ceo', 'host', 'author', 'writer', 'editor', 'columnist',
  'activist', 'activists', 'organizer', 'organiser', 'doctor', 'doctors', 'scientist', 'scientists',
  'commander', 'general', 'ambassador', 'envoy', 'pentagon', 'white', 'house', 'military', 'army',
  'spokesmen', 'insider', 'insiders', 'observer', 'observers', 'memorandum', 'missive', 'note',
  'email', 'tweet', 'post', 'filing', 'lawsuit', 'complaint', 'ruling', 'order', 'study', 'survey',
  'poll', 'bill', 'draft', 'message', 'release', 'group', 'groups', 'organization', 'organizations',
  'organisation', 'organisations', 'union', 'unions', 'protesters', 'protestors', 'demonstrators',
  'students', 'parents', 'teachers', 'lawmakers', 'legislators', 'senators', 'congressmen',
  'delegates', 'workers', 'employees', 'staff', 'staffers', 'troops', 'authorities',
  'soldiers', 'veterans', 'families', 'family', 'counsel', 'announcer',
  'narrator', 'ad', 'video', 'clip', 'article', 'piece', 'editorial', 'column', 'book', 'website',
  'site', 'platform', 'commission', 'council', 'board', 'panel', 'party', 'team', 'firm', 'bank',
  'newspaper', 'network', 'magazine', 'questioner', 'moderator', 'interviewer', 'reporter',
  'reporters', 'journalist', 'journalists', 'widow', 'victim', 'victims', 'survivor', 'survivors',
  'coach', 'captain', 'player', 'players', 'owner', 'owners', 'lady', 'congressman', 'congresswoman', 'pastor', 'priest',
  'office', 'camp', 'allies',
  'ally', 'speechwriter', 'speechwriters', 'staffer', 'donor', 'donors', 'operative', 'operatives', 'pollster', 'pollsters',
  'consultant', 'consultants', 'lobbyist', 'lobbyists', 'surrogate', 'surrogates', 'commentator', 'commentators',
  'historian', 'historians', 'correspondent', 'contributor', 'volunteer', 'volunteers', 'negotiator', 'negotiators',
  'hopeful', 'hopefuls', 'front-runner', 'frontrunner', 'challenger', 'contender',
  // The people around a person, who speak for or of them (`Mr Hale's solicitor said`, `her cousin said`)
  'solicitor', 'solicitors', 'barrister', 'barristers', 'carer', 'carers', 'teammate', 'teammates', 'agent', 'partner',
  'colleague', 'colleagues', 'boss', 'publicist', 'nurse', 'nurses', 'physician', 'coroner', 'magistrate', 'teacher',
  'headteacher', 'landlord', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother',
  'grandfather', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'mum', 'dad', 'stepfather', 'stepmother', 'relative', 'relatives',
  'opponent', 'opponents', 'rival', 'rivals', 'successor', 'predecessor', 'co-star', 'ex-wife', 'ex-husband', 'bodyguard',
  'biographer', 'mentor', 'assistant', 'roommate', 'classmate',
  ...MEMBER_INITIALS
])

/**
 * Nouns for documents that can "say" things (`the memo continued`). All mentions
 * of documents in one article are taken as one speaker: the first one named.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'letter', 'memo', 'memorandum', 'missive', 'document', 'note', 'report', 'statement',
  'email', 'filing', 'lawsuit', 'complaint', 'ruling', 'order', 'draft', 'message', 'release',
  'notice', 'study', 'survey', 'tweet', 'post', 'indictment', 'affidavit', 'review', 'audit',
  'analysis', 'transcript', 'guidance', 'bylaws', 'charter', 'website', 'ad', 'article', 'editorial'
])

/** Places on a team that sports news names a player by (`the striker`, `Striker Jo Lee`). */
export const PLAYING_POSITIONS: ReadonlySet<string> = new Set([
  'striker', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'full-back', 'centre-back', 'center-back', 'playmaker',
  'batsman', 'batter', 'bowler', 'quarterback', 'pitcher', 'fly-half', 'scrum-half', 'flanker'
])

/**
 * Posts and occupations one person holds, as an apposition gives them
 * (`Jane Doe, the county's chief engineer`; `the museum's director, Jane
 * Doe`), so that `the engineer said` later names her. No crowds (`voters`),
 * kin (`mother`) or bodies: only what `the <post>` means one person by.
 */
export const POST_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'analyst', 'lawyer',
  'attorney', 'secretary', 'minister', 'president', 'chairman', 'chairwoman', 'chair', 'director',
  'chief', 'leader', 'senator', 'governor', 'mayor', 'candidate', 'nominee', 'representative',
  'congressman', 'congresswoman', 'lawmaker', 'councillor', 'councilman', 'councilwoman', 'sheriff',
  'researcher', 'professor', 'economist', 'strategist', 'pollster', 'judge', 'prosecutor', 'diplomat',
  'ambassador', 'envoy', 'commissioner', 'chancellor', 'premier', 'treasurer', 'superintendent',
  'principal', 'dean', 'manager', 'executive', 'founder', 'ceo', 'owner', 'host', 'author', 'writer',
  'editor', 'columnist', 'correspondent', 'anchor', 'producer', 'curator', 'historian', 'engineer',
  'scientist', 'doctor', 'surgeon', 'commander', 'general', 'coach', 'captain', 'pastor', 'bishop',
  'archbishop', 'cardinal', 'pope', 'priest', 'rabbi', 'imam', 'inspector', 'detective', 'investigator', 'organizer', 'organiser',
  'justice', 'constable', 'pm', 'cm', 'skipper', 'speaker', 'taoiseach', 'tánaiste', 'magistrate', 'boss',
  // Sports news writes a player's place on the team before the name as a post (`Striker Jo Lee`)
  ...PLAYING_POSITIONS
])

/**
 * What news calls a public figure by in place of the name, after `the`, as it
 * does by a post (`the actor said`, `the veteran broadcaster told reporters`):
 * callings, not posts, held by many at once, so never filed under a name; kin,
 * crowds and those who speak for others are not here.
 */
export const EPITHET_NOUNS: ReadonlySet<string> = new Set([
  'actor', 'actress', 'singer', 'star', 'journalist', 'broadcaster', 'presenter', 'evangelist', 'preacher', 'officer',
  'rapper', 'comedian', 'musician', 'novelist', 'poet', 'filmmaker', 'businessman', 'businesswoman', 'billionaire',
  'tycoon', 'entrepreneur', 'campaigner', 'activist', 'politician', 'athlete', 'champion', 'designer', 'chef'
])

/**
 * Posts news names by a looser word: a football club's `manager` is its
 * `boss`, a firm's `chief executive` too, a team's `captain` its `skipper`.
 * The loose word with the posts it may stand for, tried in order when no one
 * is filed under the word the text uses; never the other way (`the chief
 * executive` is no one filed only as a club's `boss`).
 */
export const POST_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['boss', ['manager', 'chief executive', 'head coach', 'coach']],
  ['skipper', ['captain']]
])

/**
 * Parties and sides written before a name (`Republican Jane Doe`) or a post
 * (`the Labour leader`): no post of their own, and no one else's.
 */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['republican', 'democrat', 'democratic', 'gop', 'labour', 'tory', 'conservative', 'liberal', 'independent', 'green', 'socialist'])

/** Abbreviated titles and the post each stands for (`Sen. Jane Doe` is `the senator`). */
export const POST_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['pres', 'president'], ['gen', 'general'],
  ['supt', 'superintendent'], ['atty', 'attorney'], ['insp', 'inspector'], ['det', 'detective'], ['const', 'constable'],
  ['cst', 'constable'], ['pc', 'constable'], ['cllr', 'councillor'], ['coun', 'councillor'], ['cr', 'councillor']
])

/**
 * The nouns a body's last word makes it (`Acme Corp` is a company, `Skyhop
 * Airways` an airline): `the company said`, `the airline said` stand for it.
 * Lower case, without a final stop (`Inc.` → `inc`).
 */
export const BODY_HEAD_KINDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'incorporated', 'limited', 'holdings', 'industries', 'foods', 'telecom', 'telecoms', 'technologies', 'brewery', 'group'].map(
    (head): [string, readonly string[]] => [head, ['company', 'firm']]
  ),
  ...['airways', 'airlines'].map((head): [string, readonly string[]] => [head, ['airline', 'carrier']]),
  ['motors', ['company', 'carmaker', 'automaker']],
  ['pharmaceuticals', ['company', 'drugmaker']],
  ['pharma', ['company', 'drugmaker']],
  ['insurance', ['company', 'insurer']],
  // An advocacy body is `the group` and `the organisation` too, as a company is `the firm`.
  ...['association', 'alliance', 'coalition', 'league', 'federation', 'society', 'foundation'].map(
    (head): [string, readonly string[]] => [head, ['group', 'organisation', 'organization']]
  ),
  ['bank', ['bank', 'lender']],
  ['bancorp', ['bank', 'lender']]
])

/**
 * The last words of a body's name (`Justice Department`, `Foreign Ministry`,
 * `University of Fernhill`), lower case: a name ending in one is an
 * institution's, whose first words are no person's titles.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'university', 'college', 'school', 'institute', 'academy', 'center', 'centre', 'foundation', 'fund', 'trust',
  'association', 'society', 'union', 'council', 'committee', 'commission', 'federation', 'confederation', 'coalition',
  'alliance', 'organization', 'organisation', 'chamber', 'patriarchate', 'department', 'ministry', 'agency', 'office',
  'bureau', 'service', 'services', 'administration', 'authority', 'board', 'court', 'congress', 'senate', 'parliament',
  'assembly', 'party', 'campaign', 'group', 'company', 'corporation', 'bank', 'museum', 'library', 'hospital', 'church',
  'productions', 'democrats', 'republicans',
  // A company's or an airline's last word (`Acme Corp`, `Skyhop Airways`): the kinds above.
  ...BODY_HEAD_KINDS.keys()
])

/**
 * Words that mark a capitalised phrase as a place, body, work or event rather
 * than a person (`Fernhill State University`, `Harbour Savings Bank`, `New Holmvik`),
 * lower case. A phrase holding one of them is not taken for an unknown
 * person's name.
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...BODY_HEADS,
  'house', 'corp', 'inc', 'capital', 'partners', 'holdings', 'media', 'news', 'times', 'post', 'journal',
  'press', 'tribune', 'herald', 'daily', 'magazine', 'network', 'radio', 'television', 'tv', 'channel', 'show',
  'street', 'avenue', 'road', 'square', 'park', 'hall', 'tower', 'building', 'hotel', 'airport', 'station',
  'city', 'county', 'state', 'states', 'republic', 'kingdom', 'united', 'national', 'international', 'federal',
  'american', 'democratic', 'republican', 'island', 'islands', 'river', 'lake', 'mountain', 'mount', 'valley',
  'beach', 'bay', 'coast', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'new', 'san', 'los', 'las', 'fort', 'port', 'saint', 'day', 'week', 'act', 'bill', 'law', 'plan', 'program',
  'programme', 'project', 'forum', 'summit', 'conference', 'convention', 'debate', 'award', 'prize', 'war',
  'army', 'navy', 'force', 'forces', 'guard', 'police', 'security', 'intelligence', 'affairs', 'health',
  'care', 'energy', 'power', 'oil', 'coal', 'gas', 'club', 'team', 'league', 'cup', 'games', 'series',
  'festival', 'gallery', 'theatre', 'theater', 'studios', 'records', 'books', 'review', 'report', 'index',
  'poll', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'white', 'black', 'lives', 'matter', 'wall', 'supreme', 'general', 'central', 'global', 'world', 'europe',
  'european', 'africa', 'african', 'asia', 'asian', 'america', 'middle', 'internet', 'online', 'twitter',
  'facebook', 'google', 'apple', 'microsoft', 'amazon', 'operation'
])
