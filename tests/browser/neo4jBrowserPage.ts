import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

// Driving the Neo4j Browser that the test server serves at /browser/ in headless Chromium. Needs Debian's
// `chromium` package (or CHROMIUM_PATH pointing at another Chromium build).

export const TIMEOUT_MS = 120_000;

/**
 * The few DOM names that the callbacks run in the page use. The project compiles without the DOM library
 * (it is Node code), so a callback reaches them through `globalThis as unknown as PageGlobals`; the cast
 * disappears when compiled, and the callback runs in the page as written.
 */
export interface PageGlobals {
  DataTransfer: new () => PageDataTransfer;
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
  ClipboardEvent: new (type: string, init: PageEventInit & { clipboardData: PageDataTransfer }) => unknown;
  DragEvent: new (type: string, init: PageEventInit & { dataTransfer: PageDataTransfer }) => unknown;
  requestAnimationFrame(callback: () => void): number;
  localStorage: { getItem(key: string): string | null };
}

export interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  dispatchEvent(event: unknown): boolean;
}

interface PageDataTransfer {
  setData(type: string, data: string): void;
  items: { add(file: unknown): void };
}

interface PageEventInit {
  bubbles: boolean;
  cancelable: boolean;
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the jest global setup sets it)`);
  return value;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

/** A fresh page (its own storage, so no style or parameter of another test) that can reach only the server. */
export async function openPage(browser: Browser, httpUrl: URL, boltUri: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Browser asks the internet for web fonts, crash reports and usage stats. Refuse every host but the
  // server's own so the test stays hermetic and never waits on a DNS lookup.
  const localHosts = new Set([httpUrl.hostname, new URL(boltUri).hostname]);
  await context.route(
    (url) => !localHosts.has(url.hostname),
    (route) => route.abort(),
  );
  return context.newPage();
}

/** The result frame (one per command run) whose command line reads `command`. */
export function frameFor(page: Page, command: string): Locator {
  return page
    .getByTestId('frame')
    .filter({ has: page.getByTestId('frameCommand').filter({ hasText: command }) });
}

/** Opens Browser with the server's Bolt address preselected and connects. */
export async function openAndConnect(page: Page, httpUrl: URL, boltUri: string): Promise<void> {
  // connectURL preselects the Bolt address in the connect form (Browser 5 also reads `dbms`).
  const browserUrl = new URL('/browser/', httpUrl);
  browserUrl.searchParams.set('connectURL', boltUri);
  await page.goto(browserUrl.href);

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

/**
 * Puts `text` into the main editor as a paste, as an analyst pastes a saved query, runs it and returns the
 * frame that shows its result. Typed text would not do: the editor (Monaco) indents each new line and closes
 * brackets as they are typed, which mangles a multi-line query or style sheet.
 */
export async function runInEditor(page: Page, text: string): Promise<Locator> {
  const editor = page.getByTestId('activeEditor');
  await editor.getByRole('textbox', { name: /Editor content/ }).click();
  // The paste replaces whatever a failed step may have left in the editor.
  await page.keyboard.press('ControlOrMeta+A');
  await editor.locator('textarea').evaluate((textarea: PageElement, pasted) => {
    const page = globalThis as unknown as PageGlobals;
    const clipboardData = new page.DataTransfer();
    clipboardData.setData('text/plain', pasted);
    textarea.dispatchEvent(
      new page.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
  // Monaco renders only the lines in view, which after a paste are the last ones.
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  await editor.filter({ hasText: lines[lines.length - 1]?.trim() ?? '' }).waitFor({ timeout: 10_000 });
  await page.getByTestId('editor-Run').click();
  return frameFor(page, lines[0] ?? '');
}

/**
 * Waits until the graph view of `frame` has drawn `minNodes` nodes or more and stopped moving them: the force
 * layout, and any zoom, animate for a while after the first draw.
 */
export async function waitForGraphToSettle(frame: Locator, minNodes = 1): Promise<void> {
  const svg = frame
    .locator('svg')
    .filter({ has: frame.page().locator('g.node') })
    .first();
  await svg.waitFor({ timeout: 30_000 });
  await svg.evaluate(
    (element: PageElement, expected) =>
      new Promise<void>((resolve, reject) => {
        const page = globalThis as unknown as PageGlobals;
        let previous = '';
        let steady = 0;
        const started = performance.now();
        const check = () => {
          const nodes = [...element.querySelectorAll('g.node')];
          const layout = [element.querySelector('g')?.getAttribute('transform') ?? '']
            .concat(nodes.map((node) => node.getAttribute('transform') ?? ''))
            .join(';');
          // Unchanged over ten frames in a row (about 1/6 s): the layout has stopped, not merely paused.
          steady = nodes.length >= expected && layout === previous ? steady + 1 : 0;
          previous = layout;
          if (steady >= 10) resolve();
          else if (performance.now() - started > 30_000)
            reject(new Error('the graph did not settle in 30 s'));
          else page.requestAnimationFrame(check);
        };
        page.requestAnimationFrame(check);
      }),
    minNodes,
  );
}

/** A node or relationship as the graph view draws it. */
export interface Drawn {
  caption: string;
  fill: string;
}

/** What the graph view of `frame` draws: each node's caption and fill, each relationship's caption and fill. */
export function drawnGraph(frame: Locator): Promise<{ nodes: Drawn[]; relationships: Drawn[] }> {
  return frame
    .locator('svg')
    .filter({ has: frame.page().locator('g.node') })
    .first()
    .evaluate((svg: PageElement) => {
      // A node caption is wrapped over several <text> lines, each with a leading space.
      const caption = (group: PageElement) =>
        [...group.querySelectorAll('text')]
          .map((text) => (text.textContent ?? '').trim())
          .join(' ')
          .trim();
      return {
        nodes: [...svg.querySelectorAll('g.node')].map((node) => ({
          caption: caption(node),
          fill: node.querySelector('circle.b-outline')?.getAttribute('fill') ?? '',
        })),
        relationships: [...svg.querySelectorAll('g.relationship')].map((relationship) => ({
          caption: caption(relationship),
          fill: relationship.querySelector('path.b-outline')?.getAttribute('fill') ?? '',
        })),
      };
    });
}
