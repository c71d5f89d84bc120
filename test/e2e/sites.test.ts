/**
 * "Always open on this site", end to end in Chromium: from the reader's button to the options
 * page, the browser's own permission prompt (accepted with a real key press, so this runs headed
 * on its own Xvfb display, as shortcut.test.ts does), the reader opening by itself on that site
 * and on no other, and Remove taking it all back.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openReader, readerCount, READER_TITLE, type Harness } from './chromium.js';
import { startServer, type FixtureServer } from './server.js';

let xvfb: ChildProcess;
let display = '';
let h: Harness;
let server: FixtureServer;
let options: Page;

function startXvfb(): Promise<string> {
  return new Promise((resolve, reject) => {
    xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    xvfb.on('error', () =>
      reject(new Error('Xvfb is not installed: apt-get install xvfb (.ci/run does this)')),
    );
    xvfb.stdout!.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
  });
}

function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, {
    env: { ...process.env, DISPLAY: display },
    encoding: 'utf8',
  }).trim();
}

/**
 * Accepts Chromium's permission prompt as a person would with the keyboard: Tab from the default
 * button (Deny) to Allow, then Enter. The prompt is browser UI, out of Playwright's reach, and it
 * takes a moment to appear and to take keys.
 */
async function acceptPermissionPrompt(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const windows = xdotool('search', '--onlyvisible', '--class', 'chromium')
    .split('\n')
    .filter(Boolean);
  xdotool('windowfocus', '--sync', windows[windows.length - 1]!);
  xdotool('key', 'Tab');
  xdotool('key', 'Return');
}

const granted = async () =>
  (await h.worker()).evaluate(async () => (await chrome.permissions.getAll()).origins);
const registered = async () =>
  (await h.worker()).evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map(
      (s: { id: string; matches?: string[] }) => [s.id, s.matches],
    ),
  );

/** A page left alone (no click) long enough for a registered script to have opened the reader. */
async function leftAlone(url: string): Promise<Page> {
  const tab = await h.openTab(url);
  await tab.waitForLoadState('load');
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return tab;
}

beforeAll(async () => {
  display = await startXvfb();
  server = await startServer();
  h = await launch({ headless: false, env: { DISPLAY: display } });
});
afterAll(async () => {
  await h?.close();
  await server?.close();
  xvfb?.kill();
});

describe('always open on this site', () => {
  it('is asked for from the reader and confirmed on the options page, for that site only', async () => {
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    const [page] = await Promise.all([
      h.context.waitForEvent('page', { timeout: 10_000 }),
      h.page.locator('verbatim-reader [data-action="always-open"]').click(),
    ]);
    options = page;
    await options.waitForURL(/\/options\.html\?always-open=127\.0\.0\.1$/);
    expect(await options.locator('#site').inputValue()).toBe('127.0.0.1');
    expect(await granted()).toEqual([]);
    await options.locator('#always-open-add').click();
    await acceptPermissionPrompt();
    await expect.poll(() => options.locator('[data-site="127.0.0.1"]').count()).toBe(1);
    expect(await granted()).toEqual(['*://127.0.0.1/*']);
    expect(await registered()).toEqual([['always-open:127.0.0.1', ['*://127.0.0.1/*']]]);
  });

  it('opens the reader by itself on that site, and not on another', async () => {
    await h.triggers(); // forget the click above: below, nothing is clicked
    const tab = await h.openTab(server.url('rich-article.html'));
    await tab.locator(READER_TITLE).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await h.triggers()).toEqual([]);
    await tab.close();
    // A page of the site that holds no article (its front page) is left as it is.
    const front = await leftAlone(server.url('homepage.html'));
    expect(await readerCount(front)).toBe(0);
    // The toolbar button still says why there is nothing to show.
    await openReader(h, front, 'verbatim-reader .vb-empty h1');
    await front.close();
    const other = await leftAlone(
      server.url('rich-article.html').replace('//127.0.0.1:', '//localhost:'),
    );
    expect(await other.title()).not.toBe('');
    expect(await readerCount(other)).toBe(0);
    await other.close();
  });

  it('stops opening there on Remove, and gives the permission back', async () => {
    await options.bringToFront();
    await options.locator('[data-site="127.0.0.1"] button').click();
    await expect.poll(() => options.locator('[data-site]').count()).toBe(0);
    expect(await granted()).toEqual([]);
    expect(await registered()).toEqual([]);
    const tab = await leftAlone(server.url('rich-article.html'));
    expect(await readerCount(tab)).toBe(0);
    await tab.close();
  });
});
