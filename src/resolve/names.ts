import { aliasKey } from '../model';

/**
 * Names as resolution compares them. Reports of one event spell a name from another script several ways
 * (Akaev, Akayev, Акаев; Jangaraev, Dzhangarayev; Yevgeny, Evgeniy), give a person's full name once and then
 * a title and surname, and name a body in full or by its acronym. Each name is reduced to tokens that stand
 * for their sound, so that the usual romanisations compare equal (docs/resolution.md, Transliteration).
 */

// Russian, Ukrainian, Belarusian, Kazakh and Kyrgyz letters, as the English press romanises them (BGN/PCGN),
// before the variants below are folded.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ұ: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ў: 'u',
};

/**
 * Romanisations that stand for one sound, folded to one spelling, longest first. Each was seen in English
 * reports of names from Cyrillic: Dzhangarayev and Jangaraev, Akayev and Akaev, Yevgeny and Evgeniy,
 * Kharkiv and Harkiv, Qarasartov and Karasartov.
 */
const VARIANTS: [RegExp, string][] = [
  // Consonants first, each to a capital that no folded spelling holds, so that later rules leave them be.
  [/shch/g, 'S'],
  [/dzh|dj|dž|zh|ž|j/g, 'J'],
  [/tch|ch|č/g, 'C'],
  [/ts|tz|cz/g, 'T'],
  [/sh|š/g, 'S'],
  [/kh|h/g, 'H'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  // A y or i between vowels is a glide that some romanisations write and others leave out: Akayev, Akaev.
  [/(?<=[aeiou])[yi](?=[aeou])/g, ''],
  [/^ye/g, 'e'],
  // Ё after a consonant is written yo or e: Fyodorova, Fedorova; Pyotr, Petr.
  [/(?<=[bdfgklmnprstvzJCTSH])(?:yo|io)/g, 'e'],
  [/yu|iu/g, 'u'],
  [/ya|ia/g, 'a'],
  [/yo|io/g, 'o'],
  // Endings: -iy, -ii, -yi, -y and -i are one (Yevgeniy, Evgeny, Evgenii).
  [/(?:iy|ii|yi|ij|y)$/g, 'i'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** A word reduced to how it sounds under the usual romanisations: equal keys are one spelling apart. */
export function soundKey(word: string): string {
  const known = sounds.get(word);
  if (known !== undefined) return known;
  const key = reduce(word);
  // Names recur across a load; the cache is bounded, since a load may name many.
  if (sounds.size > 100_000) sounds.clear();
  sounds.set(word, key);
  return key;
}

const sounds = new Map<string, string>();

function reduce(word: string): string {
  let out = [...word.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  out = aliasKey(out).replace(/[^a-z0-9]/g, '');
  for (const [pattern, replacement] of VARIANTS) out = out.replace(pattern, replacement);
  return out;
}

// Words that come before a name and are not part of it: honorifics, and the first word of the usual titles.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'madam', 'mx']);
const TITLE_WORDS = new Set([
  'president',
  'prime',
  'minister',
  'deputy',
  'vice',
  'general',
  'gen',
  'colonel',
  'col',
  'major',
  'maj',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'sergeant',
  'sgt',
  'chief',
  'inspector',
  'officer',
  'governor',
  'gov',
  'mayor',
  'senator',
  'sen',
  'judge',
  'justice',
  'ambassador',
  'secretary',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commander',
  'director',
  'head',
  'leader',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'father',
  'rev',
  'bishop',
  'archbishop',
  'sheikh',
  'mp',
  'mep',
  'interior',
  'foreign',
  'defence',
  'defense',
  'finance',
  'health',
  'emergency',
  'emergencies',
  'police',
  'fire',
  'opposition',
  'government',
  'regional',
  'district',
  'acting',
  'former',
  'state',
  'federal',
  'ministry',
  'department',
  'agency',
  'service',
  'commission',
  'party',
  'office',
  'council',
  'committee',
]);
// Words of a body's name that say what kind of body it is rather than which one.
const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'a', 'an', 'de', 'des', 'du', 'la', 'le']);

/** The words of a name, folded, without a leading article. */
export const words = (name: string): string[] =>
  aliasKey(name)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/** A person's name without honorifics and titles: ["nurdin", "jangaraev"] for "Spokesman Nurdin Jangaraev". */
export function personTokens(name: string): string[] {
  const all = words(name).filter((w) => !HONORIFICS.has(w));
  let start = 0;
  // Titles lead; the last word is always kept, since it is the surname.
  while (start < all.length - 1 && TITLE_WORDS.has(all[start] as string)) start += 1;
  return all.slice(start);
}

/** The acronym of a body's name: "Central Election Commission" is "cec"; undefined for one word. */
export function acronymOf(name: string): string | undefined {
  // "Co-operation" is one word of the name: OSCE.
  const significant = words(name.replace(/(\p{L})-(\p{L})/gu, '$1$2')).filter((w) => !STOP.has(w));
  return significant.length >= 2 ? significant.map((w) => w[0]).join('') : undefined;
}

/** A body's name as the set of its significant words' sound keys. */
export const bodyKey = (name: string): string =>
  words(name)
    .filter((w) => !STOP.has(w))
    .map(soundKey)
    .sort()
    .join(' ');

/** The sounds of the words of names that tell sources apart (three letters or more). */
export const nameSounds = (names: readonly string[]): string[] =>
  [...new Set(names.flatMap(words).map(soundKey))].filter((s) => s.length >= 3);

/** The same, as a source's `sounds`, which the `source_sounds` index finds it by. */
export const soundsOf = (names: readonly string[]): string => nameSounds(names).join(' ');
