import {
  ClaimLink,
  Credibility,
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
import { IntervalChart } from '../components/IntervalChart';
import { formatInterval, formatQuantity, humanEnum, plural, type StanceKind } from '../format';
import { usePageTitle, useQuery } from '../hooks';
import type { ClaimOriginFragment, ClaimSideFragment } from '../generated/operations';
import { CLAIM } from '../queries';
import { to, withQuery } from '../router';

export function ClaimPage({ id }: { id: string }) {
  const { data, error, loading } = useQuery(CLAIM, { id });
  const claim = data?.claim;
  usePageTitle(claim ? claim.text : 'Claim');

  const breadcrumb = (
    <>
      <a href={to()}>Claims</a> <span aria-hidden="true">›</span> <span>{id}</span>
    </>
  );
  if (error || loading || !data) {
    return (
      <Page title="Claim" breadcrumb={breadcrumb}>
        {error ? <ErrorMessage error={error} what="the claim" /> : <Loading what="the claim" />}
      </Page>
    );
  }
  if (!claim) return <NotFound what={`No claim has the id ${id}.`} />;

  const { verdict } = claim;
  // One entry per conflicting claim, with every reason (an annotated contradiction, conflicting figures).
  const conflicts: { claim: { id: string; text: string }; reasons: string[] }[] = [];
  for (const conflict of claim.conflicts) {
    const entry = conflicts.find((c) => c.claim.id === conflict.claim.id);
    if (entry) entry.reasons.push(conflict.reason);
    else conflicts.push({ claim: conflict.claim, reasons: [conflict.reason] });
  }
  return (
    <Page title={claim.text} breadcrumb={breadcrumb} class="claim-page" data-claim={claim.id}>
      <p class="meta">
        <StatusBadge status={verdict.status} /> <Credibility value={verdict.credibility} />{' '}
        <a class="button-link" href={to('claims', claim.id, 'graph')}>
          Graph view
        </a>
      </p>
      {claim.question || claim.quantity ? (
        <dl class="facts">
          {claim.question ? (
            <>
              <dt>Question</dt>
              <dd>
                <a href={withQuery(to(), { question: claim.question.key })}>{claim.question.text}</a>
              </dd>
            </>
          ) : null}
          {claim.quantity ? (
            <>
              <dt>Figure</dt>
              <dd>
                {formatQuantity(claim.quantity)}{' '}
                <span class="muted">read as {formatInterval(claim.quantity.interval)}</span>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}

      <Section id="verdict" title="Verdict" class="panel">
        <p>
          <StatusBadge status={verdict.status} /> <Credibility value={verdict.credibility} />{' '}
          <span class="muted">· score {verdict.score.toFixed(2)} (0: no case for it, 1: certain)</span>
        </p>
        <p class="explanation">{verdict.explanation}</p>
        <div class="origins">
          <Origins title="Supporting origins" stance="supports" origins={verdict.supportingOrigins} />
          <Origins
            title="Contradicting origins"
            stance="contradicts"
            origins={verdict.contradictingOrigins}
          />
        </div>
      </Section>

      <div class="sides">
        <Side id="supporters" title="Supporters" stance="supports" sides={claim.supporters} />
        <Side id="contradictors" title="Contradictors" stance="contradicts" sides={claim.contradictors} />
      </div>

      <AlsoReportedAs self={claim.id} kind="CLAIM" suggestions={claim.matchSuggestions} />

      {conflicts.length > 0 ? (
        <Section id="conflicts" title="Cannot be true together with">
          <ul class="plain-list">
            {conflicts.map(({ claim: other, reasons }) => (
              <li key={other.id}>
                <span aria-hidden="true">⚠ </span>
                <ClaimLink claim={other} /> <span class="muted">({reasons.join('; ')})</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {claim.question ? (
        <Section id="figures" title={`Every figure given for “${claim.question.text}”`}>
          {claim.question.claims.some((c) => c.quantity !== null) ? (
            <IntervalChart
              claims={claim.question.claims}
              relations={claim.question.relations}
              currentId={claim.id}
            />
          ) : (
            <ul class="plain-list">
              {claim.question.claims.map((c) => (
                <li key={c.id}>
                  <StatusBadge status={c.verdict.status} /> <ClaimLink claim={c} />
                  {c.id === claim.id ? <strong> (this claim)</strong> : null}
                </li>
              ))}
            </ul>
          )}
          {claim.question.relations.length > 0 ? (
            <details>
              <summary>How the figures relate ({plural(claim.question.relations.length, 'pair')})</summary>
              <ul class="plain-list">
                {claim.question.relations.map((r) => (
                  <li key={`${r.a.id}-${r.b.id}`}>
                    <strong>{humanEnum(r.kind)}</strong>
                    {r.kind === 'CONFLICTS' ? <span aria-hidden="true"> ⚠</span> : null}: {r.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Section>
      ) : null}
    </Page>
  );
}

function Origins({
  title,
  stance,
  origins,
}: {
  title: string;
  stance: StanceKind;
  origins: ClaimOriginFragment[];
}) {
  return (
    <div>
      <h3>
        <StanceLabel stance={stance} /> · {title}
      </h3>
      {origins.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul class="plain-list">
          {origins.map((origin) => (
            <li key={origin.key}>
              <SourceLink source={origin.source} /> (reliability{' '}
              <ReliabilityText value={origin.source.reliability} />)
              {origin.sources.some((s) => s.id !== origin.source.id) ? (
                <span class="muted">
                  {' '}
                  through{' '}
                  {origin.sources
                    .filter((s) => s.id !== origin.source.id)
                    .map((s) => s.name)
                    .join(', ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Side({
  id,
  title,
  stance,
  sides,
}: {
  id: string;
  title: string;
  stance: StanceKind;
  sides: ClaimSideFragment[];
}) {
  return (
    <Section
      id={id}
      class={`side side-${stance}`}
      title={
        <>
          <span aria-hidden="true">{stance === 'supports' ? '✔' : '✖'} </span>
          {title} <span class="muted">({sides.length})</span>
        </>
      }
    >
      {sides.length === 0 ? (
        <p class="muted">No source {stance === 'supports' ? 'supports' : 'contradicts'} this claim.</p>
      ) : (
        <ul class="stance-list">
          {sides.map((side) => (
            <li key={side.source.id} class="stance-card" data-source={side.source.id}>
              <h3>
                <SourceLink source={side.source} />
              </h3>
              <p class="muted">
                {[side.source.role, side.source.affiliation ? humanEnum(side.source.affiliation) : null]
                  .filter(Boolean)
                  .join(' · ')}
                {side.source.speaksFor ? (
                  <>
                    {' '}
                    · speaks for <SourceLink source={side.source.speaksFor} />
                  </>
                ) : null}
              </p>
              <p>
                <StanceLabel stance={stance} derived={side.derived} />
                {side.reason ? <span class="muted"> — {side.reason}</span> : null}
              </p>
              <ul class="statements">
                {side.statements.map((statement) => (
                  <Statement key={statement.id} statement={statement} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Statement({ statement }: { statement: ClaimSideFragment['statements'][number] }) {
  return (
    <li class="statement" data-statement={statement.id}>
      {statement.quote ? (
        <blockquote class={statement.direct ? 'quote direct' : 'quote reported'}>
          {statement.direct ? `“${statement.quote}”` : statement.quote}
        </blockquote>
      ) : null}
      <p class="statement-meta">
        {statement.cue ? (
          <span>
            cue: <strong class="cue">{statement.cue}</strong>
          </span>
        ) : null}
        <span>{statement.direct ? 'direct quotation' : 'reported speech'}</span>
        {statement.channel ? <span>by {statement.channel}</span> : null}
        {statement.saidAt ? <span>on {statement.saidAt}</span> : null}
        {statement.via.length > 0 ? (
          <span class="via">
            relayed by{' '}
            {statement.via.map((relay, i) => (
              <span key={relay.id}>
                {i > 0 ? ' → ' : ''}
                <SourceLink source={relay} />
              </span>
            ))}
          </span>
        ) : null}
      </p>
      <p class="statement-meta">
        <a href={withQuery(to('documents', statement.document.id), { statement: statement.id })}>
          {statement.span ? 'Show in the text' : 'Open the document'}
          <span class="visually-hidden">: {statement.document.title ?? statement.document.id}</span>
        </a>{' '}
        <span class="muted">
          {statement.document.title ?? statement.document.id}
          {statement.document.publisher ? `, ${statement.document.publisher}` : ''}
          {statement.document.publishedAt ? `, ${statement.document.publishedAt}` : ''}
        </span>
      </p>
    </li>
  );
}
