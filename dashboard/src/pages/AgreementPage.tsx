import { useEffect, useState } from 'preact/hooks';
import { ApiError, graphql } from '../api';
import { ClaimLink, ErrorMessage, Loading, Section } from '../components/common';
import { plural } from '../format';
import { useApiKey, usePageTitle } from '../hooks';
import type { AgreementPairFragment, MatrixSourcesQuery } from '../generated/operations';
import { MATRIX_SOURCES, agreementQuery } from '../queries';
import { navigate, to, withQuery } from '../router';

/** The service allows 15 aliased fields a request (src/api/limits.ts): one request asks up to 15 pairs. */
const PAIRS_PER_REQUEST = 15;
const SIZES = [4, 6, 8, 10, 12];
const DEFAULT_SIZE = 8;

/** A source of the matrix, with how many claims it takes a side on. */
type Ranked = Pick<MatrixSourcesQuery['sources']['edges'][number]['node'], 'id' | 'name'> & { sides: number };

interface Matrix {
  sources: Ranked[];
  cells: Map<string, AgreementPairFragment>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface CellSummary {
  agree: number;
  opposed: number;
  /** From −1 (they always take opposite sides) to 1 (always the same side); null when they share no claim. */
  score: number | null;
}

export function summarise(view: AgreementPairFragment): CellSummary {
  const agree = view.bothSupport.length + view.bothContradict.length;
  const opposed = view.opposed.length;
  return { agree, opposed, score: agree + opposed === 0 ? null : (agree - opposed) / (agree + opposed) };
}

/** A heat class for the cell; the cell's text and label carry the same numbers, so colour is not the cue. */
function heat(score: number | null): string {
  if (score === null) return 'heat-none';
  if (score >= 0.5) return 'heat-agree-strong';
  if (score > 0) return 'heat-agree';
  if (score === 0) return 'heat-mixed';
  if (score > -0.5) return 'heat-oppose';
  return 'heat-oppose-strong';
}

/**
 * The sources taking a side on the most claims, and agreement(a, b) for every pair of them, asked in as few
 * requests as the alias limit allows (28 pairs for 8 sources: two requests).
 */
async function loadMatrix(size: number, signal: AbortSignal): Promise<Matrix> {
  const { sources } = await graphql(MATRIX_SOURCES, { first: 100 }, signal);
  const ranked: Ranked[] = sources.edges
    .map(({ node }) => ({
      id: node.id,
      name: node.name,
      sides: node.supports.length + node.contradicts.length,
    }))
    .filter((s) => s.sides > 0)
    .sort((a, b) => b.sides - a.sides || a.name.localeCompare(b.name))
    .slice(0, size);
  const pairs: [string, string][] = [];
  ranked.forEach((a, i) => ranked.slice(i + 1).forEach((b) => pairs.push([a.id, b.id])));
  const cells = new Map<string, AgreementPairFragment>();
  for (let i = 0; i < pairs.length; i += PAIRS_PER_REQUEST) {
    const batch = pairs.slice(i, i + PAIRS_PER_REQUEST);
    const data = await graphql(agreementQuery(batch), {}, signal);
    batch.forEach(([a, b], j) => {
      const view = data[`p${j}`];
      if (view) cells.set(pairKey(a, b), view);
    });
  }
  return { sources: ranked, cells };
}

export function AgreementPage({ query }: { query: URLSearchParams }) {
  usePageTitle('Agreement');
  const requested = Number(query.get('n'));
  const size = SIZES.includes(requested) ? requested : DEFAULT_SIZE;
  const key = useApiKey();
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<[Ranked, Ranked] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setMatrix(null);
    setError(null);
    loadMatrix(size, controller.signal).then(setMatrix, (failure: unknown) => {
      if (!controller.signal.aborted) {
        setError(failure instanceof ApiError ? failure : new ApiError(String(failure), [], null));
      }
    });
    return () => controller.abort();
  }, [size, key]);

  const selectedView =
    selected && matrix ? matrix.cells.get(pairKey(selected[0].id, selected[1].id)) : undefined;

  return (
    <>
      <h1 tabIndex={-1}>Who agrees with whom</h1>
      <p>
        For the sources that take a side on the most claims: how many claims each pair stands on together
        (both support or both contradict, <strong>+</strong>) and apart (one supports, the other contradicts,{' '}
        <strong>−</strong>). Choose a cell to see the claims.
      </p>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label htmlFor="matrix-size">Sources in the matrix</label>
          <select
            id="matrix-size"
            value={String(size)}
            onChange={(event) =>
              navigate(withQuery(to('agreement'), { n: event.currentTarget.value }), { replace: true })
            }
          >
            {SIZES.map((n) => (
              <option key={n} value={String(n)}>
                {n} sources ({(n * (n - 1)) / 2} pairs)
              </option>
            ))}
          </select>
        </div>
      </form>
      <ul class="legend" aria-label="Legend">
        <li>
          <span class="swatch heat-agree-strong" aria-hidden="true" /> mostly together
        </li>
        <li>
          <span class="swatch heat-mixed" aria-hidden="true" /> as often together as apart
        </li>
        <li>
          <span class="swatch heat-oppose-strong" aria-hidden="true" /> mostly apart
        </li>
        <li>
          <span class="swatch heat-none" aria-hidden="true" /> no claim in common
        </li>
      </ul>
      {error ? <ErrorMessage error={error} what="the agreement matrix" /> : null}
      {!matrix && !error ? <Loading what="the agreement matrix" /> : null}
      {matrix ? (
        <div class="table-scroll" role="region" aria-label="Agreement matrix">
          <table class="matrix" data-testid="agreement-matrix">
            <caption class="visually-hidden">
              Agreement between {matrix.sources.length} sources: claims together (+) and apart (−)
            </caption>
            <thead>
              <tr>
                <td />
                {matrix.sources.map((s) => (
                  <th key={s.id} scope="col" class="col-head">
                    <span>{s.name}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.sources.map((row) => (
                <tr key={row.id}>
                  <th scope="row" class="row-head">
                    <a href={to('sources', row.id)}>{row.name}</a>
                  </th>
                  {matrix.sources.map((col) => {
                    if (col.id === row.id) {
                      return (
                        <td key={col.id} class="diagonal">
                          <span aria-label="same source">—</span>
                        </td>
                      );
                    }
                    const view = matrix.cells.get(pairKey(row.id, col.id));
                    const cell = view ? summarise(view) : { agree: 0, opposed: 0, score: null };
                    const isSelected =
                      selected !== null &&
                      ((selected[0].id === row.id && selected[1].id === col.id) ||
                        (selected[0].id === col.id && selected[1].id === row.id));
                    return (
                      <td key={col.id} class={heat(cell.score)}>
                        <button
                          type="button"
                          class="cell"
                          aria-pressed={isSelected}
                          aria-label={`+${cell.agree} −${cell.opposed}: ${row.name} and ${col.name}, ${plural(cell.agree, 'claim')} together, ${plural(cell.opposed, 'claim')} apart`}
                          onClick={() => setSelected([row, col])}
                        >
                          +{cell.agree} −{cell.opposed}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div aria-live="polite">
        {selected && selectedView ? (
          <Section id="pair" title={`${selected[0].name} and ${selected[1].name}`} class="panel">
            <PairList title="Both support" claims={selectedView.bothSupport} />
            <PairList title="Both contradict" claims={selectedView.bothContradict} />
            <PairList title="On opposite sides" claims={selectedView.opposed} />
          </Section>
        ) : null}
      </div>
    </>
  );
}

function PairList({ title, claims }: { title: string; claims: { id: string; text: string }[] }) {
  return (
    <>
      <h3>
        {title} ({claims.length})
      </h3>
      {claims.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul class="plain-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <ClaimLink claim={claim} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
