/**
 * Firefox ESR end to end: the options page saves a theme to storage.sync, the reader opens on a
 * real article in that theme, follows a live settings change, and closing it leaves the page
 * exactly as it was. Needs `npm run build:test` (build/firefox as a test build).
 *
 * The toggle goes through the background page's verbatimTest.toggle (the toolbar-click path,
 * without the click: BiDi cannot press the toolbar button).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type FixtureServer } from './server.js';
import {
  launchFirefox,
  openOptionsPage,
  poll,
  withTimeout,
  type FirefoxSession,
} from './firefox-harness.js';

const TITLE = 'Pompeo: ‘Significant progress’ made on NKorea denuke trip';

/** The slice of the WebExtension API the options page's window offers to the evaluated code. */
interface ExtApi {
  storage: { sync: { get: (keys?: null) => Promise<Record<string, unknown>> } };
  tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
  runtime: {
    getBackgroundPage: () => Promise<{
      verbatimTest?: { toggle: (tabId: number) => Promise<void> };
    } | null>;
  };
}

interface PageState {
  html: string;
  sheets: number;
  host: boolean;
  title: string | null;
  theme: string | null;
  body: number;
  speakers: string[];
  /** Quote ranges marked in the text through the CSS Custom Highlight API. */
  marked: number;
}

/** What the article page looks like from the page's own world (not the extension's). */
function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const host = document.querySelector('verbatim-reader');
    const shadow = host?.shadowRoot ?? null;
    return {
      html: document.documentElement.outerHTML,
      sheets: document.adoptedStyleSheets.length,
      host: host !== null,
      title: shadow?.querySelector('#vb-title')?.textContent?.trim() ?? null,
      theme: shadow?.querySelector('.vb-root')?.getAttribute('data-theme') ?? null,
      body: shadow?.querySelector('.vb-body')?.textContent?.length ?? 0,
      speakers: Array.from(shadow?.querySelectorAll('.vb-speaker .vb-name') ?? []).map(
        (el) => el.textContent ?? '',
      ),
      marked:
        (CSS.highlights?.get('verbatim-quote') as unknown as Set<Range> | undefined)?.size ?? 0,
    };
  });
}

describe('Firefox ESR: options page, reader toggle, clean close', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession | undefined;
  let article: Page;
  let options: Page;
  let articleUrl: string;
  let before: PageState;

  /** Runs the toolbar-click path for the article tab, from the options page (an extension page). */
  async function toggleReader(): Promise<void> {
    const outcome = await withTimeout(
      options.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser: ExtApi }).browser;
        const bg = await api.runtime.getBackgroundPage();
        if (!bg?.verbatimTest)
          return 'the background page has no verbatimTest (not a test build, or not running)';
        // tabs.query({ url }) treats url as a match pattern, which cannot hold the port: match exactly here.
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) return `no tab with url ${url}`;
        await bg.verbatimTest.toggle(tab.id);
        return 'ok';
      }, articleUrl),
      10_000,
      'verbatimTest.toggle through the background page',
    );
    expect(outcome).toBe('ok');
  }

  async function syncStorage(): Promise<Record<string, unknown>> {
    return options.evaluate(() =>
      (globalThis as unknown as { browser: ExtApi }).browser.storage.sync.get(null),
    );
  }

  async function pickTheme(theme: string): Promise<void> {
    await options.click(`input[name="theme"][value="${theme}"]`);
    await poll(
      async () => (await syncStorage()).theme === theme,
      `storage.sync.theme to become "${theme}"`,
    );
  }

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    articleUrl = server.url('pompeo-nkorea.html');
    article = await firefox.browser.newPage();
    // domcontentloaded: the fixture embeds an iframe on a host this closed network cannot reach.
    await article.goto(articleUrl, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    await article.waitForSelector('article h1', { timeout: 10_000 });
    options = await firefox.browser.newPage();
    await openOptionsPage(options, server.origin);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('saves the theme chosen on the options page to storage.sync', async () => {
    expect(await syncStorage()).not.toHaveProperty('theme', 'dark');
    await pickTheme('dark');
    expect(
      await options.$eval(
        'input[name="theme"][value="dark"]',
        (el) => (el as HTMLInputElement).checked,
      ),
    ).toBe(true);
    const stored = await syncStorage();
    expect(stored).toMatchObject({ theme: 'dark', settingsVersion: 1 });
  });

  it('opens the reader on the article in the saved theme', async () => {
    before = await pageState(article);
    expect(before.host).toBe(false);

    await toggleReader();
    // content.js loads the settings asynchronously before it mounts: wait for the view itself.
    const open = await poll(async () => {
      const state = await pageState(article);
      return state.host && state.title !== null ? state : null;
    }, 'the <verbatim-reader> view with a title');

    expect(open.title).toBe(TITLE);
    expect(open.theme).toBe('dark');
    expect(open.body).toBeGreaterThan(1000);
    // The quote sidebar and the quote marks in the text work in Firefox too.
    expect(open.speakers).toEqual(
      expect.arrayContaining(['Mike Pompeo', 'Kim Jong Un', 'Heather Nauert']),
    );
    expect(open.marked).toBeGreaterThan(5);
    // The page guard adds one page-wide sheet while the reader is open (and must take it away).
    expect(open.sheets).toBe(before.sheets + 1);
  });

  it('follows a theme change made on the options page while open', async () => {
    await pickTheme('sepia');
    await poll(
      async () => (await pageState(article)).theme === 'sepia',
      'the open reader to switch to data-theme="sepia"',
    );
    await pickTheme('dark');
    await poll(
      async () => (await pageState(article)).theme === 'dark',
      'the open reader to switch back to data-theme="dark"',
    );
  });

  it('closes on the second toggle and leaves the page exactly as it was', async () => {
    expect((await pageState(article)).host).toBe(true);
    await toggleReader();
    const closed = await poll(async () => {
      const state = await pageState(article);
      return state.host ? null : state;
    }, 'the <verbatim-reader> element to be removed');

    expect(closed.sheets).toBe(before.sheets);
    expect(closed.marked).toBe(0);
    expect(closed.html).toBe(before.html);
  });
});
