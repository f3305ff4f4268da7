import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BundleDocument } from '../model';
import { extractBundle } from '../extract';
import { readBundleFile, readInputFile } from './readInputFile';
import { runCli } from './runCli';

const USAGE =
  'usage: npm run extract -- <article.txt | article.json> [--published YYYY-MM-DD] [--publisher NAME] [--title T] [--url U] [-o out.json]';

void runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      published: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    allowPositionals: true,
  });
  const [input] = positionals;
  if (input === undefined || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error(`--published must be a date YYYY-MM-DD, not '${values.published}'`);
    return 2;
  }
  // A .json input is a v1 bundle holding only its document; anything else is the article's text.
  const given: BundleDocument =
    path.extname(input).toLowerCase() === '.json'
      ? readBundleFile(input).document
      : { text: readInputFile(input) };
  if (typeof given.text !== 'string' || given.text.length === 0) {
    console.error(`${input}: the document has no text to read`);
    return 1;
  }
  const document = {
    ...given,
    text: given.text,
    ...(values.published ? { publishedAt: values.published } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.url ? { url: values.url } : {}),
  };
  const bundle = extractBundle({ language: 'en', ...document });
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  if (values.output) {
    fs.writeFileSync(values.output, json);
    console.error(
      `${bundle.statements?.length ?? 0} statements from ${bundle.sources?.length ?? 0} sources written to ${values.output}`,
    );
  } else process.stdout.write(json);
  return 0;
}, USAGE);
