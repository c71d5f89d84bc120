/**
 * Read aloud (loaded on first use, see shared/features.ts): the article sentence by sentence
 * through the Web Speech API, the sentence being read highlighted and kept in view, and the
 * quote being read marked in the sidebar.
 */
import { h, render } from 'preact';
import { registerFeature } from '../content/feature-registry.js';
import type { ArticleContext, Player } from '../shared/features.js';
import { t } from '../shared/i18n.js';
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

/** What the person chose last time the player was open on this page. */
const chosen = { voice: '', rate: 1, announceSpeakers: true };

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

async function open({ article, root, slot }: ArticleContext): Promise<Player | null> {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') return null;
  const voices = orderVoices(await voicesOf(synth), article.lang);
  const body = root.querySelector('.vb-body');
  if (!voices.length || !body) return null;

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
      voice: voices.find((v) => v.name === chosen.voice) ?? voices[0]!,
      rate: chosen.rate,
      announceSpeakers: chosen.announceSpeakers,
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
  render(h(PlayerView, { reading, voices, subscribe }), slot);
  reading.play();
  return {
    toggle: () => reading.toggle(),
    quote: (step) => reading.go(quoteUnit(units, reading.index, step)),
    stop: () => {
      reading.stop();
      Object.assign(chosen, {
        voice: reading.options.voice?.name ?? '',
        rate: reading.options.rate,
        announceSpeakers: reading.options.announceSpeakers,
      });
      render(null, slot);
      setHighlight(SPEAKING_HIGHLIGHT, []);
      markQuotes(root, []);
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

registerFeature('read-aloud', { open });
