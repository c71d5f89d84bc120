/** Quotes as citations and exports: pure text, shared by the reader's copy and export buttons. */
import type { Article, Quote } from './types.js';

type Source = Pick<Article, 'title' | 'siteName' | 'published' | 'url'>;

/** The words a citation or export adds to the quotes: the reader passes the person's language. */
export interface CitationWords {
  unattributed: string;
  untitled: string;
  /** The heading of a Markdown export. */
  quotesFrom: (title: string) => string;
}

export const ENGLISH_WORDS: CitationWords = {
  unattributed: 'Unattributed',
  untitled: 'Untitled article',
  quotesFrom: (title) => `Quotes: ${title}`,
};

/** “It was another step forward” — Mike Pompeo, US Secretary of State. Outlet, 2018-10-08. URL */
export function citation(
  quote: Pick<Quote, 'text' | 'speaker' | 'role'>,
  source: Source,
  words: CitationWords = ENGLISH_WORDS,
): string {
  const who = quote.speaker
    ? `${quote.speaker}${quote.role ? `, ${quote.role}` : ''}`
    : words.unattributed;
  const where = [source.siteName, source.title ? `“${source.title}”` : null, source.published]
    .filter(Boolean)
    .join(', ');
  return [`“${quote.text}” — ${who}.`, where ? `${where}.` : null, source.url]
    .filter(Boolean)
    .join(' ');
}

export function quotesAsMarkdown(
  quotes: Quote[],
  source: Source,
  words: CitationWords = ENGLISH_WORDS,
): string {
  const lines = [`# ${words.quotesFrom(source.title ?? words.untitled)}`, ''];
  const meta = [source.siteName, source.published, source.url].filter(Boolean).join(' · ');
  if (meta) lines.push(meta, '');
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  for (const [speaker, list] of groups) {
    const role = list.find((q) => q.role)?.role;
    lines.push(`## ${speaker || words.unattributed}${role ? ` (${role})` : ''}`, '');
    for (const q of list) lines.push(`> ${q.text}`, '');
  }
  return lines.join('\n');
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function quotesAsCsv(quotes: Quote[], source: Source): string {
  const header = ['speaker', 'role', 'quote', 'paragraph', 'outlet', 'published', 'url'];
  const rows = quotes.map((q) => [
    q.speaker,
    q.role,
    q.text,
    q.paragraph,
    source.siteName,
    source.published,
    source.url,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function quotesAsJson(quotes: Quote[], source: Source): string {
  return (
    JSON.stringify(
      {
        ...source,
        quotes: quotes.map(({ text, speaker, role, paragraph }) => ({
          text,
          speaker,
          role,
          paragraph,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
