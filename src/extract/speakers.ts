import nlp from 'compromise';
import type { SourceType } from '../model';
import {
  BODY_KINDS,
  COLLECTIVE_NOUNS,
  DISCOURSE,
  headWord,
  HONORIFICS,
  PEOPLE_NOUNS,
  PERSON_ROLES,
  TITLES,
  typeByHead,
  VOICES,
} from './lexicon';
import { isCapitalised, upperFirst } from './text';

/** A speaker as the text names it, before it is resolved to a source. */
export interface Mention {
  /** A voice is someone who speaks for the person a possessive names ("his office", "her lawyer"). */
  kind: 'name' | 'pronoun' | 'group' | 'description' | 'unnamed' | 'voice';
  /** The words as written, without leading articles. */
  surface: string;
  /** The name the source gets: the proper name, or a description for an unnamed one. */
  name: string;
  type: SourceType;
  role?: string;
  /** The organisation the role or apposition names, as written ("the regional fire brigade"). */
  org?: string;
  gender?: 'male' | 'female';
  /** An acronym the text gives in brackets after the name ("the Civic Democratic Party (ODS)"). */
  alias?: string;
  /** For a voice, the pronoun that names whom it speaks for. */
  owner?: 'he' | 'she' | 'they';
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
// Relative clauses, participle and prepositional phrases that describe a speaker or the saying: ", who leads
// ...,", ", speaking by phone,", ", quoted by the Herald,", ", in a statement carried by X,".
const RELATIVE_CLAUSE =
  /,\s*(?:who|which|whose|where|whom|in|on|at|during|\p{Ll}+ing|(?:quoted|cited|interviewed)\s+by)\b[^,]*(?:,|$)/giu;

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
    .replace(PEOPLE_DOING, (all, noun: string) => (PEOPLE_NOUNS.has(noun.toLowerCase()) ? noun : all))
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
  // "Ministry of Labour and Social Affairs": a name that contains "and" is one speaker.
  if (/\bof\s+[^,]*\band\b/i.test(np)) return [np];
  const marked = np.replace(NAME_AND, (and, left: string, right: string) =>
    isNameAnd(left, right) ? NAME_AND_MARK : and,
  );
  if (!/\s(?:and|&)\s/.test(marked)) return [np];
  const parts = marked
    .split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/)
    .filter(Boolean)
    .map((p) => p.replaceAll(NAME_AND_MARK, ' and '));
  const standalone = parts.every((p) => {
    const words = p.replace(ARTICLE, '').split(/\s+/);
    return words.some((w) => isCapitalised(w)) || /s$/.test(p.trim());
  });
  return parts.length > 1 && standalone ? parts : [np];
}

// "and" between two capitalised words: inside a body's name ("Westerby Fire and Rescue Service", "Food and
// Allied Workers' Union") or between two speakers ("Ghana and Nigeria", "Jones and Westerby Council").
const NAME_AND = /(?<=(\p{Lu}[\p{L}'’-]*))\s+and\s+(?=(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*))/gu;
const NAME_AND_MARK = '\u0000';

/**
 * Whether "and" joins two words of one body's name: the words after it run on to a body's head noun, and the
 * word before it is neither a person's nor a place's name (compromise's lexicon knows common first names,
 * surnames and places), nor the end of a body's name of its own.
 */
function isNameAnd(left: string, right: string): boolean {
  const last = right.split(/\s+/).pop() ?? '';
  const leftWord = nlp(left);
  return (
    typeByHead(last) !== undefined &&
    typeByHead(left) === undefined &&
    !leftWord.has('#Person') &&
    !leftWord.has('#Place')
  );
}

// "Workers leaving the site at lunchtime": people described by what they were doing.
const PEOPLE_DOING = /(\p{L}+)\s+\p{Ll}+ing\b.*$/u;
const ACRONYM_IN_BRACKETS = /^(.*\S)\s*\((\p{Lu}[\p{Lu}\p{N}&/.-]{1,9})\)$/u;
const AUXILIARY_ALONE =
  /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|does|did)$/i;
// "his office", "her lawyers": those who speak for the person named before.
const VOICE = /^(his|her|their)\s+(\p{L}+)$/iu;
// "Several told the Chronicle", "Many of them said": some of the group named before, which speaks for them.
const QUANTIFIER = /^(?:several|many|some|others|most|a few)(?:\s+of\s+them)?$/i;

function parseOne(np: string): Mention | undefined {
  const lower = np.toLowerCase();
  if (lower in PRONOUNS)
    return { kind: 'pronoun', surface: lower, name: lower, type: PRONOUNS[lower] as SourceType };
  if (QUANTIFIER.test(np)) return { kind: 'pronoun', surface: 'they', name: 'they', type: 'GROUP' };
  // "..., and has threatened to ...": an auxiliary is no speaker.
  if (AUXILIARY_ALONE.test(np)) return undefined;
  const voice = VOICE.exec(np);
  if (voice && VOICES.has((voice[2] as string).toLowerCase())) {
    const noun = (voice[2] as string).toLowerCase();
    const owner = ({ his: 'he', her: 'she', their: 'they' } as const)[
      (voice[1] as string).toLowerCase() as 'his'
    ];
    const type = PERSON_ROLES.has(noun) ? 'PERSON' : isCommonPlural(noun) ? 'GROUP' : 'ORGANIZATION';
    return { kind: 'voice', surface: noun, name: upperFirst(noun), type, role: noun, owner, ...gender(noun) };
  }
  // "the Confederation of Dravonian Labour (KDT)": the acronym is another name of the same body.
  const bracketed = np.includes(', ') ? null : ACRONYM_IN_BRACKETS.exec(np);
  if (bracketed) {
    const named = parseOne(bracketed[1] as string);
    return named?.kind === 'name' ? { ...named, alias: bracketed[2] as string } : named;
  }
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

/** "NAME, a ROLE for ORG", "ROLE, NAME" and "Its ROLE, NAME" (the body named before). */
function apposition(left: string, right: string): Mention | undefined {
  // "Maria Ortiz, 52": an age is not a role.
  if (/^\d{1,3}$/.test(right.trim())) return titled(left);
  const rightRole = right.replace(ARTICLE, '');
  const possessive = /^its\s+/i.exec(left);
  const leftRole = left.replace(ARTICLE, '').replace(/^its\s+/i, '');
  const roleFirst = possessive !== null || PERSON_ROLES.has(headWord(leftRole) ?? '');
  if (hasName(left) && !roleFirst && !hasName(rightRole.split(/\s+(?:of|for|at|with)\s+/)[0] ?? '')) {
    const named = titled(left);
    if (!named) return undefined;
    // The role proper, without what describes it further: "the union representing most of the workforce".
    const core = rightRole.split(/\s+(?=\p{Ll}+ing\s|who\s|which\s|that\s)/u)[0] as string;
    const org = /\s(?:of|for|at|with)\s+(.+)$/i.exec(core)?.[1];
    return withRole(named, rightRole, org, core);
  }
  if ((roleFirst || !hasName(left)) && hasName(right)) {
    const person = titled(right);
    return person ? withRole(person, leftRole, possessive ? 'it' : undefined, leftRole) : undefined;
  }
  return titled(left);
}

/** "Dr. Ana Ruiz of the U.S. aid mission", "Jan Kos from Radio Polaris": a person named with their body. */
function personOf(np: string): Mention | undefined {
  const m = /^(.+?)\s+(?:of|from|at)\s+((?:the\s+)?\p{Lu}.*|the\s+.+)$/iu.exec(np);
  if (!m || !hasName(m[1] as string) || typeByHead(m[1] as string) !== undefined) return undefined;
  // "Smith at the time" names no body.
  if (!/\p{Lu}/u.test(m[2] as string) && typeByHead(m[2] as string) === undefined) return undefined;
  const person = titled(m[1] as string);
  return person?.kind === 'name' && person.type === 'PERSON' ? { ...person, org: m[2] as string } : undefined;
}

/** Whether quoted words can be a name: a few words, not a sentence ending in punctuation. */
const isName = (words: string) => words.trim().split(/\s+/).length <= 5 && !/[,.!?;:]\s*$/.test(words);

function withRole(m: Mention, role: string, org: string | undefined, core: string): Mention {
  // A name with a person's role ("Leon Marsh, the club's captain") is a person's, whatever the name suggests;
  // one described as a kind of body ("Unified Industrial, the union representing ...") is that body's.
  const head = headWord(core) ?? '';
  const bodyType = PERSON_ROLES.has(head) ? undefined : typeByHead(head);
  const type =
    m.kind !== 'name'
      ? m.type
      : PERSON_ROLES.has(head) || (m.type === 'UNKNOWN' && bodyType === undefined)
        ? 'PERSON'
        : (bodyType ?? m.type);
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
  // "A spokeswoman for St. Brendan Regional Medical Center": a person by role, of the body named after it.
  const [before = bare] = bare.split(/\s+(?:of|for|at|with)\s+/);
  if (before !== bare && !hasName(before) && PERSON_ROLES.has(headWord(before) ?? ''))
    return common(np, bare, byHead);
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
      (!isCapitalised(w) ||
        PERSON_ROLES.has(w.toLowerCase()) ||
        TITLES.has(w.replace(/\.$/, '')) ||
        // "Carmaker Solvik", but "Daily Ledger": "daily" begins papers' names.
        (i < words.length && BODY_KINDS.has(w.toLowerCase()) && w !== 'Daily'))
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
  // "Carmaker Solvik", "the state broadcaster DTV": a body, with what kind of body it is.
  const kind = titleWords[titleWords.length - 1]?.toLowerCase() ?? '';
  if (BODY_KINDS.has(kind)) {
    const type = typeByHead(kind) ?? 'ORGANIZATION';
    return { kind: 'name', surface: name, name, type, role: title.toLowerCase() };
  }
  // "Mr Pryde": an honorific gives a gender, not a role.
  if (titleWords.every((w) => HONORIFICS.has(w.replace(/\.$/, ''))))
    return { kind: 'name', surface: name, name, type: 'PERSON', ...gender(title) };
  const isRole = titleWords.some(
    (w) => PERSON_ROLES.has(w.toLowerCase()) || TITLES.has(w.replace(/\.$/, '')),
  );
  if (!isRole) return { kind: 'name', surface: bare, name: bare, type: typeOfName(bare) };
  // The capitalised words of a title that name a body: "Interior Ministry spokesman", "RFE/RL correspondent".
  const orgWords = titleWords.filter(
    // "Prime Minister", "First Minister": a rank, not a portfolio.
    (w) =>
      isCapitalised(w) &&
      !PERSON_ROLES.has(w.toLowerCase()) &&
      !TITLES.has(w) &&
      !/^(?:Prime|First)$/.test(w),
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
  // "One woman, who did not want to be named,": "one" is an article here.
  const article = /^(a|an|the|one)\s/i.exec(np)?.[1]?.toLowerCase().replace('one', 'a');
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
      role: bare.replace(/^one\s+/i, '').split(/\s+(?:of|for|at|with)\s+/)[0] as string,
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
  if (head === 'police' || head === 'authorities' || head === 'government')
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
    isCapitalised(w) &&
    !isCommonPlural(lower) &&
    !PERSON_ROLES.has(lower) &&
    typeByHead(lower) === undefined &&
    // "Visibility at the time was poor": a word of an abstract noun's ending opens the sentence, it names no one.
    !/(?:ity|ness|tion|sion|ism|ship|hood)$/.test(lower)
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
  if (/\b(?:spokeswoman|chairwoman|woman|Mrs|Ms|she)\b/i.test(words)) return { gender: 'female' };
  if (/\b(?:spokesman|chairman|man|Mr)\b/i.test(words)) return { gender: 'male' };
  const doc = nlp(words);
  if (doc.has('#FemaleName')) return { gender: 'female' };
  if (doc.has('#MaleName')) return { gender: 'male' };
  return {};
}
