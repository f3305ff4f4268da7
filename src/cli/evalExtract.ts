import { evaluate, formatEvaluation } from '../extract';
import type { Bundle } from '../model';
import { readBundleFile } from './readInputFile';
import { runCli } from './runCli';

const USAGE = 'usage: npm run eval:extract -- <gold.json> <predicted.json>';

void runCli(async () => {
  const args = process.argv.slice(2);
  if (args.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  const [gold, predicted] = args.map(readBundleFile) as [Bundle, Bundle];
  const goldText = gold.document.text;
  if (
    goldText !== undefined &&
    predicted.document.text !== undefined &&
    goldText !== predicted.document.text
  ) {
    console.error('warning: the two bundles hold different document texts, so their offsets may not compare');
  }
  console.log(formatEvaluation(evaluate(gold, predicted)));
  return 0;
}, USAGE);
