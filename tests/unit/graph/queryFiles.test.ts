import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkedQueries, cypherParameters, loadQueryFiles, QUERIES } from '../../../src/graph';

describe('cypherParameters', () => {
  it('finds each $parameter once, sorted', () => {
    expect(cypherParameters('MATCH (c:Claim {id: $id}) WHERE c.x > $min OR $id IS NULL RETURN c')).toEqual([
      'id',
      'min',
    ]);
  });

  it('ignores dollars in comments and string literals', () => {
    expect(cypherParameters('// uses $nothing\nRETURN \'$notParam\' AS a, "$nor" AS b, $real AS c')).toEqual([
      'real',
    ]);
  });
});

describe('the query files in cypher/', () => {
  it('each has a header and matches its registered parameters', () => {
    const files = checkedQueries();
    expect([...files.keys()].sort()).toEqual(Object.keys(QUERIES).sort());
  });

  it('a file without the header line is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cypher-'));
    fs.writeFileSync(path.join(dir, 'findNothing.cypher'), 'RETURN 1\n');
    expect(() => loadQueryFiles(dir)).toThrow(
      /findNothing.cypher must start with a line '\/\/ :one\|:many\|:exec/,
    );
  });

  it('a registry that disagrees with a file is refused, naming both', () => {
    const files = loadQueryFiles();
    const ping = files.get('ping');
    if (!ping) throw new Error('cypher/health/ping.cypher is missing');
    files.set('ping', { ...ping, parameters: ['unexpected'] });
    expect(() => checkedQueries(files)).toThrow(
      /ping.cypher uses \$unexpected but the registry declares \(none\)/,
    );
  });
});
