import nlp from 'compromise';
import type { SourceType } from '../ingest/bundle';
import {
  COLLECTIVE_NOUNS,
  DISCOURSE,
  headWord,
  PEOPLE_NOUNS,
  PERSON_ROLES,
  TITLES,
  typeByHead,
} from './lexicon';
import { isCapitalised, upperFirst } from './text';

/** A speaker as the text names it, before it is resolved to a source. */
export interface Mention {
  kind: 'name' | 'pronoun' | 'group' | 'description' | 'unnamed';
  /** The words as written, without leading articles. */
  surface: string;
  /** The name the source gets: the proper name, or a description for an unnamed one. */
  name: string;
  type: SourceType;
  role?: string;
  /** The organisation the role or apposition names, as written ("the regional fire brigade"). */
  org?: string;
  gender?: 'male' | 'female';
}

const PRONOUNS: Record<string, Mention['type']> = {
  he: 'PERSON',
  she: 'PERSON',
  it: 'UNKNOWN',
  they: 'GROUP',
};
const ARTICLE = /^(?:the|a|an)\s+/i;
// Between a speaker and the verb: "A and B all said", "Varga later told".
const TRAILING_ADVERB =
  /\s+(?:all|both|each|together|jointly|also|later|earlier|again|then|now|still|previously|repeatedly|publicly|privately|initially|subsequently|separately|reportedly|officially)$/i;
// A name in double or single quotation marks, with the words around it ('the business daily "Vedomosti"').
const QUOTED_NAME =
  /^(?:(?:the|a|an)\s+)?([^"“‘']*?)\s*(?:["“]([^"”]+)["”]|(?<!\p{L})['‘]([^'’]+)['’](?!\p{L}))\s*(.*)$/iu;
// Relative clauses and participle phrases that describe a speaker: ", who leads ...,", ", speaking by phone,".
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|where|whom|\p{Ll}+ing)\b[^,]*(?:,|$)/giu;

/**
 * The speakers a subject noun phrase names: several when it coordinates them ("The European Union and the
 * United States"), each with the role and organisation that a title ("Government spokesman Orazaly
 * Karasartov"), an apposition ("Tomas Reiner, a spokesman for the regional fire brigade") or a quoted name
 * ('The independent "Res Publica" newspaper') gives. Empty when the words do not read as a speaker.
 */
export function parseSpeakers(phrase: string): Mention[] {
  const np = phrase
    .replace(DISCOURSE, '')
    .replace(RELATIVE_CLAUSE, '')
    // "Both A and B", "A and B all": the quantifier is not part of a name.
    .replace(/^both\s+(?=.*\sand\s)/i, '')
    .replace(TRAILING_ADVERB, '')
    .replace(/\s*,\s*$/, '')
    .trim();
  if (np.length === 0 || np.split(/\s+/).length > 16) return [];
  const parts = splitCoordination(np);
  const mentions = parts.map(parseOne);
  return mentions.every((m): m is Mention => m !== undefined) ? mentions : [];
}

/** "A and B", "A, B and C": coordinated speakers, when every part reads as one. */
function splitCoordination(np: string): string[] {
  if (QUOTED_NAME.test(np) || !/\s(?:and|&)\s/.test(np) || /,\s*(?:a|an|the)\s/i.test(np)) return [np];
  const parts = np.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).filter(Boolean);
  // "Ministry of Labour and Social Affairs": a name that contains "and" is one speaker.
  if (/\bof\s+[^,]*\band\b/i.test(np)) return [np];
  const standalone = parts.every((p) => {
    const words = p.replace(ARTICLE, '').split(/\s+/);
    return words.some((w) => isCapitalised(w)) || /s$/.test(p.trim());
  });
  return parts.length > 1 && standalone ? parts : [np];
}

function parseOne(np: string): Mention | undefined {
  const lower = np.toLowerCase();
  if (lower in PRONOUNS)
    return { kind: 'pronoun', surface: lower, name: lower, type: PRONOUNS[lower] as SourceType };
  const quoted = QUOTED_NAME.exec(np);
  if (quoted && isName(quoted[2] ?? quoted[3] ?? '')) {
    const role = `${quoted[1] ?? ''} ${quoted[4] ?? ''}`.trim();
    const name = (quoted[2] ?? quoted[3] ?? '').trim();
    return {
      kind: 'name',
      surface: name,
      name,
      type: typeByHead(role) ?? typeOfName(name),
      ...(role ? { role } : {}),
    };
  }
  const comma = np.indexOf(', ');
  if (comma > 0) return apposition(np.slice(0, comma), np.slice(comma + 2));
  return personOf(np) ?? titled(np);
}

/** "NAME, a ROLE for ORG" and "ROLE, NAME". */
function apposition(left: string, right: string): Mention | undefined {
  // "Maria Ortiz, 52": an age is not a role.
  if (/^\d{1,3}$/.test(right.trim())) return titled(left);
  const rightRole = right.replace(ARTICLE, '');
  if (hasName(left) && !hasName(rightRole.split(/\s+(?:of|for|at|with)\s+/)[0] ?? '')) {
    const person = titled(left);
    if (!person) return undefined;
    const org = /\s(?:of|for|at|with)\s+(.+)$/i.exec(rightRole)?.[1];
    return withRole(person, rightRole, org);
  }
  if (!hasName(left) && hasName(right)) {
    const person = titled(right);
    return person ? withRole(person, left.replace(ARTICLE, ''), undefined) : undefined;
  }
  return titled(left);
}

/** "Dr. Ana Ruiz of the U.S. aid mission", "Jan Kos from Radio Polaris": a person named with their body. */
function personOf(np: string): Mention | undefined {
  const m = /^(.+?)\s+(?:of|from|at)\s+((?:the\s+)?\p{Lu}.*|the\s+.+)$/iu.exec(np);
  if (!m || !hasName(m[1] as string) || typeByHead(m[1] as string) !== undefined) return undefined;
  const person = titled(m[1] as string);
  return person?.kind === 'name' && person.type === 'PERSON' ? { ...person, org: m[2] as string } : undefined;
}

/** Whether quoted words can be a name: a few words, not a sentence ending in punctuation. */
const isName = (words: string) => words.trim().split(/\s+/).length <= 5 && !/[,.!?;:]\s*$/.test(words);

function withRole(m: Mention, role: string, org: string | undefined): Mention {
  // A name with a person's role ("Leon Marsh, the club's captain") is a person's, whatever the name suggests.
  const personRole = PERSON_ROLES.has(headWord(role) ?? '');
  const type = m.kind === 'name' && (m.type === 'UNKNOWN' || personRole) ? 'PERSON' : m.type;
  return { ...m, type, role: m.role ? `${m.role}, ${role}` : role, ...(org ? { org } : {}) };
}

/**
 * A name with an optional title before it ("Deputy Interior Minister Abdylda Suranchiyev"), an organisation
 * named in full ("The National Medicines Agency"), a group ("Opposition leaders") or a description ("the
 * company", "a spokeswoman for the agency").
 */
function titled(np: string): Mention | undefined {
  const bare = np.replace(ARTICLE, '').trim();
  if (bare.length === 0) return undefined;
  const words = bare.split(/\s+/);
  const byHead = typeByHead(bare);
  if (!hasName(bare) || (byHead && !isCapitalised(words[words.length - 1] ?? '')))
    return common(np, bare, byHead);
  // "The government in Bishkek": a body named by a common noun and the place it belongs to.
  const head = headWord(bare);
  if (byHead && head !== undefined && words.includes(head) && /\s(?:in|of|at)\s/.test(bare)) {
    return { kind: 'name', surface: bare, name: upperFirst(bare), type: byHead };
  }
  // An organisation: its last capitalised word names what it is ("Helvex Pharma", "Kyrgyz Service").
  const lastWord = words[words.length - 1] ?? '';
  if (byHead && byHead !== 'PERSON' && isCapitalised(lastWord) && !PERSON_ROLES.has(lastWord.toLowerCase())) {
    const possessor = /^(.+?)['’]s\s/.exec(bare)?.[1];
    // Lowercase words before the name describe it: "the opposition Green Party".
    const first = words.findIndex((w) => isCapitalised(w));
    const name = words.slice(first).join(' ');
    const role = words.slice(0, first).join(' ');
    return {
      kind: 'name',
      surface: name,
      name,
      type: byHead,
      ...(role ? { role } : {}),
      ...(possessor ? { org: possessor } : {}),
    };
  }
  // The name is the run of capitalised words at the end that are neither roles nor titles.
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1] as string;
    // A number closes some names ("Channel 4").
    const numbered = i === words.length && /^\d+$/.test(w) && i > 1;
    if (
      !numbered &&
      (!isCapitalised(w) || PERSON_ROLES.has(w.toLowerCase()) || TITLES.has(w.replace(/\.$/, '')))
    )
      break;
    i -= 1;
  }
  const name = words.slice(i).join(' ');
  const title = words.slice(0, i).join(' ');
  if (name.length === 0) return common(np, bare, byHead);
  if (title.length === 0)
    return { kind: 'name', surface: name, name, type: typeOfName(name), ...gender(name) };
  const titleWords = title.split(/\s+/);
  const isRole = titleWords.some(
    (w) => PERSON_ROLES.has(w.toLowerCase()) || TITLES.has(w.replace(/\.$/, '')),
  );
  if (!isRole) return { kind: 'name', surface: bare, name: bare, type: typeOfName(bare) };
  // The capitalised words of a title that name a body: "Interior Ministry spokesman", "RFE/RL correspondent".
  const orgWords = titleWords.filter(
    (w) => isCapitalised(w) && !PERSON_ROLES.has(w.toLowerCase()) && !TITLES.has(w),
  );
  // "Interior Minister X", "Foreign Minister X": the minister of the Interior Ministry, the Foreign Ministry.
  const ministry =
    orgWords.length > 0 && /\bminister$/i.test(title) && typeByHead(orgWords.join(' ')) === undefined;
  const org = ministry ? `${orgWords.join(' ')} Ministry` : orgWords.join(' ');
  const orgNamed = org.length > 0 && (typeByHead(org) !== undefined || /^[\p{Lu}/&]{2,}$/u.test(org));
  return {
    kind: 'name',
    surface: name,
    name,
    type: 'PERSON',
    role: title,
    ...(orgNamed ? { org } : {}),
    ...gender(`${title} ${name}`),
  };
}

/** Words without a proper name: a group, an unnamed person, or a description of a body named elsewhere. */
function common(np: string, bare: string, byHead: SourceType | undefined): Mention | undefined {
  const head = headWord(bare) ?? '';
  const article = /^(a|an|the)\s/i.exec(np)?.[1]?.toLowerCase();
  const org = /\s(?:of|for|at|with)\s+(.+)$/i.exec(bare)?.[1];
  // A single person by role or kind: "a spokesman for the agency", "a passenger", "one witness".
  const person =
    PERSON_ROLES.has(head) || (PEOPLE_NOUNS.has(head) && !/s$/.test(head) && !COLLECTIVE_NOUNS.has(head));
  if (person && (article === 'a' || article === 'an' || org !== undefined)) {
    return {
      kind: 'unnamed',
      surface: bare,
      name: upperFirst(bare),
      type: 'PERSON',
      role: bare.split(/\s+(?:of|for|at|with)\s+/)[0] as string,
      ...(org ? { org } : {}),
      ...gender(bare),
    };
  }
  // "the mayor", "the health secretary": a person known by role, the one named before with it if there is one.
  if (PERSON_ROLES.has(head) && article === 'the' && bare.split(/\s+/).length <= 4) {
    return {
      kind: 'description',
      surface: bare,
      name: upperFirst(bare),
      type: 'PERSON',
      role: bare,
      ...gender(bare),
    };
  }
  const plural = (/s$/i.test(head) && !/ss$/i.test(head)) || COLLECTIVE_NOUNS.has(head);
  if (byHead === undefined && plural)
    return { kind: 'group', surface: bare, name: upperFirst(bare), type: 'GROUP' };
  if (byHead === undefined) return undefined;
  if (head === 'police' || head === 'authorities')
    return { kind: 'group', surface: bare, name: upperFirst(bare), type: byHead };
  return { kind: 'description', surface: bare, name: upperFirst(bare), type: byHead };
}

/**
 * Whether the words hold a proper name. A capital on the first word alone is the sentence's ("Opposition
 * leaders", "Residents"), unless the phrase is that one word and not a plural or a role ("Karasartov").
 */
function hasName(words: string): boolean {
  const list = words.split(/\s+/).filter(Boolean);
  if (list.slice(1).some((w) => isCapitalised(w))) return true;
  if (list.length === 2 && isCapitalised(list[0] as string) && /^\d+$/.test(list[1] as string)) return true;
  if (list.length !== 1) return false;
  const w = list[0] as string;
  const lower = w.toLowerCase();
  if (/^[\p{Lu}][\p{Lu}/&.]+$/u.test(w)) return true;
  return (
    isCapitalised(w) && !isCommonPlural(lower) && !PERSON_ROLES.has(lower) && typeByHead(lower) === undefined
  );
}

/**
 * Whether one lowercase word is a common noun for several people ("residents", "nurses", "staff"): a surname
 * ending in -s ("Marques", "Jones") is not, and stays a name. compromise alone reads some plurals on their own
 * as verbs ("nurses"), hence the list.
 */
const isCommonPlural = (lower: string) =>
  COLLECTIVE_NOUNS.has(lower) ||
  (/[^s]s$/.test(lower) && (PEOPLE_NOUNS.has(lower) || nlp(lower).has('#Plural')));

/** The type a bare name implies: its head noun, else what compromise knows of it, else a person. */
export function typeOfName(name: string): SourceType {
  const byHead = typeByHead(name);
  if (byHead) return byHead;
  const doc = nlp(name);
  if (doc.has('#Country') || doc.has('#Place')) return 'GOVERNMENT';
  if (doc.has('#Organization')) return 'ORGANIZATION';
  if (/^[\p{Lu}/&.]{2,}$/u.test(name)) return 'ORGANIZATION';
  return 'PERSON';
}

function gender(words: string): { gender?: 'male' | 'female' } {
  if (/\b(?:spokeswoman|chairwoman|Mrs|Ms|she)\b/i.test(words)) return { gender: 'female' };
  if (/\b(?:spokesman|chairman|Mr)\b/i.test(words)) return { gender: 'male' };
  const doc = nlp(words);
  if (doc.has('#FemaleName')) return { gender: 'female' };
  if (doc.has('#MaleName')) return { gender: 'male' };
  return {};
}
