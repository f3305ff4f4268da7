import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage, Loading, ReliabilityText } from '../components/common';
import { humanEnum, plural } from '../format';
import { usePageTitle, useQuery } from '../hooks';
import type { Affiliation, SourceFilter, SourceType } from '../generated/operations';
import { SOURCES } from '../queries';
import { navigate, to, withQuery } from '../router';

const TYPES: SourceType[] = [
  'PERSON',
  'ORGANIZATION',
  'MEDIA',
  'GROUP',
  'GOVERNMENT',
  'INTERNATIONAL',
  'UNKNOWN',
];
const AFFILIATIONS: Affiliation[] = [
  'GOVERNMENT',
  'OPPOSITION',
  'INDEPENDENT',
  'STATE_MEDIA',
  'FOREIGN',
  'INTERNATIONAL',
  'CIVIL_SOCIETY',
  'UNKNOWN',
];

export function SourcesPage({ query }: { query: URLSearchParams }) {
  usePageTitle('Sources');
  const name = query.get('name') ?? '';
  const type = query.get('type') ?? '';
  const affiliation = query.get('affiliation') ?? '';
  const after = query.get('after');
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);

  const filter: SourceFilter = {};
  if (name.trim()) filter.name = name.trim();
  // As the address has them: the API refuses a value it does not know, and the page says so.
  if (type) filter.type = type as SourceType;
  if (affiliation) filter.affiliation = affiliation as Affiliation;
  const { data, error, loading } = useQuery(SOURCES, { filter, first: 50, after });
  const apply = (change: Record<string, string>) =>
    navigate(withQuery(to('sources'), { name, type, affiliation, ...change }), { replace: true });

  return (
    <>
      <h1 tabIndex={-1}>Sources</h1>
      <p>
        Who said something, or passed it on. The <a href={to('agreement')}>agreement matrix</a> shows who
        agrees with whom.
      </p>
      <form
        class="filters"
        role="search"
        aria-label="Sources"
        onSubmit={(event) => {
          event.preventDefault();
          apply({ name: draft.trim() });
        }}
      >
        <div class="field">
          <label htmlFor="sources-name">Name or alias</label>
          <div class="inline">
            <input
              id="sources-name"
              type="search"
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <button type="submit">Search</button>
          </div>
        </div>
        <div class="field">
          <label htmlFor="sources-type">Type</label>
          <select
            id="sources-type"
            value={type}
            onChange={(e) => apply({ type: e.currentTarget.value, name: draft })}
          >
            <option value="">Any type</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {humanEnum(t)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label htmlFor="sources-affiliation">Affiliation</label>
          <select
            id="sources-affiliation"
            value={affiliation}
            onChange={(e) => apply({ affiliation: e.currentTarget.value, name: draft })}
          >
            <option value="">Any affiliation</option>
            {AFFILIATIONS.map((a) => (
              <option key={a} value={a}>
                {humanEnum(a)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error ? <ErrorMessage error={error} what="the sources" /> : null}
      {loading && !data ? <Loading what="sources" /> : null}
      {data ? (
        <>
          <p class="count" role="status">
            {plural(data.sources.totalCount, 'source')}
          </p>
          <div class="table-scroll">
            <table class="data-table" data-testid="source-table">
              <caption class="visually-hidden">Sources</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Affiliation</th>
                  <th scope="col">Reliability</th>
                  <th scope="col">Claims supported</th>
                </tr>
              </thead>
              <tbody>
                {data.sources.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <a href={to('sources', node.id)}>{node.name}</a>
                    </th>
                    <td>{node.role ?? humanEnum(node.type)}</td>
                    <td>{node.affiliation ? humanEnum(node.affiliation) : '—'}</td>
                    <td>
                      <ReliabilityText value={node.reliability} />
                    </td>
                    <td>
                      {node.trackRecord.supported}
                      {node.trackRecord.contested > 0 ? ` (${node.trackRecord.contested} contested)` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.sources.pageInfo.hasNextPage ? (
            <p>
              <a
                href={withQuery(to('sources'), {
                  name,
                  type,
                  affiliation,
                  after: data.sources.pageInfo.endCursor,
                })}
              >
                Next page
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
