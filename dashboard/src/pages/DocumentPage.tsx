import { useEffect, useRef } from 'preact/hooks';
import { ErrorMessage, Loading, NotFound, Page, Section, SourceLink } from '../components/common';
import { usePageTitle, useQuery } from '../hooks';
import { DOCUMENT } from '../queries';
import { to, withQuery } from '../router';

/** A document's text with one statement's span highlighted (?statement=<id>), and all its statements. */
export function DocumentPage({ id, query }: { id: string; query: URLSearchParams }) {
  const { data, error, loading } = useQuery(DOCUMENT, { id });
  const doc = data?.document;
  usePageTitle(doc ? (doc.title ?? doc.id) : 'Document');
  const mark = useRef<HTMLElement>(null);
  const selectedId = query.get('statement');
  const selected = doc?.statements.find((s) => s.id === selectedId) ?? null;
  const text = doc?.text ?? '';
  const span =
    selected?.span && selected.span.start >= 0 && selected.span.end <= text.length ? selected.span : null;

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [span?.start, span?.end, Boolean(doc)]);

  if (error || loading || !data) {
    return (
      <Page title="Document">
        {error ? <ErrorMessage error={error} what="the document" /> : <Loading what="the document" />}
      </Page>
    );
  }
  if (!doc) return <NotFound what={`No document has the id ${id}.`} />;

  return (
    <Page title={doc.title ?? doc.id} class="document-page">
      <p class="muted">
        {[doc.publisher, doc.publishedAt].filter(Boolean).join(', ')}
        {doc.url ? (
          <>
            {' · '}
            <a href={doc.url} rel="noreferrer noopener">
              original
            </a>
          </>
        ) : null}
      </p>
      {selected ? (
        <p class="highlight-note" role="status">
          Highlighted: what <SourceLink source={selected.source} /> said
          {selected.cue ? ` (${selected.cue})` : ''}
          {span ? `, characters ${span.start} to ${span.end}` : ', which has no place in the text'}.
        </p>
      ) : null}
      <div class="document-layout">
        <Section id="document-text" title="Text" class="document-text-section">
          <div class="document-text" data-testid="document-text">
            {span ? (
              <>
                {text.slice(0, span.start)}
                <mark ref={mark} data-testid="highlight" data-statement={selected?.id}>
                  {text.slice(span.start, span.end)}
                </mark>
                {text.slice(span.end)}
              </>
            ) : (
              text || <span class="muted">The document's text is not stored.</span>
            )}
          </div>
        </Section>
        <Section id="document-statements" title={`Statements (${doc.statements.length})`}>
          <ol class="plain-list">
            {doc.statements.map((statement) => (
              <li key={statement.id}>
                <a
                  href={withQuery(to('documents', doc.id), { statement: statement.id })}
                  aria-current={statement.id === selectedId ? 'true' : undefined}
                >
                  {statement.source.name}
                  {statement.cue ? ` ${statement.cue}` : ''}
                </a>
                {statement.quote ? <span class="muted">: {truncate(statement.quote, 90)}</span> : null}
              </li>
            ))}
          </ol>
        </Section>
      </div>
    </Page>
  );
}

const truncate = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
