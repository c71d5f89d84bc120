/**
 * A page's markup, serialised a slice at a time so the page never stalls (see read-page.ts).
 * Standard DOM only: the unit tests run it under linkedom.
 */
import { MAX_PAGE_CHARS } from '../core/limits.js';

/** The main thread is given back after this long of work, so the page never stalls for long. */
const SLICE_MS = 12;
/** Markup is posted in parts of about this size: posting a part of 1 MB held the page 40 ms. */
const PART_CHARS = 250_000;
/** An element with fewer descendants than this is serialised whole. */
const WHOLE_BELOW = 300;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

export function startTag(el: Element): string {
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  return `<${el.localName}${attrs}>`;
}

/** Raised when the page is above MAX_PAGE_CHARS: the caller shows the limit. */
export class PageTooBigError extends Error {}

/**
 * Serialises the page as its markup, a slice at a time: big elements are opened and walked,
 * small ones are taken whole with outerHTML. As for a normal page (pageMarkup), the scripts and
 * style sheets directly in head and body are left out. `emit` receives the markup in parts, in
 * order. Returns false when `cancelled` became true on the way.
 */
export async function serialisePage(
  doc: Document,
  emit: (part: string) => void,
  cancelled: () => boolean,
  limit = MAX_PAGE_CHARS,
): Promise<boolean> {
  let part = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  let total = 0;
  let sliceStart = performance.now();
  const flush = (): void => {
    total += part.length;
    if (total > limit) throw new PageTooBigError();
    emit(part);
    part = '';
  };
  const add = async (text: string): Promise<void> => {
    part += text;
    if (part.length >= PART_CHARS) flush();
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  };
  const walk = async (node: Node): Promise<void> => {
    if (cancelled()) return;
    if (node.nodeType === 3) return add(escapeText(node.textContent ?? ''));
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (unread(el) && isHeadOrBody(el.parentElement)) return;
    const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
    // Counted by the browser, not walked here: a walk would give every node of a book a script
    // object, and the garbage collector would then trace them all (stalls of 1-2 s on 20 MB).
    // Most elements of a book are paragraphs without child elements: they need no count, and
    // the count's list would be one more script object each for the collector.
    const small = el.childElementCount === 0 || el.querySelectorAll('*').length < WHOLE_BELOW;
    // The root, head and body are always opened, so that the code in them is left out.
    const opened = el === doc.documentElement || isHeadOrBody(el);
    const whole = (small && !opened) || el.localName === 'template';
    if (!html || whole) return add(el.outerHTML);
    await add(startTag(el));
    for (let child = el.firstChild; child; child = child.nextSibling) await walk(child);
    await add(`</${el.localName}>`);
  };
  if (doc.documentElement) await walk(doc.documentElement);
  if (cancelled()) return false;
  flush();
  return true;
}

/**
 * What the core never reads: code and style sheets. Readability takes every script and style out
 * before it looks at the page, and the core reads only JSON-LD of them. On news pages they are
 * half the markup (53% of the bytes of the 181 Zyte pages), which would otherwise be copied to
 * the page reader and parsed there again.
 */
function unread(el: Element): boolean {
  if (el.localName === 'style') return true;
  if (el.localName !== 'script') return false;
  return (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
}

const isHeadOrBody = (el: Element | null): boolean =>
  el?.localName === 'head' || el?.localName === 'body';

/**
 * A normal page's markup in one piece, without the scripts and style sheets that stand directly
 * in its head or body (where pages keep nearly all of them: their bundles, their data blobs; a
 * big page goes without them too, see serialisePage). One outerHTML per child of head and body:
 * as fast as one for the whole page.
 */
export function pageMarkup(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  const root = doc.documentElement;
  if (!root) return doctype;
  let markup = doctype + startTag(root);
  for (let section = root.firstChild; section; section = section.nextSibling) {
    const el = section.nodeType === 1 ? (section as Element) : null;
    if (!el || !isHeadOrBody(el)) {
      markup += markupOf(section);
      continue;
    }
    markup += startTag(el);
    for (let child = el.firstChild; child; child = child.nextSibling)
      if (child.nodeType !== 1 || !unread(child as Element)) markup += markupOf(child);
    markup += `</${el.localName}>`;
  }
  return markup + `</${root.localName}>`;
}

function markupOf(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType === 8) return `<!--${node.textContent ?? ''}-->`;
  return '';
}
