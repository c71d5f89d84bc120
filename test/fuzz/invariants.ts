/**
 * The sanitiser's invariants, checked on its output parsed back the way the reader parses it
 * (into the body of a fresh inert document). The same code runs under linkedom in Node and,
 * bundled, in Chromium with the browser's own parser: it uses nothing but the DOM.
 */
import { read } from '../../src/core/read.js';
import { PageLimitError } from '../../src/core/limits.js';
import { ANCHOR_ID_PREFIX, EMBED_ATTR, REMOVED_ATTR } from '../../src/core/markers.js';
import { isRemovalReason } from '../../src/core/reasons.js';
import {
  ATTRS,
  GLOBAL_ATTRS,
  KEEP,
  SRCSET_ATTRS,
  URL_ATTRS,
  VIDEO_EMBED,
  sanitiseNode,
} from '../../src/core/sanitise.js';
import { PAGE_URL, type FuzzSample } from './sample.js';

export interface Dom {
  /** A page parsed into a document, as the content script's copy of the page or the CLI's file. */
  parsePage(html: string): Document;
  /** `html` parsed into the body of a fresh inert document, as the reader inserts it. */
  parseBody(html: string): Element;
}

interface Context {
  embeds: 'frame' | 'link';
  /** Null: the sanitiser had no base, so relative paths are kept as they are. */
  base: string | null;
  /** Whether blocks marked as removed by the strip stage may be in this output. */
  removedBlocks: boolean;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const NEVER = new Set(['style', 'script', 'link', 'meta', 'base']);

/** Attributes the sanitiser writes itself, by element, with the only values it writes. */
const OWN_ATTRS: Record<string, Record<string, RegExp>> = {
  a: { target: /^_blank$/, rel: /^noopener noreferrer$/, [EMBED_ATTR]: /^video$/ },
  img: { loading: /^lazy$/, decoding: /^async$/ },
  iframe: {
    sandbox: /^allow-scripts allow-same-origin allow-presentation allow-popups$/,
    loading: /^lazy$/,
    referrerpolicy: /^strict-origin-when-cross-origin$/,
  },
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const UNSAFE_URL_CHAR = /[\u0000-\u001f\u007f<>"'`]/;
/**
 * One srcset candidate as the sanitiser writes it: an address, then nothing, a width, a density,
 * or a width and a height (the combinations the standard accepts).
 */
const SRCSET_CANDIDATE =
  /^(\S*[^\s,])(?: (?:\d+x|\d+\.\d+x|\d+(?:\.\d+)?e[+-]?\d+x|\d+w(?: \d+h)?|\d+h \d+w))?$/i;

/** What is wrong with a kept address, or null. */
function urlProblem(value: string, context: Context, fragmentAllowed: boolean): string | null {
  if (UNSAFE_URL_CHAR.test(value)) return 'holds a newline, control character, quote, < or >';
  if (value.startsWith('#'))
    return fragmentAllowed && value.startsWith(`#${ANCHOR_ID_PREFIX}`) && value.length > 7
      ? null
      : 'is a fragment that is not a #vb-at- anchor';
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Not absolute: only allowed without a base, and then it must stay on the page's own host.
  }
  if (url)
    return /^https?:\/\//.test(value) && /^https?:$/.test(url.protocol) ? null : 'is not http(s)';
  if (context.base !== null) return 'is not absolute';
  const resolved = new URL(value, 'https://relative.example/dir/page');
  return resolved.host === 'relative.example' && resolved.protocol === 'https:'
    ? null
    : `resolves to ${resolved.href}`;
}

function srcsetProblem(value: string, context: Context): string | null {
  for (const candidate of value.split(', ')) {
    const match = SRCSET_CANDIDATE.exec(candidate);
    if (!match) return `has a malformed candidate ${JSON.stringify(candidate)}`;
    const problem = urlProblem(match[1]!, context, false);
    if (problem) return `candidate ${JSON.stringify(match[1])} ${problem}`;
  }
  return null;
}

function attributeProblem(
  tag: string,
  name: string,
  value: string,
  context: Context,
): string | null {
  if (name.startsWith('on')) return 'is an event handler';
  if (name === 'style') return 'is a style';
  if (name === 'id')
    return value.startsWith(ANCHOR_ID_PREFIX) && value.length > ANCHOR_ID_PREFIX.length
      ? null
      : 'is an id without the vb-at- prefix';
  if (name === REMOVED_ATTR)
    return context.removedBlocks && isRemovalReason(value) ? null : 'marks a removed block here';
  const own = OWN_ATTRS[tag]?.[name];
  if (own) return own.test(value) ? null : 'has a value the sanitiser never writes';
  // A paragraph the sanitiser rewrote as a div or caption kept a p's or div's attributes: globals.
  if (!GLOBAL_ATTRS.has(name) && !ATTRS[tag]?.has(name)) return 'is not allowed on this element';
  if (URL_ATTRS.has(name)) return urlProblem(value, context, name === 'href' && tag === 'a');
  if (SRCSET_ATTRS.has(name)) return srcsetProblem(value, context);
  if (name === 'dir' && !/^(?:ltr|rtl|auto)$/i.test(value)) return 'is not a direction';
  return null;
}

function elementProblems(el: Element, context: Context): string[] {
  const tag = el.localName;
  const where = `<${tag}>`;
  const problems: string[] = [];
  if (el.namespaceURI !== XHTML) problems.push(`${where} is in the ${el.namespaceURI} namespace`);
  if (NEVER.has(tag)) problems.push(`${where} is never allowed`);
  else if (tag === 'iframe') {
    if (context.embeds !== 'frame') problems.push(`${where} in link mode`);
    if (!VIDEO_EMBED.test(el.getAttribute('src') ?? ''))
      problems.push(`${where} is not a video embed`);
    if (!el.hasAttribute('sandbox')) problems.push(`${where} is not sandboxed`);
  } else if (!KEEP.has(tag)) problems.push(`${where} is not in the allow-list`);
  for (const { name, value } of Array.from(el.attributes)) {
    const problem = attributeProblem(tag, name, value, context);
    if (problem) problems.push(`${where} ${name}=${JSON.stringify(value)} ${problem}`);
  }
  return problems;
}

/** Every node below `root` that is not an element or text: comments, CDATA, processing instructions. */
function strayNodes(root: Node, out: string[]): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) strayNodes(child, out);
    else if (child.nodeType !== 3) out.push(`a node of type ${child.nodeType} (${child.nodeName})`);
  }
}

/** Where two strings first differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `output …${JSON.stringify(a.slice(from, i + 60))}… parses back as …${JSON.stringify(b.slice(from, i + 60))}…`;
}

/** Every broken invariant in one piece of sanitiser output. */
export function checkHtml(html: string, dom: Dom, context: Context): string[] {
  const body = dom.parseBody(html);
  const problems: string[] = [];
  for (const el of Array.from(body.querySelectorAll('*')))
    problems.push(...elementProblems(el, context));
  strayNodes(body, problems);
  // The reader maps quotes to paragraphs of the tree it parses: it must be the tree we built.
  const again = body.innerHTML;
  if (again !== html)
    problems.push(`the tree changes when parsed: ${firstDifference(html, again)}`);
  return problems;
}

export interface SampleResult {
  problems: string[];
  /** read() found an article, so its output was checked too. */
  article: boolean;
}

/** Runs one sample through read() and through sanitiseNode() on the fragment alone. */
export function runSample(sample: FuzzSample, dom: Dom): SampleResult {
  const problems: string[] = [];
  const check = (label: string, html: string, context: Context) => {
    for (const problem of checkHtml(html, dom, context)) problems.push(`${label}: ${problem}`);
  };
  let article = false;
  const { embeds } = sample;
  try {
    const result = read(dom.parsePage(sample.page), { url: PAGE_URL, embeds, strip: sample.strip });
    if (result.ok) {
      article = true;
      const { html, annotatedHtml } = result.article;
      check('read() html', html, { embeds, base: PAGE_URL, removedBlocks: false });
      if (annotatedHtml !== html)
        check('read() annotatedHtml', annotatedHtml, {
          embeds,
          base: PAGE_URL,
          removedBlocks: true,
        });
    }
  } catch (error) {
    if (!(error instanceof PageLimitError))
      problems.push(
        `read() threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
  }
  const doc = dom.parsePage(
    `<!DOCTYPE html><html><head></head><body>${sample.fragment}</body></html>`,
  );
  const out = sanitiseNode(doc.body, doc, { baseUrl: sample.baseUrl, embeds });
  check('sanitiseNode()', out.innerHTML, { embeds, base: sample.baseUrl, removedBlocks: false });
  return { problems, article };
}
