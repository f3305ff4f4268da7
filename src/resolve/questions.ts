import { conceptOf, parseQuestion, type QuestionParts } from '../model';
import { contentWords } from './claims';
import { soundKey } from './names';
import type { Likeness } from './sources';

/** A question's `what` as the concept and, when it says, who is counted: "injured (protesters)". */
const splitWhat = (what: string): [string, string | undefined] => {
  const m = /^(.*?)\s*\((.+)\)$/.exec(what);
  return m ? [m[1] as string, m[2] as string] : [what, undefined];
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A question read into what it counts, where and when: the extractor's `what | where | when` as it is, and
 * a hand-written question ("deaths in the raids of 20 March 2005") as well as its words allow: the concept
 * its first words name, the first day it names, the place after "in" or "at".
 */
export function readQuestion(text: string): QuestionParts | undefined {
  const parsed = parseQuestion(text);
  if (parsed) return parsed;
  // What is counted comes first ("protesters injured in the raids", "crowd size in Jalal-Abad"): the words
  // after it say where and of what ("buildings cleared of demonstrators" counts buildings, not a crowd).
  const head = text.split(/\s(?:in|of|at|on|by|after|during|before|from|for|near)\s/)[0] ?? text;
  const what = conceptOf(head);
  if (what === undefined) return undefined;
  const day = /\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/.exec(text);
  const month = day ? MONTHS.indexOf((day[2] as string).toLowerCase()) : -1;
  const when =
    day && month >= 0
      ? `${day[3]}-${String(month + 1).padStart(2, '0')}-${(day[1] as string).padStart(2, '0')}`
      : null;
  const place = /\b(?:in|at|near)\s+(\p{Lu}[\p{L}'’-]*)/u.exec(text);
  return { what, where: place ? (place[1] as string) : null, when };
}

/** What a question counts, without who: the key under which questions that may be the same are found. */
export const countOf = (text: string): string | undefined => {
  const parts = readQuestion(text);
  return parts === undefined ? undefined : splitWhat(parts.what)[0];
};

/**
 * Whether two questions ask the same (docs/resolution.md, Questions): the same count, on the same day, at
 * the same place as it sounds (Jalal-Abad, Jalalabad). A question that names no place or no day matches one
 * that does less surely; another place or another day is another question.
 */
export function compareQuestions(a: string, b: string): Likeness {
  const x = readQuestion(a);
  const y = readQuestion(b);
  if (!x || !y) return { score: 0, reasons: [] };
  const [cx, qx] = splitWhat(x.what);
  const [cy, qy] = splitWhat(y.what);
  if (cx !== cy) return { score: 0, reasons: [] };
  const reasons = [`both count ${cx}`];
  let score = 1;
  // "injured (protesters)": who is counted, when a report tells two counts apart by it. Against a question
  // that does not say, its words decide: "protesters injured in the raids" counts protesters.
  const who = (q: string | undefined, other: string) =>
    q === undefined ? undefined : [...contentWords(q)].some((w) => contentWords(other).has(w));
  if (qx !== undefined && qy !== undefined) {
    if (!who(qx, qy)) return { score: 0, reasons: [] };
    reasons.push(`of ${qx}`);
  } else if (qx !== undefined || qy !== undefined) {
    const [q, other] = qx !== undefined ? [qx, b] : [qy as string, a];
    if (who(q, other)) reasons.push(`of ${q}`);
    else score -= 0.1;
  }
  if (x.when !== null && y.when !== null) {
    if (x.when !== y.when) return { score: 0, reasons: [] };
    reasons.push(`on ${x.when}`);
  } else if (x.when !== y.when) {
    score -= 0.3;
    reasons.push('one names no day');
  }
  if (x.where !== null && y.where !== null) {
    if (soundKey(x.where) !== soundKey(y.where)) return { score: 0, reasons: [] };
    reasons.push(x.where === y.where ? `in ${x.where}` : `in ${x.where} (${y.where})`);
  } else if (x.where !== y.where) {
    score -= 0.1;
    reasons.push('one names no place');
  }
  return { score, reasons };
}
