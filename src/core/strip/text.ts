/** Small text and DOM measures shared by the strip detectors. Standard DOM only (linkedom too). */
import { countWords as countWordsOnce, normaliseSpace, walkParagraphs } from '../blocks.js';

export { normaliseSpace };

/**
 * The detectors ask for the same elements' text many times; reading textContent walks the
 * whole subtree each time. Inside `withTextCache` answers are remembered: the tree must not
 * change meanwhile (the strip stage only reads it).
 */
let textCache: Map<Element, string> | null = null;
let wordCache: Map<string, number> | null = null;

export function withTextCache<T>(run: () => T): T {
  textCache = new Map();
  wordCache = new Map();
  try {
    return run();
  } finally {
    textCache = null;
    wordCache = null;
  }
}

export function textOf(el: Element): string {
  const known = textCache?.get(el);
  if (known !== undefined) return known;
  const text = normaliseSpace(el.textContent ?? '');
  textCache?.set(el, text);
  return text;
}

/** Words in a text (any language). */
export function countWords(text: string): number {
  const known = wordCache?.get(text);
  if (known !== undefined) return known;
  const words = countWordsOnce(text);
  wordCache?.set(text, words);
  return words;
}

/** Words in an element's text. */
export const wordsIn = (el: Element): number => countWords(textOf(el));

/** Share of an element's characters that sit inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
  return Math.min(1, linked / total);
}

/**
 * The article's paragraphs as elements, in reading order: each element holds exactly one
 * paragraph (a p, a heading, a list item, a div with one line of inline text beside a picture).
 * These are the units judged one by one; a paragraph that shares its element with others is
 * left alone, since hiding the element would hide them too.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  walkParagraphs(root, (text, holder) => {
    if (holder !== root && out[out.length - 1] !== holder && textOf(holder) === text)
      out.push(holder);
  });
  return out;
}

/** Ends like a sentence: a period, question or exclamation mark, or a closing quote after one. */
export const SENTENCE_END = /[.!?。！？…»"”’)]\s*$/u;

/** A line that reads like a headline: short, no sentence end, not a fragment of one word. */
export function looksLikeHeadline(text: string): boolean {
  const words = countWords(text);
  return words >= 3 && words <= 22 && !/[.;,:]\s*$/.test(text);
}

/** The element is only a wrapper around one phrasing child (strong, b, a…) holding all its text. */
export function wholeTextIn(el: Element, selector: string): boolean {
  let all = 0;
  let marked = 0;
  const visit = (node: Node, inside: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const length = normaliseSpace(child.nodeValue ?? '').length;
        all += length;
        if (inside) marked += length;
      } else if (child.nodeType === 1) visit(child, inside || (child as Element).matches(selector));
    }
  };
  visit(el, false);
  return all > 0 && marked >= all * 0.9;
}

export function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.localName);
}
