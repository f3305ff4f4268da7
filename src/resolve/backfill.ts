import type { Database, ParamsOf } from '../graph';
import { soundsOf } from './names';
import { countOf } from './questions';

// Items per transaction.
const PAGE = 1000;

/**
 * Gives sources and questions stored before resolution existed what resolution finds candidates by: the
 * sounds of a source's names and the concept a question counts (docs/resolution.md). Loading sets both for
 * what it writes; this fills in the rest, page by page, and may run again at any time. Returns how many of
 * each it set.
 */
export async function fillResolutionKeys(
  db: Database,
  onProgress: (done: number) => void = () => {},
): Promise<{ sources: number; questions: number }> {
  const filled = { sources: 0, questions: 0 };
  for (let after = ''; ;) {
    const page = await db.read('findSourcesWithoutSounds', { after, limit: PAGE });
    if (page.length === 0) break;
    const sources = page.map((s) => ({ id: s.id, sounds: soundsOf([s.name, ...s.aliases]) }));
    filled.sources += (await write(db, { sources, questions: [] })).written;
    after = page[page.length - 1]?.id ?? after;
    onProgress(filled.sources);
  }
  for (let after = ''; ;) {
    const page = await db.read('findQuestionsWithoutWhat', { after, limit: PAGE });
    if (page.length === 0) break;
    // A question in other words than the extractor's counts what its words name, if they name one.
    const questions = page.flatMap((q) => {
      const what = countOf(q.text);
      return what === undefined ? [] : [{ key: q.key, what }];
    });
    filled.questions += (await write(db, { sources: [], questions })).written;
    after = page[page.length - 1]?.key ?? after;
    onProgress(filled.sources + filled.questions);
  }
  return filled;
}

async function write(db: Database, params: ParamsOf<'writeResolutionKeys'>): Promise<{ written: number }> {
  const done = await db.writeTransaction('resolution: fill keys', (tx) =>
    tx.run('writeResolutionKeys', params),
  );
  return { written: done?.written ?? 0 };
}
