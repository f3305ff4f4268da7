import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { exportDocuments } from '../ingest';
import { openCliDatabase } from './openCliDatabase';
import { runCli } from './runCli';

const USAGE = 'usage: npm run export -- [-o out.json|out.jsonl] <document id...>';

void runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { output: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const { db } = openCliDatabase();
  try {
    const { bundles, missing } = await exportDocuments(db, positionals);
    missing.forEach((id) => console.error(`no document has the id '${id}'`));
    if (positionals.length > 1 && values.output?.endsWith('.json')) {
      console.error(
        `Several documents make one bundle per line: name the output .jsonl, not ${values.output}`,
      );
      return 2;
    }
    // One bundle reads best as indented JSON; several go one per line (JSONL), as ingest reads them.
    const jsonl = bundles.length > 1 || values.output?.endsWith('.jsonl');
    const text = jsonl
      ? bundles.map((b) => JSON.stringify(b)).join('\n')
      : JSON.stringify(bundles[0] ?? {}, null, 2);
    if (bundles.length > 0) {
      if (values.output) fs.writeFileSync(values.output, `${text}\n`);
      else process.stdout.write(`${text}\n`);
    }
    if (values.output) console.error(`Exported ${bundles.length} document(s) to ${values.output}`);
    return missing.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}, USAGE);
