/** axe-core in a page, for the accessibility checks of the e2e tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './chromium.js';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  targets: string[];
}

/**
 * Runs axe in the page's own world (evaluate, not a <script>: extension pages forbid inline
 * scripts), where it sees into the reader's open shadow root. `within` limits it to one element.
 * The rule that a visible label is part of the accessible name is experimental in axe: on.
 */
export async function axeViolations(page: Page, within?: string): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const context = selector ? { include: [document.querySelector(selector)] } : document;
    const result = (await axe.run(context, {
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })) as { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> };
    return result.violations.map((v) => ({
      id: v.id,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, within);
}
