/**
 * Words that may stand between a speaker and a speech verb without being
 * either (`he later said`, `she has repeatedly insisted`).
 */
export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will',
  'could', 'should', 'might', 'may', 'must', 'can', 'reportedly', 'previously', 'earlier',
  'again', 'recently', 'once', 'further', 'simply', 'flatly', 'bluntly', 'publicly', 'privately',
  'repeatedly', 'quickly', 'immediately', 'never', 'often', 'first', 'last', 'not', 'did', 'does',
  'do', 'been', 'just', 'still', 'even', 'already', 'subsequently', 'angrily', 'calmly', 'softly',
  'proudly', 'bitterly', 'famously', 'memorably', 'initially', 'finally', 'ultimately', 'allegedly',
  'apparently', 'separately', 'similarly', 'jokingly', 'tearfully', 'candidly',
  'frankly', 'openly', 'loudly', 'defiantly', 'confidently', 'sarcastically', 'emphatically',
  'optimistically', 'cautiously', 'succinctly', 'briefly', 'directly', 'explicitly', 'specifically',
  'herself', 'himself', 'themselves', 'itself', 'only', 'too', 'yet', 'now', 'today', 'yesterday',
  'tonight', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'
])

/** Determiners that open a noun phrase naming a speaker (`a spokesman`, `the memo`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my',
  'one', 'another', 'two', 'three', 'several', 'some', 'many', 'other', 'both', 'each', 'senior',
  'top', 'former'
])

/** Conjunctions after which a verb shares the subject of the clause before (`It said … and added`). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'before', 'after', 'while'])

/** Lower-case words allowed inside a name (`Ursula von der Leyen`, `Mohammed bin Salman`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn',
  'al', 'el', 'dos', 'das', 'y', 'ter', 'ten', 'op', 'ó', 'ní', 'nic', 'uí', 'binti', 'bint'
])

/** Capitalised words that open a sentence without naming anyone. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'during', 'amid', 'meanwhile', 'however',
  'but', 'and', 'or', 'so', 'yet', 'when', 'while', 'if', 'as', 'for', 'from', 'with', 'without',
  'by', 'to', 'of', 'over', 'under', 'since', 'until', 'although', 'though', 'because', 'despite',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which',
  'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'last', 'next', 'earlier', 'later',
  'now', 'then', 'today', 'yesterday', 'still', 'also', 'instead', 'indeed', 'asked', 'speaking',
  'according', 'writing', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'both', 'each',
  'every', 'any', 'one', 'two', 'another', 'other', 'such', 'more', 'less', 'only', 'even',
  'just', 'once', 'first', 'second', 'third', 'finally', 'overall', 'separately', 'similarly',
  'elsewhere', 'already', 'thus', 'hence', 'otherwise', 'unlike', 'like', 'among', 'between',
  'about', 'above', 'across', 'against', 'along', 'around', 'behind', 'below', 'beside', 'beyond',
  'inside', 'into', 'near', 'outside', 'through', 'toward', 'towards', 'upon', 'within', 'whether',
  'says', 'said', 'following', 'per',
  // Sentence adverbs and counts, capitalised only where they open a sentence or a headline (`Maybe Vale …`,
  // `Six Vale supporters …`), never the first word of a name.
  'maybe', 'perhaps', 'probably', 'possibly', 'clearly', 'surely', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'dozens', 'hundreds', 'thousands', 'millions', 'several', 'few', 'top',
  // Pronouns of someone unnamed, and verbs that open a question (`Were they …?`), never a name.
  'someone', 'somebody', 'others', 'were', 'was', 'are', 'did', 'does', 'had', 'has', 'have', 'would', 'could', 'should', 'is', 'do', 'can'
])

/**
 * Lower-case words that never head a noun phrase, so a description cannot end
 * with them (`the one who said`, `that said`).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'who', 'whom', 'which', 'what', 'whose',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'if', 'than', 'then', 'because', 'while', 'when',
  'where', 'after', 'before', 'since', 'until', 'though', 'although', 'of', 'in', 'on', 'at', 'to',
  'for', 'from', 'with', 'by', 'about', 'into', 'over', 'under', 'it', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'we', 'you', 'i', 'he', 'she', 'they',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'not', 'no', 'also', 'only', 'just', 'still', 'even', 'very', 'too', 'all', 'some', 'any',
  'each', 'every', 'both', 'other', 'another', 'such', 'more', 'most', 'much', 'many', 'few',
  'there', 'here', 'now', 'later', 'again', 'once', 'ever', 'never', 'always', 'often', 'well'
])

/** Days and months: capitalised, but never part of a person's name (`on Tuesday Jane Doe said`). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])
