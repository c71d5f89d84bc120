/**
 * axe-core in a page's own world (as a11y.test.ts runs it), seeing into the reader's open shadow
 * root; `within` limits it to one element. Label-in-name, experimental in axe, is on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './chromium.js';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  targets: string[];
}

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
