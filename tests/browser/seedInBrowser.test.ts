import fs from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';

import { projectPath } from '../../src/runtime/projectRoot';
import { resetGraph, useTestGraph } from '../support/neo4j';
import { loadSample } from '../support/sample';
import { parseGrassStrictly, type GrassStyle } from './grass';
import {
  TIMEOUT_MS,
  drawnGraph,
  launchChromium,
  openAndConnect,
  openPage,
  requiredEnv,
  type PageElement,
  type PageGlobals,
  runInEditor,
  waitForGraphToSettle,
} from './neo4jBrowserPage';
import { STYLE_FILE, readSavedQueries } from './savedQueries';

// The seed sample in Neo4j Browser as docs/browser.md tells an analyst to look at it: load the style sheet
// (both ways the docs give), set the claim parameter, run the saved claimAndSides query, and see the sides
// drawn in the style's colours and captions. The screenshot is the one the README shows.

// Every run saves its screenshot in test-output/; UPDATE_DOCS_SCREENSHOTS=1 also replaces the README's, so
// that a test run leaves the working tree as it was unless asked.
const SCREENSHOTS = [
  join(__dirname, '..', '..', 'test-output', 'neo4j-browser-seed.png'),
  ...(process.env.UPDATE_DOCS_SCREENSHOTS === '1'
    ? [projectPath('docs', 'images', 'neo4j-browser-seed.png')]
    : []),
];

describe('the seed sample in Neo4j Browser, styled', () => {
  const graph = useTestGraph();
  const grass = fs.readFileSync(STYLE_FILE, 'utf8');
  let style: GrassStyle;
  let browser: Browser | undefined;
  let page: Page | undefined;

  const openedPage = (): Page => {
    if (!page) throw new Error('the page was not opened');
    return page;
  };
  /** The style Browser keeps (and draws with), as it saves it: JSON text, or null before any is saved. */
  const savedStyle = (): Promise<string | null> =>
    openedPage().evaluate(() => (globalThis as unknown as PageGlobals).localStorage.getItem('neo4j.grass'));
  /** Runs `command` and returns the style Browser saves next (it saves once it has taken a style in). */
  const styleAfter = async (command: () => Promise<unknown>): Promise<unknown> => {
    const before = await savedStyle();
    await command();
    await openedPage().waitForFunction(
      (previous) => (globalThis as unknown as PageGlobals).localStorage.getItem('neo4j.grass') !== previous,
      before,
      { timeout: 30_000 },
    );
    return JSON.parse((await savedStyle()) ?? 'null');
  };
  const colour = (selector: string): string => style[selector]?.color ?? `(no colour for ${selector})`;

  beforeAll(async () => {
    style = parseGrassStrictly(grass);
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    const httpUrl = new URL(requiredEnv('NEO4J_HTTP_URL'));
    const boltUri = requiredEnv('NEO4J_URI');
    browser = await launchChromium();
    page = await openPage(browser, httpUrl, boltUri);
    await openAndConnect(page, httpUrl, boltUri);
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
  }, TIMEOUT_MS);

  test(
    'takes the style sheet pasted after :style, exactly as the file says',
    async () => {
      expect(await styleAfter(() => runInEditor(openedPage(), `:style ${grass}`))).toEqual(style);
    },
    TIMEOUT_MS,
  );

  test(
    'takes the style sheet dropped onto the window as a .grass file, exactly as the file says',
    async () => {
      expect(await styleAfter(() => runInEditor(openedPage(), ':style reset'))).not.toEqual(style);

      // What dragging the file from a file manager delivers: a drop event carrying the one file.
      const drop = () =>
        openedPage()
          .locator('.filedrop')
          .first()
          .evaluate((dropZone: PageElement, content) => {
            const page = globalThis as unknown as PageGlobals;
            const dataTransfer = new page.DataTransfer();
            dataTransfer.items.add(new page.File([content], 'whosaid.grass', { type: 'text/plain' }));
            for (const type of ['dragenter', 'dragover', 'drop']) {
              dropZone.dispatchEvent(
                new page.DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }),
              );
            }
          }, grass);
      expect(await styleAfter(drop)).toEqual(style);
    },
    TIMEOUT_MS,
  );

  test(
    'draws the sides of "at least four killed" from the saved query, in the style, and saves the screenshot',
    async () => {
      const current = openedPage();
      const saved = readSavedQueries().find((q) => q.name === 'claimAndSides');
      if (!saved) throw new Error('cypher/browser/claimAndSides.cypher is missing');
      expect(saved.paramCommands).toEqual([":param claimId => 'clm-deaths-at-least-four'"]);
      for (const command of saved.paramCommands) {
        const paramFrame = await runInEditor(current, command);
        await paramFrame.getByText('"claimId": "clm-deaths-at-least-four"').waitFor({ timeout: 30_000 });
      }

      const frame = await runInEditor(current, saved.text);
      await frame.getByTestId('cypherFrameSidebarVisualization').click();
      // Res Publica, Jangaraev and RFE/RL, their two statements and the two death-toll claims.
      await waitForGraphToSettle(frame, 7);

      const { nodes, relationships } = await drawnGraph(frame);
      const node = (caption: string) => nodes.find((n) => n.caption === caption);
      expect(node('Res Publica')?.fill).toBe(colour('node.Source'));
      expect(node('Nurdin Jangaraev')?.fill).toBe(colour('node.Source'));
      expect(node('Radio Free Europe/Radio Liberty')?.fill).toBe(colour('node.Source'));
      const claim = nodes.find((n) => n.caption.startsWith('At least four people were killed'));
      expect(claim?.fill).toBe(colour('node.Claim'));
      const statement = nodes.find((n) => n.caption.startsWith('nobody died'));
      expect(statement?.fill).toBe(colour('node.Statement'));

      const fills = new Map(relationships.map((r) => [r.caption, r.fill]));
      for (const type of ['SUPPORTS', 'CONTRADICTS', 'FIGURE_CONFLICTS', 'MADE', 'VIA']) {
        expect({ type, fill: fills.get(type) }).toEqual({ type, fill: colour(`relationship.${type}`) });
      }

      await screenshot(frame);
    },
    TIMEOUT_MS,
  );
});

/** The result frame alone, full screen, its graph zoomed to fit. */
async function screenshot(frame: Locator): Promise<void> {
  await frame.getByTitle('Fullscreen').click();
  // The overview (the legend of labels and types) lies over the graph's right side; zooming to fit ignores it.
  await frame.getByRole('button', { name: 'Collapse the node properties display' }).click();
  await waitForGraphToSettle(frame);
  await frame.getByRole('button', { name: 'zoom-to-fit' }).click();
  await waitForGraphToSettle(frame);
  const image = await frame.screenshot();
  for (const file of SCREENSHOTS) {
    await mkdir(dirname(file), { recursive: true });
    await fs.promises.writeFile(file, image);
  }
}
