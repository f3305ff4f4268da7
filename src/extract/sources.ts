import { type Affiliation, type SourceType, aliasKey } from '../model';
import { BODY_KINDS, headWord, mayBeCompany, SPEAKS_FOR_ROLES } from './lexicon';
import { sameSource } from './names';
import { parseSpeakers, type Mention } from './speakers';
import { upperFirst } from './text';

/** A source as the extractor builds it, before it becomes a bundle source. */
export interface DraftSource {
  name: string;
  type: SourceType;
  /** Every other name the text gives it, as written. */
  aliases: string[];
  role?: string;
  gender?: 'male' | 'female';
  memberOf: DraftSource[];
  speaksFor?: DraftSource;
  publisher: boolean;
  /** Named by a description, as a group or unnamed ("the union", "residents", "a spokeswoman for the trust"). */
  described?: boolean;
}

const BODY_TYPES: SourceType[] = ['ORGANIZATION', 'GOVERNMENT', 'MEDIA', 'INTERNATIONAL'];
/**
 * The sources of one document, found as the text names them: by full name, by a later surname or variant
 * spelling, by a pronoun (the last person, body or group named before it) or by a description ("the
 * agency": the last source whose name has that word, or of that kind).
 */
export class SourceRegistry {
  readonly all: DraftSource[] = [];
  private readonly recent: { source: DraftSource; at: number }[] = [];
  readonly publisher: DraftSource | undefined;

  constructor(publisherName: string | undefined) {
    if (publisherName !== undefined) {
      this.publisher = { name: publisherName, type: 'MEDIA', aliases: [], memberOf: [], publisher: true };
      this.all.push(this.publisher);
    }
  }

  /** The sources a subject names at offset `at`; empty when a pronoun or description has no antecedent. */
  resolveSubject(subject: string, at: number, antecedent?: string): DraftSource[] {
    return parseSpeakers(subject).flatMap((m) => {
      const source = this.resolve(m, at, antecedent);
      return source ? [source] : [];
    });
  }

  /** A relay or a body named in passing, by its name as written ("the Evening Courier", "RFE/RL"). */
  resolveName(name: string, at: number, type: SourceType = 'MEDIA'): DraftSource | undefined {
    const [m] = parseSpeakers(name);
    if (!m || m.kind === 'pronoun') return undefined;
    return this.resolve({ ...m, type: m.type === 'PERSON' || m.type === 'UNKNOWN' ? type : m.type }, at);
  }

  /**
   * Keeps a name or a group heard in narration ("Sagynbaev is one of ...", "Residents were told to stay
   * indoors") as an antecedent for later pronouns.
   */
  notice(subject: string, at: number): void {
    const [m] = parseSpeakers(subject);
    if (m?.kind === 'name' || m?.kind === 'group') this.resolve(m, at);
  }

  resolve(m: Mention, at: number, antecedent?: string): DraftSource | undefined {
    let source: DraftSource | undefined;
    if (m.kind === 'pronoun') source = this.pronoun(m.surface);
    else if (m.kind === 'voice') source = this.voice(m);
    else if (m.kind === 'description') source = this.described(m) ?? this.create(m);
    else {
      const name = m.kind === 'unnamed' ? this.unnamedName(m, at) : m.name;
      const kind = m.type === 'PERSON' ? 'person' : 'body';
      source =
        this.find(name, kind) ??
        (m.alias !== undefined ? this.find(m.alias, kind) : undefined) ??
        this.create({ ...m, name });
      this.merge(source, { ...m, name });
    }
    if (!source) return undefined;
    const org = m.org ?? antecedent;
    if (org !== undefined && m.kind !== 'pronoun' && m.kind !== 'voice') this.attach(source, m, org, at);
    this.recent.push({ source, at });
    return source;
  }

  /**
   * The source a name belongs to, the most recently mentioned first. A person's name is matched by the person
   * rule; failing that, as a body's (a name the words do not type, like "Helvex", may be a body's).
   */
  private find(name: string, kind: 'person' | 'body'): DraftSource | undefined {
    const candidates = [...new Set([...this.recent.map((r) => r.source).reverse(), ...this.all])];
    const names = (s: DraftSource) => [s.name, ...s.aliases];
    const person = (s: DraftSource) => s.type === 'PERSON';
    const whole = (s: DraftSource) =>
      (kind === 'body' || person(s) || !name.includes(' ')) &&
      names(s).some((n) => sameSource(name, n, 'body', true));
    const byPerson = (s: DraftSource) => person(s) && names(s).some((n) => sameSource(name, n, 'person'));
    // Groups are common nouns: "RFE/RL correspondents" is not "RFE/RL".
    const byBody = (s: DraftSource) =>
      !person(s) && s.type !== 'GROUP' && names(s).some((n) => sameSource(name, n, 'body'));
    const single = !name.trim().includes(' ');
    const partial =
      kind === 'person'
        ? (candidates.find(byPerson) ?? (single ? candidates.find(byBody) : undefined))
        : candidates.find(byBody);
    return candidates.find(whole) ?? partial;
  }

  private pronoun(word: string): DraftSource | undefined {
    const wanted = (s: DraftSource) => {
      if (word === 'he' || word === 'she') {
        const gender = word === 'he' ? 'male' : 'female';
        return s.type === 'PERSON' && (s.gender === undefined || s.gender === gender);
      }
      if (word === 'it') return BODY_TYPES.includes(s.type) && !s.publisher;
      return s.type === 'GROUP';
    };
    return [...this.recent].reverse().find((r) => wanted(r.source))?.source;
  }

  private described(m: Mention): DraftSource | undefined {
    const head = headWord(m.surface) ?? '';
    if (m.type === 'PERSON') {
      const hasRole = (s: DraftSource) =>
        s.type === 'PERSON' &&
        (s.role ?? '')
          .toLowerCase()
          .split(/[\s,]+/)
          .includes(head);
      return [...this.recent.map((r) => r.source)].reverse().find(hasRole);
    }
    const kinds = BODY_KINDS.get(head);
    // Otherwise a description names a body or a group, never a person ("the agency" is not its spokeswoman).
    const byWord = (s: DraftSource) =>
      s.type !== 'PERSON' &&
      (s.type !== 'GROUP' || m.type === 'GROUP') &&
      s.name.toLowerCase().split(/\s+/).includes(head);
    // By kind, only a body with a name of its own: "the company" is Nordwind Airlines, not "the union", nor
    // the Food and Allied Workers' Union.
    const company = kinds?.length === 1 && kinds[0] === 'ORGANIZATION';
    const byKind = (s: DraftSource) =>
      kinds !== undefined &&
      kinds.includes(s.type) &&
      !s.publisher &&
      !s.described &&
      (!company || mayBeCompany(s.name));
    const recent = [...this.recent.map((r) => r.source)].reverse();
    return recent.find(byWord) ?? this.all.find(byWord) ?? recent.find(byKind);
  }

  /**
   * "He will meet the chairman, his office said": the office of the person the pronoun names, who it speaks
   * for; a minister's office is of the minister's government's kind. Without that person, a description.
   */
  private voice(m: Mention): DraftSource {
    const owner = m.owner ? this.pronoun(m.owner) : undefined;
    if (!owner) return this.described(m) ?? this.create({ ...m, kind: 'description' });
    const name = `${m.name} ${m.type === 'ORGANIZATION' ? 'of' : 'for'} ${owner.name}`;
    const type = m.type === 'ORGANIZATION' ? (owner.speaksFor?.type ?? m.type) : m.type;
    const source =
      this.find(name, m.type === 'PERSON' ? 'person' : 'body') ?? this.create({ ...m, name, type });
    source.speaksFor ??= owner;
    return source;
  }

  /** "Spokeswoman for the agency" becomes "Spokeswoman for the National Medicines Agency". */
  private unnamedName(m: Mention, at: number): string {
    if (m.org === undefined) return m.name;
    const [org] = parseSpeakers(m.org);
    const body =
      org && org.kind !== 'pronoun'
        ? org.kind === 'description'
          ? this.described(org)
          : this.find(org.name, 'body')
        : undefined;
    return body
      ? m.name.replace(m.org.replace(/^the\s+/i, ''), body.name).replace(/\s+/g, ' ')
      : (void at, m.name);
  }

  private create(m: Mention): DraftSource {
    const source: DraftSource = {
      name: m.kind === 'description' ? upperFirst(m.surface) : m.name,
      type: m.type === 'UNKNOWN' ? 'PERSON' : m.type,
      aliases: m.alias !== undefined ? [m.alias] : [],
      memberOf: [],
      publisher: false,
      ...(m.kind === 'description' || m.kind === 'group' || m.kind === 'unnamed' ? { described: true } : {}),
      ...(m.role ? { role: m.role } : {}),
      ...(m.gender ? { gender: m.gender } : {}),
    };
    this.all.push(source);
    return source;
  }

  /** What a new mention adds: a fuller name (the old one stays as an alias), a variant, a role, a gender. */
  private merge(source: DraftSource, m: Mention): void {
    const surface = m.kind === 'unnamed' ? m.name : m.surface;
    if (
      m.kind === 'name' &&
      surface.split(/\s+/).length > source.name.split(/\s+/).length &&
      source.type === 'PERSON'
    ) {
      source.aliases.push(source.name);
      source.name = surface;
    } else if (aliasKey(surface) !== aliasKey(source.name) && m.kind === 'name') source.aliases.push(surface);
    if (m.alias !== undefined) source.aliases.push(m.alias);
    source.aliases = [...new Map(source.aliases.map((a) => [aliasKey(a), a])).values()].filter(
      (a) => aliasKey(a) !== aliasKey(source.name),
    );
    if (m.role && !source.role) source.role = m.role;
    if (m.gender && !source.gender) source.gender = m.gender;
    if (source.type === 'PERSON' && m.type !== 'PERSON' && m.type !== 'UNKNOWN' && m.kind === 'name')
      source.type = m.type;
  }

  /** The body a role or apposition names: a membership, and whom a spokesman or official speaks for. */
  private attach(source: DraftSource, m: Mention, orgWords: string, at: number): void {
    const [org] = parseSpeakers(orgWords);
    if (!org) return;
    // "Its convener, Gareth Pryde": the body named before.
    const body =
      org.kind === 'pronoun'
        ? this.pronoun(org.surface)
        : org.kind === 'description'
          ? (this.described(org) ?? (org.surface.includes(' ') ? this.create(org) : undefined))
          : (this.find(org.name, 'body') ??
            this.create({ ...org, type: org.type === 'PERSON' ? 'ORGANIZATION' : org.type }));
    if (!body || body === source) return;
    if (!source.memberOf.includes(body)) source.memberOf.push(body);
    // A broadcaster's or a paper's own service ("RFE/RL's Kyrgyz Service", "the BBC's Persian Service").
    if (body.type === 'MEDIA' && /\bservice$/i.test(source.name)) source.type = 'MEDIA';
    const roleHead =
      (m.role ?? '')
        .toLowerCase()
        .split(/\s+(?:of|for|at|with)\s+/)[0]
        ?.split(/\s+/)
        .pop() ?? '';
    if (source.type === 'PERSON' && SPEAKS_FOR_ROLES.has(roleHead) && !source.speaksFor)
      source.speaksFor = body;
    this.recent.push({ source: body, at });
  }
}

/** The side a source is on, where its own words say so. */
export function affiliationOf(source: DraftSource): Affiliation | undefined {
  const words = `${source.name} ${source.role ?? ''}`.toLowerCase();
  if (/\bopposition\b/.test(words)) return 'OPPOSITION';
  if (source.type === 'INTERNATIONAL') return 'INTERNATIONAL';
  return undefined;
}
