import fs from 'node:fs';
import { projectPath } from '../../../src/runtime/projectRoot';
import { graphql } from '../../support/http';
import { useSampleService } from '../../support/sample';

const README = fs.readFileSync(projectPath('README.md'), 'utf8');
const examples = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe("the README's example queries", () => {
  const running = useSampleService();

  it('are three', () => {
    expect(examples).toHaveLength(3);
  });

  it.each(examples.map((text, i) => [i + 1, text]))('example %i answers on the sample', async (_, text) => {
    const { status, body } = await graphql(running.service.url, text);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    // Every top-level answer holds something: no example shows an empty result.
    for (const value of Object.values(body.data ?? {}))
      expect(JSON.stringify(value)).toMatch(/"text":"[^"]+"/);
  });
});
