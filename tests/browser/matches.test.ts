import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { projectPath } from '../../src/runtime/projectRoot';
import type { Service } from '../../src/cli/service';
import { graphql } from '../support/http';
import { resetGraph, useTestGraph } from '../support/neo4j';
import { startTestService } from '../support/service';
import { accessibilityViolations } from './accessibility';
import { launchChromium } from './neo4jBrowserPage';

// The dashboard's suggested matches page (/dashboard/matches) in Debian's headless Chromium, against the whole
// service, set up as tests/browser/dashboard.test.ts does it. Two provisional reports of different events,
// each quoting a body named "Regional police", are loaded through the API's ingest mutation: resolution is
// not sure they are one (tests/integration/resolve/oneStory.test.ts) and suggests the match. Both sources'
// pages say "also reported as" the other; the Matches page shows it with both sides and its reasons, and
// rejecting it with a writer key takes it off the list.

const TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const OUTPUT_DIR = projectPath('test-output');
const WRITER_KEY = 'matches-test-writer-key-000001';

const report = (id: string, place: string, day: string) => ({
  provisional: true,
  document: {
    id: `doc-matches-${id}`,
    publishedAt: day,
    text: `Regional police said a bridge collapsed in ${place}.`,
  },
  sources: [{ id: 'src-regional-police', name: 'Regional police', type: 'GOVERNMENT' }],
  claims: [{ id: `clm-matches-${id}`, text: `A bridge collapsed in ${place}.` }],
  statements: [
    {
      id: `st-matches-${id}`,
      source: 'src-regional-police',
      cue: 'said',
      span: { start: 21, end: 43 + place.length },
      stances: [{ claim: `clm-matches-${id}`, stance: 'SUPPORTS' }],
    },
  ],
});

interface SuggestionsAnswer {
  matchSuggestions: {
    totalCount: number;
    edges: { node: { id: string; reasons: string[]; item: { id: string }; candidate: { id: string } } }[];
  };
}
const SUGGESTIONS = `{
  matchSuggestions(kind: SOURCE) {
    totalCount
    edges { node { id reasons item { ... on Source { id } } candidate { ... on Source { id } } } }
  }
}`;

describe('the suggested matches page, in a browser', () => {
  const graph = useTestGraph();
  let service: Service;
  let origin: URL;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [projectPath('dashboard', 'build.mjs')], { stdio: 'inherit' });
    await resetGraph(graph.driver);
    service = await startTestService({ API_KEYS: `tester:writer:${WRITER_KEY}` });
    origin = new URL(service.url);
    browser = await launchChromium();
  }, TIMEOUT_MS);

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await service?.stop();
  }, TIMEOUT_MS);

  test(
    'shows a suggestion with both sides and its reasons, and rejecting it with a writer key takes it away',
    async () => {
      // Two provisional reports, loaded by hand through the API with a writer key.
      const loaded = await graphql<{ ingest: { errors: { message: string }[] } }>(
        service.url,
        'mutation ($b: [JSON!]!) { ingest(bundles: $b) { errors { message } } }',
        { b: [report('x', 'Tarsk', '2026-01-05'), report('y', 'Ulmen', '2026-02-09')] },
        { authorization: `Bearer ${WRITER_KEY}` },
      );
      expect(loaded.body.errors).toBeUndefined();
      expect(loaded.body.data?.ingest.errors).toEqual([]);
      const before = await graphql<SuggestionsAnswer>(service.url, SUGGESTIONS);
      expect(before.body.data?.matchSuggestions.totalCount).toBe(1);
      const suggestion = before.body.data?.matchSuggestions.edges[0]?.node;
      if (!suggestion) throw new Error('no suggestion was made');
      expect(suggestion.candidate.id).toBe('src-regional-police');

      if (!browser) throw new Error('Chromium did not start');
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      // Hermetic: only the service answers.
      await context.route(
        (url) => url.host !== origin.host,
        (route) => {
          problems.push(`request to another host: ${route.request().url()}`);
          return route.abort();
        },
      );
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      // The incoming source's page says what it may also be, and why, and where to decide.
      await page.goto(new URL(`/dashboard/sources/${encodeURIComponent(suggestion.item.id)}`, origin).href);
      const also = page.getByTestId('also-reported-as');
      await also.waitFor({ timeout: WAIT_MS });
      const other = also.locator(`[data-suggestion="${suggestion.id}"]`);
      expect(await other.getByRole('link', { name: 'Regional police' }).getAttribute('href')).toBe(
        '/dashboard/sources/src-regional-police',
      );
      expect(await other.innerText()).toMatch(/score \d/);
      expect(await other.locator('li').allInnerTexts()).toEqual(suggestion.reasons);
      expect(await also.getByRole('link', { name: 'Matches' }).getAttribute('href')).toBe(
        '/dashboard/matches?kind=SOURCE',
      );
      // And the source already there names the incoming one.
      await page.goto(new URL('/dashboard/sources/src-regional-police', origin).href);
      await page
        .getByTestId('also-reported-as')
        .locator(
          `[data-suggestion="${suggestion.id}"] a[href="/dashboard/sources/${encodeURIComponent(suggestion.item.id)}"]`,
        )
        .waitFor({ timeout: WAIT_MS });

      await page.goto(new URL('/dashboard/', origin).href);

      // The page is in the main navigation.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches' }).click();
      await page.getByRole('heading', { name: 'Suggested matches', level: 1 }).waitFor({ timeout: WAIT_MS });
      await page.getByLabel('Kind').selectOption('SOURCE');
      expect(new URL(page.url()).search).toBe('?kind=SOURCE');

      const card = page.locator(`[data-match="${suggestion.id}"]`);
      await card.waitFor({ timeout: WAIT_MS });
      expect(await page.getByTestId('match').count()).toBe(1);
      expect(await page.getByText('1 open suggestion', { exact: true }).count()).toBe(1);
      // Both sides, each linked to its source's page.
      const incoming = card.locator('.side').nth(0);
      const there = card.locator('.side').nth(1);
      expect(await incoming.innerText()).toContain('Regional police');
      expect(await there.innerText()).toContain('Regional police');
      expect(await incoming.getByRole('link', { name: 'Regional police' }).getAttribute('href')).toBe(
        `/dashboard/sources/${encodeURIComponent(suggestion.item.id)}`,
      );
      expect(await there.getByRole('link', { name: 'Regional police' }).getAttribute('href')).toBe(
        '/dashboard/sources/src-regional-police',
      );
      expect(await card.innerText()).toMatch(/score \d/);
      // The reasons, in words, as the API gives them.
      const reasons = await card.getByTestId('match-reasons').locator('li').allInnerTexts();
      expect(reasons).toEqual(suggestion.reasons);
      expect(reasons.join(' ')).toContain('Regional police');

      expect(await accessibilityViolations(page)).toEqual([]);

      // Without a key, the service refuses, and the page says so.
      await card.getByRole('button', { name: 'Reject' }).click();
      const refusal = page.getByTestId('match-outcome').locator('.error');
      await refusal.waitFor({ timeout: WAIT_MS });
      expect(await refusal.innerText()).not.toBe('');
      await page.getByLabel('API key').waitFor();
      await card.waitFor();

      // With a writer key, entered in the page, the suggestion is rejected and leaves the list.
      await page.getByLabel('API key').fill(WRITER_KEY);
      await page.getByRole('button', { name: 'Use key' }).click();
      await card.getByRole('button', { name: 'Reject' }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByTestId('match-outcome')
        .getByText('Rejected: Regional police and Regional police stay apart')
        .waitFor({ timeout: WAIT_MS });
      await card.waitFor({ state: 'detached', timeout: WAIT_MS });
      await page.getByText('0 open suggestions', { exact: true }).waitFor({ timeout: WAIT_MS });
      expect(await page.getByTestId('match').count()).toBe(0);

      const after = await graphql<SuggestionsAnswer>(service.url, SUGGESTIONS);
      expect(after.body.data?.matchSuggestions.totalCount).toBe(0);
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'dashboard-matches.png'), fullPage: true });
      // Nothing went wrong but the refusal asked for above, which Chromium logs as a failed load.
      expect(problems).toEqual([
        'console error: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
      ]);
    },
    TIMEOUT_MS,
  );
});
