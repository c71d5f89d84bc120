/**
 * Clean rendering, measured: every page of the corpora through read(), and the structural
 * defects in the article HTML the reader shows, counted.
 *
 *   node scripts/run-ts.mjs bench/render.ts --corpus ../shared/corpus/extraction/zyte \
 *     --corpus ../shared/corpus/extraction/trafilatura-dev [--list DEFECT] [--only TEXT]
 *
 * A corpus folder is read in either layout: index.json with <id>/page.html (zyte), or
 * evaldata.json, in the folder or its tests/, with the pages under eval/ or cache/ (trafilatura).
 * Pages are read with their address, as the extension reads them.
 *
 * Defects, each counted as elements and as pages with at least one:
 *  - empty list items, paragraphs, headings: no text and nothing to show (picture, video, frame);
 *  - list items holding only a picture: a bullet beside an icon or a gallery image;
 *  - lists of only links to other pages;
 *  - paragraphs holding only a short link to a section of the site ("Politik", "Sport");
 *  - images without a source;
 *  - the title repeated as the first block, and a lead or paragraph shown twice;
 *  - orphan captions: a figcaption with no picture beside it.
 * It also prints how often byline, site name and date agree with the page's JSON-LD article.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { normaliseSpace } from '../src/core/blocks.js';
import { read } from '../src/core/read.js';
import { decodePage } from '../src/cli/decode.js';
import { Agreement, ldFacts } from './agreement.js';
import { benchArgs } from './args.js';
import { machine } from './stats.js';

const args = benchArgs(
  `Usage: node scripts/run-ts.mjs bench/render.ts [--corpus DIR]... [--list DEFECT] [--only TEXT]
  --corpus DIR    a corpus folder, zyte or trafilatura layout; give it several times
                  (default: ../shared/corpus/extraction/zyte and …/trafilatura-dev)
  --list DEFECT   name the pages with that defect (one of the names printed), or
                  'metadata': the fields that differ from the JSON-LD
  --only TEXT     only pages whose name holds TEXT`,
  {
    corpus: { type: 'string', multiple: true },
    list: { type: 'string' },
    only: { type: 'string' },
  },
);

interface Page {
  corpus: string;
  name: string;
  url: string;
  html: string;
}

function zytePages(dir: string): Page[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as Array<{
    id: string;
    url: string;
  }>;
  return index.map(({ id, url }) => ({
    corpus: path.basename(dir),
    name: id,
    url,
    html: decodePage(readFileSync(path.join(dir, id, 'page.html'))),
  }));
}

function snippetPages(dir: string): Page[] {
  const root = [dir, path.join(dir, 'tests')].find((r) =>
    existsSync(path.join(r, 'evaldata.json')),
  );
  if (!root) return args.fail(`${dir}: neither index.json nor evaldata.json`);
  const data = JSON.parse(readFileSync(path.join(root, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const pages: Page[] = [];
  for (const [url, { file }] of Object.entries(data)) {
    const where = ['eval', 'cache']
      .map((sub) => path.join(root, sub, file))
      .find((candidate) => existsSync(candidate));
    if (where)
      pages.push({
        corpus: path.basename(dir),
        name: file,
        url,
        html: decodePage(readFileSync(where)),
      });
  }
  return pages;
}

function loadCorpus(dir: string): Page[] {
  return existsSync(path.join(dir, 'index.json')) ? zytePages(dir) : snippetPages(dir);
}

/** As the CLI parses a file: a fragment gets a full document around it. */
function documentOf(html: string): Document {
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

const MEDIA = 'img, picture, video, audio, iframe, svg, [data-vb-embed]';
const textOf = (el: Element): string => normaliseSpace(el.textContent ?? '');
const isEmpty = (el: Element): boolean => textOf(el) === '' && !el.querySelector(MEDIA);

/** The link goes to another page: an http(s) address, not a place in this one. */
const linksAway = (a: Element): boolean => /^https?:/i.test(a.getAttribute('href') ?? '');

/** A link to a section of a site: its root or one short path segment ("/politik/"). */
function isSectionLink(a: Element): boolean {
  try {
    const segments = new URL(a.getAttribute('href') ?? '').pathname.split('/').filter(Boolean);
    return segments.length <= 1 && !/\.\w{2,5}$/.test(segments[0] ?? '');
  } catch {
    return false;
  }
}

type Check = (body: Element, title: string | null) => number;

const CHECKS: Record<string, Check> = {
  'empty list items': (body) =>
    Array.from(body.querySelectorAll('li')).filter((li) => isEmpty(li)).length,
  'empty paragraphs': (body) =>
    Array.from(body.querySelectorAll('p')).filter((p) => isEmpty(p)).length,
  'empty headings': (body) =>
    Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) => textOf(h) === '')
      .length,
  'list items holding only a picture': (body) =>
    Array.from(body.querySelectorAll('li')).filter(
      (li) => textOf(li) === '' && li.querySelector(MEDIA) !== null,
    ).length,
  'lists of only links to other pages': (body) =>
    Array.from(body.querySelectorAll('ul, ol')).filter((list) => {
      const items = Array.from(list.children).filter((li) => textOf(li));
      return (
        items.length >= 2 &&
        items.every((li) => {
          const links = Array.from(li.querySelectorAll('a')).filter(linksAway);
          const linked = links.reduce((n, a) => n + textOf(a).length, 0);
          return links.length > 0 && linked >= textOf(li).length * 0.9;
        })
      );
    }).length,
  'paragraphs holding only a section link': (body) =>
    Array.from(body.querySelectorAll('p, div')).filter((p) => {
      if (p.querySelector('p, div, ul, ol, table, h1, h2, h3, h4, h5, h6')) return false;
      const links = Array.from(p.querySelectorAll('a'));
      const text = textOf(p);
      return (
        links.length === 1 &&
        text !== '' &&
        textOf(links[0]!) === text &&
        text.split(' ').length <= 3 &&
        linksAway(links[0]!) &&
        isSectionLink(links[0]!)
      );
    }).length,
  'images without a source': (body) =>
    Array.from(body.querySelectorAll('img')).filter(
      (img) => !img.getAttribute('src') && !img.getAttribute('srcset'),
    ).length +
    Array.from(body.querySelectorAll('picture')).filter((p) => !p.querySelector('img')).length,
  'title repeated as the first block': (body, title) => {
    const first = Array.from(body.querySelectorAll('h1, h2, h3, p')).find((el) => textOf(el));
    const wanted = normaliseSpace(title ?? '').toLowerCase();
    return first && wanted && textOf(first).toLowerCase() === wanted ? 1 : 0;
  },
  'paragraphs shown twice': (body) => {
    const seen = new Set<string>();
    let twice = 0;
    for (const p of Array.from(body.querySelectorAll('p, h2, h3, li, figcaption'))) {
      const text = textOf(p);
      if (text.split(' ').length < 10 || p.querySelector('p, li')) continue;
      if (seen.has(text)) twice++;
      seen.add(text);
    }
    return twice;
  },
  'orphan captions': (body) =>
    Array.from(body.querySelectorAll('figcaption')).filter((caption) => {
      const figure = caption.closest('figure');
      return !figure || !figure.querySelector(MEDIA);
    }).length,
};

const dirs = args.values.corpus?.length
  ? args.values.corpus
  : ['../shared/corpus/extraction/zyte', '../shared/corpus/extraction/trafilatura-dev'];
const pages = dirs
  .flatMap((dir) => loadCorpus(path.resolve(dir)))
  .filter((page) => !args.values.only || page.name.includes(args.values.only));
const list = args.values.list;
if (list && !(list in CHECKS) && list !== 'metadata')
  args.fail(`--list must be one of: ${Object.keys(CHECKS).join(', ')}, metadata; not '${list}'`);

const totals = Object.fromEntries(Object.keys(CHECKS).map((name) => [name, [0, 0]])) as Record<
  string,
  [elements: number, pages: number]
>;
const agreement: Record<string, Agreement> = {};
const listed: string[] = [];
let shown = 0;
for (const page of pages) {
  let result;
  try {
    result = read(documentOf(page.html), { url: page.url });
  } catch {
    continue; // a page the core refuses to read: nothing is rendered
  }
  (agreement[page.corpus] ??= new Agreement()).add(
    page.name,
    ldFacts(page.html),
    result.ok ? result.article : null,
  );
  if (!result.ok) continue;
  shown++;
  const body = parseHTML(
    `<!DOCTYPE html><html><body><div>${result.article.html}</div></body></html>`,
  ).document.body as unknown as Element;
  for (const [name, check] of Object.entries(CHECKS)) {
    const found = check(body, result.article.title);
    totals[name]![0] += found;
    if (found) totals[name]![1]++;
    if (found && name === list)
      listed.push(`  ${page.corpus}/${page.name} (${found})  ${page.url}`);
  }
}

console.log(
  `Rendering: ${pages.length} pages (${dirs.map((d) => path.basename(d)).join(' + ')}), ${shown} shown, ${machine()}`,
);
for (const [name, [elements, affected]] of Object.entries(totals))
  console.log(`${name.padEnd(38)} ${String(elements).padStart(5)} on ${affected} pages`);
for (const [corpus, tally] of Object.entries(agreement))
  console.log(`${corpus}: ${tally.summary()}`);
if (listed.length) console.log(listed.join('\n'));
if (list === 'metadata')
  for (const tally of Object.values(agreement)) console.log(tally.misses.join('\n'));
