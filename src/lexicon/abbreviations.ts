/**
 * Words that end with a full stop without ending a sentence (`Mr.`, `U.S.`,
 * `p.m.`), lower case, without the final stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'lt', 'col',
  'capt', 'sgt', 'brig', 'adm', 'maj', 'cmdr', 'rev', 'pres', 'supt', 'det', 'insp', 'hon', 'messrs',
  'cpl', 'pte', 'const', 'cst', 'coun', 'cllr', 'ald',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'i.e', 'e.g', 'etc', 'vs', 'v', 'inc', 'corp',
  'co', 'ltd', 'llc', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'ft', 'mt', 'ave', 'blvd', 'rd', 'approx', 'dept', 'est', 'fig', 'mass',
  'calif', 'fla', 'ala', 'ariz', 'ark', 'colo', 'conn', 'del', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'n.y', 'n.j', 'n.c', 's.c', 'r-n.y', 'd-n.y'
])
