import { useEffect, useState } from 'preact/hooks';
import { graphql, type ApiError } from '../api';
import {
  ClaimLink,
  ErrorMessage,
  Loading,
  NotFound,
  Page,
  ReliabilityText,
  Section,
  SourceLink,
  StanceLabel,
  StatusBadge,
} from '../components/common';
import { AlsoReportedAs } from '../components/AlsoReportedAs';
import { KeyForm } from '../components/KeyForm';
import { RELIABILITIES, RELIABILITY_LABEL, humanEnum, plural, type Reliability } from '../format';
import { useApiKey, usePageTitle, useQuery } from '../hooks';
import type { SourceQuery } from '../generated/operations';
import { SET_RELIABILITY, SOURCE } from '../queries';
import { to, withQuery } from '../router';

type SourceView = NonNullable<SourceQuery['source']>;

export function SourcePage({ id }: { id: string }) {
  const [after, setAfter] = useState<string | null>(null);
  useEffect(() => setAfter(null), [id]);
  const { data, error, refetch } = useQuery(SOURCE, { id, after });
  const source = data?.source;
  usePageTitle(source ? source.name : 'Source');

  const breadcrumb = (
    <>
      <a href={to('sources')}>Sources</a> <span aria-hidden="true">›</span> <span>{id}</span>
    </>
  );
  if (error || !data) {
    return (
      <Page title="Source" breadcrumb={breadcrumb}>
        {error ? <ErrorMessage error={error} what="the source" /> : <Loading what="the source" />}
      </Page>
    );
  }
  if (!source) return <NotFound what={`No source has the id or alias ${id}.`} />;

  const statements = source.statements;
  return (
    <Page title={source.name} breadcrumb={breadcrumb} class="source-page" data-source={source.id}>
      <dl class="facts" data-testid="source-facts">
        <dt>Type</dt>
        <dd>{humanEnum(source.type)}</dd>
        <dt>Role</dt>
        <dd>{source.role ?? <span class="muted">not given</span>}</dd>
        <dt>Affiliation</dt>
        <dd>{source.affiliation ? humanEnum(source.affiliation) : <span class="muted">not given</span>}</dd>
        {source.aliases.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{source.aliases.join(', ')}</dd>
          </>
        ) : null}
        <dt>Organisation</dt>
        <dd>
          {source.speaksFor ? (
            <>
              speaks for <SourceLink source={source.speaksFor} />
              {source.memberOf.length > 0 ? '; ' : ''}
            </>
          ) : null}
          {source.memberOf.length > 0 ? (
            <>
              member of{' '}
              {source.memberOf.map((body, i) => (
                <span key={body.id}>
                  {i > 0 ? ', ' : ''}
                  <SourceLink source={body} />
                </span>
              ))}
            </>
          ) : null}
          {!source.speaksFor && source.memberOf.length === 0 ? <span class="muted">none given</span> : null}
        </dd>
        <dt>Independent origin</dt>
        <dd>{source.origin.id === source.id ? 'itself' : <SourceLink source={source.origin} />}</dd>
        <dt>Reliability</dt>
        <dd data-testid="reliability">
          <ReliabilityText value={source.reliability} />
        </dd>
      </dl>

      <ReliabilityEditor source={source} onSaved={refetch} />

      <AlsoReportedAs self={source.id} kind="SOURCE" suggestions={source.matchSuggestions} />

      <Section id="track-record" title="Track record">
        <p>
          Supports {plural(source.trackRecord.supported, 'claim')}: {source.trackRecord.corroborated}{' '}
          corroborated, {source.trackRecord.contested} contested, {source.trackRecord.singleSource} on its own
          (single source).
        </p>
        <div class="sides">
          <div class="side side-supports">
            <h3>
              <StanceLabel stance="supports" /> ({source.supports.length})
            </h3>
            <ClaimList claims={source.supports} />
          </div>
          <div class="side side-contradicts">
            <h3>
              <StanceLabel stance="contradicts" /> ({source.contradicts.length})
            </h3>
            <ClaimList claims={source.contradicts} />
          </div>
        </div>
      </Section>

      <Section id="statements" title={`Statements (${statements.totalCount})`}>
        {statements.edges.length === 0 ? <p class="muted">No statements.</p> : null}
        <ul class="statements">
          {statements.edges.map(({ node }) => (
            <li key={node.id} class="statement">
              {node.quote ? (
                <blockquote class={node.direct ? 'quote direct' : 'quote reported'}>
                  {node.direct ? `“${node.quote}”` : node.quote}
                </blockquote>
              ) : null}
              <p class="statement-meta">
                {node.cue ? (
                  <span>
                    cue: <strong class="cue">{node.cue}</strong>
                  </span>
                ) : null}
                {node.channel ? <span>by {node.channel}</span> : null}
                {node.saidAt ? <span>on {node.saidAt}</span> : null}
                {node.via.length > 0 ? (
                  <span>relayed by {node.via.map((v) => v.name).join(' → ')}</span>
                ) : null}
                <a href={withQuery(to('documents', node.document.id), { statement: node.id })}>
                  {node.span ? 'Show in the text' : 'Open the document'}
                </a>
              </p>
              <ul class="plain-list">
                {node.stances.map((s) => (
                  <li key={`${s.claim.id}-${s.stance}`}>
                    <StanceLabel
                      stance={s.stance === 'SUPPORTS' ? 'supports' : 'contradicts'}
                      derived={s.derived}
                    />{' '}
                    <ClaimLink claim={s.claim} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <div class="pager">
          {after !== null ? (
            <button type="button" class="secondary" onClick={() => setAfter(null)}>
              First page
            </button>
          ) : null}
          {statements.pageInfo.hasNextPage ? (
            <button type="button" onClick={() => setAfter(statements.pageInfo.endCursor)}>
              Next statements
            </button>
          ) : null}
        </div>
      </Section>
    </Page>
  );
}

function ClaimList({ claims }: { claims: SourceView['supports'] }) {
  if (claims.length === 0) return <p class="muted">None.</p>;
  return (
    <ul class="plain-list">
      {claims.map((claim) => (
        <li key={claim.id}>
          <StatusBadge status={claim.verdict.status} /> <ClaimLink claim={claim} />
        </li>
      ))}
    </ul>
  );
}

/** An analyst's rating, set with an admin key (setSourceReliability). */
function ReliabilityEditor({ source, onSaved }: { source: SourceView; onSaved: () => void }) {
  const key = useApiKey();
  const [choice, setChoice] = useState<Reliability>(source.reliability ?? 'F');
  const [status, setStatus] = useState<{ ok: boolean; text: string; needsKey?: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setChoice(source.reliability ?? 'F'), [source.id, source.reliability]);

  const save = async () => {
    setSaving(true);
    setStatus(null);
    try {
      await graphql(SET_RELIABILITY, { id: source.id, reliability: choice });
      setStatus({
        ok: true,
        text: `Saved: ${source.name} is rated ${choice} (${RELIABILITY_LABEL[choice]}).`,
      });
      onSaved();
    } catch (error) {
      const failure = error as ApiError;
      setStatus({ ok: false, text: failure.message, needsKey: failure.needsKey });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section id="rate" title="Rate this source" class="panel">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div class="field-row">
          <label htmlFor="reliability-select">Reliability</label>
          <select
            id="reliability-select"
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value as Reliability)}
          >
            {RELIABILITIES.map((r) => (
              <option key={r} value={r}>
                {r}: {RELIABILITY_LABEL[r]}
              </option>
            ))}
          </select>
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save rating'}
          </button>
        </div>
        <p class="muted">
          Needs an admin key{key ? '' : ' (none is set)'}. The rating changes the credibility of every claim
          this source is an origin for.
        </p>
        <div role="status">
          {status ? <p class={status.ok ? 'success' : 'error'}>{status.text}</p> : null}
        </div>
      </form>
      {!key || status?.needsKey ? (
        <KeyForm idPrefix="rate-key" need="Setting a rating needs an admin key." />
      ) : null}
    </Section>
  );
}
