/**
 * Save and print (loaded on first use, see shared/features.ts): the article as a Markdown or a
 * self-contained HTML file, downloaded from here, and printing, with the quotations optionally
 * listed at the end.
 */
import { h, render } from 'preact';
import { registerFeature } from '../content/feature-registry.js';
import type { ArticleContext, QuotesFormat } from '../shared/features.js';
import {
  citation,
  quotesAsCsv,
  quotesAsJson,
  quotesAsMarkdown,
  type CitationWords,
} from '../core/citations.js';
import type { Article, Quote } from '../core/types.js';
import { articleHtml, articleMarkdown, fileName, quotesBySpeaker } from './export/documents.js';
import { t } from '../shared/i18n.js';
import { SaveMenu } from './export/menu.js';
import css from './export/menu.css';
import appendixCss from './export/appendix.css';

const appendixSheet = new CSSStyleSheet();
appendixSheet.replaceSync(appendixCss);

/** The person's choice, kept while the page is open. */
const options = { quotes: false };

/**
 * Downloads text as a file through an `<a download>` holding a blob address. The link goes in
 * the reader's dialog for the click: the page under the modal reader is inert.
 */
function download(root: ShadowRoot, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = root.ownerDocument.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  (root.querySelector('dialog') ?? root).append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The quotations for print, in the reader's appendix (shown only in print), built as nodes. */
function fillAppendix(appendix: HTMLElement, article: Article, on: boolean): void {
  const root = appendix.getRootNode() as ShadowRoot;
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== appendixSheet);
  if (!on || !article.quotes.length) return appendix.replaceChildren();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, appendixSheet];
  const doc = appendix.ownerDocument;
  const element = (name: string, text: string): HTMLElement => {
    const el = doc.createElement(name);
    el.textContent = text;
    return el;
  };
  const section = doc.createElement('section');
  section.append(element('h2', t('saveQuotesHeading')));
  for (const group of quotesBySpeaker(article.quotes)) {
    const list = doc.createElement('ul');
    list.append(...group.quotes.map((q) => element('li', `“${q.text}”`)));
    section.append(element('h3', group.speaker ?? t('saveUnattributed')), list);
  }
  appendix.replaceChildren(section);
}

/** The open menu of each reader, and what closes it. */
const menus = new WeakMap<ShadowRoot, () => void>();

function openMenu(article: Article, root: ShadowRoot): void {
  const button = root.querySelector<HTMLElement>('[data-action="save"]');
  const appendix = root.querySelector<HTMLElement>('.vb-appendix');
  if (!button || !appendix) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const holder = root.ownerDocument.createElement('div');
  button.after(holder);
  const close = (): void => {
    menus.delete(root);
    render(null, holder);
    holder.remove();
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    button.setAttribute('aria-expanded', 'false');
  };
  menus.set(root, close);
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-controls', 'vb-save-menu');
  fillAppendix(appendix, article, options.quotes);
  const save = (extension: 'md' | 'html', type: string, text: string): void =>
    download(root, fileName(article, extension), `${type};charset=utf-8`, text);
  render(
    h(SaveMenu, {
      withQuotes: options.quotes,
      onQuotes: (on) => {
        options.quotes = on;
        fillAppendix(appendix, article, on);
      },
      onMarkdown: () => save('md', 'text/markdown', articleMarkdown(article, options)),
      onHtml: () => save('html', 'text/html', articleHtml(article, options)),
      onPrint: () => window.print(),
      onQuotesFile: (format) => saveQuotes(format, article, root),
      onClose: () => {
        close();
        button.focus({ preventScroll: true });
      },
    }),
    holder,
  );
}

function toggleMenu({ article, root }: ArticleContext): void {
  const close = menus.get(root);
  if (close) close();
  else openMenu(article, root);
}

function slug(title: string | null): string {
  return (
    (title ?? 'article')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'article'
  );
}

/** What a copied citation or a Markdown export says around the quotes, in the person's language. */
const citationWords = (): CitationWords => ({
  unattributed: t('sidebarUnattributed'),
  untitled: t('articleUntitled'),
  quotesFrom: (title) => t('exportTitle', title),
});

const QUOTES_FILES: Record<QuotesFormat, [string, typeof quotesAsCsv]> = {
  md: ['text/markdown', (quotes, article) => quotesAsMarkdown(quotes, article, citationWords())],
  csv: ['text/csv', quotesAsCsv],
  json: ['application/json', quotesAsJson],
};

/** Every quote of the article as a file (the menu's .md, .csv and .json). */
function saveQuotes(format: QuotesFormat, article: Article, root: ShadowRoot): void {
  const name = `quotes-${slug(article.title)}.${format}`;
  const [type, write] = QUOTES_FILES[format];
  download(root, name, `${type};charset=utf-8`, write(article.quotes, article));
}

function copyQuote(quote: Quote, article: Article): Promise<void> {
  return navigator.clipboard.writeText(citation(quote, article, citationWords()));
}

registerFeature('export', { toggleMenu, copyQuote });
