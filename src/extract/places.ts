import { typeByHead } from './lexicon';
import type { Span } from './text';

// A capitalised name after a preposition of place ("in Osh", "near Jalal-Abad", "in southern Kyrgyzstan",
// "in the centre of Jalal-Abad"),
// for the question a figure answers. compromise knows few places of the countries news comes from, so the
// preposition is the evidence.
const AFTER_PREPOSITION =
  /\b(?:(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round)(?:\s+the)?(?:\s+(?:northern|southern|eastern|western|central|neighbouring|nearby))?|(?:town|city|village|region|district|province|centre|center|outskirts|heart|streets|suburbs) of)\s+((?:\p{Lu}[\p{L}'’]*)(?:[\s-]\p{Lu}[\p{L}'’]*)*)/gu;
// A wire report's dateline: "KRASNOZERSK, Russia, Oct 17 (Northstar) -".
const DATELINE = /^\s*(\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)*),/u;

const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)$/;

/** The places named in text[span], in order, as written ("Osh", "Jalal-Abad"). */
export function placesIn(text: string, span: Span): string[] {
  const region = text.slice(span.start, span.end);
  return [...region.matchAll(AFTER_PREPOSITION)].flatMap((m) => {
    // "in Dravenia's capital" is in Dravenia; "in Sunday's raids" is in no place.
    const name = (m[1] as string).trim().replace(/['’]s$/, '');
    const words = name.split(/\s+/);
    // "in Dravenian politics": a people's adjective before a noun names no place.
    const next = region.slice((m.index ?? 0) + m[0].length);
    if (words.length === 1 && /(?:an|ese|ish|i)$/.test(name) && /^\s+\p{Ll}/u.test(next)) return [];
    // "in Independence Square", "at the Interior Ministry": a body or a building, not where.
    if (
      NOT_PLACES.test(words[0] as string) ||
      typeByHead(name) !== undefined ||
      /\b(?:Square|Street|Avenue|Hospital|Building|Works|Plant)$/.test(name)
    )
      return [];
    return [name];
  });
}

/**
 * The place a report is mostly about: its dateline's, else the one it names most often (the first of those
 * on a tie).
 */
export function mainPlace(text: string): string | undefined {
  const dateline = DATELINE.exec(text)?.[1];
  if (dateline !== undefined)
    return dateline.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const counts = new Map<string, number>();
  for (const place of placesIn(text, { start: 0, end: text.length })) {
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [place, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = place;
  return best;
}
