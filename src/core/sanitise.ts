/**
 * An allow-list sanitiser that works on DOM nodes, never on strings.
 *
 * Why not a string sanitiser: parsing dirty HTML in a live document makes Chromium send
 * Content-Security-Policy reports about the extension to strict-CSP sites. We only ever walk nodes
 * of an inert document (a clone of the page, or a parsed file in the CLI) and build a fresh tree
 * from the allowed parts, so nothing unsafe is ever parsed in the page. Works the same under
 * linkedom in Node, which DOMPurify does not support.
 */
import { ANCHOR_ID_PREFIX, EMBED_ATTR, REMOVED_ATTR } from './markers.js';
import type { RemovalReason } from './reasons.js';

/**
 * Elements kept as they are (their allowed attributes only). The allow-lists are exported for the
 * fuzz test, which checks every output against them.
 */
export const KEEP: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  'video',
  'audio',
  'track',
]);

/** Elements dropped together with everything inside them. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'dialog',
  'canvas',
  'svg',
  'math',
  'portal',
  'slot',
  'param',
  'fencedframe',
]);

/** Attributes kept on every element; ATTRS adds those kept on one element. */
export const GLOBAL_ATTRS: ReadonlySet<string> = new Set(['title', 'lang', 'dir']);
export const ATTRS: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['href']),
  img: new Set(['src', 'srcset', 'sizes', 'alt', 'width', 'height']),
  source: new Set(['src', 'srcset', 'sizes', 'media', 'type']),
  video: new Set(['src', 'poster', 'controls', 'width', 'height']),
  audio: new Set(['src', 'controls']),
  track: new Set(['src', 'kind', 'srclang', 'label']),
  iframe: new Set(['src', 'width', 'height', 'allowfullscreen', 'title']),
  td: new Set(['colspan', 'rowspan', 'headers']),
  th: new Set(['colspan', 'rowspan', 'headers', 'scope']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  blockquote: new Set(['cite']),
  q: new Set(['cite']),
  del: new Set(['cite', 'datetime']),
  ins: new Set(['cite', 'datetime']),
  details: new Set(['open']),
};
export const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src', 'poster', 'cite']);
export const SRCSET_ATTRS: ReadonlySet<string> = new Set(['srcset']);

/**
 * Video players people expect to see inside an article. Everything else in a frame is dropped:
 * frames are where ads, trackers and comment widgets live.
 */
export const VIDEO_EMBED =
  /^https:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|(?:www\.)?dailymotion\.com\/embed\/|player\.twitch\.tv\/|(?:www\.)?facebook\.com\/plugins\/video|w\.soundcloud\.com\/player\/|embed\.ted\.com\/)/i;

export interface SanitiseOptions {
  /** Base address for relative links; links that cannot be resolved are dropped. */
  baseUrl?: string | null;
  /**
   * `frame` keeps a video embed as a sandboxed iframe. `link` turns it into a link marked
   * `data-vb-embed` that the reader swaps for the player on request: inside a page, an iframe
   * would load at once, and on a strict-CSP page that load would be reported to the site.
   */
  embeds?: 'frame' | 'link';
  /** Source elements the strip stage removed, with the reason: their copies get REMOVED_ATTR. */
  removed?: ReadonlyMap<Element, RemovalReason>;
  /**
   * The page's <base>, when it has one. Readability resolves "#note" against it, so a link to it
   * with a fragment is a link into the article too.
   */
  documentBase?: string | null;
}

function embedLink(doc: Document, src: string): Element {
  const link = doc.createElement('a');
  link.setAttribute('href', src);
  link.setAttribute(EMBED_ATTR, 'video');
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
  link.textContent = `Play video (${new URL(src).hostname.replace(/^www\./, '')})`;
  return link;
}

/**
 * Characters no URL we keep may hold. A page's unclosed attribute quote ("dangling markup") can
 * swallow the text that follows into a URL: it then holds a newline, a `<` or a quote. Chromium
 * refuses to fetch such URLs in the page, but a copy built by the reader would be fetched, sending
 * the page's text to another host. Browsers also drop tabs, newlines and control characters
 * inside URLs ("java\tscript:"), so none of them is ever cleaned away and the rest kept.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const DANGLING_MARKUP = /[\u0000-\u001f\u007f<>"'`]/;

/**
 * A character reference written as text in an address ("&lt;", "&#10;"), naming one of the
 * characters above. linkedom (the CLI's DOM) writes `&` in attribute values as it is, so in its
 * output the address would hold that character for whoever parses the output next.
 */
const ESCAPED_MARKUP = /&(?:#|(?:lt|gt|quot|apos|grave|tab|newline)(?:;|(?![a-z\d=])))/i;

/** Attributes whose address Readability rewrites, and the sanitiser keeps when safe. */
const ADDRESS_ATTRS = ['href', 'src', 'srcset', 'poster', 'cite'];

/**
 * Removes every address attribute that holds dangling markup, on the page copy BEFORE
 * Readability: it makes addresses absolute with the URL parser, which drops newlines and
 * percent-encodes `<` and quotes, so afterwards a swallowed paragraph looks like a clean query.
 */
export function dropDanglingAddresses(doc: Document): void {
  const selector = ADDRESS_ATTRS.map((attr) => `[${attr}]`).join(', ');
  for (const el of Array.from(doc.querySelectorAll(selector)))
    for (const attr of ADDRESS_ATTRS) {
      const value = el.getAttribute(attr);
      if (value !== null && holdsDanglingMarkup(attr, value)) el.removeAttribute(attr);
    }
}

function holdsDanglingMarkup(attr: string, value: string): boolean {
  if (attr !== 'srcset') return DANGLING_MARKUP.test(value.trim());
  // Newlines are fine between srcset candidates; inside a candidate's address they are not.
  return srcsetCandidates(value).some(({ url }) => DANGLING_MARKUP.test(url));
}

/**
 * Resolves and checks a URL: an http(s) address or a same-document fragment, or null. Without a
 * base to resolve against, a relative path (which cannot carry a scheme) is kept as it is.
 */
export function safeUrl(raw: string, baseUrl: string | null | undefined): string | null {
  const value = raw.replace(/^[\s]+|[\s]+$/g, '');
  if (!value || DANGLING_MARKUP.test(value) || ESCAPED_MARKUP.test(value)) return null;
  if (value.startsWith('#')) return value;
  let url: URL;
  try {
    url = baseUrl ? new URL(value, baseUrl) : new URL(value);
  } catch {
    // A scheme, or a leading pair of slashes (backslashes count), would name another host.
    return /^[a-z][a-z0-9+.-]*:|^[\\/]{2}/i.test(value) ? null : value;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** An id or anchor name short and plain enough to be a link target. */
const ANCHOR_NAME = /^[\p{L}\p{N}_.:-]{1,80}$/u;

/**
 * A link into the article itself ("#note-3", or the page's own address with a fragment) becomes
 * a fragment link to the prefixed id; the reader scrolls to it rather than navigating.
 */
function sameDocumentFragment(url: string, documentUrls: readonly string[]): string | null {
  let fragment: string;
  if (url.startsWith('#')) fragment = url.slice(1);
  else {
    const hash = url.indexOf('#');
    const page = url.slice(0, hash);
    if (hash < 0 || !documentUrls.some((u) => u.replace(/#.*$/, '') === page)) return null;
    fragment = url.slice(hash + 1);
  }
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    return null;
  }
  return ANCHOR_NAME.test(fragment) ? `#${ANCHOR_ID_PREFIX}${fragment}` : null;
}

/** A srcset descriptor: a width (`640w`), a density (`2x`, `1.5x`) or a height (`480h`). */
const SRCSET_DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?(?:e[+-]?\d+)?x|\d+h)$/i;

/**
 * The candidates of a srcset, split as the HTML standard does: the URL is a run of non-space
 * characters (commas inside it belong to it, trailing commas end the candidate), and its
 * descriptors run up to the next comma outside parentheses.
 */
export function srcsetCandidates(raw: string): Array<{ url: string; descriptors: string[] }> {
  const out: Array<{ url: string; descriptors: string[] }> = [];
  let at = 0;
  while (at < raw.length) {
    while (at < raw.length && /[\s,]/.test(raw[at]!)) at++;
    if (at >= raw.length) break;
    let end = at;
    while (end < raw.length && !/\s/.test(raw[end]!)) end++;
    let url = raw.slice(at, end);
    at = end;
    const descriptors: string[] = [];
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      let depth = 0;
      let text = '';
      for (; at < raw.length; at++) {
        const c = raw[at]!;
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        text += c;
      }
      descriptors.push(...text.split(/\s+/).filter(Boolean));
    }
    out.push({ url, descriptors });
  }
  return out;
}

/**
 * Descriptors the standard accepts together: none, a width, a density, or a width and a height.
 * Browsers drop any other candidate ("2x 640w"), so keeping it would only keep a broken one.
 */
function plainDescriptors(descriptors: string[]): boolean {
  if (!descriptors.every((d) => SRCSET_DESCRIPTOR.test(d))) return false;
  const kinds = descriptors.map((d) => d.slice(-1).toLowerCase()).sort();
  return ['', 'w', 'x', 'h,w'].includes(kinds.join());
}

/** Keeps each candidate whose URL is safe and whose descriptors are plain; drops the rest. */
function safeSrcset(raw: string, baseUrl: string | null | undefined): string | null {
  const parts: string[] = [];
  for (const { url, descriptors } of srcsetCandidates(raw)) {
    if (!plainDescriptors(descriptors)) continue;
    const clean = safeUrl(url, baseUrl);
    if (clean && !clean.startsWith('#')) parts.push([clean, ...descriptors].join(' '));
  }
  return parts.length ? parts.join(', ') : null;
}

/** Page markup for picture captions by class: WordPress's `wp-caption-text`, `image-caption`, … */
const CAPTION_CLASS = /(?:^|[\s_-])caption(?:$|[\s_-])/i;
/** Longer than any caption: a wrapper that only carries the word in its class. */
const CAPTION_MAX_CHARS = 500;

/**
 * A caption the page marks by class alone becomes figure/figcaption: the reader styles it as a
 * caption and the quote stage leaves its quotations out, as it does for real figcaptions.
 */
function captionTag(el: Element, tag: string): string | null {
  if ((tag !== 'div' && tag !== 'p') || !CAPTION_CLASS.test(el.getAttribute('class') ?? ''))
    return null;
  if ((el.textContent ?? '').length > CAPTION_MAX_CHARS) return null;
  return el.querySelector('img, picture, video') ? 'figure' : 'figcaption';
}

/** The tag to write for `el`: its own, unless the page marks it as a caption. */
function outputTag(el: Element, tag: string): string {
  return captionTag(el, tag) ?? tag;
}

function isVideoEmbed(el: Element): boolean {
  return VIDEO_EMBED.test(el.getAttribute('src') ?? '');
}

function copyAllowedAttributes(
  from: Element,
  to: Element,
  tag: string,
  options: SanitiseOptions,
): void {
  const { baseUrl } = options;
  const documentUrls = [baseUrl, options.documentBase].filter((u): u is string => !!u);
  const allowed = ATTRS[tag];
  for (const { name, value } of Array.from(from.attributes)) {
    const attr = name.toLowerCase();
    if (!GLOBAL_ATTRS.has(attr) && !allowed?.has(attr)) continue;
    let clean: string | null = value;
    if (attr === 'href') {
      const url = safeUrl(value, baseUrl);
      clean =
        url && (sameDocumentFragment(url, documentUrls) ?? (url.startsWith('#') ? null : url));
    } else if (URL_ATTRS.has(attr)) {
      // Only a link points into the article: a media or quote source "#x" would be the page itself.
      const url = safeUrl(value, baseUrl);
      clean = url?.startsWith('#') ? null : url;
    } else if (SRCSET_ATTRS.has(attr)) clean = safeSrcset(value, baseUrl);
    else if (attr === 'dir') clean = /^(ltr|rtl|auto)$/i.test(value) ? value : null;
    if (clean !== null) to.setAttribute(attr, parsedAs(clean));
  }
  const anchor = from.getAttribute('id') ?? (tag === 'a' ? from.getAttribute('name') : null);
  // Readability names its own wrapper "readability-page-1": no link of the page points there.
  if (anchor && ANCHOR_NAME.test(anchor) && !anchor.startsWith('readability-'))
    to.setAttribute('id', `${ANCHOR_ID_PREFIX}${anchor}`);
}

/**
 * Text as the parser reads it back: it turns every carriage return into a newline. A page gets
 * one into its text only as a reference ("&#13;"), which the parser does not turn.
 */
function parsedAs(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function finishElement(el: Element, tag: string): void {
  if (tag === 'a' && el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
    // The reader is an overlay on the page: following a link in place would throw the reader
    // away, so links open the original target in a new tab, without handing it our window.
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
  if (tag === 'iframe') {
    el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    el.setAttribute('loading', 'lazy');
    el.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  }
  if (tag === 'img') {
    el.setAttribute('loading', 'lazy');
    el.setAttribute('decoding', 'async');
  }
}

/**
 * Copies `source`'s children into `target` (an element of `doc`), keeping only allowed elements
 * and attributes. Unknown elements (custom elements, <font>, <center>) are unwrapped: their text
 * survives, their markup does not.
 */
function copyChildren(source: Node, target: Node, doc: Document, options: SanitiseOptions): void {
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      target.appendChild(doc.createTextNode(parsedAs(child.nodeValue ?? '')));
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = child as Element;
    const tag = el.localName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (tag === 'iframe' && !isVideoEmbed(el)) continue;
    if (!KEEP.has(tag) && tag !== 'iframe') {
      if (options.removed?.has(el)) {
        // A removed block must stay one element so it can be shown or hidden as one.
        const wrapper = doc.createElement('div');
        wrapper.setAttribute(REMOVED_ATTR, options.removed.get(el)!);
        copyChildren(el, wrapper, doc, options);
        target.appendChild(wrapper);
      } else copyChildren(el, target, doc, options);
      continue;
    }
    if (tag === 'iframe' && options.embeds === 'link') {
      target.appendChild(embedLink(doc, el.getAttribute('src')!));
      continue;
    }
    const out = doc.createElement(outputTag(el, tag));
    copyAllowedAttributes(el, out, tag, options);
    if (tag === 'img' && !out.hasAttribute('src') && !out.hasAttribute('srcset')) continue;
    finishElement(out, tag);
    const reason = options.removed?.get(el);
    if (reason) out.setAttribute(REMOVED_ATTR, reason);
    if (tag !== 'iframe') copyChildren(el, out, doc, options);
    target.appendChild(out);
  }
}

/**
 * Elements that end an open <p> when the reader parses the article HTML. A <p> holding one (Readability
 * turns a <div> around an <h2> into a <p>) would come apart there: the <h2> would land outside it,
 * outside a removed block it belonged to, and every paragraph after it would move by one.
 */
const ENDS_PARAGRAPH =
  'address, article, aside, blockquote, dd, details, div, dl, dt, fieldset, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, summary, table, ul';

/**
 * Where the parser stops looking for an open <li>, <dd> or <dt> to close when a new one starts:
 * the standard's "special" elements that we keep, less <div> and <p>.
 */
const ENDS_ITEM_SEARCH = new Set([
  'article',
  'aside',
  'blockquote',
  'caption',
  'colgroup',
  'dd',
  'details',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'iframe',
  'li',
  'main',
  'ol',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements the parser closes when an <rt> or <rp> starts inside a <ruby>. */
const ENDED_BY_RUBY_TEXT = new Set(['p', 'li', 'dd', 'dt']);
const RUBY_TEXT = new Set(['rt', 'rp']);
/**
 * The parents a table part can have. Anywhere else the parser drops its tag or closes the cell
 * it is in; a <tr> or <col> right in a <table> is where linkedom builds it (a browser adds the
 * <tbody> or <colgroup> the markup left out, so it never reaches us there).
 */
const TABLE_PARENTS: Record<string, ReadonlySet<string>> = {
  td: new Set(['tr']),
  th: new Set(['tr']),
  tr: new Set(['tbody', 'thead', 'tfoot', 'table']),
  col: new Set(['colgroup', 'table']),
  caption: new Set(['table']),
  colgroup: new Set(['table']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
};

/** Whether a new `items` element (li, or dd/dt) starting inside `parent` would close an open one. */
function closesOpenItem(
  parent: Element | null,
  items: ReadonlySet<string>,
  root: Element,
): boolean {
  for (let n = parent; n && n !== root; n = n.parentElement) {
    if (items.has(n.localName)) return true;
    if (ENDS_ITEM_SEARCH.has(n.localName)) return false;
  }
  return false;
}
const LIST_ITEM = new Set(['li']);
const DEFINITION_ITEM = new Set(['dd', 'dt']);

/**
 * The tag `el` must take so that parsing the output builds it where it is, or null when it may
 * stay. Copying only the allowed parts can nest what no parser nests: unwrapping a <nav> or a
 * <marquee> leaves an <li> in an <li>, an <h3> in an <h2>, a link in a link. The parser would
 * close the outer one there, moving the rest out of a removed block and shifting paragraphs.
 */
function misfitTag(el: Element, root: Element): string | null {
  const tag = el.localName;
  const parent = el.parentElement;
  if (tag === 'li') return closesOpenItem(parent, LIST_ITEM, root) ? 'div' : null;
  if (tag === 'dd' || tag === 'dt')
    return closesOpenItem(parent, DEFINITION_ITEM, root) ? 'div' : null;
  if (HEADINGS.has(tag)) return parent && HEADINGS.has(parent.localName) ? 'div' : null;
  // A cell or caption starts a new run of formatting elements: a link inside one may nest.
  if (tag === 'a') return parent?.closest('a, td, th, caption')?.localName === 'a' ? 'span' : null;
  if (RUBY_TEXT.has(tag) && parent)
    return RUBY_TEXT.has(parent.localName) ||
      (ENDED_BY_RUBY_TEXT.has(parent.localName) &&
        parent.closest('ruby, table, td, th, caption')?.localName === 'ruby')
      ? 'span'
      : null;
  const tableParents = TABLE_PARENTS[tag];
  if (tableParents) return tableParents.has(parent?.localName ?? '') ? null : 'div';
  return null;
}

/** `el` as a `tag` element, with the attributes that element allows and the same children. */
function retag(el: Element, tag: string): Element {
  const out = el.ownerDocument.createElement(tag);
  for (const { name, value } of Array.from(el.attributes))
    if (GLOBAL_ATTRS.has(name) || ATTRS[tag]?.has(name) || name === 'id' || name === REMOVED_ATTR)
      out.setAttribute(name, value);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.parentNode!.replaceChild(out, el);
  return out;
}

/**
 * The parser drops a newline right after <pre>: text that starts with one would lose it each time
 * the output is parsed, so it is dropped here, once.
 */
function dropLeadingNewlines(pre: Element): void {
  for (let n = pre.firstChild; n && n.nodeType === 3 /* TEXT_NODE */; n = n.nextSibling) {
    n.nodeValue = (n.nodeValue ?? '').replace(/^\n+/, '');
    if (n.nodeValue) return;
  }
}

/**
 * Retags, top down, every element that the reader's HTML parser would not build where it is.
 * Paragraphs come last: a table part out of its table becomes a <div>, which ends a paragraph.
 */
function fitToParser(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = misfitTag(el, root);
    const fitted = tag ? retag(el, tag) : el;
    if (fitted.localName === 'pre') dropLeadingNewlines(fitted);
  }
  for (const p of Array.from(root.querySelectorAll('p')))
    if (p.querySelector(ENDS_PARAGRAPH)) retag(p, 'div');
}

/**
 * Returns a new, detached element of `doc` holding a clean copy of `root`'s content.
 * `doc` must be inert (not the live page) so nothing is fetched or run while we build.
 */
export function sanitiseNode(
  root: Node,
  doc: Document,
  options: SanitiseOptions = {},
): HTMLElement {
  const container = doc.createElement('div');
  copyChildren(root, container, doc, options);
  fitToParser(container);
  return container;
}
