/**
 * Read aloud (loaded on first use, see shared/features.ts): the article sentence by sentence
 * through the Web Speech API, the sentence being read highlighted and kept in view, and the
 * quote being read marked in the sidebar.
 */
import { h, render } from 'preact';
import { registerFeature } from '../content/feature-registry.js';
import type { ArticleContext, ListenAction } from '../shared/features.js';
import { t } from '../shared/i18n.js';
import { loadSettings, saveSettings } from '../shared/storage.js';
import { quoteRanges, renderedParagraphs } from '../reader/locate.js';
import { scrollToRange, setHighlight } from '../reader/highlights.js';
import { quoteUnit, speechUnits, type SpeechUnit } from './read-aloud/units.js';
import { orderVoices, Reading, voicesOf } from './read-aloud/speech.js';
import { PlayerView } from './read-aloud/player.js';
import css from './read-aloud/player.css';

/** Its own highlight name: the quote marks and the chosen quote keep theirs. */
export const SPEAKING_HIGHLIGHT = 'verbatim-speaking';
/** On the sidebar entry of each quote being read. */
const READING_ATTR = 'data-vb-reading';

function markQuotes(root: ShadowRoot, quotes: readonly number[]): void {
  for (const entry of Array.from(root.querySelectorAll(`[${READING_ATTR}]`)))
    entry.removeAttribute(READING_ATTR);
  for (const index of quotes)
    root.querySelector(`.vb-quote[data-quote-index="${index}"]`)?.setAttribute(READING_ATTR, '');
}

/** Highlights a unit in the text, keeps it in view and marks its quotes in the sidebar. */
function presenter(root: ShadowRoot, body: Element): (unit: SpeechUnit | undefined) => void {
  let paragraphs = renderedParagraphs(body);
  return (unit) => {
    if (!unit) return;
    // A video started in place replaces nodes: find the paragraphs again.
    if (!paragraphs[unit.paragraph]?.holder.isConnected) paragraphs = renderedParagraphs(body);
    const place = { ...unit, endParagraph: unit.paragraph };
    const ranges = quoteRanges(paragraphs, place);
    setHighlight(SPEAKING_HIGHLIGHT, ranges);
    markQuotes(root, unit.quotes);
    const scroller = root.querySelector('.vb-scroll');
    // The scroller's scroll-behavior is smooth unless the person prefers reduced motion.
    if (ranges[0] && scroller) scrollToRange(scroller, ranges[0]);
  };
}

interface Session {
  reading: Reading;
  close: () => void;
}

/** The open player of each reader (one per page, but a closed reader's root is let go). */
const sessions = new WeakMap<ShadowRoot, Session>();
/** A player being opened: presses meanwhile wait for it rather than open a second one. */
const opening = new WeakMap<ShadowRoot, Promise<Session | null>>();

function listenButton(root: ShadowRoot): Element | null {
  return root.querySelector('[data-action="listen"]');
}

async function open({ article, root }: ArticleContext): Promise<Session | null> {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') return null;
  const [found, chosen] = await Promise.all([voicesOf(synth), loadSettings()]);
  const voices = orderVoices(found, article.lang);
  const body = root.querySelector('.vb-body');
  const toolbar = root.querySelector('.vb-toolbar');
  if (!voices.length || !body || !toolbar) return null;

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const units = speechUnits(article.paragraphs, article.quotes, article.lang);
  const show = presenter(root, body);
  const listeners = new Set<() => void>();
  const redraw = (): void => listeners.forEach((listener) => listener());
  const reading = new Reading(
    synth,
    units,
    {
      voice: voices.find((v) => v.name === chosen.listenVoice) ?? voices[0]!,
      rate: chosen.listenRate,
      announceSpeakers: chosen.listenSpeakers,
      announcement: (speaker) => t('listenSpeakerSays', speaker),
      lang: article.lang,
    },
    {
      onUnit: (index) => (show(units[index]), redraw()),
      onState: redraw,
    },
  );
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  // The player is a row of its own at the end of the toolbar.
  const slot = root.ownerDocument.createElement('div');
  slot.className = 'vb-listen-slot';
  toolbar.append(slot);
  // Saved where the reader's other settings are: the next article, here or on another
  // computer, is read the same way.
  const onChoose = (): void =>
    void saveSettings({
      listenVoice: reading.options.voice?.name ?? '',
      listenRate: reading.options.rate,
      listenSpeakers: reading.options.announceSpeakers,
    });
  render(h(PlayerView, { reading, voices, onChoose, subscribe }), slot);
  listenButton(root)?.setAttribute('aria-expanded', 'true');
  const close = (): void => {
    reading.stop();
    render(null, slot);
    slot.remove();
    setHighlight(SPEAKING_HIGHLIGHT, []);
    markQuotes(root, []);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    listenButton(root)?.setAttribute('aria-expanded', 'false');
  };
  return { reading, close };
}

function stop(root: ShadowRoot): void {
  sessions.get(root)?.close();
  sessions.delete(root);
}

/** The Listen button says, in its name and its tooltip, that there is no voice. */
function sayNoVoice(root: ShadowRoot): void {
  const button = listenButton(root);
  if (!button) return;
  button.textContent = t('listenUnavailable');
  button.setAttribute('title', t('listenUnavailableHint'));
  button.setAttribute('aria-disabled', 'true');
  button.removeAttribute('aria-keyshortcuts');
}

async function act(action: ListenAction, context: ArticleContext): Promise<void> {
  const { root } = context;
  const current = sessions.get(root);
  if (current && action === 'listen') return stop(root);
  if (current && action === 'toggle') return current.reading.toggle();
  if (current) {
    const { reading } = current;
    return reading.go(quoteUnit(reading.units, reading.index, action === 'next' ? 1 : -1));
  }
  if (listenButton(root)?.hasAttribute('aria-disabled')) return;
  let pending = opening.get(root);
  if (pending) return void (await pending);
  pending = open(context);
  opening.set(root, pending);
  const session = await pending;
  opening.delete(root);
  if (!session) return sayNoVoice(root);
  // The reader closed while the voices were awaited: nothing to read to.
  if (!root.host.isConnected) return session.close();
  sessions.set(root, session);
  const { reading } = session;
  if (action === 'next' || action === 'previous') reading.index = quoteUnit(reading.units, -1, 1);
  reading.play();
}

registerFeature('read-aloud', { act, stop });
