/**
 * The content script, injected on demand into the active tab the first time the reader is
 * toggled there. It hands the page's markup to the extension's own reader (read-page.ts: the
 * core runs there, off the page's thread, and is never injected into the page), shows the
 * reader over the page, and on close takes everything away again. The live page is never
 * rewritten.
 */
import browser from 'webextension-polyfill';
import type { ReadResult } from '../core/types.js';
import { mountReader, type BigView, type MountedReader } from '../reader/mount.js';
import type { ContentRequest } from '../shared/messages.js';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage.js';
import { guardPage, type PageGuard } from './page-guard.js';
import { isBigPage, readPage, type PageRead } from './read-page.js';
import { releaseDyslexicFont } from './font-handle.js';
import { loadFeature } from './features.js';
import { loaded } from './feature-registry.js';
import type { ArticlePieces } from '../shared/article-pieces.js';

interface Instance {
  toggle: () => void;
}

declare global {
  // The one instance per page, in the extension's isolated world (the page cannot see it).
  var __verbatim: Instance | undefined;
  /** Set by always-open.js: this page load started the reader, not a click (see there). */
  var __verbatimOpenedBySite: boolean | undefined;
}

interface OpenView {
  reader: MountedReader;
  guard: PageGuard;
  result: ReadResult;
  stopListening: () => void;
  /** A big page: its article comes in pieces, and the view shows progress while it is read. */
  big: boolean;
  /** Still being read: the view shows its progress state. */
  pending: boolean;
  pieces?: ArticlePieces | undefined;
  /** A big article's quotations are still being found: they follow its text. */
  quotesPending: boolean;
}

/** One read of the page; a newer read, or closing, cancels it. */
interface Reading {
  cancelled: boolean;
}

/** Shown in place of the reader when reading the page failed. */
const READ_FAILED: ReadResult = {
  ok: false,
  error: 'no-article',
  cause: 'read-failed',
  message: 'Verbatim could not read this page.',
};

/**
 * A normal page's reader appears with its article, in one step. If reading takes longer than
 * this (a slow machine, a page just under the big-page threshold), the view appears first with
 * its progress state, so a click always shows something soon.
 */
const PROGRESS_AFTER_MS = 400;

/** The background opens the options page with this site filled in, to confirm there. */
function askAlwaysOpen(): void {
  const request: ContentRequest = { type: 'verbatim:always-open' };
  void browser.runtime.sendMessage(request).catch(() => undefined);
}

function requestFont(settings: Settings): void {
  // Until it is loaded, or if it cannot be, the text uses the next font in the stack.
  if (settings.font === 'dyslexic') void loadFeature('dyslexic-font');
}

/**
 * The script is injected without waiting for the page to finish loading. If the page is still
 * being parsed, wait for the rest of its DOM — but not for ever: a script tag whose server never
 * answers holds the parser, and by then the article above it is usually all there.
 */
const PARSE_WAIT_MS = 1500;
function domParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PARSE_WAIT_MS);
    document.addEventListener('DOMContentLoaded', () => (clearTimeout(timer), resolve()), {
      once: true,
    });
  });
}

async function readOrFailure(
  reading: Reading,
  options: { strip: boolean | Promise<boolean>; big: boolean },
): Promise<PageRead | null> {
  try {
    return await readPage(document, {
      url: location.href,
      ...options,
      cancelled: () => reading.cancelled,
    });
  } catch (error) {
    console.error('Verbatim could not read this page', error);
    return { result: READ_FAILED, pieces: undefined };
  }
}

class ReaderController implements Instance {
  /**
   * Loaded once. The page is read before they are there: only the strip setting matters to the
   * read, and it is sent last (see read-page.ts); the view waits for them.
   */
  private readonly loadingSettings = loadSettings();
  private settings: Settings | null = null;
  private parsed = false;
  private view: OpenView | null = null;
  /** The read in flight, if any: the first one, before the view, or one after a settings change. */
  private reading: Reading | null = null;
  private wantOpen = false;
  /** Opened by the site's registered script: a page with no article is left alone, once. */
  private quietWithoutArticle = globalThis.__verbatimOpenedBySite === true;

  constructor() {
    void this.loadingSettings.then((settings) => {
      this.settings = settings;
      this.reconcile();
    });
    void domParsed().then(() => {
      this.parsed = true;
      this.reconcile();
    });
  }

  toggle(): void {
    this.wantOpen = !this.wantOpen;
    this.reconcile();
  }

  /** Toggles never interleave: a close while the page is being read cancels the read. */
  private reconcile(): void {
    if (!this.parsed) return;
    const opened = this.view !== null || this.reading !== null;
    if (this.wantOpen && !opened) this.open();
    else if (!this.wantOpen && opened) this.close();
  }

  private open(): void {
    const big = isBigPage(document);
    const quiet = this.quietWithoutArticle;
    this.quietWithoutArticle = false;
    const reading = this.startReading();
    const settings = this.loadingSettings;
    // A big page shows the reader at once with a progress state; the article follows.
    const progress = setTimeout(
      () =>
        void settings.then((loaded) => {
          if (this.reading === reading && !this.view) this.mount(loaded, { big, pending: true });
        }),
      big ? 0 : PROGRESS_AFTER_MS,
    );
    const read = this.readForSettings(reading, { settings, big });
    void Promise.all([read, settings]).then(([read]) => {
      clearTimeout(progress);
      if (!read || reading.cancelled || !this.settings) return;
      this.reading = null;
      if (quiet && !read.result.ok) {
        this.wantOpen = false;
        this.close();
        return;
      }
      if (this.view) this.showRead(this.view, read);
      else this.mount(this.settings, { big, pending: false, read });
    });
  }

  /**
   * Reads the page as the strip setting says. Loading the settings is a round trip to the
   * browser (30 ms on a busy page, longer than the markup takes to serialise), so a normal page
   * is read at once with the setting as last known, the default before the first load, and read
   * again only if the loaded setting turns out to differ. A big page waits for it: its read takes
   * seconds, and a wasted one would take them twice.
   */
  private async readForSettings(
    reading: Reading,
    options: { settings: Promise<Settings>; big: boolean },
  ): Promise<PageRead | null> {
    const { settings, big } = options;
    if (big) return readOrFailure(reading, { strip: settings.then((s) => s.strip), big });
    const assumed = this.settings?.strip ?? DEFAULT_SETTINGS.strip;
    const read = await readOrFailure(reading, { strip: assumed, big });
    const { strip } = await settings;
    if (!read || reading.cancelled || strip === assumed) return read;
    return readOrFailure(reading, { strip, big });
  }

  private startReading(): Reading {
    if (this.reading) this.reading.cancelled = true;
    const reading: Reading = { cancelled: false };
    this.reading = reading;
    return reading;
  }

  private mount(
    settings: Settings,
    state: { big: boolean; pending: boolean; read?: PageRead },
  ): void {
    const result = state.read?.result ?? READ_FAILED;
    const pieces = state.read?.pieces;
    const quotesPending = state.read?.quotes !== undefined;
    const guard = guardPage(document, {
      lockScroll: !state.big,
      neutraliseOnlyIfNeeded: state.big,
      printRulesOnlyWhenPrinting: state.big,
    });
    let reader: MountedReader;
    try {
      reader = mountReader(
        document,
        result,
        settings,
        {
          onClose: () => {
            this.wantOpen = false;
            this.reconcile();
          },
          onChange: (update) => void saveSettings(update),
          onAlwaysOpen: askAlwaysOpen,
          loadFeature,
          // The page removed or closed the surface: end the view exactly as a close would, so the
          // page scrolls again and the next click opens a fresh view.
          onLost: () => {
            this.wantOpen = false;
            this.close();
          },
        },
        { pending: state.pending, long: state.big, pieces, quotesPending },
      );
    } catch (error) {
      // Never leave the page locked behind a view that is not there.
      guard.release();
      this.wantOpen = false;
      if (this.reading) this.reading.cancelled = true;
      this.reading = null;
      console.error('Verbatim could not show the reader', error);
      return;
    }
    const stopListening = onSettingsChanged((next) => this.applySettings(next));
    this.view = { reader, guard, result, stopListening, ...state, pieces, quotesPending };
    requestFont(settings);
    if (state.read) this.awaitRest(this.view, state.read);
  }

  /** What the reader shows of the read's progress. */
  private static bigView(view: OpenView): BigView {
    const { pending, big: long, pieces, quotesPending } = view;
    return { pending, long, pieces, quotesPending };
  }

  /**
   * A big article's pieces and quotations follow its result: the open view lists the quotations
   * when they come, and says the page could not be read if the pieces stop coming.
   */
  private awaitRest(view: OpenView, read: PageRead): void {
    read.pieces?.onLost(() => {
      if (this.view === view && view.result === read.result)
        this.showRead(view, { result: READ_FAILED, pieces: undefined });
    });
    void read.quotes?.then((quotes) => {
      if (this.view !== view || view.result !== read.result || !this.settings) return;
      view.quotesPending = false;
      if (quotes && view.result.ok)
        view.result = { ok: true, article: { ...view.result.article, ...quotes } };
      view.reader.update(view.result, this.settings, ReaderController.bigView(view));
    });
  }

  /** Shows a finished read in the open view (it was showing progress, or the older article). */
  private showRead(view: OpenView, read: PageRead): void {
    if (!this.settings) return;
    if (view.pieces !== read.pieces) view.pieces?.drop();
    view.result = read.result;
    view.pieces = read.pieces;
    view.pending = false;
    view.quotesPending = read.quotes !== undefined;
    const focusWasOnProgress = view.reader.shadow.activeElement?.closest('.vb-progress') !== null;
    view.reader.update(view.result, this.settings, ReaderController.bigView(view));
    this.awaitRest(view, read);
    if (focusWasOnProgress)
      view.reader.shadow
        .querySelector<HTMLElement>('.vb-article, .vb-empty button')
        ?.focus({ preventScroll: true });
  }

  /** Reads the page again for the open view (the strip setting changed). */
  private reread(view: OpenView, strip: boolean): void {
    const reading = this.startReading();
    if (view.big && this.settings) {
      // A big page takes seconds: show that, not the article that no longer matches the setting.
      view.pending = true;
      view.reader.update(view.result, this.settings, ReaderController.bigView(view));
    }
    void readOrFailure(reading, { strip, big: view.big }).then((read) => {
      if (!read || reading.cancelled || this.view !== view) return;
      this.reading = null;
      this.showRead(view, read);
    });
  }

  private applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    const view = this.view;
    if (!view) return;
    if (previous?.font !== next.font) requestFont(next);
    if (previous?.strip !== next.strip) this.reread(view, next.strip);
    view.reader.update(view.result, next, ReaderController.bigView(view));
  }

  private close(): void {
    if (this.reading) this.reading.cancelled = true;
    this.reading = null;
    const view = this.view;
    if (!view) return;
    this.view = null;
    view.pieces?.drop();
    view.stopListening();
    // Speech ends with the view, before and whatever the view's own clean-up runs.
    loaded('read-aloud')?.stop(view.reader.shadow);
    view.reader.unmount();
    view.guard.release();
    releaseDyslexicFont(document);
  }
}

// Injected again into a page that has an instance (see background/toggle.ts): that one toggles.
if (globalThis.__verbatim) globalThis.__verbatim.toggle();
else {
  globalThis.__verbatim = new ReaderController();
  globalThis.__verbatim.toggle();
}
