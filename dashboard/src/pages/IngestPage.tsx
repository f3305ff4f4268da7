import { useState } from 'preact/hooks';
import { graphql, type ApiError } from '../api';
import { Section } from '../components/common';
import { KeyForm } from '../components/KeyForm';
import { plural } from '../format';
import { useApiKey, usePageTitle } from '../hooks';
import type { IngestMutation, IngestTallyFragment } from '../generated/operations';
import { INGEST } from '../queries';

type IngestReport = IngestMutation['ingest'];

/**
 * The bundles in the text: a JSON object (one bundle), a JSON array (several), or JSON Lines (one bundle a
 * line, as `.jsonl` files hold them). A line that is not JSON is reported with its number.
 */
export function parseBundles(text: string): { bundles: unknown[] } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Paste a bundle, or choose a file, first.' };
  try {
    const value: unknown = JSON.parse(trimmed);
    return { bundles: Array.isArray(value) ? value : [value] };
  } catch (whole) {
    const lines = trimmed.split('\n');
    if (lines.length < 2) return { error: `This is not JSON: ${(whole as Error).message}` };
    const bundles: unknown[] = [];
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        bundles.push(JSON.parse(line));
      } catch (error) {
        return {
          error: `This is neither JSON nor JSON Lines: line ${i + 1}: ${(error as Error).message}`,
        };
      }
    }
    return { bundles };
  }
}

interface Outcome {
  report: IngestReport;
  /** The text that was checked or loaded, so that Load is offered only for what was validated. */
  text: string;
}

export function IngestPage() {
  usePageTitle('Ingest');
  const key = useApiKey();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ text: string; needsKey?: boolean } | null>(null);
  const [checked, setChecked] = useState<Outcome | null>(null);
  const [loaded, setLoaded] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'validate' | 'load' | null>(null);

  const run = async (dryRun: boolean) => {
    setProblem(null);
    if (!dryRun) setLoaded(null);
    const parsed = parseBundles(text);
    if ('error' in parsed) {
      setProblem({ text: parsed.error });
      if (dryRun) setChecked(null);
      return;
    }
    setBusy(dryRun ? 'validate' : 'load');
    try {
      const data = await graphql(INGEST, { bundles: parsed.bundles, dryRun });
      if (dryRun) setChecked({ report: data.ingest, text });
      else setLoaded({ report: data.ingest, text });
    } catch (error) {
      const failure = error as ApiError;
      setProblem({ text: failure.message, needsKey: failure.needsKey });
      if (dryRun) setChecked(null);
    } finally {
      setBusy(null);
    }
  };

  const readFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const chosen = [...list];
    const texts = await Promise.all(chosen.map((file) => file.text()));
    // Several files become one JSON Lines text: each file's bundles on lines of their own.
    const parts = texts.map((t) => {
      const parsed = parseBundles(t);
      return 'bundles' in parsed ? parsed.bundles.map((b) => JSON.stringify(b)).join('\n') : t;
    });
    setText(chosen.length === 1 ? (texts[0] ?? '') : parts.join('\n'));
    setFiles(chosen.map((file) => file.name));
    setChecked(null);
    setLoaded(null);
    setProblem(null);
  };

  const validated = checked !== null && checked.text === text;
  const loadable = validated && checked.report.bundles.loaded > 0;

  return (
    <>
      <h1 tabIndex={-1}>Ingest bundles</h1>
      <p>
        Paste or upload bundles (format v1, <code>schema/bundle.v1.schema.json</code>): one bundle, a JSON
        array of bundles, or JSON Lines. <strong>Validate</strong> checks everything against the database and
        writes nothing; <strong>Load</strong> then loads what was validated. Each bundle loads whole or not at
        all.
      </p>
      {!key ? (
        <KeyForm idPrefix="ingest-key" need="Validating and loading need a writer or admin key." />
      ) : null}
      <form
        class="ingest-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(true);
        }}
      >
        <div class="field">
          <label htmlFor="ingest-text">Bundles (JSON or JSON Lines)</label>
          <textarea
            id="ingest-text"
            name="bundles"
            rows={14}
            spellcheck={false}
            aria-describedby="ingest-text-help"
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setFiles([]);
            }}
          />
          <p id="ingest-text-help" class="muted">
            {text.length > 0 ? `${plural(text.length, 'character')}` : 'Empty.'}
            {files.length > 0 ? ` From ${files.join(', ')}.` : ''}
          </p>
        </div>
        <div class="field">
          <label htmlFor="ingest-file">Or upload .json or .jsonl files</label>
          <input
            id="ingest-file"
            type="file"
            accept=".json,.jsonl,application/json"
            multiple
            onChange={(event) => void readFiles(event.currentTarget.files)}
          />
        </div>
        <div class="field-row">
          <button type="submit" disabled={busy !== null}>
            {busy === 'validate' ? 'Validating…' : 'Validate (dry run)'}
          </button>
          <button type="button" disabled={!loadable || busy !== null} onClick={() => void run(false)}>
            {busy === 'load' ? 'Loading…' : 'Load'}
          </button>
          <span class="muted">
            {validated ? '' : 'Load is offered once the text as it is now has been validated.'}
          </span>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {problem ? (
          <div class="error" data-testid="ingest-problem">
            <p>{problem.text}</p>
          </div>
        ) : null}
      </div>
      {problem?.needsKey ? <KeyForm idPrefix="ingest-key-again" need="The service refused the key." /> : null}
      {validated && checked ? (
        <ReportView id="validation" title="Validation" report={checked.report} />
      ) : null}
      {loaded ? <ReportView id="load" title="Load" report={loaded.report} /> : null}
    </>
  );
}

function ReportView({ id, title, report }: { id: string; title: string; report: IngestReport }) {
  const { bundles } = report;
  const ok = report.errors.length === 0;
  const tallies: [string, IngestTallyFragment][] = [
    ['Documents', report.documents],
    ['Sources', report.sources],
    ['Claims', report.claims],
    ['Statements', report.statements],
  ];
  return (
    <Section id={`ingest-${id}`} title={title} class="panel">
      <p class={ok ? 'success' : 'error'} data-testid={`ingest-${id}-summary`}>
        <span aria-hidden="true">{ok ? '✔ ' : '✖ '}</span>
        {report.dryRun
          ? `${bundles.loaded} of ${bundles.read} bundles would load; ${bundles.rejected} refused. Nothing was written.`
          : `${bundles.loaded} of ${bundles.read} bundles loaded; ${bundles.rejected} refused.`}
      </p>
      {report.errors.length > 0 ? (
        <div class="table-scroll">
          <table class="data-table" data-testid={`ingest-${id}-errors`}>
            <caption>Why bundles were refused</caption>
            <thead>
              <tr>
                <th scope="col">Bundle</th>
                <th scope="col">JSON path</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, i) => (
                <tr key={i}>
                  <td>{error.bundle + 1}</td>
                  <td>
                    <code class="json-path">{error.path || '(the whole bundle)'}</code>
                  </td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div class="table-scroll">
        <table class="data-table">
          <caption>{report.dryRun ? 'What would change' : 'What changed'}</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Created</th>
              <th scope="col">Updated</th>
              <th scope="col">Unchanged</th>
              <th scope="col">Refused</th>
            </tr>
          </thead>
          <tbody>
            {tallies.map(([name, tally]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{tally.created}</td>
                <td>{tally.updated}</td>
                <td>{tally.unchanged}</td>
                <td>{tally.rejected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
