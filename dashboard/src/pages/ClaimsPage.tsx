import { useEffect, useState } from 'preact/hooks';
import { graphql, type ApiError } from '../api';
import { Credibility, ErrorMessage, Loading, StatusBadge } from '../components/common';
import { STATUSES, STATUS_LABEL, formatQuantity, plural } from '../format';
import { usePageTitle, useQuery } from '../hooks';
import type {
  ClaimFilter,
  ClaimsQuery,
  ClaimsQueryVariables,
  FilterOptionsQuery,
  VerdictStatus,
} from '../generated/operations';
import { CLAIMS, FILTER_OPTIONS } from '../queries';
import { navigate, to, withQuery } from '../router';

const PAGE_SIZE = 25;

type ClaimRow = ClaimsQuery['claims']['edges'][number]['node'];
/** Every source and question, gathered from the pages of FilterOptions. */
interface FilterOptions {
  sources: FilterOptionsQuery['sources']['edges'][number]['node'][];
  questions: FilterOptionsQuery['questions']['edges'][number]['node'][];
}

interface Filters {
  q: string;
  status: string;
  source: string;
  question: string;
  order: 'contested' | 'id';
}

function readFilters(query: URLSearchParams): Filters {
  return {
    q: query.get('q') ?? '',
    status: query.get('status') ?? '',
    source: query.get('source') ?? '',
    question: query.get('question') ?? '',
    order: query.get('order') === 'id' ? 'id' : 'contested',
  };
}

/** Every source and question, for the filters' drop-downs (a page of 100 at a time, at most 1,000). */
function useFilterOptions(): FilterOptions {
  const [options, setOptions] = useState<FilterOptions>({ sources: [], questions: [] });
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const sources: FilterOptions['sources'] = [];
      const questions: FilterOptions['questions'] = [];
      let after: string | null = null;
      let questionsAfter: string | null = null;
      for (let round = 0; round < 10; round += 1) {
        const data: FilterOptionsQuery = await graphql(
          FILTER_OPTIONS,
          { after, questionsAfter },
          controller.signal,
        );
        if (round === 0 || after !== null) sources.push(...data.sources.edges.map((e) => e.node));
        if (round === 0 || questionsAfter !== null)
          questions.push(...data.questions.edges.map((e) => e.node));
        after = data.sources.pageInfo.hasNextPage ? data.sources.pageInfo.endCursor : null;
        questionsAfter = data.questions.pageInfo.hasNextPage ? data.questions.pageInfo.endCursor : null;
        if (after === null && questionsAfter === null) break;
      }
      sources.sort((a, b) => a.name.localeCompare(b.name));
      questions.sort((a, b) => a.text.localeCompare(b.text));
      setOptions({ sources, questions });
    })().catch(() => {
      // The drop-downs stay empty; the list itself reports the error the service gave.
    });
    return () => controller.abort();
  }, []);
  return options;
}

export function ClaimsPage({ query }: { query: URLSearchParams }) {
  usePageTitle('Claims');
  const filters = readFilters(query);
  const options = useFilterOptions();
  const [draft, setDraft] = useState(filters.q);
  useEffect(() => setDraft(filters.q), [filters.q]);

  const apply = (change: Partial<Filters>) => {
    const next = { ...filters, ...change };
    navigate(
      withQuery(to(), {
        q: next.q.trim(),
        status: next.status,
        source: next.source,
        question: next.question,
        order: next.order === 'id' ? 'id' : '',
      }),
      { replace: true },
    );
  };

  const filter: ClaimFilter = {};
  if (filters.q.trim()) filter.text = filters.q.trim();
  // As the address has it: the API refuses a status it does not know, and the list says so.
  if (filters.status) filter.status = filters.status as VerdictStatus;
  if (filters.source) filter.sourceId = filters.source;
  if (filters.question) filter.question = filters.question;
  const variables: ClaimsQueryVariables = {
    filter,
    orderBy: filters.order === 'id' ? 'ID' : 'MOST_CONTESTED',
    first: PAGE_SIZE,
  };
  const first = useQuery(CLAIMS, variables);
  const [more, setMore] = useState<{ rows: ClaimRow[]; cursor: string | null; hasNext: boolean } | null>(
    null,
  );
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => {
    setMore(null);
    setMoreError(null);
  }, [JSON.stringify(variables)]);

  const connection = first.data?.claims;
  const rows = [...(connection?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const cursor = more ? more.cursor : (connection?.pageInfo.endCursor ?? null);
  const hasNext = more ? more.hasNext : (connection?.pageInfo.hasNextPage ?? false);

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const data = await graphql(CLAIMS, { ...variables, after: cursor });
      setMore({
        rows: [...(more?.rows ?? []), ...data.claims.edges.map((e) => e.node)],
        cursor: data.claims.pageInfo.endCursor,
        hasNext: data.claims.pageInfo.hasNextPage,
      });
    } catch (error) {
      setMoreError(error as ApiError);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Claims</h1>
      <form
        class="filters"
        role="search"
        aria-label="Claims"
        onSubmit={(event) => {
          event.preventDefault();
          apply({ q: draft });
        }}
      >
        <div class="field">
          <label htmlFor="claims-q">Words in the claim</label>
          <div class="inline">
            <input
              id="claims-q"
              name="q"
              type="search"
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <button type="submit">Search</button>
          </div>
        </div>
        <div class="field">
          <label htmlFor="claims-status">Verdict</label>
          <select
            id="claims-status"
            name="status"
            value={filters.status}
            onChange={(event) => apply({ status: event.currentTarget.value, q: draft })}
          >
            <option value="">Any verdict</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label htmlFor="claims-source">Source taking a side</label>
          <select
            id="claims-source"
            name="source"
            value={filters.source}
            onChange={(event) => apply({ source: event.currentTarget.value, q: draft })}
          >
            <option value="">Any source</option>
            {options.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
            {filters.source && !options.sources.some((s) => s.id === filters.source) ? (
              <option value={filters.source}>{filters.source}</option>
            ) : null}
          </select>
        </div>
        <div class="field">
          <label htmlFor="claims-question">Question</label>
          <select
            id="claims-question"
            name="question"
            value={filters.question}
            onChange={(event) => apply({ question: event.currentTarget.value, q: draft })}
          >
            <option value="">Any question</option>
            {options.questions.map((question) => (
              <option key={question.key} value={question.key}>
                {question.text}
              </option>
            ))}
            {filters.question && !options.questions.some((q) => q.key === filters.question) ? (
              <option value={filters.question}>{filters.question}</option>
            ) : null}
          </select>
        </div>
        <div class="field">
          <label htmlFor="claims-order">Order</label>
          <select
            id="claims-order"
            name="order"
            value={filters.order}
            onChange={(event) =>
              apply({ order: event.currentTarget.value === 'id' ? 'id' : 'contested', q: draft })
            }
          >
            <option value="contested">Most contested first</option>
            <option value="id">By id</option>
          </select>
        </div>
      </form>

      {first.error ? <ErrorMessage error={first.error} what="the claims" /> : null}
      {first.loading && !connection ? <Loading what="claims" /> : null}
      {connection ? (
        <>
          <p class="count" role="status">
            {plural(connection.totalCount, 'claim')}
            {filters.order === 'contested' ? ', most contested first' : ', by id'}
          </p>
          <ol class="claim-list" data-testid="claim-list" aria-busy={first.loading}>
            {rows.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} />
            ))}
          </ol>
          {moreError ? <ErrorMessage error={moreError} what="more claims" /> : null}
          {hasNext ? (
            <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Show more claims'}
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function ClaimItem({ claim }: { claim: ClaimRow }) {
  return (
    <li class="claim-item" data-claim={claim.id} data-status={claim.verdict.status}>
      <a class="claim-text" href={to('claims', claim.id)}>
        {claim.text}
      </a>
      <div class="meta">
        <StatusBadge status={claim.verdict.status} />
        <Credibility value={claim.verdict.credibility} />
        <span class="stance-count stance-supports">
          <span aria-hidden="true">✔ </span>
          {plural(claim.supporters.length, 'supporter')}
        </span>
        <span class="stance-count stance-contradicts">
          <span aria-hidden="true">✖ </span>
          {plural(claim.contradictors.length, 'contradictor')}
        </span>
      </div>
      {claim.question ? (
        <div class="meta-line muted">
          Question: <a href={withQuery(to(), { question: claim.question.key })}>{claim.question.text}</a>
          {claim.quantity ? ` · figure: ${formatQuantity(claim.quantity)}` : ''}
        </div>
      ) : null}
    </li>
  );
}
