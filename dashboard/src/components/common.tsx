import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';
import {
  CREDIBILITY_LABEL,
  RELIABILITY_LABEL,
  STANCE_ICON,
  STATUS_ICON,
  STATUS_LABEL,
  type Reliability,
  type StanceKind,
  type VerdictStatus,
} from '../format';
import { to } from '../router';

export function StatusBadge({ status }: { status: VerdictStatus }) {
  return (
    <span class={`badge status-${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{STATUS_ICON[status]} </span>
      {STATUS_LABEL[status]}
    </span>
  );
}

export function Credibility({ value }: { value: number }) {
  return (
    <span class="credibility" title="Admiralty code: 1 confirmed … 6 cannot be judged">
      Credibility {value}: {CREDIBILITY_LABEL[value] ?? 'unknown'}
    </span>
  );
}

export function ReliabilityText({ value }: { value: Reliability | null }) {
  if (value === null) return <span class="muted">not rated</span>;
  return (
    <span>
      <strong>{value}</strong> ({RELIABILITY_LABEL[value]})
    </span>
  );
}

export function StanceLabel({ stance, derived }: { stance: StanceKind; derived?: boolean }) {
  return (
    <span class={`stance stance-${stance}`}>
      <span aria-hidden="true">{STANCE_ICON[stance]} </span>
      {stance}
      {derived ? ' (derived)' : ''}
    </span>
  );
}

export function SourceLink({ source }: { source: { id: string; name: string } }) {
  return <a href={to('sources', source.id)}>{source.name}</a>;
}

export function ClaimLink({ claim }: { claim: { id: string; text: string } }) {
  return <a href={to('claims', claim.id)}>{claim.text}</a>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error, what }: { error: ApiError; what: string }) {
  return (
    <div class="error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {error.message}
      </p>
      {error.needsKey ? (
        <p>
          The service wants an API key: <a href={to('key')}>enter one</a>.
        </p>
      ) : null}
    </div>
  );
}

/**
 * A page's frame: the breadcrumb, then the h1. Every state of a page (loading, loaded, failed) renders
 * through it, so the h1 stays the same element while the data arrives and keeps the focus that the app
 * gives it after a move (see App).
 */
export function Page({
  title,
  breadcrumb,
  class: className,
  children,
  ...data
}: {
  title: ComponentChildren;
  breadcrumb?: ComponentChildren;
  class?: string;
  children?: ComponentChildren;
  [dataAttribute: `data-${string}`]: string | undefined;
}) {
  return (
    <article class={className} {...data}>
      {breadcrumb ? (
        <nav aria-label="Breadcrumb" class="breadcrumb">
          {breadcrumb}
        </nav>
      ) : null}
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </article>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <Page title="Not found">
      <p>{what}</p>
      <p>
        <a href={to()}>Back to the claims</a>
      </p>
    </Page>
  );
}

/** A titled section, named for assistive technology by its heading. */
export function Section({
  id,
  title,
  children,
  class: className,
}: {
  id: string;
  title: ComponentChildren;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} class={className} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
