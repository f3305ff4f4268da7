import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import {
  TIMEOUT_MS,
  launchChromium,
  openAndConnect,
  openPage,
  requiredEnv,
  runInEditor,
} from './neo4jBrowserPage';

// End-to-end check of the Neo4j Browser that the server serves at /browser/: load it in headless Chromium,
// connect over Bolt, run `RETURN 1` and read the result table.

const SCREENSHOT_PATH = join(__dirname, '..', '..', 'test-output', 'neo4j-browser.png');

describe('Neo4j Browser', () => {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let httpUrl: URL;
  let boltUri: string;

  beforeAll(async () => {
    httpUrl = new URL(requiredEnv('NEO4J_HTTP_URL'));
    boltUri = requiredEnv('NEO4J_URI');
    browser = await launchChromium();
    page = await openPage(browser, httpUrl, boltUri);
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
      await openAndConnect(page, httpUrl, boltUri);

      const frame = await runInEditor(page, 'RETURN 1');
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
