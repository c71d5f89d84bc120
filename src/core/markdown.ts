/** Sanitised article HTML to Markdown, for `verbatim extract --format md` and exports. */
import { normaliseSpace } from './blocks.js';

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

function inline(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out += escapeInline((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const inner = inline(el);
    switch (el.localName) {
      case 'strong':
      case 'b':
        out += inner.trim() ? `**${inner.trim()}**` : inner;
        break;
      case 'em':
      case 'i':
      case 'cite':
        out += inner.trim() ? `*${inner.trim()}*` : inner;
        break;
      case 'code':
        out += '`' + (el.textContent ?? '') + '`';
        break;
      case 'a': {
        const href = el.getAttribute('href');
        out += href && inner.trim() ? `[${inner.trim()}](${href})` : inner;
        break;
      }
      case 'img': {
        const src = el.getAttribute('src');
        if (src) out += `![${escapeInline(el.getAttribute('alt') ?? '')}](${src})`;
        break;
      }
      case 'br':
        out += '  \n';
        break;
      default:
        out += inner;
    }
  }
  return out;
}

function blocks(node: Node, depth: number, out: string[]): void {
  let run = '';
  const flush = (): void => {
    const text = run.replace(/[ \t]+/g, ' ').trim();
    if (text) out.push(text);
    run = '';
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      run += escapeInline((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      out.push(`${'#'.repeat(Number(heading[1]))} ${normaliseSpace(inline(el))}`);
    } else if (
      tag === 'p' ||
      tag === 'figcaption' ||
      tag === 'summary' ||
      tag === 'dt' ||
      tag === 'dd'
    ) {
      flush();
      const text = inline(el)
        .replace(/[ \t]+/g, ' ')
        .trim();
      if (text) out.push(tag === 'figcaption' ? `*${text}*` : text);
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      const items: string[] = [];
      let n = Number(el.getAttribute('start') ?? 1) || 1;
      for (const li of Array.from(el.children)) {
        if (li.localName !== 'li') continue;
        const marker = tag === 'ol' ? `${n++}.` : '-';
        const inner: string[] = [];
        blocks(li, depth + 1, inner);
        const body = inner.join('\n\n').replace(/\n/g, '\n' + ' '.repeat(marker.length + 1));
        items.push(`${marker} ${body}`);
      }
      if (items.length) out.push(items.join('\n'));
    } else if (tag === 'blockquote') {
      flush();
      const inner: string[] = [];
      blocks(el, depth + 1, inner);
      if (inner.length)
        out.push(
          inner
            .join('\n\n')
            .split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n'),
        );
    } else if (tag === 'pre') {
      flush();
      out.push('```\n' + (el.textContent ?? '').replace(/\n$/, '') + '\n```');
    } else if (tag === 'hr') {
      flush();
      out.push('---');
    } else if (tag === 'table') {
      flush();
      const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
        Array.from(tr.children).map((cell) => normaliseSpace(inline(cell)).replace(/\|/g, '\\|')),
      );
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (rows.length && width) {
        const line = (cells: string[]) =>
          `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
        out.push(
          [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n'),
        );
      }
    } else if (tag === 'iframe' || tag === 'video') {
      flush();
      const src = el.getAttribute('src');
      if (src) out.push(`[Video](${src})`);
    } else if (
      [
        'div',
        'section',
        'article',
        'figure',
        'header',
        'footer',
        'main',
        'aside',
        'details',
        'picture',
        'dl',
        'li',
      ].includes(tag)
    ) {
      flush();
      blocks(el, depth, out);
    } else {
      run += inline(wrapOne(el));
    }
  }
  flush();
}

/** `inline` walks children; to render one inline element we hand it a parent with only that child. */
function wrapOne(el: Element): Node {
  const holder = el.ownerDocument.createElement('span');
  holder.appendChild(el.cloneNode(true));
  return holder;
}

export function toMarkdown(root: Node, title?: string | null): string {
  const out: string[] = [];
  if (title) out.push(`# ${escapeInline(title)}`);
  blocks(root, 0, out);
  return out.join('\n\n') + '\n';
}
