/**
 * The article as files to keep: Markdown (through the CLI's converter) and a self-contained HTML
 * page (title, byline, source, date, the sanitised article and its own styles; no script, images
 * left at their absolute addresses). Both can list the quotations at the end, by speaker.
 */
import type { Article, Quote } from '../../core/types.js';
import { toMarkdown } from '../../core/markdown.js';
import { t } from '../../shared/i18n.js';

export interface SaveOptions {
  /** List the quotations at the end, grouped by speaker. */
  quotes: boolean;
}

export interface QuoteGroup {
  speaker: string | null;
  quotes: Quote[];
}

/** Quotations by speaker, in the order speakers first speak; the unattributed last. */
export function quotesBySpeaker(quotes: readonly Quote[]): QuoteGroup[] {
  const groups = new Map<string | null, Quote[]>();
  for (const quote of quotes) {
    const list = groups.get(quote.speaker) ?? [];
    list.push(quote);
    groups.set(quote.speaker, list);
  }
  return Array.from(groups, ([speaker, list]) => ({ speaker, quotes: list })).sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null),
  );
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The quotations as an HTML section (text escaped here: quotes are plain text). */
export function quotesHtml(quotes: readonly Quote[]): string {
  if (!quotes.length) return '';
  const groups = quotesBySpeaker(quotes).map(
    (group) =>
      `<h3>${escapeHtml(group.speaker ?? t('saveUnattributed'))}</h3>\n<ul>\n` +
      group.quotes.map((q) => `<li>“${escapeHtml(q.text)}”</li>`).join('\n') +
      '\n</ul>',
  );
  return `<section class="quotes">\n<h2>${escapeHtml(t('saveQuotesHeading'))}</h2>\n${groups.join('\n')}\n</section>`;
}

function isoDate(article: Article): string | null {
  return article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published)
    ? article.published
    : null;
}

/** A file name from the title: no path or reserved characters, not too long. */
export function fileName(article: Article, extension: 'md' | 'html'): string {
  // Dots and spaces at either end: hidden files, '..', and names Windows refuses.
  const trimEnds = (name: string): string => name.replace(/^[.\s]+|[.\s]+$/g, '');
  const base = trimEnds(
    trimEnds(
      (article.title ?? '').replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' '),
    ).slice(0, 80),
  );
  return `${base || t('saveDefaultName')}.${extension}`;
}

export function articleMarkdown(article: Article, options: SaveOptions): string {
  const heading = article.title ? toMarkdown('', article.title).trim() : '';
  const meta = [article.byline, isoDate(article)].filter(Boolean).join(' · ');
  const link = article.url && escapeHtml(article.url);
  const source = link ? `<p>${escapeHtml(t('saveSource'))}: <a href="${link}">${link}</a></p>` : '';
  const about = toMarkdown((meta ? `<p>${escapeHtml(meta)}</p>` : '') + source).trim();
  const body = toMarkdown(article.html).trim();
  const quotes = options.quotes ? toMarkdown(quotesHtml(article.quotes)).trim() : '';
  return [heading, about, body, quotes].filter(Boolean).join('\n\n') + '\n';
}

const PAGE_CSS = `
body { margin: 0; padding: 2rem 1rem 4rem; background: #fdfdfb; color: #1d1d1f;
  font: 19px/1.6 Charter, 'Iowan Old Style', Georgia, serif; }
main { max-width: 40rem; margin: 0 auto; overflow-wrap: break-word; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
.meta { color: #5c5c63; font: 0.9rem/1.5 system-ui, sans-serif; margin: 0 0 2rem; }
a { color: #1a56b8; }
img, video, iframe { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; }
figcaption { color: #5c5c63; font-size: 0.85rem; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #d0d0cc; }
pre { overflow-x: auto; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d0cc; padding: 0.3rem; }
.quotes { margin-top: 3rem; border-top: 1px solid #d0d0cc; }
@media (prefers-color-scheme: dark) {
  body { background: #17181b; color: #e7e7e4; } a { color: #8db4ff; } .meta, figcaption { color: #a8a8ad; }
}
`;

export function articleHtml(article: Article, options: SaveOptions): string {
  const title = article.title ?? t('saveDefaultName');
  const date = isoDate(article);
  const meta = [
    article.byline && `<span>${escapeHtml(article.byline)}</span>`,
    date && `<time datetime="${date}">${date}</time>`,
    article.url &&
      `${escapeHtml(t('saveSource'))}: <a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>`,
  ].filter(Boolean);
  const attributes = [
    article.lang && `lang="${escapeHtml(article.lang)}"`,
    article.dir && `dir="${article.dir}"`,
  ].filter(Boolean);
  return `<!doctype html>
<html ${attributes.join(' ')}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'">
<title>${escapeHtml(title)}</title>
${article.url ? `<link rel="canonical" href="${escapeHtml(article.url)}">` : ''}
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<article>
${article.siteName ? `<p class="meta">${escapeHtml(article.siteName)}</p>` : ''}
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.join(' · ')}</p>
${article.html}
</article>
${options.quotes ? quotesHtml(article.quotes) : ''}
</main>
</body>
</html>
`;
}
