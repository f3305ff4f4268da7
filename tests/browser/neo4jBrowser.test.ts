import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

// End-to-end check of the Neo4j Browser that the server serves at /browser/: load it in headless Chromium,
// connect over Bolt, run `RETURN 1` and read the result table. Needs Debian's `chromium` package (or
// CHROMIUM_PATH pointing at another Chromium build).

const TIMEOUT_MS = 120_000;
const SCREENSHOT_PATH = join(__dirname, '..', '..', 'test-output', 'neo4j-browser.png');

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the jest global setup sets it)`);
  return value;
}

/** The result frame (one per command run) whose command line reads `command`. */
function frameFor(page: Page, command: string): Locator {
  return page
    .getByTestId('frame')
    .filter({ has: page.getByTestId('frameCommand').filter({ hasText: command }) });
}

async function connect(page: Page, boltUri: string): Promise<void> {
  // Typing the full URI into the address box also switches the scheme drop-down (bolt:// or neo4j://).
  await page.getByTestId('boltaddress').fill(boltUri);
  const user = process.env.NEO4J_USER;
  const password = process.env.NEO4J_PASSWORD;
  if (user && password) {
    await page.getByTestId('authenticationMethod').selectOption('NATIVE');
    await page.getByTestId('username').fill(user);
    await page.getByTestId('password').fill(password);
  } else {
    await page.getByTestId('authenticationMethod').selectOption('NO_AUTH');
  }
  await page.getByTestId('connect').click();

  const connected = page.getByRole('heading', { name: 'Connected to Neo4j' });
  // A failed attempt shows its error in the connect frame's status bar: stop waiting then, not at the timeout.
  const failed = frameFor(page, ':server connect').getByTestId('frameStatusbar').filter({ hasText: /\S/ });
  // Connecting takes ~2.5 s even against an idle local server; the long timeout is for a busy CI machine.
  await connected.or(failed).first().waitFor({ timeout: 60_000 });
  if (!(await connected.isVisible())) {
    throw new Error(`Neo4j Browser could not connect to ${boltUri}: ${await failed.first().innerText()}`);
  }
}

/** Types `query` into the main editor, runs it and returns the frame that shows its result. */
async function runQuery(page: Page, query: string): Promise<Locator> {
  const editor = page.getByTestId('activeEditor');
  // The editor is Monaco: keystrokes go to its (nearly invisible) textarea, so focus that and type.
  await editor.getByRole('textbox', { name: /Editor content/ }).click();
  await page.keyboard.type(query);
  await editor.filter({ hasText: query }).waitFor({ timeout: 10_000 });
  await page.getByTestId('editor-Run').click();
  return frameFor(page, query);
}

describe('Neo4j Browser', () => {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let httpUrl: URL;
  let boltUri: string;

  beforeAll(async () => {
    httpUrl = new URL(requiredEnv('NEO4J_HTTP_URL'));
    boltUri = requiredEnv('NEO4J_URI');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', // tests run as root in a container
        '--disable-gpu',
        // No internet here: without these Chromium keeps calling home (updates, sync, field trials) and
        // floods the log with refused connections.
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Browser asks the internet for web fonts, crash reports and usage stats. Refuse every host but the
    // server's own so the test stays hermetic and never waits on a DNS lookup.
    const localHosts = new Set([httpUrl.hostname, new URL(boltUri).hostname]);
    await context.route(
      (url) => !localHosts.has(url.hostname),
      (route) => route.abort(),
    );
    page = await context.newPage();
  }, TIMEOUT_MS);

  afterAll(async () => {
    try {
      if (page) {
        await mkdir(dirname(SCREENSHOT_PATH), { recursive: true });
        await page.screenshot({ path: SCREENSHOT_PATH });
      }
    } finally {
      await browser?.close();
    }
  }, TIMEOUT_MS);

  test(
    'connects over Bolt, runs RETURN 1 and shows the result',
    async () => {
      if (!page) throw new Error('the page was not opened');
      // connectURL preselects the Bolt address in the connect form (Browser 5 also reads `dbms`).
      const browserUrl = new URL('/browser/', httpUrl);
      browserUrl.searchParams.set('connectURL', boltUri);
      await page.goto(browserUrl.href);
      await connect(page, boltUri);

      const frame = await runQuery(page, 'RETURN 1');
      await frame.getByTestId('cypherFrameSidebarTable').click();
      const table = frame.getByRole('table');
      // Select by the explicit role attributes: the row-number column's cells have only implicit roles,
      // and getByRole() would count them too.
      const dataCells = table.locator('[role="cell"]');
      await dataCells.first().waitFor({ timeout: 30_000 });

      expect(await table.locator('[role="columnheader"]').allInnerTexts()).toEqual(['1']);
      expect(await dataCells.allInnerTexts()).toEqual(['1']);
      expect(await frame.getByTestId('frameStatusbar').innerText()).toMatch(/\b1 record/);
    },
    TIMEOUT_MS,
  );
});
