import type { SourceType } from '../model';
import { acronymOf, bodyKey, personTokens, soundKey, words } from './names';

/** What resolution knows of a source: its names and what it is. */
export interface SourceFacts {
  name: string;
  aliases: readonly string[];
  type: SourceType;
  role: string | null;
}

/** How alike two items are, from 0 to 1, and why, in words an analyst can check. */
export interface Likeness {
  score: number;
  reasons: string[];
}

const NONE: Likeness = { score: 0, reasons: [] };

/**
 * How likely two sources are to be one (docs/resolution.md, Sources). People: the same surname as it sounds
 * (Akaev, Akayev) and the same first name give a strong match; a surname alone (a title and surname, as a
 * report names someone the second time) a weaker one, enough in the same story, raised by a shared role
 * word and lowered by other roles; other first names mean two people. Bodies: the same name or acronym; a
 * body's name is often made of common words (the Interior Ministry, the police, opposition leaders), so it
 * counts fully only in the same story, but for an outlet's, which is its own.
 * A person and a body are never one source.
 */
export function compareSources(a: SourceFacts, b: SourceFacts, sameStory: boolean): Likeness {
  const person = (t: SourceType) => t === 'PERSON';
  if (a.type !== 'UNKNOWN' && b.type !== 'UNKNOWN' && person(a.type) !== person(b.type)) return NONE;
  return person(a.type) || person(b.type) ? comparePeople(a, b, sameStory) : compareBodies(a, b, sameStory);
}

function comparePeople(a: SourceFacts, b: SourceFacts, sameStory: boolean): Likeness {
  let best = NONE;
  for (const x of namesOf(a)) {
    for (const y of namesOf(b)) {
      const found = comparePersonNames(x, y);
      if (found.score > best.score) best = found;
    }
  }
  if (best.score === 0 || best.score >= 0.9) return best;
  // A surname alone (a title and surname): the same story makes it likely, a shared role word more so, and
  // other roles less; in another story it is only a suggestion.
  const reasons = [...best.reasons];
  let score = best.score;
  if (sameStory) {
    score += 0.22;
    reasons.push('both speak in reports of the same story');
  }
  const shared = sharedRoleWords(a.role, b.role);
  if (shared.length > 0) {
    score += 0.1;
    reasons.push(`both are described as ${shared.join(' ')}`);
  } else if (a.role !== null && b.role !== null) {
    score -= 0.15;
    reasons.push(`their roles differ ('${a.role}', '${b.role}')`);
  }
  return { score: Math.max(0, Math.min(0.89, score)), reasons };
}

function comparePersonNames(x: string, y: string): Likeness {
  const tx = personTokens(x);
  const ty = personTokens(y);
  const sx = soundKey(tx[tx.length - 1] ?? '');
  const sy = soundKey(ty[ty.length - 1] ?? '');
  if (sx === '' || sx !== sy) return NONE;
  const spelt = x === y ? `'${x}'` : `'${x}' and '${y}'`;
  const gx = tx.slice(0, -1);
  const gy = ty.slice(0, -1);
  if (gx.length > 0 && gy.length > 0) {
    const [fx, fy] = [gx[0] as string, gy[0] as string];
    if (soundKey(fx) === soundKey(fy)) return { score: 0.95, reasons: [`the same full name: ${spelt}`] };
    if ((fx.length === 1 || fy.length === 1) && fx[0] === fy[0]) {
      return { score: 0.85, reasons: [`the same surname and initial: ${spelt}`] };
    }
    return { score: 0.1, reasons: [`the same surname but other first names: ${spelt}`] };
  }
  return { score: 0.65, reasons: [`the same surname: ${spelt}`] };
}

function compareBodies(a: SourceFacts, b: SourceFacts, sameStory: boolean): Likeness {
  let reason: string | undefined;
  for (const x of namesOf(a)) {
    for (const y of namesOf(b)) {
      if (bodyKey(x) !== '' && bodyKey(x) === bodyKey(y))
        reason = x === y ? `the same name '${x}'` : `the same name: '${x}' and '${y}'`;
      else if (isAcronymOf(x, y) || isAcronymOf(y, x))
        reason ??= `'${x}' and '${y}' are a name and its acronym`;
    }
  }
  if (reason === undefined) return NONE;
  // An outlet's name is its own: two reports naming one outlet name one outlet, whatever their stories.
  if (a.type === 'MEDIA' && b.type === 'MEDIA') return { score: 0.9, reasons: [reason, 'both are media'] };
  return sameStory
    ? { score: 0.9, reasons: [reason, 'both speak in reports of the same story'] }
    : { score: 0.6, reasons: [reason, 'but no report of the same story links them'] };
}

const isAcronymOf = (short: string, long: string) => {
  const acronym = acronymOf(long);
  return acronym !== undefined && acronym.length >= 2 && words(short).join('') === acronym;
};

const namesOf = (s: SourceFacts) => [s.name, ...s.aliases];

// Words of a role that say nothing of which post it is.
const ROLE_STOP = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'in', 'to', 'official', 'officials']);

function sharedRoleWords(a: string | null, b: string | null): string[] {
  if (a === null || b === null) return [];
  const stem = (w: string) => w.replace(/(?:s|es|man|woman|person)$/, '');
  const wb = new Set(
    words(b)
      .filter((w) => !ROLE_STOP.has(w))
      .map(stem),
  );
  return [...new Set(words(a).filter((w) => !ROLE_STOP.has(w) && wb.has(stem(w))))];
}
