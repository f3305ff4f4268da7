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

describe('fragments', () => {
  const cypherDir = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cypher-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };

  it('are spliced in where a query includes them, indented alike, their parameters counted', () => {
    const dir = cypherDir({
      'fragments/sides.cypher': '// :fragment binds sides\nCALL (claim) {\n  RETURN $limit AS sides\n}\n',
      'claims/findSides.cypher':
        '// :many sides; $id\nMATCH (claim {id: $id})\n  // :include sides\nRETURN sides\n',
    });
    const query = loadQueryFiles(dir).get('findSides');
    expect(query?.text).toBe(
      '// :many sides; $id\nMATCH (claim {id: $id})\n  CALL (claim) {\n    RETURN $limit AS sides\n  }\nRETURN sides\n',
    );
    expect(query?.parameters).toEqual(['id', 'limit']);
    // A fragment is not a query of its own.
    expect(loadQueryFiles(dir).has('sides')).toBe(false);
  });

  it('must exist, and must say what they bind', () => {
    expect(() =>
      loadQueryFiles(cypherDir({ 'a/findX.cypher': '// :one x\n// :include nothing\nRETURN 1\n' })),
    ).toThrow(/findX.cypher includes nothing, but cypher\/fragments\/nothing.cypher does not exist/);
    expect(() => loadQueryFiles(cypherDir({ 'fragments/bare.cypher': 'RETURN 1\n' }))).toThrow(
      /bare.cypher must start with a line '\/\/ :fragment/,
    );
  });
});

describe('fragments including fragments', () => {
  const dirWith = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cypher-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };

  it('are spliced in all the way down', () => {
    const dir = dirWith({
      'fragments/outer.cypher': '// :fragment outer\nWITH 1 AS a\n// :include inner\n',
      'fragments/inner.cypher': '// :fragment inner\nWITH $b AS b\n',
      'q/findBoth.cypher': '// :one both\n  // :include outer\nRETURN b\n',
    });
    const query = loadQueryFiles(dir).get('findBoth');
    expect(query?.text).toBe('// :one both\n  WITH 1 AS a\n  WITH $b AS b\nRETURN b\n');
    expect(query?.parameters).toEqual(['b']);
  });

  it('may not include themselves', () => {
    const dir = dirWith({
      'fragments/loop.cypher': '// :fragment loop\n// :include loop\n',
      'q/findLoop.cypher': '// :one loop\n// :include loop\nRETURN 1\n',
    });
    expect(() => loadQueryFiles(dir)).toThrow(/fragment loop includes itself \(loop > loop\)/);
  });
});
