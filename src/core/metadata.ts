/**
 * Page metadata that Readability does not give, or gives in a raw form: the publication date
 * as YYYY-MM-DD, the site name, the language. Fields the page does not state stay null.
 */

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads the calendar date a string names, without time-zone shifts ("2018-10-08T23:30-05:00" is the 8th). */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = text.match(/^(\d{4})(\d{2})(\d{2})(?:\b|T)/);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // "October 8, 2018", "Oct. 8 2018", "8 October 2018"
  const monthFirst = text.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  if (monthFirst) {
    const m = MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase());
    if (m >= 0) return validDate(Number(monthFirst[3]), m + 1, Number(monthFirst[2]));
  }
  const dayFirst = text.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  if (dayFirst) {
    const m = MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase());
    if (m >= 0) return validDate(Number(dayFirst[3]), m + 1, Number(dayFirst[1]));
  }
  return null;
}

/** Publication date from, in order: Readability's JSON-LD reading, meta tags, the first <time>. */
export function publishedDate(
  doc: Document,
  fromReadability: string | null | undefined,
): string | null {
  const candidates = [
    fromReadability,
    meta(
      doc,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'DC.date.issued',
      'sailthru.date',
      'parsely-pub-date',
      'article.published',
    ),
    doc
      .querySelector('time[datetime][itemprop="datePublished"], time[pubdate][datetime]')
      ?.getAttribute('datetime'),
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  return null;
}

export function siteName(
  doc: Document,
  fromReadability: string | null | undefined,
  url: string | null,
): string | null {
  const named =
    fromReadability?.trim() || meta(doc, 'og:site_name', 'application-name', 'twitter:site');
  if (named) return named.replace(/^@/, '');
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function language(doc: Document, fromReadability: string | null | undefined): string | null {
  const lang =
    fromReadability ||
    doc.documentElement?.getAttribute('lang') ||
    meta(doc, 'og:locale', 'language');
  return lang ? lang.trim().replace('_', '-') || null : null;
}

export function readDirection(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = (value ?? '').trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

export function direction(
  doc: Document,
  fromReadability: string | null | undefined,
): 'ltr' | 'rtl' | null {
  return readDirection(
    fromReadability || doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir'),
  );
}

/** Bylines often arrive as "By Hannah Rogers | Staff writer": keep the names. */
export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const text = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:by|von|par|por|di|door)\s*[:-]?\s+/i, '')
    .trim();
  if (!text || text.length > 120 || /^https?:/i.test(text)) return null;
  return text;
}
