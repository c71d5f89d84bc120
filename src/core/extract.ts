/**
 * Main-article extraction: Readability on the page, with our metadata readers beside it.
 * Readability rewrites the document it is given, so callers pass a copy (or a freshly parsed file).
 */
import {
  cleanByline,
  direction,
  directionOfLanguage,
  hostName,
  isoDate,
  jsonLdMetadata,
  language,
  publishedDate,
  readDirection,
  siteName,
  usableSiteName,
} from './metadata.js';
import { readabilityParse } from './readability.js';
import { articleBodyElement, largestProseBlock, relaxedReadability } from './fallback.js';
import { dropDanglingAddresses } from './sanitise.js';
import { carryHints } from './strip/carry.js';
import { joinChunks } from './strip/chunks.js';
import { keepNamedStory } from './strip/story.js';
import type { ArticleMetadata } from './types.js';

export interface Extraction {
  content: Element;
  metadata: ArticleMetadata;
}

/** Metadata is read before the parse: Readability removes the <head> elements it reads from. */
function metadataReaders(doc: Document, url: string | null) {
  const datePage = publishedDate(doc, null);
  const langPage = language(doc, null);
  const dirPage = direction(doc, null);
  // The page's own names first; the address's host only when the page and Readability name none.
  const sitePage = siteName(doc, null, null);
  const bylinePage = jsonLdMetadata(doc).byline;
  return { datePage, langPage, dirPage, sitePage, bylinePage, host: hostName(url) };
}

/** Elements that belong in <head> when they stand before the page's <html>. */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'title']);

const childElement = (parent: Element, name: string): Element | null =>
  Array.from(parent.children).find((child) => child.localName === name) ?? null;

/**
 * Gives the document one <html> root holding its <head> and <body>, as a browser's parser
 * always does. A saved page may start with markup before <html> (a server's PHP warning, a
 * stray <style>) or have no <html> tag at all; a DOM shim such as linkedom then makes the first
 * of those the root, and Readability finds no body to read. A browser's document is left as it
 * is.
 */
export function wholeDocument(doc: Document): void {
  const roots = Array.from(doc.childNodes).filter(
    (node) => node.nodeType === 1 || (node.nodeType === 3 && node.nodeValue?.trim()),
  );
  const existing = roots.find((node): node is Element => (node as Element).localName === 'html');
  if (existing && roots.length === 1) return;
  const html = existing ?? doc.createElement('html');
  let head = childElement(html, 'head');
  let body = childElement(html, 'body');
  const toHead: Node[] = [];
  const before: Node[] = [];
  const after: Node[] = [];
  let seenRoot = false;
  for (const node of roots) {
    if (node === existing) {
      seenRoot = true;
      continue;
    }
    const name = (node as Element).localName;
    if (name === 'head' && !head) head = node as Element;
    else if (name === 'body' && !body) body = node as Element;
    else if (name === 'head' || name === 'body') before.push(...Array.from(node.childNodes));
    else if (!seenRoot && !before.length && HEAD_ELEMENTS.has(name)) toHead.push(node);
    else (seenRoot ? after : before).push(node);
  }
  head ??= doc.createElement('head');
  body ??= doc.createElement('body');
  if (head.parentNode !== html) html.insertBefore(head, html.firstChild);
  if (body.parentNode !== html) html.appendChild(body);
  const firstInHead = head.firstChild;
  for (const node of toHead) head.insertBefore(node, firstInHead);
  const first = body.firstChild;
  for (const node of before) body.insertBefore(node, first);
  for (const node of after) body.appendChild(node);
  if (html.parentNode !== doc) doc.appendChild(html);
}

/**
 * The accordion pattern puts each section's title in a <button> inside a heading; buttons are
 * page controls the sanitiser drops, and the headings came out empty. The button's content
 * stays, as the heading's text.
 */
export function keepButtonText(doc: Document): void {
  for (const button of Array.from(
    doc.querySelectorAll('h1 button, h2 button, h3 button, h4 button, h5 button, h6 button'),
  )) {
    const span = doc.createElement('span');
    while (button.firstChild) span.appendChild(button.firstChild);
    button.replaceWith(span);
  }
}

/**
 * Work on the page before Readability sees it: on pages that hold several full stories (an
 * infinite-scroll page with the next article appended), keep the one the address and title
 * point to, so Readability cannot pick the longer neighbour; put a story cut into chunks of one
 * class back into one box, so Readability keeps all of it; and carry the page's markup hints
 * onto the boxes Readability will unwrap, so the strip stage can still read them.
 */
export function preClean(doc: Document, url: string | null): void {
  // One walk of the page serves both steps: on a large page each walk costs as much as a step.
  const elements = Array.from(doc.querySelectorAll('div, article, [itemtype]'));
  keepNamedStory(doc, url, elements);
  joinChunks(elements);
  carryHints(elements);
  dropDanglingAddresses(doc);
}

export function extract(doc: Document, url: string | null): Extraction | null {
  const before = metadataReaders(doc, url);
  preClean(doc, url);
  const parsed = readabilityParse(doc);
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    metadata: {
      title: parsed.title?.trim() || null,
      byline: before.bylinePage ?? cleanByline(parsed.byline),
      siteName: before.sitePage ?? usableSiteName(parsed.siteName) ?? before.host,
      published: before.datePage ?? isoDate(parsed.publishedTime),
      lang: parsed.lang?.trim() || before.langPage,
      dir:
        readDirection(parsed.dir) ??
        before.dirPage ??
        directionOfLanguage(parsed.lang?.trim() || before.langPage),
      excerpt: parsed.excerpt?.trim() || null,
      url,
    },
  };
}

/** The page's metadata from our own readers alone: for a page Readability could not parse. */
export function pageMetadata(doc: Document, url: string | null): ArticleMetadata {
  const before = metadataReaders(doc, url);
  const meta = (selector: string): string | null =>
    doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  return {
    title:
      meta('meta[property="og:title"], meta[name="twitter:title"]') ??
      (doc.querySelector('title')?.textContent?.trim() || null),
    byline: before.bylinePage,
    siteName: before.sitePage ?? before.host,
    published: before.datePage,
    lang: before.langPage,
    dir: before.dirPage ?? directionOfLanguage(before.langPage),
    excerpt: meta('meta[name="description"], meta[property="og:description"]'),
    url,
  };
}

/**
 * The ways of reading the page, best first: Readability's parse, then the fallbacks
 * (fallback.ts). Lazy: the caller stops asking once it has enough. The fallbacks read an
 * untouched copy of the page, taken before the first parse rewrites it.
 */
export function* extractions(doc: Document, url: string | null): Generator<Extraction> {
  const spare = doc.cloneNode(true) as Document;
  const first = extract(doc, url);
  const metadata = first?.metadata ?? pageMetadata(spare, url);
  const found = (content: Element): Extraction => ({ content, metadata });
  if (first) yield first;
  // A copy of the block, so that no walk of the strip stage leaves it for the rest of the page.
  const detached = (el: Element | null): Extraction | null =>
    el ? found(el.cloneNode(true) as Element) : null;
  const fromJsonLd = detached(articleBodyElement(spare));
  if (fromJsonLd) yield fromJsonLd;
  const copy = spare.cloneNode(true) as Document;
  preClean(copy, url);
  const relaxed = relaxedReadability(copy);
  if (relaxed) yield found(relaxed);
  const prose = detached(largestProseBlock(spare));
  if (prose) yield prose;
}
