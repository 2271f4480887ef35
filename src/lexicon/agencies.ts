/**
 * News agencies, wires and broadcasters that sign or file a story
 * (`By Associated Press`, `Jane Doe | Reuters`, `WASHINGTON (AP) —`), lower case.
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'associated press', 'the associated press', 'ap', 'reuters', 'thomson reuters', 'afp', 'agence france-presse',
  'agence france presse', 'bloomberg', 'bloomberg news', 'pa', 'pa media', 'press association', 'the press association',
  'dpa', 'efe', 'ansa', 'kyodo', 'kyodo news', 'yonhap', 'xinhua', 'tass', 'upi', 'united press international',
  'aap', 'australian associated press', 'canadian press', 'the canadian press', 'cnn', 'cnn wire', 'bbc', 'bbc news',
  'pti', 'press trust of india', 'ians', 'ani', 'anadolu', 'anadolu agency', 'cbc', 'cbc news', 'ctv news', 'global news',
  'postmedia news', 'nz herald', 'rnz', 'abc news', 'nbc news', 'cbs news', 'fox news', 'sky news', 'al jazeera',
  // National agencies of South and South-East Asia and Africa (`— APP`, `- Bernama`); not those whose
  // initials spell a word or a name a line may hold alone (`NAN`, `ANA`, `SPA`, `UNI`)
  'app', 'associated press of pakistan', 'united news of india', 'bss', 'bernama', 'antara', 'pna', 'philippine news agency',
  'vna', 'news agency of nigeria', 'kna', 'kenya news agency', 'sapa', 'african news agency', 'mena', 'wam', 'irna'
])
