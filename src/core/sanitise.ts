/**
 * An allow-list sanitiser that works on DOM nodes, never on strings.
 *
 * Why not a string sanitiser: parsing dirty HTML in a live document makes Chromium send
 * Content-Security-Policy reports about the extension to strict-CSP sites. We only ever walk nodes
 * of an inert document (a clone of the page, or a parsed file in the CLI) and build a fresh tree
 * from the allowed parts, so nothing unsafe is ever parsed in the page. Works the same under
 * linkedom in Node, which DOMPurify does not support.
 */
import { EMBED_ATTR, REMOVED_ATTR } from './markers.js';
import type { RemovalReason } from './reasons.js';

/** Elements kept as they are (their allowed attributes only). */
const KEEP = new Set([
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

const GLOBAL_ATTRS = new Set(['title', 'lang', 'dir']);
const ATTRS: Record<string, Set<string>> = {
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
const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite']);
const SRCSET_ATTRS = new Set(['srcset']);

/**
 * Video players people expect to see inside an article. Everything else in a frame is dropped:
 * frames are where ads, trackers and comment widgets live.
 */
const VIDEO_EMBED =
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

/** Resolves and checks a URL; returns null for anything that is not a plain web address. */
export function safeUrl(
  raw: string,
  attr: string,
  baseUrl: string | null | undefined,
): string | null {
  // Browsers drop tabs, newlines and control characters anywhere in a URL: "java\tscript:".
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  const value = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!value) return null;
  if (value.startsWith('#')) return value;
  // data: URLs are dropped even for images: they are mostly lazy-load placeholders, and on a
  // strict-CSP page loading one from the reader would report the extension to the site.
  if (/^data:/i.test(value)) return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(value, baseUrl) : new URL(value);
  } catch {
    // No base to resolve against: keep plain relative paths, which cannot carry a scheme.
    return /^[a-z][a-z0-9+.-]*:/i.test(value) ? null : value;
  }
  const allowed = attr === 'href' ? ['http:', 'https:', 'mailto:', 'tel:'] : ['http:', 'https:'];
  return allowed.includes(url.protocol) ? url.href : null;
}

function safeSrcset(raw: string, baseUrl: string | null | undefined): string | null {
  const parts: string[] = [];
  for (const candidate of raw.split(/,\s+/)) {
    const [address, ...descriptor] = candidate.trim().split(/\s+/);
    if (!address) continue;
    const url = safeUrl(address, 'src', baseUrl);
    if (url) parts.push([url, ...descriptor].join(' '));
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

/**
 * Elements that end an open <p> when the reader parses the article HTML. A <p> holding one (Readability
 * turns a <div> around an <h2> into a <p>) would come apart there: the <h2> would land outside it,
 * outside a removed block it belonged to, and every paragraph after it would move by one.
 */
const ENDS_PARAGRAPH =
  'address, article, aside, blockquote, details, div, dl, fieldset, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, header, hr, main, nav, ol, p, pre, section, table, ul';

/** The tag to write for `el`: its own, unless it would not survive the reader's HTML parser. */
function outputTag(el: Element, tag: string): string {
  const caption = captionTag(el, tag);
  if (caption) return caption;
  return tag === 'p' && el.querySelector(ENDS_PARAGRAPH) ? 'div' : tag;
}

function isVideoEmbed(el: Element): boolean {
  return VIDEO_EMBED.test(el.getAttribute('src') ?? '');
}

function copyAllowedAttributes(
  from: Element,
  to: Element,
  tag: string,
  baseUrl: string | null | undefined,
): void {
  const allowed = ATTRS[tag];
  for (const { name, value } of Array.from(from.attributes)) {
    const attr = name.toLowerCase();
    if (!GLOBAL_ATTRS.has(attr) && !allowed?.has(attr)) continue;
    let clean: string | null = value;
    if (URL_ATTRS.has(attr)) clean = safeUrl(value, attr, baseUrl);
    else if (SRCSET_ATTRS.has(attr)) clean = safeSrcset(value, baseUrl);
    else if (attr === 'dir') clean = /^(ltr|rtl|auto)$/i.test(value) ? value : null;
    if (clean !== null) to.setAttribute(attr, clean);
  }
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
  const baseUrl = options.baseUrl;
  for (let child = source.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      target.appendChild(doc.createTextNode(child.nodeValue ?? ''));
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
    copyAllowedAttributes(el, out, tag, baseUrl);
    if (tag === 'img' && !out.hasAttribute('src') && !out.hasAttribute('srcset')) continue;
    finishElement(out, tag);
    const reason = options.removed?.get(el);
    if (reason) out.setAttribute(REMOVED_ATTR, reason);
    if (tag !== 'iframe') copyChildren(el, out, doc, options);
    target.appendChild(out);
  }
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
  return container;
}
