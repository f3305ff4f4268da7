import type { ClaimGraphQuery } from '../generated/operations';

type GraphClaim = NonNullable<ClaimGraphQuery['claim']>;

export type NodeKind = 'claim' | 'source' | 'relay' | 'origin';
export type EdgeKind = 'supports' | 'contradicts' | 'relay' | 'origin' | 'conflicts';

export interface GraphNode {
  id: string;
  /** What the drawing writes on the node (a claim's text cut short). */
  label: string;
  /** The whole name or claim text, for the list beside the drawing. */
  title: string;
  kind: NodeKind;
  focus: boolean;
  /** The dashboard page the node stands for. */
  target: { type: 'claims' | 'sources'; id: string };
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  derived: boolean;
  label: string;
  /** The connection in words, for the list beside the drawing. */
  sentence: string;
}

const truncate = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;

/**
 * A claim's neighbourhood: the sources on each side (stance edges), the relays their statements came
 * through, the independent origins they count for, and the claims it conflicts with.
 */
export function neighbourhood(claim: GraphClaim): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const claimNode = `claim:${claim.id}`;
  nodes.set(claimNode, {
    id: claimNode,
    label: truncate(claim.text, 90),
    title: claim.text,
    kind: 'claim',
    focus: true,
    target: { type: 'claims', id: claim.id },
  });
  const addSource = (source: { id: string; name: string }, kind: NodeKind) => {
    const id = `source:${source.id}`;
    if (!nodes.has(id)) {
      nodes.set(id, {
        id,
        label: source.name,
        title: source.name,
        kind,
        focus: false,
        target: { type: 'sources', id: source.id },
      });
    }
    return id;
  };
  const addEdge = (edge: Omit<GraphEdge, 'id'>) => {
    const id = `${edge.kind}:${edge.source}->${edge.target}`;
    if (!edges.has(id)) edges.set(id, { ...edge, id });
  };

  for (const [kind, sides] of [
    ['supports', claim.supporters],
    ['contradicts', claim.contradictors],
  ] as const) {
    for (const side of sides) {
      const speaker = addSource(side.source, 'source');
      addEdge({
        source: speaker,
        target: claimNode,
        kind,
        derived: side.derived,
        label: side.derived ? `${kind} (derived)` : kind,
        sentence: `${side.source.name} ${kind} the claim${side.derived ? ' (derived)' : ''}`,
      });
    }
  }
  for (const side of [...claim.supporters, ...claim.contradictors]) {
    const speaker = `source:${side.source.id}`;
    for (const statement of side.statements) {
      let from = speaker;
      let fromName = side.source.name;
      for (const relay of statement.via) {
        const to = addSource(relay, 'relay');
        addEdge({
          source: from,
          target: to,
          kind: 'relay',
          derived: false,
          label: 'relayed by',
          sentence: `${fromName} was relayed by ${relay.name}`,
        });
        from = to;
        fromName = relay.name;
      }
    }
  }
  for (const origin of [...claim.verdict.supportingOrigins, ...claim.verdict.contradictingOrigins]) {
    const originNode = addSource(origin.source, 'origin');
    for (const member of origin.sources) {
      if (member.id === origin.source.id) continue;
      addEdge({
        source: `source:${member.id}`,
        target: originNode,
        kind: 'origin',
        derived: false,
        label: 'origin',
        sentence: `${member.name} counts for the independent origin ${origin.source.name}`,
      });
    }
  }
  for (const conflict of claim.conflicts) {
    const other = `claim:${conflict.claim.id}`;
    if (!nodes.has(other)) {
      nodes.set(other, {
        id: other,
        label: truncate(conflict.claim.text, 90),
        title: conflict.claim.text,
        kind: 'claim',
        focus: false,
        target: { type: 'claims', id: conflict.claim.id },
      });
    }
    addEdge({
      source: claimNode,
      target: other,
      kind: 'conflicts',
      derived: false,
      label: 'conflicts',
      sentence: `The claim conflicts with “${conflict.claim.text}” (${conflict.reason})`,
    });
    // Who stands where on the conflicting claim, among the sources already drawn: the other half of the story.
    for (const [kind, sides] of [
      ['supports', conflict.claim.supporters],
      ['contradicts', conflict.claim.contradictors],
    ] as const) {
      for (const side of sides) {
        const speaker = `source:${side.source.id}`;
        if (!nodes.has(speaker)) continue;
        addEdge({
          source: speaker,
          target: other,
          kind,
          derived: side.derived,
          label: side.derived ? `${kind} (derived)` : kind,
          sentence: `${side.source.name} ${kind} “${conflict.claim.text}”${side.derived ? ' (derived)' : ''}`,
        });
      }
    }
  }
  // Edges to a member that is not otherwise drawn (an origin's member on neither side) are left out.
  const drawn = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: drawn };
}

export interface Position {
  x: number;
  y: number;
}

const spread = (count: number, gap: number) => (i: number) => (i - (count - 1) / 2) * gap;

/**
 * Where each node is drawn, the same way every time: the claim in the middle, its supporters in a column on
 * the left and its contradictors on the right (as on the claim page), relays and origins in a row above, and
 * the claims it conflicts with in a row below.
 */
export function positions(nodes: GraphNode[], edges: GraphEdge[]): Map<string, Position> {
  const focus = nodes.find((n) => n.focus);
  const out = new Map<string, Position>();
  if (!focus) return out;
  out.set(focus.id, { x: 0, y: 0 });
  const sideOf = (kind: EdgeKind) =>
    edges.filter((e) => e.kind === kind && e.target === focus.id).map((e) => e.source);
  const left = sideOf('supports');
  const right = sideOf('contradicts').filter((id) => !left.includes(id));
  const rowGap = 90;
  [left, right].forEach((column, side) => {
    const y = spread(column.length, rowGap);
    column.forEach((id, i) => out.set(id, { x: side === 0 ? -320 : 320, y: y(i) }));
  });
  const halfHeight = (Math.max(left.length, right.length, 1) - 1) * (rowGap / 2);
  const top = nodes.filter((n) => !out.has(n.id) && (n.kind === 'relay' || n.kind === 'origin'));
  const bottom = nodes.filter((n) => !out.has(n.id) && n.kind === 'claim');
  const others = nodes.filter((n) => !out.has(n.id) && n.kind === 'source');
  const topX = spread(top.length + others.length, 230);
  [...top, ...others].forEach((n, i) => out.set(n.id, { x: topX(i), y: -halfHeight - 150 }));
  const bottomX = spread(bottom.length, 260);
  bottom.forEach((n, i) => out.set(n.id, { x: bottomX(i), y: halfHeight + 150 }));
  return out;
}
