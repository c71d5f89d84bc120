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
// window.__restore: the restore fixture's record of itself, typed there.
import './page-state.js';
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
  storage: {
    sync: { get: (keys?: null) => Promise<Record<string, unknown>>; clear: () => Promise<void> };
  };
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
      // A read that takes a while shows the progress state, with a title of its own.
      title: shadow?.querySelector('[data-vb-progress]')
        ? null
        : (shadow?.querySelector('#vb-title')?.textContent?.trim() ?? null),
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

/**
 * Runs the toolbar-click path for the tab at `url`, from the options page (an extension page).
 * It resolves once the background has run the toggle in the page.
 */
async function toggleTab(options: Page, url: string): Promise<void> {
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
    }, url),
    10_000,
    'verbatimTest.toggle through the background page',
  );
  expect(outcome).toBe('ok');
}

function storedSettings(options: Page): Promise<Record<string, unknown>> {
  return options.evaluate(() =>
    (globalThis as unknown as { browser: ExtApi }).browser.storage.sync.get(null),
  );
}

describe('Firefox ESR: options page, reader toggle, clean close', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession | undefined;
  let article: Page;
  let options: Page;
  let articleUrl: string;
  let before: PageState;

  const toggleReader = (): Promise<void> => toggleTab(options, articleUrl);

  const syncStorage = (): Promise<Record<string, unknown>> => storedSettings(options);

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

describe('Firefox ESR: hostile pages, and the page given back exactly', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession | undefined;
  let page: Page;
  let options: Page;

  beforeAll(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    options = await firefox.browser.newPage();
    await openOptionsPage(options, server.origin);
    // The test page in front, as a person reads it: a background tab's timers are throttled.
    await page.bringToFront();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** The reader as the page sees it: host, title and theme, or nulls. */
  function reader(): Promise<{ title: string | null; theme: string | null; imagesDone: boolean }> {
    return page.evaluate(() => {
      const shadow = document.querySelector('verbatim-reader')?.shadowRoot;
      return {
        // A read that takes a while shows the progress state, with a title of its own.
        title: shadow?.querySelector('[data-vb-progress]')
          ? null
          : (shadow?.querySelector('#vb-title')?.textContent?.trim() ?? null),
        theme: shadow?.querySelector('.vb-root')?.getAttribute('data-theme') ?? null,
        imagesDone: Array.from(shadow?.querySelectorAll('img') ?? []).every((i) => i.complete),
      };
    });
  }

  async function open(url: string): Promise<void> {
    await toggleTab(options, url);
    await poll(async () => (await reader()).title, 'the reader to show its title');
  }

  async function close(url: string): Promise<void> {
    await toggleTab(options, url);
    await poll(
      () => page.evaluate(() => !document.querySelector('verbatim-reader')),
      'the reader to be removed',
    );
  }

  it('obeys only the person on a page that reaches into the reader, and fetches no leak', async () => {
    await options.evaluate(() =>
      (globalThis as unknown as { browser: ExtApi }).browser.storage.sync.clear(),
    );
    const url = server.url('hostile-page.html');
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const from = server.requests.length;
    await open(url);
    // The page clicked "Aa", tried the panel's theme and size, and pressed Escape on the host:
    // nothing happened.
    await poll(
      () => page.evaluate(() => (window as { __attack?: string }).__attack === 'done'),
      "the page's attack on the reader to run",
    );
    expect(await reader()).toMatchObject({
      title: 'Lock keepers vote to strike over new rota',
      theme: 'auto',
    });
    expect(await storedSettings(options)).toEqual({});
    // Every image the reader shows has loaded (or failed): whatever it would fetch, it has asked for.
    await poll(async () => (await reader()).imagesDone, "the reader's images to finish");
    await close(url);
    expect(server.requests.slice(from).filter((r) => r.startsWith('/leak/'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    expect(await storedSettings(options)).toEqual({});
  });

  it('runs nothing from hostile markup under a strict CSP, and is styled there', async () => {
    const url = server.url('hostile-markup.html', { csp: true });
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await open(url);
    expect((await reader()).title).toBe('Port expansion plan goes to public consultation');
    expect(
      await page.evaluate(() => {
        const root = document
          .querySelector('verbatim-reader')!
          .shadowRoot!.querySelector('.vb-root')!;
        return getComputedStyle(root).position;
      }),
    ).toBe('fixed');
    await poll(async () => (await reader()).imagesDone, "the reader's images to finish");
    await close(url);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(server.requests.filter((r) => r.includes('evil.example'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
  });

  it('gives a self-mutating page back exactly: nodes, scroll, focus, selection', async () => {
    const url = server.url('restore-stress.html');
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    await poll(
      () => page.evaluate(() => window.__restore.record.ticks > 20),
      'the page to start changing itself',
    );
    const marked = await page.evaluate(() => {
      window.scrollTo(0, 700);
      document.getElementById('home')!.focus({ preventScroll: true });
      const from = document.getElementById('first')!.firstChild!;
      const to = document.getElementById('middle')!.firstChild!;
      getSelection()!.setBaseAndExtent(to, 25, from, 10);
      return window.__restore.mark();
    });
    expect(marked).toEqual({ y: 700, active: '<a#home>', ranges: 1 });
    for (let n = 1; n <= 10; n++) {
      await open(url);
      expect(await page.evaluate(() => window.__restore.record.hostAdded)).toBe(n);
      // A person's click in the reader's text, and select-all, move the selection.
      if (n % 3 === 0) await page.locator('verbatim-reader >>> .vb-body p').click();
      if (n % 4 === 0) {
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
      }
      if (n % 2) {
        await page.keyboard.press('Escape');
        await poll(
          () => page.evaluate(() => !document.querySelector('verbatim-reader')),
          'Escape to close the reader',
        );
      } else await close(url);
      expect(await page.evaluate(() => window.__restore.check()), `after round ${n}`).toEqual([]);
      expect(await page.evaluate(() => window.__restore.record.hostRemoved)).toBe(n);
    }
  }, 120_000);

  it('gives focus and the caret back inside an open shadow root and a same-origin frame', async () => {
    const url = server.url('focus-nested.html');
    /** Where focus and the caret are, from the page's own world, through the root and frame. */
    const focusState = (): Promise<string> =>
      page.evaluate(() => {
        const root = document.getElementById('search-host')!.shadowRoot!;
        const inner = (document.getElementById('comments') as HTMLIFrameElement).contentDocument!;
        const field = (root.activeElement ?? inner.activeElement) as HTMLInputElement | null;
        return [
          document.activeElement?.id,
          root.activeElement?.id ?? 'none',
          inner.activeElement?.localName,
          field ? `${field.selectionStart}-${field.selectionEnd}-${field.selectionDirection}` : '',
        ].join(' | ');
      });
    const cases = [
      {
        focus: () => {
          const root = document.getElementById('search-host')!.shadowRoot!;
          const input = root.getElementById('query') as HTMLInputElement;
          input.focus();
          input.setSelectionRange(2, 7, 'backward');
        },
        expected: 'search-host | query | body | 2-7-backward',
      },
      {
        focus: () => {
          const frame = document.getElementById('comments') as HTMLIFrameElement;
          const area = frame.contentDocument!.getElementById('comment') as HTMLTextAreaElement;
          area.focus();
          area.setSelectionRange(5, 9, 'forward');
        },
        expected: 'comments | none | textarea | 5-9-forward',
      },
    ];
    for (const { focus, expected } of cases) {
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
      await page.evaluate(focus);
      expect(await focusState()).toBe(expected);
      await open(url);
      await close(url);
      expect(await focusState()).toBe(expected);
    }
  });

  /** The top-layer fixture's state, from the page's world. */
  function topLayer(): Promise<Record<string, unknown>> {
    return page.evaluate(() => {
      const dialog = document.getElementById('page-dialog') as HTMLDialogElement;
      const active = document.activeElement;
      return {
        overflow: getComputedStyle(document.documentElement).overflow,
        dialogModal: dialog.matches(':modal'),
        popover: document.getElementById('page-popover')!.matches(':popover-open'),
        active: active ? active.id || active.localName : '',
        hosts: document.querySelectorAll('verbatim-reader, [data-verbatim-reader]').length,
      };
    });
  }

  it('opens on top of a page that defined its element, keeps a dialog or popover open, or takes the host', async () => {
    for (const query of ['define', 'dialog', 'popover', 'remove']) {
      const url = server.url(`top-layer.html?${query}`);
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
      const before = await topLayer();
      await toggleTab(options, url);
      if (query === 'remove') {
        // The page took the host at once: the view is over, and scrolling is back.
        await poll(
          () =>
            page.evaluate(
              () => (window as { __topLayer?: { removed: number } }).__topLayer!.removed === 1,
            ),
          'the page to remove the host',
        );
        expect(await topLayer(), query).toEqual(before);
        continue;
      }
      const host = query === 'define' ? '[data-verbatim-reader]' : 'verbatim-reader';
      await page.locator(`${host} >>> #vb-title`).wait();
      expect(
        await page.evaluate(
          (host) =>
            document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.matches(host) ?? false,
          host,
        ),
        query,
      ).toBe(true);
      // A person's clicks on reader controls work: Aa opens its panel (a feature loaded on first
      // use), the theme changes.
      await page.locator(`${host} >>> [data-action="aa"]`).click();
      // The panel's script is injected on this first use: wait for its controls, then click one
      // (a locator started before the element exists does not always find it in Firefox).
      await poll(
        () =>
          page.evaluate(
            (host) =>
              !!document
                .querySelector(host)
                ?.shadowRoot?.querySelector('#vb-aa-panel:not([hidden]) [data-choice="sepia"]'),
            host,
          ),
        `the Aa panel to open (${query})`,
      );
      await page.locator(`${host} >>> [data-choice="sepia"]`).click();
      await poll(
        () =>
          page.evaluate(
            (host) =>
              document
                .querySelector(host)
                ?.shadowRoot?.querySelector('.vb-root')
                ?.getAttribute('data-theme') === 'sepia',
            host,
          ),
        `the theme to change (${query})`,
      );
      // The first Escape closes the panel, the second the reader.
      await page.keyboard.press('Escape');
      await poll(
        () =>
          page.evaluate(
            (host) =>
              document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>('#vb-aa-panel')
                ?.hidden === true,
            host,
          ),
        `Escape to close the Aa panel (${query})`,
      );
      await page.keyboard.press('Escape');
      await poll(
        async () => (await topLayer()).hosts === 0,
        `Escape to close the reader (${query})`,
      );
      expect(await topLayer(), query).toEqual(before);
    }
    await options.evaluate(() =>
      (globalThis as unknown as { browser: ExtApi }).browser.storage.sync.clear(),
    );
  }, 120_000);

  it('stays on top when the page opens its own modal dialog while the reader is open', async () => {
    const url = server.url('top-layer.html?later');
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    await toggleTab(options, url);
    await page.locator('verbatim-reader >>> #vb-title').wait();
    await page.evaluate(() =>
      (document.getElementById('page-dialog') as HTMLDialogElement).showModal(),
    );
    // Under a page dialog on top the reader would be inert and the dialog what a click hits.
    await poll(
      () =>
        page.evaluate(
          () =>
            document
              .elementFromPoint(innerWidth / 2, innerHeight / 2)
              ?.matches('verbatim-reader') ?? false,
        ),
      'the reader to be on top again',
    );
    await page.keyboard.press('Escape');
    await poll(async () => (await topLayer()).hosts === 0, 'Escape to close the reader');
    expect(await topLayer()).toMatchObject({ dialogModal: true });
  }, 60_000);
});
