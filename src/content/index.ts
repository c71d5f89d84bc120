/**
 * The content script, injected on demand into the active tab the first time the reader is
 * toggled there. It reads the article from a snapshot of the page (the live page is never
 * rewritten), shows the reader over it, and on close takes everything away again.
 */
import browser from 'webextension-polyfill';
import { read } from '../core/read.js';
import { PageLimitError } from '../core/limits.js';
import type { ReadResult } from '../core/types.js';
import { mountReader, type MountedReader } from '../reader/mount.js';
import type { ContentRequest } from '../shared/messages.js';
import type { Settings } from '../shared/settings.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage.js';
import { guardPage, type PageGuard } from './page-guard.js';
import { releaseDyslexicFont } from './font-handle.js';

interface Instance {
  toggle: () => void;
}

declare global {
  // The one instance per page, in the extension's isolated world (the page cannot see it).
  var __verbatim: Instance | undefined;
}

interface OpenView {
  reader: MountedReader;
  guard: PageGuard;
  result: ReadResult;
  stopListening: () => void;
}

function extractFromPage(strip: boolean): ReadResult {
  // Readability rewrites the document it reads: give it a copy, never the page itself.
  const snapshot = document.cloneNode(true) as Document;
  try {
    return read(snapshot, { url: location.href, strip, embeds: 'link' });
  } catch (error) {
    if (error instanceof PageLimitError)
      return {
        ok: false,
        error: 'no-article',
        message: `Verbatim cannot show this page: ${error.message}.`,
      };
    console.error('Verbatim could not read this page', error);
    return { ok: false, error: 'no-article', message: 'Verbatim could not read this page.' };
  }
}

function requestFont(settings: Settings): void {
  if (settings.font !== 'dyslexic') return;
  const request: ContentRequest = { type: 'verbatim:load-font', font: 'dyslexic' };
  void browser.runtime.sendMessage(request).catch(() => undefined); // falls back to the next font in the stack
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
    const result = extractFromPage(settings.strip);
    const guard = guardPage(document);
    let reader: MountedReader;
    try {
      reader = mountReader(document, result, settings, {
        onClose: () => {
          this.wantOpen = false;
          this.reconcile();
        },
        onChange: (update) => void saveSettings(update),
        // The page removed or closed the surface: end the view exactly as a close would, so the
        // page scrolls again and the next click opens a fresh view.
        onLost: () => {
          this.wantOpen = false;
          this.close();
        },
      });
    } catch (error) {
      // Never leave the page locked behind a view that is not there.
      guard.release();
      this.wantOpen = false;
      console.error('Verbatim could not show the reader', error);
      return;
    }
    const stopListening = onSettingsChanged((next) => this.applySettings(next));
    this.view = { reader, guard, result, stopListening };
    requestFont(settings);
  }

  private applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    const view = this.view;
    if (!view) return;
    if (previous?.strip !== next.strip) view.result = extractFromPage(next.strip);
    if (previous?.font !== next.font) requestFont(next);
    view.reader.update(view.result, next);
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
