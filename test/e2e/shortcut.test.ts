/**
 * The keyboard shortcut, pressed for real: browser accelerators never see Playwright's synthetic
 * keys, so this runs Chromium headed on its own Xvfb display and types with xdotool.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readerCount, READER_TITLE, untilRead, type Harness } from './chromium.js';
import { startServer, type FixtureServer } from './server.js';

let xvfb: ChildProcess;
let display = '';
let h: Harness;
let server: FixtureServer;

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

async function pressShortcut(): Promise<void> {
  // No window manager: windowactivate fails, windowfocus works.
  const windows = xdotool('search', '--onlyvisible', '--class', 'chromium')
    .split('\n')
    .filter(Boolean);
  const window = windows[windows.length - 1]!;
  xdotool('windowfocus', '--sync', window);
  xdotool('key', '--clearmodifiers', 'alt+shift+k');
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

describe('the keyboard shortcut', () => {
  it('opens and closes the reader with a real Alt+Shift+K', async () => {
    await h.page.goto(server.url('rich-article.html'));
    await h.page.bringToFront();
    await pressShortcut();
    // One press, one reader: a lost press fails here, with what the background saw of it.
    await h.page
      .locator(READER_TITLE)
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(async () => {
        const triggers = await h.triggers();
        throw new Error(
          triggers.length
            ? `Alt+Shift+K reached the extension but did not open the reader: ${JSON.stringify(triggers)}`
            : 'Alt+Shift+K never reached the extension (no trigger recorded): window focus?',
        );
      });
    await untilRead(h.page);
    expect(await h.page.locator(READER_TITLE).textContent()).toBe(
      'How the city rebuilt its tram network in four years',
    );
    await pressShortcut();
    await expect.poll(() => readerCount(h.page), { timeout: 10_000 }).toBe(0);
  });
});
