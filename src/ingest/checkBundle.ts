import { timeSpanOf } from '../analysis';
import type { ClaimRow, Props, SourceRow, StatementRow } from '../graph';
import {
  aliasKey,
  canonicalJson,
  documentIdOf,
  quantityProps,
  questionKey,
  sha256,
  statementIdOf,
  withoutNulls,
  type Bundle,
  type MatchKind,
  type BundleClaim,
  type BundleSource,
  type BundleStatement,
  type Stance,
} from '../model';
import { countOf, recordKey, soundsOf, type BundleResolution, type Resolved } from '../resolve';
import { pointer } from './errors';
import type { BundlePlan } from './plan';

/** What is already known outside the bundle: in the database, or loaded earlier in the same run. */
export interface KnownGraph {
  /** The source that an alias key (or a source id's key) belongs to. */
  sourceForKey(key: string): string | undefined;
  /**
   * The source a key belonged to before that source was merged into the one the key names now
   * (mergeSources); undefined for a key that came with its source.
   */
  mergedFrom(key: string): string | undefined;
  claimExists(id: string): boolean;
  /** The claim that a claim id was merged into (mergeClaims), as it stands now. */
  claimMergedInto(id: string): string | undefined;
  /** The sources a source is a member of, and the one it speaks for. */
  parentsOf(sourceId: string): { memberOf: readonly string[]; speaksFor: string | undefined };
  /** The document a statement id belongs to. */
  documentOfStatement(statementId: string): string | undefined;
}

/**
 * What loads but is probably a mistake, at its path: a statement said after its document was published
 * (usually a typo in `saidAt`; positions over time would take it as the voice's latest word).
 */
export function warningsOf(bundle: Bundle): Problem[] {
  const published = bundle.document.publishedAt;
  const publishedSpan = published === undefined ? undefined : timeSpanOf(published);
  if (publishedSpan === undefined) return [];
  return (bundle.statements ?? []).flatMap((statement, i) => {
    const said = statement.saidAt === undefined ? undefined : timeSpanOf(statement.saidAt);
    return said !== undefined && said.start >= publishedSpan.end
      ? [
          {
            path: pointer('statements', i, 'saidAt'),
            message: `${statement.saidAt} is after the document's publication (${published}): loaded as given, but check it`,
          },
        ]
      : [];
  });
}

/** The documented limit of document.text, in the UTF-16 code units that spans count. */
export const MAX_TEXT_UTF16 = 1_000_000;

export interface Problem {
  path: string;
  message: string;
}

/**
 * Checks what the JSON Schema cannot (references, spans, duplicates, alias collisions, membership cycles)
 * and, when all is well, plans the writes with every reference resolved to a canonical id. A provisional
 * bundle comes with its `resolution` (src/resolve): its items are stored as that says, those that joined an
 * item already there adding their names and relations to it but not their fields.
 */
export function checkBundle(
  bundle: Bundle,
  known: KnownGraph,
  resolution?: BundleResolution,
): { problems: Problem[]; plan?: BundlePlan } {
  const problems: Problem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const sources = bundle.sources ?? [];
  const claims = bundle.claims ?? [];
  const statements = bundle.statements ?? [];
  const text = bundle.document.text;
  // The schema counts code points; offsets are UTF-16 units, so the limit that matters is checked here.
  if (text !== undefined && text.length > MAX_TEXT_UTF16) {
    problem('/document/text', `is too long: ${text.length} UTF-16 code units, at most ${MAX_TEXT_UTF16}`);
  }
  const documentId = documentIdOf(bundle);

  // Sources defined here, by every key that names them. A source merged into another (mergeSources) and
  // defined again, as a bundle loaded before the merge does, is folded: the definition is one of the source
  // it was merged into, so that reloading that bundle duplicates nothing.
  const localSourceByKey = new Map<string, string>();
  /** Each source id defined here, and the id it is stored under. */
  const storedIds = new Map<string, string>();
  const foldedKeys = new Set<string>();
  /** Provisional sources that joined one already there: folded into it like a merged source. */
  const joinedIds = new Set<string>();
  sources.forEach((source, i) => {
    if (storedIds.has(source.id)) problem(pointer('sources', i, 'id'), `duplicate source id '${source.id}'`);
    const resolved = resolution?.sources.get(source.id);
    const id = resolved?.id ?? mergedInto(source.id, known) ?? source.id;
    storedIds.set(source.id, id);
    if (resolved?.joined) joinedIds.add(source.id);
    keysOf(source, resolved).forEach(({ key, name, path }) => {
      const at = pointer('sources', i, ...path);
      const localOwner = localSourceByKey.get(key);
      if (localOwner !== undefined && localOwner !== id) {
        problem(at, `'${name}' would name both source '${localOwner}' and source '${id}'`);
      }
      const knownOwner = known.sourceForKey(key);
      if (knownOwner !== undefined && knownOwner !== id) {
        problem(at, `'${name}' already names source '${knownOwner}'; one alias belongs to one source only`);
      }
      localSourceByKey.set(key, id);
      if (id !== source.id) foldedKeys.add(key);
    });
  });
  /** Whether a name reaches its source through a merge: edges that the merge made loops are dropped. */
  const throughMerge = (ref: string) =>
    foldedKeys.has(aliasKey(ref)) || known.mergedFrom(aliasKey(ref)) !== undefined;
  const resolveSource = (ref: string, path: string): string | undefined => {
    const id = storedIds.get(ref) ?? localSourceByKey.get(aliasKey(ref)) ?? known.sourceForKey(aliasKey(ref));
    if (id === undefined) {
      problem(
        path,
        `unknown source '${ref}': no source has this id or alias, in this bundle or already loaded`,
      );
    }
    return id;
  };

  const claimIds = new Set<string>();
  claims.forEach((claim, i) => {
    if (claimIds.has(claim.id)) problem(pointer('claims', i, 'id'), `duplicate claim id '${claim.id}'`);
    claimIds.add(claim.id);
  });
  // A hand-written bundle naming a claim that was merged since means the claim it was merged into; a
  // draft's ids are its own (resolution maps them).
  const keptClaimOf = (id: string) => (resolution === undefined ? known.claimMergedInto(id) : undefined);
  const resolveClaim = (ref: string, path: string): string | undefined => {
    if (claimIds.has(ref)) return resolution?.claims.get(ref)?.id ?? keptClaimOf(ref) ?? ref;
    if (known.claimExists(ref)) return ref;
    const kept = known.claimMergedInto(ref);
    if (kept !== undefined) return kept;
    problem(path, `unknown claim '${ref}': no claim has this id, in this bundle or already loaded`);
    return undefined;
  };

  // A folded definition never replaces whom the source it folds into speaks for.
  const speaksForKept = (id: string) =>
    known.parentsOf(id).speaksFor !== undefined ||
    sources.some((s) => s.id === id && s.speaksFor !== undefined);
  const sourceRows = sources.map((source, i) => {
    const id = storedIds.get(source.id) as string;
    const folded = joinedIds.has(source.id) || (resolution === undefined && id !== source.id);
    const planned = planSource(source, i, id, folded, resolveSource, throughMerge, problem);
    const row = withNamesKept(planned, source, resolution?.sources.get(source.id));
    return folded && speaksForKept(id) ? { ...row, speaksFor: null } : row;
  });
  checkCycles(sourceRows, known, problem);
  const claimRows = claims.map((claim, i) => {
    const kept = keptClaimOf(claim.id);
    // A definition of a merged claim (a bundle loaded before the merge) adds its relations to the claim
    // kept, as a draft's claim that joined one does; its words and figure are the kept claim's.
    const joined = kept === undefined ? undefined : { id: kept, joined: true, score: 1, reasons: [] };
    const resolved = joined ?? resolution?.claims.get(claim.id);
    return planClaim(claim, i, resolveClaim, problem, resolved, resolution?.questions);
  });
  const statementIds = new Map<string, number>();
  const statementRows = statements.flatMap((statement, i) => {
    const row = planStatement(
      statement,
      i,
      documentId,
      text,
      resolveSource,
      throughMerge,
      resolveClaim,
      problem,
      resolution !== undefined,
    );
    if (!row) return [];
    const at = pointer('statements', i, ...(statement.id === undefined ? [] : ['id']));
    const earlier = statementIds.get(row.id);
    if (earlier !== undefined) {
      problem(
        at,
        statement.id === undefined
          ? `same speaker and same words as /statements/${earlier}: give one of them an explicit id`
          : `duplicate statement id '${row.id}'`,
      );
    }
    statementIds.set(row.id, i);
    const owner = known.documentOfStatement(row.id);
    if (owner !== undefined && owner !== documentId) {
      problem(at, `statement id '${row.id}' already belongs to document '${owner}'`);
    }
    return [row];
  });
  if (problems.length > 0) return { problems };

  const documentProps = definedProps({ ...bundle.document, id: documentId });
  return {
    problems,
    plan: {
      document: {
        id: documentId,
        props: documentProps,
        hash: sha256(canonicalJson(documentProps), canonicalJson(statementRows.map((s) => s.hash))),
      },
      sources: sourceRows,
      aliases: sources.flatMap((source) =>
        keysOf(source, resolution?.sources.get(source.id)).map(({ key, name }) => ({
          key,
          name,
          sourceId: storedIds.get(source.id) as string,
        })),
      ),
      memberships: sourceRows.flatMap((s) => s.memberOf.map((to, order) => ({ from: s.id, to, order }))),
      spokesmen: sourceRows.flatMap((s) => (s.speaksFor === null ? [] : [{ from: s.id, to: s.speaksFor }])),
      claims: claimRows,
      claimSupports: claimRows.flatMap((c) => c.supports.map((to) => ({ from: c.id, to }))),
      claimContradictions: claimRows.flatMap((c) => c.contradicts.map((to) => ({ from: c.id, to }))),
      statements: statementRows,
      ...resolutionRows(resolution),
    },
  };
}

/** What to record of a provisional bundle's resolution. */
function resolutionRows(
  resolution: BundleResolution | undefined,
): Pick<BundlePlan, 'resolutions' | 'suggestions'> {
  if (!resolution) return { resolutions: [], suggestions: [] };
  const { documentId } = resolution;
  const rows = (kind: MatchKind, items: ReadonlyMap<string, Resolved>) =>
    [...items].map(([provisionalId, r]) => ({
      key: recordKey(kind, documentId, provisionalId),
      kind,
      documentId,
      provisionalId,
      nodeId: r.id,
      joined: r.joined,
      score: r.score,
      reasons: r.reasons,
    }));
  const at = new Date().toISOString();
  return {
    resolutions: [
      ...rows('SOURCE', resolution.sources),
      ...rows('CLAIM', resolution.claims),
      ...rows('QUESTION', resolution.questions),
    ],
    suggestions: resolution.suggestions.map((s) => ({ ...s, at })),
  };
}

/** The source a source id was merged into (mergeSources), if it was. */
function mergedInto(id: string, known: KnownGraph): string | undefined {
  const key = aliasKey(id);
  const from = known.mergedFrom(key);
  return from !== undefined && aliasKey(from) === key ? known.sourceForKey(key) : undefined;
}

/**
 * Every key a source is known by: its id and each alias. A provisional source that joined another adds its
 * name too, and one stored under another id that id; names that name another source already are withheld.
 */
function keysOf(
  source: BundleSource,
  resolved?: { id: string; joined: boolean; withheld: ReadonlySet<string> },
): { key: string; name: string; path: (string | number)[] }[] {
  const keys = [
    { key: aliasKey(source.id), name: source.id, path: ['id'] as (string | number)[] },
    ...(source.aliases ?? []).map((alias, j) => ({
      key: aliasKey(alias),
      name: alias,
      path: ['aliases', j] as (string | number)[],
    })),
  ];
  if (!resolved) return keys;
  const extra = resolved.joined
    ? [{ key: aliasKey(source.name), name: source.name, path: ['name'] }]
    : resolved.id === source.id
      ? []
      : [{ key: aliasKey(resolved.id), name: resolved.id, path: ['id'] }];
  const seen = new Set<string>();
  return [...keys, ...extra].filter(({ key }) => {
    if (resolved.withheld.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Resolve = (ref: string, path: string) => string | undefined;
type Report = (path: string, message: string) => void;
type ThroughMerge = (ref: string) => boolean;

/** A source's row, stored under `id`: its own, or, when `folded`, the one it was merged into. */
function planSource(
  source: BundleSource,
  i: number,
  id: string,
  folded: boolean,
  resolve: Resolve,
  throughMerge: ThroughMerge,
  problem: Report,
): SourceRow {
  const parent = (ref: string, path: string) => {
    const parentId = resolve(ref, path);
    if (parentId === id) {
      // The edge joins two sources that a merge made one: the merge dropped it, and so does a reload.
      if (folded || throughMerge(ref)) return undefined;
      problem(path, `a source cannot be a member of, or speak for, itself`);
    }
    return parentId;
  };
  const memberOf = (source.memberOf ?? []).flatMap(
    (ref, j) => parent(ref, pointer('sources', i, 'memberOf', j)) ?? [],
  );
  const speaksFor =
    source.speaksFor === undefined
      ? null
      : (parent(source.speaksFor, pointer('sources', i, 'speaksFor')) ?? null);
  const { name, type, role, affiliation, reliability } = source;
  return {
    id,
    // Folded, it adds names and memberships only: the fields of the source it folds into stay.
    props: folded ? {} : definedProps({ id, name, type, role, affiliation, reliability }),
    aliases: source.aliases ?? [],
    sounds: soundsOf([name, ...(source.aliases ?? [])]),
    memberOf: [...new Set(memberOf)],
    speaksFor,
  };
}

/**
 * The names a resolved provisional source adds to the stored one: its aliases, and its name when it joined
 * another source, less those that name another source already (kept on the suggestion instead).
 */
function withNamesKept(
  row: SourceRow,
  source: BundleSource,
  resolved: { joined: boolean; withheld: ReadonlySet<string> } | undefined,
): SourceRow {
  if (!resolved) return row;
  const names = [...(source.aliases ?? []), ...(resolved.joined ? [source.name] : [])].filter(
    (name) => !resolved.withheld.has(aliasKey(name)),
  );
  return { ...row, aliases: [...new Set(names)], sounds: soundsOf([source.name, ...names]) };
}

/**
 * A membership or speaks-for edge that would close a cycle, through this bundle's edges and known ones. A
 * speaksFor given here replaces the known one (as the write will), so the old edge is not followed.
 */
function checkCycles(rows: SourceRow[], known: KnownGraph, problem: Report): void {
  // Several rows have one id when a source and one folded into it are both defined.
  const local = new Map<string, SourceRow[]>();
  rows.forEach((r) => local.set(r.id, [...(local.get(r.id) ?? []), r]));
  const parents = (id: string): string[] => {
    const stored = known.parentsOf(id);
    const given = local.get(id) ?? [];
    const speaksFor = given.findLast((r) => r.speaksFor !== null)?.speaksFor ?? stored.speaksFor;
    return [...given.flatMap((r) => r.memberOf), ...stored.memberOf, ...(speaksFor ? [speaksFor] : [])];
  };
  rows.forEach((row, i) => {
    const seen = new Set<string>();
    const stack = parents(row.id);
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === row.id) {
        problem(pointer('sources', i), `memberOf/speaksFor of '${row.id}' would form a cycle back to itself`);
        return;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...parents(next));
    }
  });
}

function planClaim(
  claim: BundleClaim,
  i: number,
  resolve: Resolve,
  problem: Report,
  resolved: Resolved | undefined,
  questions: BundleResolution['questions'] | undefined,
): ClaimRow {
  const { quantity } = claim;
  if (quantity?.min !== undefined && quantity.max !== undefined && quantity.min > quantity.max) {
    problem(pointer('claims', i, 'quantity'), `min ${quantity.min} is greater than max ${quantity.max}`);
  }
  const related = (field: 'supports' | 'contradicts') =>
    (claim[field] ?? []).flatMap((ref, j) => {
      const path = pointer('claims', i, field, j);
      const id = resolve(ref, path);
      if (id !== undefined && id === (resolved?.id ?? claim.id)) {
        // Two provisional claims that joined one claim relate to nothing by that.
        if (resolved) return [];
        problem(path, `a claim cannot ${field === 'supports' ? 'support' : 'contradict'} itself`);
      }
      return id ?? [];
    });
  const supports = related('supports');
  const contradicts = related('contradicts');
  for (const both of resolved ? [] : supports.filter((id) => contradicts.includes(id))) {
    problem(pointer('claims', i), `claim '${claim.id}' both supports and contradicts '${both}'`);
  }
  const id = resolved?.id ?? claim.id;
  // A claim that joined one already there adds its relations; its words and figure are that claim's.
  if (resolved?.joined) {
    return {
      id,
      props: {},
      questionKey: null,
      questionText: null,
      questionWhat: null,
      supports,
      contradicts,
    };
  }
  const question =
    claim.question === undefined ? undefined : (questions?.get(claim.question)?.id ?? claim.question);
  return {
    id,
    props: definedProps({
      id,
      text: claim.text,
      question,
      ...quantityProps(quantity),
      about: claim.about,
      occurredAt: claim.occurredAt,
    }),
    questionKey: question === undefined ? null : questionKey(question),
    questionText: question?.trim() ?? null,
    questionWhat: question === undefined ? null : (countOf(question) ?? null),
    supports,
    contradicts,
  };
}

function planStatement(
  statement: BundleStatement,
  i: number,
  documentId: string,
  text: string | undefined,
  resolveSource: Resolve,
  throughMerge: ThroughMerge,
  resolveClaim: Resolve,
  problem: Report,
  provisional: boolean,
): StatementRow | undefined {
  const at = (...path: (string | number)[]) => pointer('statements', i, ...path);
  const sourceId = resolveSource(statement.source, at('source'));
  /** Each relay so far, and whether it was named through a merge. */
  const relays = new Map<string, boolean>();
  const via = (statement.via ?? []).flatMap((ref, j) => {
    const id = resolveSource(ref, at('via', j));
    if (id === undefined) return [];
    // Relays that a merge made the speaker, or made one relay, were dropped by the merge, and so by a reload.
    const merged = throughMerge(ref);
    if (id === sourceId && (merged || throughMerge(statement.source))) return [];
    if (relays.has(id) && (merged || relays.get(id))) return [];
    if (id === sourceId) problem(at('via', j), 'the speaker cannot also be a relay of their own statement');
    relays.set(id, merged);
    return [{ id, order: j }];
  });

  let quote = statement.quote;
  const { span } = statement;
  if (span) {
    if (span.end < span.start) problem(at('span'), `end ${span.end} is before start ${span.start}`);
    else if (text === undefined)
      problem(at('span'), 'a span needs the document text (document.text is missing)');
    else if (span.end > text.length) {
      problem(at('span'), `end ${span.end} is past the end of the document text (${text.length} characters)`);
    } else {
      const words = text.slice(span.start, span.end);
      if (quote === undefined) quote = words;
      else if (quote !== words) {
        problem(
          at('quote'),
          `does not match the text at ${span.start}-${span.end}, which reads ${JSON.stringify(abbreviate(words))}`,
        );
      }
    }
  }

  const seen = new Map<string, { claim: string; stance: Stance }>();
  // Sorted: the order of a statement's stances means nothing, so it must not change its hash.
  const stances = statement.stances
    .flatMap(({ claim, stance }, j) => {
      const id = resolveClaim(claim, at('stances', j, 'claim'));
      if (id === undefined) return [];
      const earlier = seen.get(id);
      seen.set(id, earlier ?? { claim, stance });
      if (earlier === undefined) return [{ claim: id, stance }];
      const path = at('stances', j, 'claim');
      if (earlier.claim === claim) {
        problem(path, `claim '${claim}' appears twice in this statement's stances`);
      } else if (earlier.stance !== stance && !provisional) {
        // Two ids that now name one claim (one was merged into the other), taken on both sides.
        problem(
          path,
          `claim '${claim}' and claim '${earlier.claim}' are one claim now ('${id}'), and this statement ` +
            `${stance === 'SUPPORTS' ? 'supports' : 'contradicts'} one and ` +
            `${earlier.stance === 'SUPPORTS' ? 'supports' : 'contradicts'} the other`,
        );
      }
      // Two ids that name one claim (a merge, or two drafts' claims that joined one) are one stance; a
      // draft's two claims joined into one and taken on both sides keep the first (docs/resolution.md).
      return [];
    })
    .sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  const retracts = [
    ...new Set(
      (statement.retracts ?? []).flatMap((claim, j) => {
        const id = resolveClaim(claim, at('retracts', j));
        if (id !== undefined && seen.has(id)) {
          problem(
            at('retracts', j),
            `claim '${claim}' is both retracted and taken a stance on by this statement`,
          );
        }
        return id ?? [];
      }),
    ),
  ].sort();
  if (sourceId === undefined) return undefined;

  const id = statementIdOf(documentId, statement);
  const props = definedProps({
    id,
    quote,
    cue: statement.cue,
    direct: statement.direct,
    channel: statement.channel,
    spanStart: span?.start,
    spanEnd: span?.end,
    saidAt: statement.saidAt,
    revises: statement.revises === true ? true : undefined,
    speakerAsWritten: statement.source,
  });
  return {
    id,
    documentId,
    sourceId,
    props,
    via,
    stances,
    retracts,
    // A statement that retracts nothing hashes as before retractions existed: loads stay unchanged.
    hash: sha256(
      canonicalJson({ props, sourceId, via, stances, ...(retracts.length > 0 ? { retracts } : {}) }),
    ),
  };
}

const abbreviate = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

/** A node's properties as written: only the fields given. */
const definedProps = (fields: Record<string, unknown>): Props => withoutNulls(fields) as Props;
