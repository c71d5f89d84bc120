/**
 * Sanitised article HTML to Markdown, for `verbatim extract --format md`: turndown, with the
 * tables of the GitHub dialect, and a few rules for how our Markdown has always looked.
 *
 * turndown parses the HTML itself (domino under Node, DOMParser in a browser). That parse gives
 * tables the `rows` the table plugin reads, and keeps the text of a paragraph in one text node,
 * which its escaping of line starts ("1986. ", "# ") depends on; linkedom has no `rows` and splits
 * text at every character reference.
 */
import TurndownService from 'turndown';
import { tables } from '@joplin/turndown-plugin-gfm';

/** Line starts and characters turndown leaves as they are that Markdown still reads as syntax. */
const MORE_ESCAPES: readonly [RegExp, string][] = [
  [/^(\d+)\) /, '$1\\) '], // "1986) A great year": an ordered list item too
  [/</g, '\\<'], // "<b>" in text: raw HTML, or an autolink
];

/** Tables holding blocks that a GitHub table cell cannot hold stay HTML (sanitised already). */
const BLOCKS_IN_CELLS = 'ul, ol, pre, blockquote, hr, h1, h2, h3, h4, h5, h6';

/** A fenced block, its fence longer than any fence inside it (as turndown does for <pre><code>). */
function fenced(code: string): string {
  const longest = Math.max(2, ...(code.match(/^`{3,}/gm) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `\n\n${fence}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
}

function converter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
  });
  service.use(tables);
  const escape = service.escape.bind(service);
  service.escape = (text) =>
    MORE_ESCAPES.reduce((out, [find, put]) => out.replace(find, put), escape(text));

  // Rules added later win over earlier ones and over turndown's own.
  service.addRule('tableOfBlocks', {
    // domino's querySelector gives undefined, not null, when nothing matches.
    filter: (node) => node.nodeName === 'TABLE' && Boolean(node.querySelector(BLOCKS_IN_CELLS)),
    replacement: (_content, node) => `\n\n${node.outerHTML}\n\n`,
  });
  // A link with nothing to click (an icon the sanitiser dropped) says nothing in Markdown.
  service.addRule('emptyLink', {
    filter: (node) =>
      node.nodeName === 'A' &&
      !node.textContent?.trim() &&
      !node.getElementsByTagName('img').length,
    replacement: () => '',
  });
  // "- item" and "1. item", with one space after the marker, and content indented to match.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      if (!content.trim()) return '';
      const list = node.parentNode as HTMLElement | null;
      let marker = '-';
      if (list?.nodeName === 'OL') {
        const start = Number(list.getAttribute('start') ?? 1) || 1;
        marker = `${start + Array.prototype.indexOf.call(list.children, node)}.`;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n(?=.)/g, '\n' + ' '.repeat(marker.length + 1));
      return `${marker} ${body}${node.nextSibling && !body.endsWith('\n') ? '\n' : ''}`;
    },
  });
  // turndown fences <pre><code> itself; a <pre> alone is code too.
  service.addRule('preformatted', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName !== 'CODE',
    replacement: (_content, node) => fenced(node.textContent ?? ''),
  });
  service.addRule('citation', {
    filter: 'cite',
    replacement: (content) => (content.trim() ? `*${content}*` : ''),
  });
  service.addRule('caption', {
    filter: 'figcaption',
    replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ''),
  });
  service.addRule('video', {
    filter: ['iframe', 'video'],
    replacement: (_content, node) => {
      const src = node.getAttribute('src');
      return src ? `\n\n[Video](${src})\n\n` : '';
    },
  });
  return service;
}

/** The article as Markdown: its title as the top heading, then the body. */
export function toMarkdown(html: string, title?: string | null): string {
  const service = converter();
  const heading = title ? `# ${service.escape(title.replace(/\s+/g, ' ').trim())}` : '';
  return [heading, service.turndown(html)].filter(Boolean).join('\n\n') + '\n';
}
