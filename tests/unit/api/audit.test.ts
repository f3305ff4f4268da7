import type { GraphQLError } from 'graphql';
import { audited, quoted, type MutationCall } from '../../../src/api/audit';
import type { Caller } from '../../../src/api/auth';
import type { Context } from '../../../src/api/context';
import { notFound } from '../../../src/api/errors';
import { createLoaders } from '../../../src/api/loaders';
import type { Database, ParamsOf, QueryRunner } from '../../../src/graph';

// audited on its own: a fake database records the audit entries written, or fails to write them.

type Entry = ParamsOf<'createAuditEntry'>;

function fakeContext(caller: Caller, auditFails = false) {
  const entries: Entry[] = [];
  const tx: QueryRunner = {
    run: (async (name: string, params: Entry) => {
      if (name !== 'createAuditEntry') return [];
      if (auditFails) throw new Error('Neo4j did not answer');
      entries.push(params);
      return [];
    }) as QueryRunner['run'],
  };
  const db = {
    writeTransaction: <T>(_label: string, work: (tx: QueryRunner) => Promise<T>) => work(tx),
  } as unknown as Database;
  const ctx = { db, caller, loaders: createLoaders(db) } as Context;
  return { ctx, tx, entries };
}

const CALL: MutationCall = {
  operation: 'retractDocument',
  arguments: `id: ${quoted('doc-1')}`,
  role: 'admin',
  what: 'Retracting a document',
};
const ADMIN = { name: 'alice', role: 'admin' } as const;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: GraphQLError) => ({ code: error.extensions?.code, message: error.message }),
  );

describe('audited', () => {
  it('runs nothing and records nothing for a call without a key', async () => {
    const { ctx, entries } = fakeContext(null);
    const work = jest.fn();
    expect(await codeOf(audited(ctx, CALL, work))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(work).not.toHaveBeenCalled();
    expect(entries).toEqual([]);
  });

  it('runs nothing for a key whose role falls short, and records the attempt under its name', async () => {
    const { ctx, entries } = fakeContext({ name: 'bob', role: 'writer' });
    const work = jest.fn();
    expect(await codeOf(audited(ctx, CALL, work))).toMatchObject({ code: 'FORBIDDEN' });
    expect(work).not.toHaveBeenCalled();
    expect(entries).toEqual([
      {
        id: expect.any(String),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        keyName: 'bob',
        operation: 'retractDocument',
        arguments: 'id: "doc-1"',
        outcome: "FAILED FORBIDDEN: Retracting a document needs the admin role; the key 'bob' is a writer",
      },
    ]);
  });

  it('records a call once: in its own transaction when it says so, else after it', async () => {
    const inside = fakeContext(ADMIN);
    const result = await audited(inside.ctx, CALL, async (_caller, record) => {
      await record(inside.tx, 'removed');
      return { result: 42, outcome: 'removed' };
    });
    expect(result).toBe(42);
    expect(inside.entries.map((e) => e.outcome)).toEqual(['OK: removed']);

    const after = fakeContext(ADMIN);
    await audited(after.ctx, CALL, async () => ({ result: 1, outcome: 'loaded' }));
    expect(after.entries.map((e) => [e.keyName, e.outcome])).toEqual([['alice', 'OK: loaded']]);
  });

  it("records a failed call with its error's code, and raises the error", async () => {
    const { ctx, entries } = fakeContext(ADMIN);
    const missing = audited(ctx, CALL, async () => {
      throw notFound('id: no document has the id "doc-1"');
    });
    expect(await codeOf(missing)).toEqual({
      code: 'NOT_FOUND',
      message: 'id: no document has the id "doc-1"',
    });
    const broken = audited(ctx, CALL, async () => {
      throw new Error('the connection was lost');
    });
    await expect(broken).rejects.toThrow('the connection was lost');
    expect(entries.map((e) => e.outcome)).toEqual([
      'FAILED NOT_FOUND: id: no document has the id "doc-1"',
      'FAILED INTERNAL_SERVER_ERROR: the connection was lost',
    ]);
  });

  it('says AUDIT_FAILED, and what was done, when a done call cannot be recorded after it', async () => {
    const { ctx } = fakeContext(ADMIN, true);
    const done = audited(ctx, CALL, async () => ({ result: 1, outcome: '2 of 2 bundles loaded' }));
    expect(await codeOf(done)).toEqual({
      code: 'AUDIT_FAILED',
      message: 'retractDocument was done (2 of 2 bundles loaded), but its audit entry could not be written',
    });
  });

  it("raises a failed call's own error when its failure cannot be recorded either", async () => {
    const { ctx } = fakeContext(ADMIN, true);
    const missing = audited(ctx, CALL, async () => {
      throw notFound('id: no document has the id "doc-1"');
    });
    expect(await codeOf(missing)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives the request fresh loaders after the call, since what they cached may have changed', async () => {
    const { ctx } = fakeContext(ADMIN);
    const before = ctx.loaders;
    await audited(ctx, CALL, async () => ({ result: 1, outcome: 'done' }));
    expect(ctx.loaders).not.toBe(before);
  });

  it('quotes string arguments, and shortens long ones', () => {
    expect(quoted('a "b", c')).toBe('"a \\"b\\", c"');
    expect(JSON.parse(quoted('x'.repeat(500)))).toHaveLength(200);
  });
});
