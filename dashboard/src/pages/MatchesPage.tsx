import { useRef, useState } from 'preact/hooks';
import { graphql, type ApiError } from '../api';
import { ClaimLink, ErrorMessage, Loading, SourceLink } from '../components/common';
import { KeyForm } from '../components/KeyForm';
import { formatNumber, humanEnum, plural } from '../format';
import { useApiKey, usePageTitle, useQuery } from '../hooks';
import type { MatchKind, MatchSuggestionsQuery } from '../generated/operations';
import { CONFIRM_MATCH, MATCH_SUGGESTIONS, REJECT_MATCH } from '../queries';
import { navigate, to, withQuery } from '../router';

type Suggestion = MatchSuggestionsQuery['matchSuggestions']['edges'][number]['node'];
type Item = Suggestion['item'];

const KINDS: { value: MatchKind; label: string }[] = [
  { value: 'SOURCE', label: 'Sources' },
  { value: 'CLAIM', label: 'Claims' },
];

/** An item as words: a source's name, a claim's text (or that it is gone). */
const itemName = (item: Item): string =>
  item === null ? 'an item since removed' : item.__typename === 'Source' ? item.name : item.text;

/** The open suggested matches (docs/resolution.md), decided with a writer key. */
export function MatchesPage({ query }: { query: URLSearchParams }) {
  usePageTitle('Suggested matches');
  const kind = query.get('kind') ?? '';
  const after = query.get('after');
  const key = useApiKey();
  const { data, error, loading, refetch } = useQuery(MATCH_SUGGESTIONS, {
    // As the address has it: the API refuses a kind it does not know, and the page says so.
    kind: kind ? (kind as MatchKind) : null,
    first: 20,
    after,
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string; needsKey?: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const decide = async (suggestion: Suggestion, decision: 'confirm' | 'reject') => {
    setBusy(suggestion.id);
    setStatus(null);
    const item = itemName(suggestion.item);
    const candidate = itemName(suggestion.candidate);
    try {
      if (decision === 'confirm') {
        await graphql(CONFIRM_MATCH, { id: suggestion.id });
        setStatus({ ok: true, text: `Confirmed: ${item} is now one with ${candidate}.` });
      } else {
        await graphql(REJECT_MATCH, { id: suggestion.id });
        setStatus({
          ok: true,
          text: `Rejected: ${item} and ${candidate} stay apart, and will not be suggested again.`,
        });
      }
      refetch();
    } catch (failure) {
      const apiError = failure as ApiError;
      setStatus({ ok: false, text: apiError.message, needsKey: apiError.needsKey });
    } finally {
      setBusy(null);
      // The button pressed may be gone with its suggestion: the outcome takes the focus.
      statusRef.current?.focus();
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Suggested matches</h1>
      <p>
        Pairs that resolution was not sure enough of to join when a draft was loaded: the incoming item stayed
        apart, and waits for an analyst. <strong>Confirm</strong> folds the incoming source into the one
        already there; <strong>Reject</strong> keeps the two apart for good. Both need a writer key
        {key ? '' : ' (none is set)'}.
      </p>
      <form class="filters" aria-label="Suggested matches" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label htmlFor="matches-kind">Kind</label>
          <select
            id="matches-kind"
            value={kind}
            onChange={(event) =>
              navigate(withQuery(to('matches'), { kind: event.currentTarget.value }), { replace: true })
            }
          >
            <option value="">Sources and claims</option>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div role="status" ref={statusRef} tabIndex={-1} data-testid="match-outcome">
        {status ? <p class={status.ok ? 'success' : 'error'}>{status.text}</p> : null}
      </div>
      {!key || status?.needsKey ? (
        <KeyForm idPrefix="matches-key" need="Confirming or rejecting a match needs a writer key." />
      ) : null}
      {error ? <ErrorMessage error={error} what="the suggested matches" /> : null}
      {loading && !data ? <Loading what="suggested matches" /> : null}
      {data ? (
        <>
          <p class="count">{plural(data.matchSuggestions.totalCount, 'open suggestion')}</p>
          <ul class="match-list" data-testid="match-list">
            {data.matchSuggestions.edges.map(({ node }) => (
              <li key={node.id}>
                <MatchCard
                  suggestion={node}
                  busy={busy === node.id}
                  onDecide={(decision) => void decide(node, decision)}
                />
              </li>
            ))}
          </ul>
          {data.matchSuggestions.pageInfo.hasNextPage ? (
            <p>
              <a href={withQuery(to('matches'), { kind, after: data.matchSuggestions.pageInfo.endCursor })}>
                Next page
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function MatchCard({
  suggestion,
  busy,
  onDecide,
}: {
  suggestion: Suggestion;
  busy: boolean;
  onDecide: (decision: 'confirm' | 'reject') => void;
}) {
  const headingId = `match-${suggestion.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const title = `${itemName(suggestion.item)} — ${itemName(suggestion.candidate)}`;
  return (
    <article class="panel" aria-labelledby={headingId} data-testid="match" data-match={suggestion.id}>
      <h2 id={headingId}>{title}</h2>
      <p>
        {humanEnum(suggestion.kind)} match, score <strong>{formatNumber(suggestion.score)}</strong> (0 to 1:
        how alike the two are), suggested on {suggestion.createdAt.slice(0, 10)}.
      </p>
      <div class="sides">
        <div class="side">
          <h3>Incoming</h3>
          <MatchItemView item={suggestion.item} />
        </div>
        <div class="side">
          <h3>Already there</h3>
          <MatchItemView item={suggestion.candidate} />
        </div>
      </div>
      <h3>Why they may be one</h3>
      <ul data-testid="match-reasons">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {suggestion.aliases.length > 0 ? (
        <p>Names it brought that already name another source: {suggestion.aliases.join(', ')}.</p>
      ) : null}
      <div class="field-row">
        {suggestion.kind === 'SOURCE' ? (
          <button type="button" disabled={busy} onClick={() => onDecide('confirm')}>
            Confirm
          </button>
        ) : null}
        <button type="button" class="secondary" disabled={busy} onClick={() => onDecide('reject')}>
          Reject
        </button>
        {suggestion.kind !== 'SOURCE' ? (
          <span class="muted">
            Confirming a match of {suggestion.kind.toLowerCase()}s is not available yet.
          </span>
        ) : null}
        {busy ? <span class="muted">Sending…</span> : null}
      </div>
    </article>
  );
}

function MatchItemView({ item }: { item: Item }) {
  if (item === null) return <p class="muted">Removed or merged since.</p>;
  if (item.__typename === 'Claim')
    return (
      <p>
        Claim: <ClaimLink claim={item} />
      </p>
    );
  return (
    <dl class="facts">
      <dt>Name</dt>
      <dd>
        <SourceLink source={item} />
      </dd>
      <dt>Role</dt>
      <dd>{item.role ?? <span class="muted">not given</span>}</dd>
      <dt>Type</dt>
      <dd>{humanEnum(item.type)}</dd>
      <dt>Id</dt>
      <dd>
        <code>{item.id}</code>
      </dd>
    </dl>
  );
}
