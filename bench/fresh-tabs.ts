/**
 * Is the first trigger in a tab ever lost? Opens N tabs in a row, each on a unique URL, triggers
 * the reader once in each and counts how many opened; the background's trigger records (test
 * build) say how many had to wait for the activeTab grant to reach the page, and for how long.
 *
 *   npm run build:test && node scripts/run-ts.mjs bench/fresh-tabs.ts [--tabs 100]
 *                                                  fresh tab each time, toolbar trigger over CDP
 *     --via shortcut                               a real Alt+Shift+K instead (headed, on Xvfb)
 *     --reuse                                      one tab navigated to each page instead
 *     --delay MS                                   wait this long after the load event first
 *     --no-grant-wait                              turn the background's wait off (shows the bug)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launch, READER_TITLE } from '../test/e2e/chromium.js';
import { startServer } from '../test/e2e/server.js';
import { median, ms } from './stats.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? '') : undefined;
};
const tabs = Number(arg('tabs')) || 100;
const viaShortcut = arg('via') === 'shortcut';
const reuse = arg('reuse') !== undefined;
const delay = Number(arg('delay')) || 0;
const grantWait = arg('no-grant-wait') === undefined;

interface TriggerRecord {
  tabId: number;
  attempts: number;
  ms: number;
  error?: string;
}

let xvfb: ChildProcess | null = null;
let display = '';
if (viaShortcut) {
  xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  display = await new Promise<string>((resolve) =>
    xvfb!.stdout!.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`)),
  );
}
const xdotool = (...args: string[]): string =>
  execFileSync('xdotool', args, {
    env: { ...process.env, DISPLAY: display },
    encoding: 'utf8',
  }).trim();

const server = await startServer();
const h = await launch(viaShortcut ? { headless: false, env: { DISPLAY: display } } : {});
const background = () => h.worker();
if (!grantWait)
  await (
    await background()
  ).evaluate(() =>
    (
      globalThis as unknown as { verbatimTest: { setGrantWait: (ms: number) => void } }
    ).verbatimTest.setGrantWait(0),
  );

async function trigger(page: Page): Promise<void> {
  if (!viaShortcut) return h.click(page);
  await page.bringToFront();
  const windows = xdotool('search', '--onlyvisible', '--class', 'chromium')
    .split('\n')
    .filter(Boolean);
  xdotool('windowfocus', '--sync', windows[windows.length - 1]!);
  xdotool('key', '--clearmodifiers', 'alt+shift+k');
}

let opened = 0;
const started = performance.now();
try {
  for (let i = 0; i < tabs; i++) {
    const url = server.url('rich-article.html');
    let page = h.page;
    if (reuse) await page.goto(url);
    else page = await h.openTab(url);
    if (delay) await page.waitForTimeout(delay);
    await trigger(page);
    const ok = await page
      .locator(READER_TITLE)
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (ok) opened++;
    else console.log(`tab ${i + 1}: the reader did not open`);
    if (!reuse) await page.close();
  }
} finally {
  const records = (await (
    await background()
  ).evaluate(() =>
    (
      globalThis as unknown as { verbatimTest: { triggers: () => unknown[] } }
    ).verbatimTest.triggers(),
  )) as TriggerRecord[];
  const waited = records.filter((r) => r.attempts > 1 && !r.error);
  const failed = records.filter((r) => r.error);
  console.log(
    `${opened}/${tabs} opened (${reuse ? 'one tab reused' : 'fresh tabs'}, ${viaShortcut ? 'shortcut' : 'toolbar'}` +
      `${delay ? `, ${delay} ms after load` : ''}, grant wait ${grantWait ? 'on' : 'off'}) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    `background: ${records.length} triggers, ${waited.length} waited for the grant` +
      (waited.length
        ? ` (median ${ms(median(waited.map((r) => r.ms)))}, max ${Math.max(...waited.map((r) => r.ms))} ms)`
        : '') +
      `, ${failed.length} failed${failed.length ? `: ${failed[0]!.error}` : ''}`,
  );
  await h.close();
  await server.close();
  xvfb?.kill();
}
