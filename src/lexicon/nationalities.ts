/**
 * Nationality and regional adjectives and language names, lower case. Written
 * before a name they describe it (`Peruvian daily Gestion`, `the French
 * president`), and alone they name no one (`said in Farsi`): never a
 * speaker's name, nor part of one.
 */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set([
  'afghan', 'african', 'albanian', 'algerian', 'american', 'arab', 'arabic', 'argentine', 'argentinian',
  'armenian', 'asian', 'australian', 'austrian', 'azerbaijani', 'bangladeshi', 'belarusian', 'belgian',
  'bengali', 'bolivian', 'bosnian', 'brazilian', 'british', 'bulgarian', 'burmese', 'cambodian',
  'cameroonian', 'canadian', 'cantonese', 'catalan', 'chilean', 'chinese', 'colombian', 'congolese',
  'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorian', 'egyptian', 'emirati',
  'english', 'eritrean', 'estonian', 'ethiopian', 'european', 'farsi', 'filipino', 'finnish', 'french',
  'georgian', 'german', 'ghanaian', 'greek', 'guatemalan', 'haitian', 'hebrew', 'hindi', 'honduran',
  'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian',
  'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kurdish', 'kuwaiti',
  'latin', 'latvian', 'lebanese', 'libyan', 'lithuanian', 'malaysian', 'mandarin', 'maltese', 'mexican',
  'moldovan', 'mongolian', 'moroccan', 'nepalese', 'nigerian', 'nigerien', 'norwegian', 'pakistani',
  'palestinian', 'panamanian', 'pashto', 'persian', 'peruvian', 'polish', 'portuguese', 'qatari',
  'romanian', 'russian', 'rwandan', 'saudi', 'scottish', 'senegalese', 'serbian', 'singaporean',
  'slovak', 'slovenian', 'somali', 'soviet', 'spanish', 'sri', 'sudanese', 'swahili', 'swedish', 'swiss',
  'syrian', 'taiwanese', 'tajik', 'tamil', 'tanzanian', 'thai', 'tibetan', 'tunisian', 'turkish',
  'ugandan', 'ukrainian', 'urdu', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni',
  'zambian', 'zimbabwean',
  // Faiths and peoples, written as nations are (`Muslim leaders said`, `Catholic Bishop Jo Vale`)
  'muslim', 'islamic', 'christian', 'jewish', 'catholic', 'hindu', 'sikh', 'buddhist', 'protestant', 'evangelical',
  'mormon', 'latino', 'latina', 'hispanic'
])

/**
 * Nouns for a person of a nation that its adjective is not (`the Spaniard`,
 * `the Frenchman`), lower case, with the gender the noun tells, if any.
 */
export const DEMONYM_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...['swede', 'spaniard', 'scot', 'briton', 'brit', 'dane', 'finn', 'pole', 'turk', 'kiwi', 'aussie', 'icelander', 'luxembourger', 'argentinian', 'basque'].map(
    (noun): [string, null] => [noun, null]
  ),
  ...['frenchman', 'dutchman', 'welshman', 'englishman', 'irishman', 'scotsman'].map((noun): [string, 'm'] => [noun, 'm']),
  ...['frenchwoman', 'dutchwoman', 'welshwoman', 'englishwoman', 'irishwoman', 'scotswoman'].map((noun): [string, 'f'] => [noun, 'f'])
])
