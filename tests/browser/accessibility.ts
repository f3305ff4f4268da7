import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core as the page holds it once loaded (the project compiles without the DOM library). */
interface AxeWindow {
  axe?: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    }>;
  };
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is (contrast, labels, names, landmarks...), leaving
 * out the elements `exclude` selects; each violation in words, with where it is. Empty when none.
 */
export async function accessibilityViolations(page: Page, exclude: string[][] = []): Promise<string[]> {
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate((excluded) => {
    const axe = (globalThis as unknown as AxeWindow).axe;
    if (!axe) throw new Error('axe-core did not load');
    return axe.run(
      { exclude: excluded },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
  }, exclude);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
