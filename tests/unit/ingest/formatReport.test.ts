import { formatIngestError, formatReport, type IngestReport } from '../../../src/ingest';

describe('what the ingest command prints', () => {
  it('an error names the file, the JSONL line, the JSON path and the reason', () => {
    expect(
      formatIngestError({
        file: 'in/a.jsonl',
        line: 12,
        path: '/statements/3/source',
        message: "unknown source 'x'",
      }),
    ).toBe("in/a.jsonl:12 /statements/3/source: unknown source 'x'");
    expect(formatIngestError({ file: 'b.json', path: '', message: 'invalid JSON' })).toBe(
      'b.json /: invalid JSON',
    );
  });

  it('the summary counts bundles, then each kind of node by what happened to it', () => {
    const tally = (created: number, updated: number, unchanged: number, rejected: number) => ({
      created,
      updated,
      unchanged,
      rejected,
    });
    const report: IngestReport = {
      dryRun: true,
      bundles: { read: 3, loaded: 2, rejected: 1 },
      documents: tally(1, 1, 0, 1),
      sources: tally(4, 0, 2, 1),
      claims: tally(5, 1, 0, 2),
      statements: { ...tally(7, 1, 3, 2), removed: 1 },
      errors: [],
      warnings: [],
    };
    expect(formatReport(report, 1.25).split('\n')).toEqual([
      'Dry run (nothing written): 2 of 3 bundles would load, 1 rejected, in 1.3 s',
      '                 created   updated unchanged  rejected',
      '  documents            1         1         0         1',
      '  sources              4         0         2         1',
      '  claims               5         1         0         2',
      '  statements           7         1         3         2   (1 removed)',
    ]);
  });
});
