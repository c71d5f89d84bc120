/**
 * The content script, injected on demand into the active tab the first time the reader is
 * toggled there. It reads the article from a snapshot of the page (the live page is never
 * rewritten), shows the reader over it, and on close takes everything away again.
 */
import browser from 'webextension-polyfill';
import type { ReadResult } from '../core/types.js';
import { mountReader, type MountedReader } from '../reader/mount.js';
import type { ContentRequest } from '../shared/messages.js';
import type { Settings } from '../shared/settings.js';
import { readForReader } from '../shared/read-for-reader.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage.js';
import { guardPage, type PageGuard } from './page-guard.js';
import { isBigPage, readBigPage } from './big-page.js';
import { releaseDyslexicFont } from './font-handle.js';
import { loadFeature } from './features.js';

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
  /** Read off the page's thread (content/big-page.ts); the article then comes in pieces. */
  big: boolean;
  /** A big page still being read: the view shows its progress state. */
  pending: boolean;
  pieces?: string[];
}

/** Shown in place of a big page's reader when reading it failed. */
const READ_FAILED: ReadResult = {
  ok: false,
  error: 'no-article',
  message: 'Verbatim could not read this page.',
};

function extractFromPage(strip: boolean): ReadResult {
  // Readability rewrites the document it reads: give it a copy, never the page itself.
  const snapshot = document.cloneNode(true) as Document;
  return readForReader(snapshot, { url: location.href, strip });
}

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

class ReaderController implements Instance {
  private settings: Settings | null = null;
  private view: OpenView | null = null;
  private wantOpen = false;
  /** Opened by the site's registered script: a page with no article is left alone, once. */
  private quietWithoutArticle = globalThis.__verbatimOpenedBySite === true;

  constructor() {
    void Promise.all([loadSettings(), domParsed()]).then(([settings]) => {
      this.settings = settings;
      this.reconcile();
    });
  }

  toggle(): void {
    this.wantOpen = !this.wantOpen;
    this.reconcile();
  }

  /** Opening and closing are synchronous once settings are known, so toggles never interleave. */
  private reconcile(): void {
    if (!this.settings) return;
    if (this.wantOpen && !this.view) this.open(this.settings);
    else if (!this.wantOpen && this.view) this.close();
  }

  private open(settings: Settings): void {
    // A big page shows the reader at once with a progress state; the article follows.
    const big = isBigPage(document);
    const result = big ? READ_FAILED : extractFromPage(settings.strip);
    const quiet = this.quietWithoutArticle;
    this.quietWithoutArticle = false;
    if (quiet && !big && !result.ok) {
      this.wantOpen = false;
      return;
    }
    const guard = guardPage(document, { lockScroll: !big });
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
        { pending: big },
      );
    } catch (error) {
      // Never leave the page locked behind a view that is not there.
      guard.release();
      this.wantOpen = false;
      console.error('Verbatim could not show the reader', error);
      return;
    }
    const stopListening = onSettingsChanged((next) => this.applySettings(next));
    this.view = { reader, guard, result, stopListening, big, pending: big };
    requestFont(settings);
    if (big) void this.readBig(this.view, settings.strip);
  }

  /** Reads a big page off its thread, then shows the article in the view, if still open. */
  private async readBig(view: OpenView, strip: boolean): Promise<void> {
    const current = (): boolean => this.view === view;
    let read;
    try {
      read = await readBigPage(document, {
        url: location.href,
        strip,
        cancelled: () => !current(),
      });
    } catch (error) {
      console.error('Verbatim could not read this page', error);
      read = { result: READ_FAILED, pieces: [] };
    }
    if (!read || !current() || !this.settings) return;
    view.result = read.result;
    view.pieces = read.pieces;
    view.pending = false;
    const focusWasOnProgress = view.reader.shadow.activeElement?.closest('.vb-progress') !== null;
    view.reader.update(view.result, this.settings, { pieces: view.pieces });
    if (focusWasOnProgress)
      view.reader.shadow
        .querySelector<HTMLElement>('.vb-article, .vb-empty button')
        ?.focus({ preventScroll: true });
  }

  private applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    const view = this.view;
    if (!view) return;
    if (previous?.font !== next.font) requestFont(next);
    if (previous?.strip !== next.strip && view.big) {
      view.pending = true;
      view.reader.update(view.result, next, { pending: true });
      void this.readBig(view, next.strip);
      return;
    }
    if (previous?.strip !== next.strip) view.result = extractFromPage(next.strip);
    view.reader.update(view.result, next, { pending: view.pending, pieces: view.pieces });
  }

  private close(): void {
    const view = this.view;
    if (!view) return;
    this.view = null;
    view.stopListening();
    view.reader.unmount();
    view.guard.release();
    releaseDyslexicFont(document);
  }
}

if (!globalThis.__verbatim) {
  globalThis.__verbatim = new ReaderController();
  globalThis.__verbatim.toggle();
}
