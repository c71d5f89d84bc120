/**
 * Proves that normal pages read exactly as before: reads every saved page of a corpus with the
 * core (under linkedom, as the `verbatim` command does), records a hash of each result and
 * whether the extension would treat the page as big (read off the page's thread), and compares
 * with an earlier record.
 *
 *   node scripts/run-ts.mjs bench/identity.ts -- --corpus DIR --out FILE [--compare FILE]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import * as limits from '../src/core/limits.js';
import { read } from '../src/core/read.js';
import { benchArgs } from './args.js';

const args = benchArgs('Usage: identity.ts --corpus DIR --out FILE [--compare FILE]', {
  corpus: { type: 'string' },
  out: { type: 'string' },
  compare: { type: 'string' },
});
const corpus = args.values.corpus ?? args.fail('--corpus is required');
const out = args.values.out ?? args.fail('--out is required');

/** The body's text without scripts and styles, as isBigPage measures it. */
function bodyText(doc: Document): number {
  let length = doc.body?.textContent?.length ?? 0;
  for (const el of Array.from(
    doc.body?.querySelectorAll('script, style, noscript, template') ?? [],
  ))
    length -= el.textContent?.length ?? 0;
  return length;
}

interface Record {
  hash: string;
  paragraphs: number;
  textChars: number;
  big: boolean | null;
}
const records: { [page: string]: Record } = {};
const pages = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
for (const name of pages) {
  const html = readFileSync(path.join(corpus, name, 'page.html'), 'utf8');
  const doc = () => parseHTML(html).document as unknown as Document;
  const measured = doc();
  // Older trees have no isBigPage: the record then says null.
  const isBig = (limits as { isBigPage?: (d: Document) => boolean }).isBigPage;
  let result: string;
  try {
    result = JSON.stringify(read(doc(), { url: `https://example.test/${name}`, embeds: 'link' }));
  } catch (error) {
    result = `error: ${(error as Error).message}`;
  }
  records[name] = {
    hash: createHash('sha256').update(result).digest('hex'),
    paragraphs: measured.getElementsByTagName('p').length,
    textChars: bodyText(measured),
    big: isBig ? isBig(measured) : null,
  };
}
writeFileSync(out, JSON.stringify(records, null, 1));
const all = Object.values(records);
console.log(
  `${all.length} pages; most paragraphs ${Math.max(...all.map((r) => r.paragraphs))}, ` +
    `most text ${Math.max(...all.map((r) => r.textChars))} chars; ` +
    `treated as big: ${all.filter((r) => r.big).length}`,
);
if (args.values.compare) {
  const before = JSON.parse(readFileSync(args.values.compare, 'utf8')) as typeof records;
  const changed = pages.filter((p) => before[p]?.hash !== records[p]?.hash);
  console.log(
    `compared with ${args.values.compare}: ${pages.length - changed.length} identical, ${changed.length} changed` +
      (changed.length ? ` (${changed.join(', ')})` : ''),
  );
}
