/**
 * Save and print (loaded on first use, see shared/features.ts): the article as a Markdown or a
 * self-contained HTML file, downloaded from here, and printing, with the quotations optionally
 * listed at the end.
 */
import { h, render } from 'preact';
import { registerFeature } from '../content/feature-registry.js';
import type { SaveContext } from '../shared/features.js';
import type { Article } from '../core/types.js';
import { articleHtml, articleMarkdown, fileName, quotesHtml } from './export/documents.js';
import { SaveMenu } from './export/menu.js';
import css from './export/menu.css';

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

/**
 * The quotations for print, in the reader's appendix (shown only in print). The HTML is built
 * from the quotes' plain text, escaped, and parsed in an inert document before it is adopted.
 */
function fillAppendix(appendix: HTMLElement, article: Article, on: boolean): void {
  if (!on) return appendix.replaceChildren();
  const inert = appendix.ownerDocument.implementation.createHTMLDocument('');
  // eslint-disable-next-line no-unsanitized/property -- every text in it escaped by quotesHtml
  inert.body.innerHTML = quotesHtml(article.quotes);
  appendix.replaceChildren(
    ...Array.from(inert.body.childNodes).map((n) => appendix.ownerDocument.adoptNode(n)),
  );
}

function openMenu({ article, root, slot, appendix, onClose }: SaveContext): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  fillAppendix(appendix, article, options.quotes);
  render(
    h(SaveMenu, {
      withQuotes: options.quotes,
      onQuotes: (on) => {
        options.quotes = on;
        fillAppendix(appendix, article, on);
      },
      onMarkdown: () =>
        download(
          root,
          fileName(article, 'md'),
          'text/markdown;charset=utf-8',
          articleMarkdown(article, options),
        ),
      onHtml: () =>
        download(
          root,
          fileName(article, 'html'),
          'text/html;charset=utf-8',
          articleHtml(article, options),
        ),
      onPrint: () => window.print(),
      onClose,
    }),
    slot,
  );
  return () => {
    render(null, slot);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

registerFeature('export', { openMenu });
