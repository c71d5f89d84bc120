/**
 * Other ways to find the article when Readability's parse gives little or nothing, in the order
 * we trust them:
 *
 *  1. the page's own JSON-LD `articleBody`, where the page shows that text: the element that
 *     holds it is the article (the JSON text itself is never used, only matched);
 *  2. Readability again, asked to try harder: it keeps removing its filters (unlikely
 *     candidates, class weights, conditional cleaning) until it has a long text;
 *  3. the largest coherent block of prose: the element whose own paragraphs hold the most
 *     running text, outside navigation, footers and forms.
 *
 * Each works on an untouched copy of the page: the first parse rewrites the document.
 */
import { readabilityParse } from './readability.js';
import { countWords, normaliseSpace, walkParagraphs } from './blocks.js';
import { articleItems } from './jsonld.js';

/** Shorter than this, a JSON-LD articleBody is a description, not the article. */
const MIN_BODY_WORDS = 30;
/** Share of the articleBody's characters the page must show in its own paragraphs. */
const MIN_SHOWN = 0.6;
/** A paragraph must be this long (words) to count as shown text of the articleBody. */
const MIN_MATCH_WORDS = 4;

/** Tags and entities some sites leave in articleBody, read as text only for matching. */
function plainBody(raw: string): string {
  return normaliseSpace(
    raw
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;|&apos;/g, "'"),
  );
}

function articleBodies(doc: Document): string[] {
  return articleItems(doc)
    .map((item) => item.articleBody)
    .filter((body): body is string => typeof body === 'string')
    .map(plainBody)
    .filter((body) => countWords(body) >= MIN_BODY_WORDS);
}

/**
 * The element of the page that shows the JSON-LD articleBody: the deepest one whose paragraphs
 * hold most of its text. Null when the page does not show it (a paywall's full text, another
 * story's body, a summary the page never prints).
 */
export function articleBodyElement(doc: Document): Element | null {
  const bodies = articleBodies(doc);
  if (!bodies.length || !doc.body) return null;
  for (const wanted of bodies) {
    const shown = new Map<Element, number>();
    walkParagraphs(doc.body, (text, holder) => {
      if (countWords(text) < MIN_MATCH_WORDS || !wanted.includes(text)) return;
      for (let at: Element | null = holder; at; at = at.parentElement)
        shown.set(at, (shown.get(at) ?? 0) + text.length);
    });
    let best: Element | null = null;
    for (const [el, chars] of shown) {
      if (chars < wanted.length * MIN_SHOWN) continue;
      // Deepest wins: an element inside another that shows as much is the tighter box.
      if (!best || best.contains(el)) best = el;
    }
    if (best) return best;
  }
  return null;
}

/** Readability's filters come off one by one until the text is at least this long (characters). */
const RELAXED_CHAR_THRESHOLD = 2000;

/**
 * Readability on `doc` (consumed, and pre-cleaned as for the first parse), keeping on until it
 * has a long text or has tried without every filter.
 */
export function relaxedReadability(doc: Document): Element | null {
  try {
    return readabilityParse(doc, { charThreshold: RELAXED_CHAR_THRESHOLD })?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * Where a page keeps what is not its text. Not <aside> or <header>: some sites wrap their whole
 * story in one, or print the story's lead in the header.
 */
const NOT_CONTENT =
  'nav, footer, form, menu, [role="navigation"], [role="contentinfo"], [hidden], [aria-hidden="true"]';
/** Paragraph holders: their parent is the block that holds the run of paragraphs. */
const PARAGRAPH = new Set([
  'p',
  'li',
  'blockquote',
  'pre',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** A line shorter than this (words) is a label, a button or a menu entry, not prose. */
const MIN_PROSE_WORDS = 8;
/** More of a line than this in links: a list of links, not prose. */
const MAX_LINK_SHARE = 0.3;
/** The winning block must hold at least this many words of prose. */
const MIN_BLOCK_WORDS = 30;

function linkedShare(holder: Element, text: string): number {
  const linked = Array.from(holder.querySelectorAll('a')).reduce(
    (n, a) => n + normaliseSpace(a.textContent ?? '').length,
    0,
  );
  return text.length ? Math.min(1, linked / text.length) : 1;
}

/**
 * The block whose own paragraphs hold the most prose: lines of eight words or more, mostly not
 * links, outside the page's navigation, footer and forms.
 */
export function largestProseBlock(doc: Document): Element | null {
  if (!doc.body) return null;
  const credit = new Map<Element, number>();
  walkParagraphs(doc.body, (text, holder) => {
    const words = countWords(text);
    if (words < MIN_PROSE_WORDS || holder.closest(NOT_CONTENT)) return;
    if (linkedShare(holder, text) > MAX_LINK_SHARE) return;
    const block = PARAGRAPH.has(holder.localName) ? holder.parentElement : holder;
    if (block) credit.set(block, (credit.get(block) ?? 0) + words);
  });
  let best: Element | null = null;
  let most = MIN_BLOCK_WORDS - 1;
  for (const [block, words] of credit)
    if (words > most) {
      best = block;
      most = words;
    }
  return best;
}
