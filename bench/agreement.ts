/**
 * Metadata people see, checked against the page's own JSON-LD article: does the byline name the
 * same people, the site name the same publisher, the date the same day? Read here independently
 * of the core, so the core cannot grade itself. Shared by bench:web and bench:render.
 */
import { parseHTML } from 'linkedom';
import { normaliseSpace } from '../src/core/blocks.js';
import type { ArticleMetadata } from '../src/core/types.js';

export interface LdFacts {
  byline: string | null;
  siteName: string | null;
  date: string | null;
}

const ARTICLE_TYPE =
  /^(?:News|Report(?:age)?|Scholarly|Tech|Opinion|Analysis|Review|Background|Satirical|Advertiser|LiveBlog)?(?:Article|BlogPosting|Posting)$/i;

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return normaliseSpace(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' ? normaliseSpace(name) || null : null;
  }
  return null;
}

/** What the page's first JSON-LD article item says, or null when it has none. */
export function ldFacts(html: string): LdFacts | null {
  const doc = parseHTML(html).document as unknown as Document;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((item: unknown) => {
      const graph = (item as { '@graph'?: unknown } | null)?.['@graph'];
      return Array.isArray(graph) ? [item, ...graph] : [item];
    });
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const type = (item as { '@type'?: unknown })['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) continue;
      const o = item as Record<string, unknown>;
      const date = typeof o.datePublished === 'string' ? o.datePublished.slice(0, 10) : null;
      return {
        byline: nameOf(o.author),
        siteName: nameOf(o.publisher),
        // A year before 1900 is a CMS's empty date ("0001-01-01"), not a statement.
        date: date && /^(?:19|2\d)\d{2}-\d{2}-\d{2}$/.test(date) ? date : null,
      };
    }
  }
  return null;
}

const loose = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/^\s*(?:by|von|par|por|di|door)\s+/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Names in a byline or a list of authors, each reduced to its letters and digits. */
const namesOf = (s: string): string[] =>
  s
    .split(/\s*(?:,|;|\/|&|\band\b|\bund\b|\bet\b)\s*/i)
    .map(loose)
    .filter(Boolean)
    .sort();

export type Field = 'byline' | 'siteName' | 'date';
export const FIELDS: readonly Field[] = ['byline', 'siteName', 'date'];

/** Agreement: the same words, ignoring case, spaces and punctuation (a byline: the same names). */
export function agrees(ours: string | null, theirs: string, field: Field): boolean {
  if (!ours) return false;
  if (field === 'date') return ours === theirs;
  if (loose(ours) === loose(theirs)) return true;
  return field === 'byline' && namesOf(ours).join('|') === namesOf(theirs).join('|');
}

export const valueOf = (a: ArticleMetadata, field: Field): string | null =>
  field === 'date' ? a.published : a[field];

/** Counts of agreement per field, over the pages whose JSON-LD states that field. */
export class Agreement {
  pages = 0;
  readonly counts: Record<Field, [agree: number, of: number]> = {
    byline: [0, 0],
    siteName: [0, 0],
    date: [0, 0],
  };
  readonly misses: string[] = [];

  add(name: string, facts: LdFacts | null, article: ArticleMetadata | null): void {
    if (!facts || !article) return;
    this.pages++;
    for (const field of FIELDS) {
      const truth = facts[field];
      if (!truth) continue;
      const mine = valueOf(article, field);
      this.counts[field][1]++;
      if (agrees(mine, truth, field)) this.counts[field][0]++;
      else
        this.misses.push(
          `  ${name} ${field}: ours ${JSON.stringify(mine)}, JSON-LD ${JSON.stringify(truth)}`,
        );
    }
  }

  summary(): string {
    const share = ([agree, of]: [number, number]): string =>
      `${agree}/${of} (${of ? ((agree / of) * 100).toFixed(0) : '-'}%)`;
    return `metadata agreeing with the page's JSON-LD article (${this.pages} pages): byline ${share(this.counts.byline)}, site name ${share(this.counts.siteName)}, date ${share(this.counts.date)}`;
  }
}
