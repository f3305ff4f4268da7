import fs from 'node:fs';
import { serverAudits } from 'graphql-http';
import { projectPath } from '../../../src/runtime/projectRoot';
import type { Service } from '../../../src/cli/service';
import { startTestService } from '../../support/service';

/**
 * The audits the service fails on purpose, by id, with the choice behind each; docs/operations.md ("GraphQL
 * over HTTP") lists the same ids for users.
 */
const FAILS_BY_DESIGN: Record<string, string> = {
  '5A70': "Apollo's CSRF prevention refuses a GET without a preflight header",
  '6A70': "Apollo's CSRF prevention refuses a GET without a preflight header",
  D6D5: "Apollo's CSRF prevention refuses a GET without a preflight header",
  '572B': 'Apollo answers 400, not 200, to a document that does not parse',
  FDE2: 'Apollo answers 400, not 200, to a document that does not validate',
  '7B9B': 'Apollo answers 400, not 200, when the variables do not fit the operation',
};

describe('GraphQL over HTTP: the graphql-http server audits', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service?.stop());

  const audits = serverAudits({ url: () => service.url });

  it.each(audits.map((audit) => [`${audit.id} ${audit.name}`, audit] as const))(
    '%s',
    async (_name, audit) => {
      const result = await audit.fn();
      const outcome = result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`;
      if (audit.id in FAILS_BY_DESIGN) expect(outcome).not.toBe('ok');
      else expect(outcome).toBe('ok');
    },
  );

  it('lists in docs/operations.md exactly the audits that fail by design', () => {
    const docs = fs.readFileSync(projectPath('docs', 'operations.md'), 'utf8');
    const section = docs.split(/^## /m).find((text) => text.startsWith('GraphQL over HTTP\n')) ?? '';
    const listed = [...section.matchAll(/^\| `([0-9A-F]{4})`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(FAILS_BY_DESIGN).sort());
  });
});
