import { aliasKey } from '../model';

/**
 * When two names are one source's. After folding case and diacritics and dropping a leading "the":
 * 1. they are equal;
 * 2. one is the other's tail or head: the surname of a person ("Karasartov" for "Orazaly Karasartov"), the
 *    first word or the last words of a body's name ("Helvex" for "Helvex Pharma", "Herald" for "Valley
 *    Herald");
 * 3. one is the acronym of the other ("RFE/RL" for "Radio Free Europe/Radio Liberty");
 * 4. they are spelling variants: the same number of words, each pair equal or, for words of five letters or
 *    more that start alike, one edit apart (a letter added, dropped, changed or two swapped): "Akaev" /
 *    "Akayev", "Lindqvist" / "Lindquist".
 * Rule 2 and 4 combine: "Lindquist" is the surname of "Marta Lindqvist". With `strict`, rule 2 is left out:
 * a name is first looked for among the sources it names whole.
 */
export function sameSource(a: string, b: string, kind: 'person' | 'body', strict = false): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (variants(wa, wb) || isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  if (strict) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < long.length) {
    if (kind === 'person' && short.length === 1 && variants(short, long.slice(-1))) return true;
    if (
      kind === 'body' &&
      (variants(short, long.slice(0, short.length)) || variants(short, long.slice(-short.length)))
    ) {
      return short.join(' ').length >= 4;
    }
  }
  return false;
}

const words = (name: string) =>
  aliasKey(name)
    .replace(/^the\s+/, '')
    .replace(/["“”]/g, '')
    .split(/\s+/)
    .filter(Boolean);

function variants(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => close(w, b[i] as string));
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  return editDistance(a, b) <= 1;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** "RFE/RL" and "Radio Free Europe/Radio Liberty"; "EU" and "European Union". */
function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || /\s/.test(acronym.trim())) return false;
  const initials = name
    .split(/[\s/-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && initials === letters;
}
