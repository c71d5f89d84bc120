/**
 * "Always open on this site" in Firefox ESR: added on the options page, the reader opens by
 * itself on that site and not on another, and Remove takes it back. The permission prompt is
 * granted through the test profile (extensions.webextOptionalPermissionPrompts off: Firefox then
 * grants what the add-on may ask for without showing the prompt; the request itself is real).
 *
 * The chosen site is localhost, not 127.0.0.1: the Firefox test build already holds 127.0.0.1
 * (scripts/build.mjs), which makes 127.0.0.1 the site that must NOT open by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type FixtureServer } from './server.js';
import { launchFirefox, openOptionsPage, poll, type FirefoxSession } from './firefox-harness.js';

interface PermissionsApi {
  permissions: { getAll: () => Promise<{ origins?: string[] }> };
}

let server: FixtureServer;
let firefox: FirefoxSession | undefined;
let options: Page;

const granted = async (): Promise<string[]> =>
  (
    await options.evaluate(() =>
      (globalThis as unknown as { browser: PermissionsApi }).browser.permissions.getAll(),
    )
  ).origins ?? [];

const readerShown = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.querySelector('verbatim-reader') !== null);

/** A page left alone (no toggle) long enough for a registered script to have opened the reader. */
async function leftAlone(url: string): Promise<Page> {
  const page = await firefox!.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return page;
}

const onLocalhost = (url: string): string => url.replace('//127.0.0.1:', '//localhost:');

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox({ 'extensions.webextOptionalPermissionPrompts': false });
  options = await firefox.browser.newPage();
  await openOptionsPage(options, server.origin);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR: always open on this site', () => {
  it('asks for that one site from the options page', async () => {
    expect(await granted()).not.toContain('*://localhost/*');
    await options.type('#site', 'localhost');
    await options.click('#always-open-add');
    await poll(
      () => options.evaluate(() => document.querySelector('[data-site="localhost"]') !== null),
      'localhost in the list of sites',
    );
    expect(await granted()).toContain('*://localhost/*');
  });

  it('opens the reader by itself there, and not on another site', async () => {
    const page = await firefox!.browser.newPage();
    await page.goto(onLocalhost(server.url('rich-article.html')), {
      waitUntil: 'domcontentloaded',
      timeout: 15_000,
    });
    await page.locator('verbatim-reader >>> #vb-title').wait();
    await page.close();
    const other = await leftAlone(server.url('rich-article.html'));
    expect(await readerShown(other)).toBe(false);
    await other.close();
  });

  it('stops on Remove, and gives the permission back', async () => {
    await options.bringToFront();
    await options.click('[data-site="localhost"] button');
    await poll(
      () => options.evaluate(() => document.querySelector('[data-site]') === null),
      'the list of sites to be empty',
    );
    expect(await granted()).not.toContain('*://localhost/*');
    const page = await leftAlone(onLocalhost(server.url('rich-article.html')));
    expect(await readerShown(page)).toBe(false);
    await page.close();
  });
});
