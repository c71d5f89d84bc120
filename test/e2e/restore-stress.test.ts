/**
 * Restore under stress (Chromium): a page that rewrites part of itself every few milliseconds,
 * scrolled, with focus and a text selection, is opened and closed fifty times. After every close
 * the page itself checks (test/fixtures/restore-stress.html keeps references to its own nodes and
 * records every mutation) that it holds the same node objects, that nobody but itself changed
 * anything, and that scroll, focus, selection, adopted sheets and history are as they were. The
 * JS heap after fifty rounds must stay within 10% of the heap after five.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import type { Harness } from './chromium.js';
import { clickToClose, clickToOpen, countHosts, escapeToClose } from './page-state.js';
import type { FixtureServer } from './server.js';
import { useChromium } from './suite.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
  await countHosts(h.page);
});

/** Loads the page, lets it run, then scrolls it, focuses `focus` and selects some text. */
async function prepare(focus: 'link' | 'field'): Promise<{ y: number; active: string }> {
  await h.page.goto(server.url(`restore-stress.html?${focus}`));
  await h.page.locator('#last').waitFor();
  await h.page.waitForFunction(() => window.__restore.record.ticks > 20);
  const marked = await h.page.evaluate((focus) => {
    window.scrollTo(0, 700);
    if (focus === 'link') {
      document.getElementById('home')!.focus({ preventScroll: true });
      const from = document.getElementById('first')!.firstChild!;
      const to = document.getElementById('middle')!.firstChild!;
      getSelection()!.setBaseAndExtent(to, 25, from, 10); // selected backwards
    } else {
      const field = document.getElementById('search') as HTMLInputElement;
      field.focus({ preventScroll: true });
      field.setSelectionRange(2, 6, 'backward');
    }
    return window.__restore.mark();
  }, focus);
  expect(marked).toMatchObject({
    y: 700,
    active: focus === 'link' ? '<a#home>' : '<input#search>',
  });
  return marked;
}

interface Heap {
  /** V8's used heap of the page's renderer (page, content script and test driver share it). */
  used: number;
  /** Every live object in a heap snapshot (DOM included) except compiled code. */
  objects: number;
  /** Compiled code, feedback and bytecode: grows while the JIT warms up, whatever the page does. */
  code: number;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
}

/** The heap after a full GC, as V8 counts it and as a heap snapshot splits it. */
async function heapAfterGc(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }): number => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const codeType = snapshot.meta.node_types[0].indexOf('code');
  let objects = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + typeAt] === codeType) code += nodes[i + sizeAt]!;
    else objects += nodes[i + sizeAt]!;
  }
  return { used: usedSize, objects, code };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const growth = (from: number, to: number): string =>
  `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)}%`;

/**
 * One round: open with a click, use the reader (a person's click in its text, Ctrl+A), close
 * with a click or Escape, then ask the page what changed.
 */
async function round(n: number): Promise<void> {
  await clickToOpen(h, h.page);
  if (n % 5 === 0) await h.page.locator('verbatim-reader .vb-body p').first().click();
  // Select all, in the reader: the page's own selection must still come back.
  if (n % 4 === 0) await h.page.keyboard.press('Control+A');
  if (n % 2) await escapeToClose(h.page);
  else await clickToClose(h, h.page);
  expect(await h.page.evaluate(() => window.__restore.check()), `after round ${n}`).toEqual([]);
}

describe('restore under stress', () => {
  it('gives a self-mutating page back exactly, fifty times, without growing the heap', async () => {
    await prepare('link');
    const cdp = await h.context.newCDPSession(h.page);
    await cdp.send('HeapProfiler.enable');
    let afterFive: Heap | undefined;
    for (let n = 1; n <= 50; n++) {
      await round(n);
      if (n === 5) afterFive = await heapAfterGc(cdp);
    }
    const five = afterFive!;
    const fifty = await heapAfterGc(cdp);
    console.log(
      [
        'Heap after a full GC, after 5 rounds -> after 50:',
        `  V8 used heap  ${mb(five.used)} -> ${mb(fifty.used)} (${growth(five.used, fifty.used)})`,
        `  live objects  ${mb(five.objects)} -> ${mb(fifty.objects)} (${growth(five.objects, fifty.objects)})`,
        `  compiled code ${mb(five.code)} -> ${mb(fifty.code)} (${growth(five.code, fifty.code)})`,
      ].join('\n'),
    );
    // A leak is objects kept per round. Compiled code is not: it grows while the JIT optimises
    // hot functions (page, reader and test driver alike) and then levels off.
    expect(Math.abs(fifty.objects - five.objects) / five.objects).toBeLessThan(0.1);
    expect(await h.page.evaluate(() => window.__restore.record.ticks)).toBeGreaterThan(100);
    await cdp.detach();
  }, 300_000);

  it('gives focus and the caret back to a text field', async () => {
    await prepare('field');
    for (let n = 1; n <= 10; n++) await round(n);
  }, 120_000);
});
