/**
 * Scores the quote stage on the hand-labelled multilingual dev set (bench/quotes-multilingual/,
 * see its README): the pages are read from the web corpus at run time, through the product's own
 * `verbatim extract`, and each required quotation is looked up in what the sidebar would list.
 *
 * Per language: required quotes found, found with the right speaker, shown with a wrong name,
 * left unattributed though the article names the speaker; and junk names, speakers shown on the
 * page that are none of the page's labelled speakers (not a person, organisation or described
 * source the article quotes: "Frage", "Rheinland").
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

interface GoldSpeaker {
  aliases: string[];
}
interface GoldQuote {
  text: string;
  speaker: string | null;
  required: boolean;
}
interface GoldPage {
  file: string;
  lang: string;
  speakers: Record<string, GoldSpeaker>;
  quotes: GoldQuote[];
}
interface ShownQuote {
  text: string;
  speaker: string | null;
}
interface Extracted {
  file: string;
  ok: boolean;
  quotes?: ShownQuote[];
}

export interface LanguageScore {
  lang: string;
  pages: number;
  required: number;
  found: number;
  right: number;
  wrong: number;
  unattributed: number;
  junk: number;
  /** Examples of wrong and junk names, for reading. */
  examples: string[];
}

/** Every `<lang>/<name>.gold.json` under `dir`, with its path. */
function loadLabels(dir: string): Array<GoldPage & { label: string }> {
  const pages: Array<GoldPage & { label: string }> = [];
  for (const lang of fs.readdirSync(dir).sort()) {
    const sub = path.join(dir, lang);
    if (!fs.statSync(sub).isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) {
      if (!f.endsWith('.gold.json')) continue;
      const page = JSON.parse(fs.readFileSync(path.join(sub, f), 'utf8')) as GoldPage;
      pages.push({ ...page, label: `${lang}/${f.replace(/\.gold\.json$/, '')}` });
    }
  }
  return pages;
}

/** The page's saved HTML: tests/eval/<file> or tests/cache/<file> in the web corpus. */
function pagePath(web: string, file: string): string {
  for (const sub of ['tests/eval', 'tests/cache', 'eval', 'cache']) {
    const p = path.join(web, sub, file);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`page not found in ${web}: ${file}`);
}

/** One `verbatim extract` call over every page (JSON Lines, in the order given). */
function extractAll(root: string, files: string[]): Extracted[] {
  const out = execFileSync(
    process.execPath,
    [path.join(root, 'bin/verbatim.js'), 'extract', '--', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Extracted);
}

const norm = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”„«»‹›'‘’,.:;!?–—-]+|[\s"“”„«»‹›'‘’,.:;!?–—-]+$/g, '')
    .toLowerCase();

/**
 * The shown quote that is this gold quote: one text holds the other, and the shorter is at least
 * half the longer (so a run-on span over a whole paragraph does not count as finding a fragment).
 */
function matchShown(gold: string, shown: ShownQuote[]): ShownQuote | null {
  const g = norm(gold);
  let best: ShownQuote | null = null;
  let bestRatio = 0;
  for (const s of shown) {
    const t = norm(s.text);
    if (!t || !(t.includes(g) || g.includes(t))) continue;
    const ratio = Math.min(t.length, g.length) / Math.max(t.length, g.length);
    if (ratio >= 0.5 && ratio > bestRatio) [best, bestRatio] = [s, ratio];
  }
  return best;
}

/** The names a gold speaker may be shown by: its canonical name and aliases, in lower case. */
function namesOf(page: GoldPage, speaker: string): string[] {
  return [speaker, ...(page.speakers[speaker]?.aliases ?? [])].map((n) => n.toLowerCase().trim());
}

const isNameOf = (page: GoldPage, speaker: string, shown: string): boolean =>
  namesOf(page, speaker).includes(shown.toLowerCase().trim());

/**
 * A shown speaker is junk when it is none of the page's labelled speakers, not even in part: no
 * capitalised word of three letters or more that it shares with a labelled name.
 */
function isJunk(page: GoldPage, shown: string): boolean {
  const all = Object.keys(page.speakers).flatMap((s) => namesOf(page, s));
  const l = shown.toLowerCase().trim();
  if (all.includes(l)) return false;
  const words = new Set(all.flatMap((n) => n.split(/[\s-]+/)).filter((w) => w.length >= 3));
  return !l.split(/[\s-]+/).some((w) => w.length >= 3 && words.has(w));
}

export function scoreMultilingual(root: string, labels: string, web: string): LanguageScore[] {
  const pages = loadLabels(labels);
  const results = extractAll(
    root,
    pages.map((p) => pagePath(web, p.file)),
  );
  const byLang = new Map<string, LanguageScore>();
  pages.forEach((page, i) => {
    const r = results[i]!;
    const shown = r.ok ? (r.quotes ?? []) : [];
    let s = byLang.get(page.lang);
    if (!s) {
      s = {
        lang: page.lang,
        pages: 0,
        required: 0,
        found: 0,
        right: 0,
        wrong: 0,
        unattributed: 0,
        junk: 0,
        examples: [],
      };
      byLang.set(page.lang, s);
    }
    s.pages++;
    for (const q of page.quotes.filter((g) => g.required)) {
      s.required++;
      const m = matchShown(q.text, shown);
      if (!m) continue;
      s.found++;
      if (
        q.speaker === null ? m.speaker === null : m.speaker && isNameOf(page, q.speaker, m.speaker)
      ) {
        s.right++;
      } else if (m.speaker === null) {
        s.unattributed++;
        s.examples.push(`${page.label}: unattributed “${q.text.slice(0, 40)}” for ${q.speaker}`);
      } else {
        s.wrong++;
        s.examples.push(`${page.label}: wrong "${m.speaker}" for ${q.speaker ?? 'nobody'}`);
      }
    }
    for (const q of shown) {
      if (q.speaker && isJunk(page, q.speaker)) {
        s.junk++;
        s.examples.push(`${page.label}: junk "${q.speaker}" on “${q.text.slice(0, 40)}”`);
      }
    }
  });
  return [...byLang.values()].sort(
    (a, b) => b.required - a.required || a.lang.localeCompare(b.lang),
  );
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '—').padStart(6);

export function printMultilingual(
  scores: LanguageScore[],
  { examples }: { examples: number },
): void {
  const header = `${'lang'.padEnd(5)} pages required  found  right%  right wrong unattr  junk`;
  console.log(header);
  const total: LanguageScore = {
    lang: 'all',
    pages: 0,
    required: 0,
    found: 0,
    right: 0,
    wrong: 0,
    unattributed: 0,
    junk: 0,
    examples: [],
  };
  const row = (s: LanguageScore): void =>
    console.log(
      `${s.lang.padEnd(5)} ${String(s.pages).padStart(5)} ${String(s.required).padStart(8)} ` +
        `${String(s.found).padStart(6)} ${pct(s.right, s.required)}  ${String(s.right).padStart(5)} ` +
        `${String(s.wrong).padStart(5)} ${String(s.unattributed).padStart(6)} ${String(s.junk).padStart(5)}`,
    );
  for (const s of scores) {
    row(s);
    for (const k of [
      'pages',
      'required',
      'found',
      'right',
      'wrong',
      'unattributed',
      'junk',
    ] as const)
      total[k] += s[k];
  }
  row(total);
  const five = scores.filter((s) => ['de', 'fr', 'es', 'it', 'pt'].includes(s.lang));
  const sum = (k: 'required' | 'right'): number => five.reduce((n, s) => n + s[k], 0);
  console.log(
    `de+fr+es+it+pt: ${pct(sum('right'), sum('required')).trim()}% of ${sum('required')} required quotes with the right speaker`,
  );
  console.log(
    'right: the shown speaker is the labelled one (or none for an unattributed quote); wrong: ' +
      'another name; unattr: none though labelled; junk: speakers shown on any quote of the page ' +
      'that are none of its labelled speakers (an upper bound: a real person given the wrong ' +
      'quote counts too)',
  );
  for (const e of scores.flatMap((s) => s.examples).slice(0, examples)) console.log(`  ${e}`);
}
