import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage, Loading, NotFound, Page, Section, StatusBadge } from '../components/common';
import { usePageTitle, useQuery } from '../hooks';
import { GRAPH } from '../queries';
import { navigate, to } from '../router';
import { neighbourhood, positions, type GraphEdge, type GraphNode } from './graphElements';

// Colours of stance edges, each with its own line style, arrow and label (never the colour alone).
const SUPPORTS = '#146c2e';
const CONTRADICTS = '#b3261e';
const RELAY = '#7a4f00';
const ORIGIN = '#5b21b6';
const CONFLICT = '#9a3412';

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family':
        'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif',
      'font-size': 12,
      color: '#111827',
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 28,
      height: 28,
      'border-width': 2,
    },
  },
  { selector: 'node[kind = "source"]', style: { 'background-color': '#e5e7eb', 'border-color': '#374151' } },
  {
    selector: 'node[kind = "relay"]',
    style: { shape: 'diamond', 'background-color': '#fde9b8', 'border-color': RELAY },
  },
  {
    selector: 'node[kind = "origin"]',
    style: { shape: 'hexagon', 'background-color': '#ede9fe', 'border-color': ORIGIN },
  },
  {
    selector: 'node[kind = "claim"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#eef2ff',
      'border-color': '#1e40af',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-max-width': '180px',
      'text-background-opacity': 0,
      width: 200,
      height: 80,
    },
  },
  {
    selector: 'node[?focus]',
    style: { 'border-width': 4, 'background-color': '#dbeafe', 'font-weight': 'bold' },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      color: '#111827',
      'arrow-scale': 1.2,
    },
  },
  {
    selector: 'edge[kind = "supports"]',
    style: {
      'line-color': SUPPORTS,
      'target-arrow-color': SUPPORTS,
      'target-arrow-shape': 'triangle',
      color: SUPPORTS,
    },
  },
  {
    selector: 'edge[kind = "contradicts"]',
    style: {
      'line-color': CONTRADICTS,
      'target-arrow-color': CONTRADICTS,
      'target-arrow-shape': 'tee',
      'line-style': 'dashed',
      color: CONTRADICTS,
    },
  },
  { selector: 'edge[?derived]', style: { 'line-style': 'dotted', width: 2.5 } },
  {
    selector: 'edge[kind = "relay"]',
    style: { 'line-color': RELAY, 'target-arrow-color': RELAY, 'target-arrow-shape': 'vee', width: 1.5 },
  },
  {
    selector: 'edge[kind = "origin"]',
    style: {
      'line-color': ORIGIN,
      'target-arrow-color': ORIGIN,
      'target-arrow-shape': 'triangle-backcurve',
      width: 1.5,
      'line-style': 'dashed',
      'line-dash-pattern': [2, 4],
    },
  },
  {
    selector: 'edge[kind = "conflicts"]',
    style: {
      'line-color': CONFLICT,
      'source-arrow-color': CONFLICT,
      'target-arrow-color': CONFLICT,
      'source-arrow-shape': 'tee',
      'target-arrow-shape': 'tee',
      width: 4,
      color: CONFLICT,
    },
  },
];

export function GraphPage({ id }: { id: string }) {
  const { data, error, loading } = useQuery(GRAPH, { id });
  const claim = data?.claim;
  usePageTitle(claim ? `Graph: ${claim.text}` : 'Graph');

  const breadcrumb = (
    <>
      <a href={to()}>Claims</a> <span aria-hidden="true">›</span> <a href={to('claims', id)}>{id}</a>{' '}
      <span aria-hidden="true">›</span> <span>graph</span>
    </>
  );
  if (error || loading || !data) {
    return (
      <Page title="Graph" breadcrumb={breadcrumb}>
        {error ? (
          <ErrorMessage error={error} what="the claim's neighbourhood" />
        ) : (
          <Loading what="the graph" />
        )}
      </Page>
    );
  }
  if (!claim) return <NotFound what={`No claim has the id ${id}.`} />;
  const { nodes, edges } = neighbourhood(claim);

  return (
    <Page
      title={
        <>
          <span class="muted">Graph of</span> {claim.text}
        </>
      }
      breadcrumb={breadcrumb}
      class="graph-page"
    >
      <p>
        <StatusBadge status={claim.verdict.status} />{' '}
        <a href={to('claims', claim.id)}>Back to the claim page</a>
      </p>
      <ul class="legend" aria-label="Legend">
        <li>
          <span class="line line-supports" aria-hidden="true" /> ✔ supports (solid, arrow)
        </li>
        <li>
          <span class="line line-contradicts" aria-hidden="true" /> ✖ contradicts (dashed, bar)
        </li>
        <li>
          <span class="line line-derived" aria-hidden="true" /> derived stance (dotted)
        </li>
        <li>
          <span class="line line-relay" aria-hidden="true" /> ◆ relayed by
        </li>
        <li>
          <span class="line line-origin" aria-hidden="true" /> ⬢ independent origin
        </li>
        <li>
          <span class="line line-conflict" aria-hidden="true" /> ⚠ conflicting claim (thick line, bars at both
          ends)
        </li>
      </ul>
      <GraphCanvas nodes={nodes} edges={edges} title={claim.text} />
      <Section id="connections" title={`Connections (${edges.length})`}>
        <p class="muted">The drawing above, in words. Each name leads to its page.</p>
        <ul class="plain-list" data-testid="graph-connections">
          {edges.map((edge) => (
            <li key={edge.id} data-kind={edge.kind}>
              <EdgeText edge={edge} nodes={nodes} />
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}

function EdgeText({ edge, nodes }: { edge: GraphEdge; nodes: GraphNode[] }) {
  const from = nodes.find((n) => n.id === edge.source);
  const target = nodes.find((n) => n.id === edge.target);
  const icon = { supports: '✔', contradicts: '✖', relay: '◆', origin: '⬢', conflicts: '⚠' }[edge.kind];
  const link = (node: GraphNode | undefined) =>
    node ? <a href={to(node.target.type, node.target.id)}>{node.title}</a> : null;
  return (
    <>
      <span aria-hidden="true">{icon} </span>
      {link(from)} <strong class={`stance-${edge.kind}`}>{edge.label}</strong> {link(target)}
    </>
  );
}

function GraphCanvas({ nodes, edges, title }: { nodes: GraphNode[]; edges: GraphEdge[]; title: string }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    setState('loading');
    // cytoscape is loaded with this page only, so the other pages stay small.
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        const instance = cytoscape({
          container: container.current,
          elements: [
            ...nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
            ...edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
          ],
          style: STYLE as never,
          layout: { name: 'grid' },
          minZoom: 0.2,
          maxZoom: 2,
        });
        cy.current = instance;
        instance.on('tap', 'node', (event) => {
          const target = (event.target as { data(key: string): GraphNode['target'] }).data('target');
          navigate(to(target.type, target.id));
        });
        const placed = positions(nodes, edges);
        const layout = instance.layout({
          name: 'preset',
          positions: (node: { id(): string }) => placed.get(node.id()) ?? { x: 0, y: 0 },
          animate: false,
          padding: 24,
        } as never);
        layout.one('layoutstop', () => {
          instance.fit(undefined, 24);
          // A small neighbourhood fitted to the box would be drawn huge: keep text at a readable size.
          if (instance.zoom() > 1.4) instance.zoom(1.4);
          instance.center();
          if (!cancelled) setState('ready');
        });
        layout.run();
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      cy.current?.destroy();
      cy.current = null;
    };
  }, [nodes.map((n) => n.id).join('|'), edges.map((e) => e.id).join('|')]);

  const zoom = (factor: number) => {
    const instance = cy.current;
    if (!instance) return;
    instance.zoom({
      level: instance.zoom() * factor,
      renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 },
    });
  };

  return (
    <div class="graph-wrap">
      <div class="graph-tools" role="group" aria-label="Graph view">
        <button type="button" class="secondary" onClick={() => zoom(1.25)} disabled={state !== 'ready'}>
          Zoom in
        </button>
        <button type="button" class="secondary" onClick={() => zoom(0.8)} disabled={state !== 'ready'}>
          Zoom out
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => cy.current?.fit(undefined, 24)}
          disabled={state !== 'ready'}
        >
          Fit
        </button>
        <span class="muted">Drag to move, scroll or pinch to zoom, click a node to open its page.</span>
      </div>
      <div
        ref={container}
        class="graph"
        data-testid="graph"
        data-state={state}
        data-nodes={nodes.length}
        data-edges={edges.length}
        role="img"
        aria-label={`Graph of the claim “${title}”: ${nodes.length} nodes and ${edges.length} connections, listed below.`}
      />
      {state === 'failed' ? (
        <p class="error" role="alert">
          The graph could not be drawn; the connections are listed below.
        </p>
      ) : null}
    </div>
  );
}
