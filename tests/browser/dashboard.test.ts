import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import express from 'express';
import type { Browser, Page } from 'playwright-core';

import { serveDashboard } from '../../src/api/dashboard';
import { projectPath } from '../../src/runtime/projectRoot';
import type { Service } from '../../src/cli/service';
import { graphql } from '../support/http';
import { resetGraph, useTestGraph } from '../support/neo4j';
import { loadSample } from '../support/sample';
import { startTestService } from '../support/service';
import { accessibilityViolations as axeViolations } from './accessibility';
import { launchChromium } from './neo4jBrowserPage';

// The dashboard (dashboard/, served at /dashboard) in Debian's headless Chromium, against the whole service
// started on the seed sample. Every request to a host other than the service's is refused and recorded, as
// is every console error and uncaught exception in the page: each test ends by checking there were none.
// Screenshots of each page go to test-output/; with UPDATE_DOCS_SCREENSHOTS=1, those of the claim page and
// of the graph view also replace the README's in docs/images/ (so that a test run leaves the tree as it was).

const TIMEOUT_MS = 180_000;
const WAIT_MS = 60_000;
const OUTPUT_DIR = projectPath('test-output');
const DOCS_IMAGES = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? projectPath('docs', 'images') : undefined;
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const WRITER_KEY = 'dashboard-test-writer-key-0001';
const ADMIN_KEY = 'dashboard-test-admin-key-00001';

const DEATHS_CLAIM = 'clm-deaths-at-least-four';
const CROWD_CLAIM = 'clm-crowd-about-10000';
const CROWD_QUESTION = 'crowd size in Jalal-Abad on 20 March 2005';

/** The few DOM names the callbacks run in the page use (the project compiles without the DOM library). */
interface PageWindow {
  innerWidth: number;
  document: {
    documentElement: { scrollWidth: number };
    activeElement: { tagName: string; textContent: string | null } | null;
  };
  sessionStorage: { getItem(key: string): string | null };
  localStorage: { length: number };
}
interface PageCanvas {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: number[] } } | null;
}

interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and requests to other hosts, in the order they happened. */
  problems: string[];
}

describe('the dashboard, in a browser, on the seed sample', () => {
  const graph = useTestGraph();
  let service: Service;
  let origin: URL;
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  const dashboardUrl = (pathAndQuery = '') => new URL(`/dashboard/${pathAndQuery}`, origin).href;

  async function open(pathAndQuery: string, viewport = LAPTOP): Promise<OpenedPage> {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({
      viewport,
      ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
    });
    const problems: string[] = [];
    // Hermetic: only the service answers. A request elsewhere (a CDN font or script) is refused and reported.
    await context.route(
      (url) => url.host !== origin.host,
      (route) => {
        problems.push(`request to another host: ${route.request().url()}`);
        return route.abort();
      },
    );
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const entry = { page, problems };
    opened.push(entry);
    await page.goto(dashboardUrl(pathAndQuery));
    return entry;
  }

  async function screenshot(page: Page, name: string, alsoForDocs = false): Promise<void> {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, `dashboard-${name}.png`), fullPage: true });
    if (alsoForDocs && DOCS_IMAGES !== undefined) {
      fs.mkdirSync(DOCS_IMAGES, { recursive: true });
      await page.screenshot({ path: path.join(DOCS_IMAGES, `dashboard-${name}.png`), fullPage: true });
    }
  }

  /** axe-core's rules on the page, leaving out the graph's drawing canvas. */
  const accessibilityViolations = (page: Page) => axeViolations(page, [['.graph canvas']]);

  /** Whether the page is wider than the screen (it should never scroll sideways as a whole). */
  const overflowsSideways = (page: Page) =>
    page.evaluate(
      () =>
        (globalThis as unknown as PageWindow).document.documentElement.scrollWidth >
        (globalThis as unknown as PageWindow).innerWidth,
    );

  beforeAll(async () => {
    // Builds dist/dashboard unless it was built from the same sources (a few seconds when it must).
    execFileSync(process.execPath, [projectPath('dashboard', 'build.mjs')], { stdio: 'inherit' });
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    service = await startTestService({
      API_KEYS: `tester:writer:${WRITER_KEY},curator:admin:${ADMIN_KEY}`,
    });
    origin = new URL(service.url);
    browser = await launchChromium();
  }, TIMEOUT_MS);

  afterEach(async () => {
    const pages = opened.splice(0);
    const problems = pages.flatMap((p) => p.problems);
    await Promise.all(pages.map((p) => p.page.context().close()));
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  }, TIMEOUT_MS);

  test(
    'the service serves the built dashboard at /dashboard, with a fallback to the app for its pages',
    async () => {
      const index = await fetch(dashboardUrl());
      expect(index.status).toBe(200);
      expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await index.text();
      expect(html).toContain('<div id="app"></div>');
      // No URL in the page leads off the service: no CDN, no web font.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

      const deep = await fetch(dashboardUrl(`claims/${DEATHS_CLAIM}`));
      expect(deep.status).toBe(200);
      expect(await deep.text()).toBe(html);

      const bare = await fetch(new URL('/dashboard', origin), { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/dashboard/');

      const missingAsset = await fetch(dashboardUrl('assets/no-such-file.js'));
      expect(missingAsset.status).toBe(404);

      const script = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(new URL(script as string, origin));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    },
    TIMEOUT_MS,
  );

  test(
    'lists the claims most contested first, as the API orders them, and filters them',
    async () => {
      const { page } = await open('');
      const rows = page.getByTestId('claim-list').locator(':scope > li');
      await rows.first().waitFor({ timeout: WAIT_MS });

      const { body } = await graphql<{
        claims: { edges: { node: { id: string; verdict: { status: string } } }[] };
        contested: { totalCount: number };
      }>(
        service.url,
        `
          {
            claims(orderBy: MOST_CONTESTED, first: 25) {
              edges {
                node {
                  id
                  verdict {
                    status
                  }
                }
              }
            }
            contested(first: 1) {
              totalCount
            }
          }
        `,
      );
      const expected = body.data?.claims.edges.map((e) => e.node) ?? [];
      const contested = body.data?.contested.totalCount ?? 0;
      expect(contested).toBeGreaterThan(0);

      const shown = await rows.evaluateAll((items) =>
        items.map((item) => ({
          id: item.getAttribute('data-claim'),
          status: item.getAttribute('data-status'),
        })),
      );
      expect(shown.map((row) => row.id)).toEqual(expected.map((claim) => claim.id));
      // Every contested claim comes before every other one, and each says so in words.
      const statuses = shown.map((row) => row.status);
      expect(statuses.slice(0, contested)).toEqual(Array(contested).fill('CONTESTED'));
      expect(statuses.slice(contested)).not.toContain('CONTESTED');
      expect(await rows.first().locator('.badge').innerText()).toContain('Contested');
      expect(await rows.locator('[data-status="CONTESTED"]').count()).toBe(contested);
      await screenshot(page, 'claims');

      /** Waits until the list shows exactly the claims the API gives for `filter`, in its order. */
      const showsExactly = async (filter: Record<string, string>) => {
        const answer = await graphql<{ claims: { totalCount: number; edges: { node: { id: string } }[] } }>(
          service.url,
          'query ($filter: ClaimFilter) { claims(filter: $filter, orderBy: MOST_CONTESTED, first: 25) { totalCount edges { node { id } } } }',
          { filter },
        );
        const ids = answer.body.data?.claims.edges.map((e) => e.node.id) ?? [];
        expect(ids.length).toBeGreaterThan(0);
        const others = ids.map((id) => `:not([data-claim="${id}"])`).join('');
        const list = page.getByTestId('claim-list');
        await list.locator(`:scope > li${others}`).first().waitFor({ state: 'detached', timeout: WAIT_MS });
        for (const id of ids) await list.locator(`[data-claim="${id}"]`).waitFor({ timeout: WAIT_MS });
        expect(await rows.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim')))).toEqual(
          ids,
        );
        const count = answer.body.data?.claims.totalCount ?? 0;
        expect(await page.locator('p.count').innerText()).toBe(
          `${count} claim${count === 1 ? '' : 's'}, most contested first`,
        );
      };

      // Filtering by verdict keeps only those claims, and the address keeps the filter.
      await page.getByLabel('Verdict').selectOption('CORROBORATED');
      await page.waitForURL(/status=CORROBORATED/, { timeout: WAIT_MS });
      await showsExactly({ status: 'CORROBORATED' });

      // By a source taking a side (the select lists sources by name, and filters by id).
      await page.getByLabel('Verdict').selectOption('');
      await page.getByLabel('Source taking a side').selectOption({ label: 'Res Publica' });
      await page.waitForURL(/source=src-res-publica/, { timeout: WAIT_MS });
      await showsExactly({ sourceId: 'src-res-publica' });

      // By question.
      await page.getByLabel('Source taking a side').selectOption('');
      await page.getByLabel('Question').selectOption({ label: CROWD_QUESTION });
      await page.waitForURL(/question=/, { timeout: WAIT_MS });
      await showsExactly({ question: CROWD_QUESTION });

      // A search for words of a claim.
      await page.getByLabel('Question').selectOption('');
      await page.getByLabel('Words in the claim').fill('killed');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=killed/, { timeout: WAIT_MS });
      await showsExactly({ text: 'killed' });
      expect(await rows.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim')))).toEqual([
        DEATHS_CLAIM,
      ]);
    },
    TIMEOUT_MS,
  );

  test(
    "shows the deaths claim's sides: Res Publica supports, the Interior Ministry's spokesman contradicts",
    async () => {
      const { page } = await open('');
      // Reached from the list with the keyboard alone: focus the claim's link, press Enter.
      const link = page.getByRole('link', { name: 'At least four people were killed', exact: false });
      await link.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/dashboard/claims/${DEATHS_CLAIM}$`), { timeout: WAIT_MS });
      const supporters = page.getByRole('region', { name: /Supporters/ });
      const contradictors = page.getByRole('region', { name: /Contradictors/ });
      await supporters.waitFor({ timeout: WAIT_MS });
      // The new page's heading has the focus, as after a page load.
      expect(
        await page.evaluate(() => (globalThis as unknown as PageWindow).document.activeElement?.tagName),
      ).toBe('H1');

      const supporterCard = supporters.locator('[data-source="src-res-publica"]');
      await expect(supporterCard.getByRole('link', { name: 'Res Publica' }).isVisible()).resolves.toBe(true);
      expect(await supporterCard.innerText()).toContain('claiming'); // the cue verb
      expect(await supporterCard.locator('blockquote').innerText()).toContain(
        'at least four people were killed',
      );

      const contradictorCard = contradictors.locator('[data-source="src-jangaraev"]');
      const contradictorText = await contradictorCard.innerText();
      expect(contradictorText).toContain('Nurdin Jangaraev');
      expect(contradictorText).toContain('Interior Ministry spokesman');
      expect(contradictorText).toContain('denied');
      expect(contradictorText).toContain('relayed by Radio Free Europe/Radio Liberty');
      expect(await contradictors.innerText()).not.toContain('Res Publica');
      expect(await supporters.innerText()).not.toContain('Jangaraev');

      // The verdict, its credibility and its explanation, as the API gives them.
      const { body } = await graphql<{ claim: { verdict: { explanation: string; credibility: number } } }>(
        service.url,
        `{ claim(id: "${DEATHS_CLAIM}") { verdict { explanation credibility } } }`,
      );
      const verdict = page.getByRole('region', { name: 'Verdict' });
      expect(await verdict.innerText()).toContain(body.data?.claim.verdict.explanation ?? '(no explanation)');
      expect(await verdict.innerText()).toContain(`Credibility ${body.data?.claim.verdict.credibility}`);

      expect(await accessibilityViolations(page)).toEqual([]);
      await page.locator('main h1').blur(); // the screenshot for the README without the focus ring
      await screenshot(page, 'claim', true);

      // The quote's link opens the document with the quoted span highlighted.
      await contradictorCard.getByRole('link', { name: /Show in the text/ }).click();
      const mark = page.getByTestId('highlight');
      await mark.waitFor({ timeout: WAIT_MS });
      const statement = await graphql<{
        statement: { span: { start: number; end: number }; document: { text: string } };
      }>(
        service.url,
        `
          {
            statement(id: "st-jangaraev-nobody-died") {
              span {
                start
                end
              }
              document {
                text
              }
            }
          }
        `,
      );
      const quoted = statement.body.data?.statement;
      expect(quoted).toBeDefined();
      expect(await mark.innerText()).toBe(quoted?.document.text.slice(quoted.span.start, quoted.span.end));
      expect(await mark.getAttribute('data-statement')).toBe('st-jangaraev-nobody-died');
      await screenshot(page, 'document');
    },
    TIMEOUT_MS,
  );

  test(
    'draws every figure given for the crowd size on one axis, with the conflicting ones marked',
    async () => {
      const { page } = await open(`claims/${CROWD_CLAIM}`);
      const chart = page.getByTestId('interval-chart');
      await chart.waitFor({ timeout: WAIT_MS });

      const { body } = await graphql<{
        question: {
          claims: { id: string; quantity: { value: number | null } | null }[];
          relations: { a: { id: string }; b: { id: string }; kind: string }[];
        };
      }>(
        service.url,
        `
          query ($key: String!) {
            question(key: $key) {
              claims {
                id
                quantity {
                  value
                }
              }
              relations {
                a {
                  id
                }
                b {
                  id
                }
                kind
              }
            }
          }
        `,
        { key: CROWD_QUESTION },
      );
      const question = body.data?.question;
      const figures = (question?.claims ?? []).filter((c) => c.quantity !== null).map((c) => c.id);
      expect(figures.length).toBeGreaterThanOrEqual(3);

      const rows = chart.locator('[data-claim]');
      const drawn = await rows.evaluateAll((items) => items.map((i) => i.getAttribute('data-claim')));
      expect([...drawn].sort()).toEqual([...figures].sort());
      expect(await chart.getByTestId('interval-bar').count()).toBe(figures.length);
      for (const id of figures) {
        expect(await chart.locator(`[data-claim="${id}"]`).getByTestId('interval-bar').isVisible()).toBe(
          true,
        );
      }
      // Each conflicting pair is marked on both of its rows, in words as well as by the hatching.
      const conflicting = new Set(
        (question?.relations ?? []).filter((r) => r.kind === 'CONFLICTS').flatMap((r) => [r.a.id, r.b.id]),
      );
      expect(conflicting.size).toBeGreaterThan(0);
      for (const id of figures) {
        const row = chart.locator(`[data-claim="${id}"]`);
        expect(Number(await row.getAttribute('data-conflicts')) > 0).toBe(conflicting.has(id));
        expect((await row.innerText()).includes('conflicts with')).toBe(conflicting.has(id));
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'intervals');
    },
    TIMEOUT_MS,
  );

  test(
    "draws the deaths claim's neighbourhood as a graph, with its nodes and coloured stance edges",
    async () => {
      const { page } = await open(`claims/${DEATHS_CLAIM}/graph`, { width: 1280, height: 960 });
      const canvas = page.locator('[data-testid="graph"][data-state="ready"]');
      await canvas.waitFor({ timeout: WAIT_MS });
      expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(3);

      // cytoscape drew something: some canvas in the view has pixels that are not blank.
      const painted = await canvas.locator('canvas').evaluateAll((elements) =>
        elements.some((element) => {
          const canvasElement = element as unknown as PageCanvas;
          const context = canvasElement.getContext('2d');
          if (!context || canvasElement.width === 0 || canvasElement.height === 0) return false;
          const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height);
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
          return false;
        }),
      );
      expect(painted).toBe(true);

      // The same graph in words, beside it: who supports, who contradicts.
      const connections = page.getByTestId('graph-connections');
      const supports = await connections.locator('[data-kind="supports"]').allInnerTexts();
      const contradicts = await connections.locator('[data-kind="contradicts"]').allInnerTexts();
      expect(supports.some((line) => line.includes('Res Publica supports At least four'))).toBe(true);
      expect(contradicts.some((line) => line.includes('Nurdin Jangaraev contradicts At least four'))).toBe(
        true,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      if (DOCS_IMAGES !== undefined) {
        fs.mkdirSync(DOCS_IMAGES, { recursive: true });
        await page.screenshot({ path: path.join(DOCS_IMAGES, 'dashboard-graph.png') });
      }
      await screenshot(page, 'graph');
    },
    TIMEOUT_MS,
  );

  test(
    "shows a source's role, organisation, track record and statements, and rates it with an admin key",
    async () => {
      const { page } = await open('sources/src-jangaraev');
      const facts = page.getByTestId('source-facts');
      await facts.waitFor({ timeout: WAIT_MS });
      const text = await facts.innerText();
      expect(text).toContain('Interior Ministry spokesman');
      expect(text).toContain('Government');
      expect(text).toContain('speaks for Kyrgyz Interior Ministry');
      expect(text).toContain('Government of Kyrgyzstan'); // the independent origin
      await page.getByRole('region', { name: 'Track record' }).waitFor();
      expect(await page.getByRole('region', { name: /^Statements/ }).innerText()).toContain(
        'nobody died as a result of the raids',
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      // Rate it B with the admin key, entered here and kept for this tab only.
      await page.getByLabel('API key').fill(ADMIN_KEY);
      await page.getByRole('button', { name: 'Use key' }).click();
      await page.getByLabel('Reliability').selectOption('B');
      await page.getByRole('button', { name: 'Save rating' }).click();
      await page.getByText('Saved: Nurdin Jangaraev is rated B').waitFor({ timeout: WAIT_MS });
      await page.getByTestId('reliability').getByText('usually reliable').waitFor({ timeout: WAIT_MS });
      const stored = await page.evaluate(() => ({
        session: (globalThis as unknown as PageWindow).sessionStorage.getItem('whosaid.apiKey'),
        local: (globalThis as unknown as PageWindow).localStorage.length,
      }));
      expect(stored).toEqual({ session: ADMIN_KEY, local: 0 });
      const { body } = await graphql<{ source: { reliability: string } }>(
        service.url,
        '{ source(id: "src-jangaraev") { reliability } }',
      );
      expect(body.data?.source.reliability).toBe('B');
      await screenshot(page, 'source');
    },
    TIMEOUT_MS,
  );

  test(
    'shows who agrees with whom as a matrix built from agreement(a, b)',
    async () => {
      const { page } = await open('agreement');
      const matrix = page.getByTestId('agreement-matrix');
      await matrix.waitFor({ timeout: WAIT_MS });
      expect(await matrix.locator('tbody tr').count()).toBe(8); // the default: the 8 sources on most claims

      const { body } = await graphql<{ agreement: { opposed: { id: string }[] } }>(
        service.url,
        '{ agreement(a: "src-opposition-leaders", b: "src-karasartov") { opposed { id } } }',
      );
      const opposed = body.data?.agreement.opposed.length ?? 0;
      expect(opposed).toBeGreaterThan(0);
      const cell = matrix.getByRole('button', { name: /: Opposition leaders and Orazaly Karasartov,/ });
      expect(await cell.getAttribute('aria-label')).toContain(
        `${opposed} claim${opposed === 1 ? '' : 's'} apart`,
      );
      await cell.click();
      const pair = page.getByRole('region', { name: 'Opposition leaders and Orazaly Karasartov' });
      await pair.waitFor({ timeout: WAIT_MS });
      expect(await pair.innerText()).toContain(`On opposite sides (${opposed})`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'agreement');
    },
    TIMEOUT_MS,
  );

  test(
    'validates a pasted bundle first, shows each error with its JSON path, then loads a good one',
    async () => {
      const { page } = await open('ingest');
      await page.getByRole('heading', { name: 'Ingest bundles' }).waitFor({ timeout: WAIT_MS });
      await page.getByLabel('API key').fill(WRITER_KEY);
      await page.getByRole('button', { name: 'Use key' }).click();

      const bundle = (span: { start: number; end: number }) => ({
        document: {
          id: 'doc-dashboard-test',
          title: 'A dashboard test',
          text: 'The bridge was closed on Monday.',
        },
        sources: [{ id: 'src-dashboard-test-mayor', name: 'The mayor', type: 'PERSON' }],
        claims: [{ id: 'clm-dashboard-test-bridge', text: 'The bridge was closed on Monday.' }],
        statements: [
          {
            id: 'st-dashboard-test-mayor',
            source: 'src-dashboard-test-mayor',
            quote: 'The bridge was closed on Monday.',
            span,
            direct: false,
            stances: [{ claim: 'clm-dashboard-test-bridge', stance: 'SUPPORTS' }],
          },
        ],
      });
      const bad = bundle({ start: 0, end: 500 });
      const { body } = await graphql<{ ingest: { errors: { path: string }[] } }>(
        service.url,
        'mutation ($b: [JSON!]!) { ingest(bundles: $b, dryRun: true) { errors { path } } }',
        { b: [bad] },
        { authorization: `Bearer ${WRITER_KEY}` },
      );
      const paths = body.data?.ingest.errors.map((e) => e.path) ?? [];
      expect(paths).toEqual(['/statements/0/span']);

      await page.getByLabel('Bundles (JSON or JSON Lines)').fill(JSON.stringify(bad, null, 2));
      await page.getByRole('button', { name: 'Validate (dry run)' }).click();
      const errors = page.getByTestId('ingest-validation-errors');
      await errors.waitFor({ timeout: WAIT_MS });
      expect(await errors.locator('code.json-path').allInnerTexts()).toEqual(paths);
      expect(await page.getByTestId('ingest-validation-summary').innerText()).toContain(
        '0 of 1 bundles would load; 1 refused',
      );
      expect(await page.getByRole('button', { name: 'Load', exact: true }).isDisabled()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'ingest-rejected');

      // Fixed, it validates, and only then can be loaded.
      await page
        .getByLabel('Bundles (JSON or JSON Lines)')
        .fill(JSON.stringify(bundle({ start: 0, end: 32 })));
      expect(await page.getByRole('button', { name: 'Load', exact: true }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Validate (dry run)' }).click();
      await page
        .getByTestId('ingest-validation-summary')
        .getByText('1 of 1 bundles would load; 0 refused')
        .waitFor({ timeout: WAIT_MS });
      await page.getByRole('button', { name: 'Load', exact: true }).click();
      await page
        .getByTestId('ingest-load-summary')
        .getByText('1 of 1 bundles loaded; 0 refused')
        .waitFor({ timeout: WAIT_MS });
      const loaded = await graphql<{ document: { id: string } | null }>(
        service.url,
        '{ document(id: "doc-dashboard-test") { id } }',
      );
      expect(loaded.body.data?.document?.id).toBe('doc-dashboard-test');
      await screenshot(page, 'ingest-loaded');
    },
    TIMEOUT_MS,
  );

  test(
    'works at phone width: nothing scrolls sideways, and the two sides stack',
    async () => {
      const list = await open('', PHONE);
      await list.page.getByTestId('claim-list').locator(':scope > li').first().waitFor({ timeout: WAIT_MS });
      expect(await overflowsSideways(list.page)).toBe(false);
      await screenshot(list.page, 'claims-phone');

      const { page } = await open(`claims/${DEATHS_CLAIM}`, PHONE);
      const supporters = page.getByRole('region', { name: /Supporters/ });
      const contradictors = page.getByRole('region', { name: /Contradictors/ });
      await supporters.waitFor({ timeout: WAIT_MS });
      expect(await overflowsSideways(page)).toBe(false);
      const top = await supporters.boundingBox();
      const below = await contradictors.boundingBox();
      expect(top && below && top.y + top.height <= below.y).toBe(true);
      await page.getByTestId('interval-chart').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'claim-phone');

      const matrix = await open('agreement', PHONE);
      await matrix.page.getByTestId('agreement-matrix').waitFor({ timeout: WAIT_MS });
      expect(await overflowsSideways(matrix.page)).toBe(false);
      await screenshot(matrix.page, 'agreement-phone');
    },
    TIMEOUT_MS,
  );

  test(
    'can be used from the keyboard: a skip link first, then the navigation',
    async () => {
      const { page } = await open('');
      await page.getByTestId('claim-list').waitFor({ timeout: WAIT_MS });
      await page.keyboard.press('Tab');
      const focused = () =>
        page.evaluate(() => {
          const active = (globalThis as unknown as PageWindow).document.activeElement;
          return active ? `${active.tagName} ${active.textContent?.trim()}` : '';
        });
      expect(await focused()).toBe('A Skip to content');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('A whosaid');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('A Claims');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('A Sources');
      await page.keyboard.press('Enter');
      await page.getByTestId('source-table').waitFor({ timeout: WAIT_MS });
      expect(await focused()).toBe('H1 Sources');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'sources');
    },
    TIMEOUT_MS,
  );
});

describe('the dashboard route before the dashboard is built', () => {
  test('answers 503 with how to build it, and the rest of the app still answers', async () => {
    const app = express();
    app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
    serveDashboard(app, fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-no-dashboard-')));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      for (const page of ['/dashboard/', '/dashboard/claims/x']) {
        const response = await fetch(`http://127.0.0.1:${port}${page}`);
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(await response.text()).toContain('npm run build:dashboard');
      }
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
