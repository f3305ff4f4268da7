import type { IngestReport } from './ingest';

/** The summary a run ends with: bundles loaded and rejected, then what happened to each kind of node. */
export function formatReport(report: IngestReport, seconds: number): string {
  const row = (name: string, t: { created: number; updated: number; unchanged: number; rejected: number }) =>
    `  ${name.padEnd(11)} ${[t.created, t.updated, t.unchanged, t.rejected].map((n) => String(n).padStart(10)).join('')}`;
  return [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}${report.bundles.loaded} of ${report.bundles.read} bundles ${report.dryRun ? 'would load' : 'loaded'}, ${report.bundles.rejected} rejected, in ${seconds.toFixed(1)} s`,
    `  ${''.padEnd(11)} ${['created', 'updated', 'unchanged', 'rejected'].map((h) => h.padStart(10)).join('')}`,
    row('documents', report.documents),
    row('sources', report.sources),
    row('claims', report.claims),
    `${row('statements', report.statements)}   (${report.statements.removed} removed)`,
  ].join('\n');
}
