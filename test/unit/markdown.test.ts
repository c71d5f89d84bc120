import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/core/markdown.js';

const md = toMarkdown;

describe('toMarkdown', () => {
  it('starts with the title as a heading, then the article', () => {
    expect(
      md('<h2>Costs</h2><p>Some <em>text</em> and <strong>more</strong>.</p>', 'A title'),
    ).toBe('# A title\n\n## Costs\n\nSome *text* and **more**.\n');
  });

  it('escapes Markdown in the title', () => {
    expect(md('<p>x</p>', 'Why *this* matters [live]')).toMatch(
      /^# Why \\\*this\\\* matters \\\[live\\\]\n/,
    );
  });

  // "1986. A great year" at the start of a line is an ordered list item in Markdown.
  it('keeps a paragraph that starts with a number and a full stop a paragraph', () => {
    expect(md('<p>1986. A great year for trams.</p>')).toBe('1986\\. A great year for trams.\n');
    expect(md('<p>1986) A great year for trams.</p>')).toBe('1986\\) A great year for trams.\n');
  });

  // A paragraph that starts with "# " is a heading in Markdown; so are "- ", "+ " and "> " lines.
  it('keeps a paragraph that starts with # a paragraph', () => {
    expect(md('<p># Not a heading</p>')).toBe('\\# Not a heading\n');
    expect(md('<p>&#35; Not a heading either</p>')).toBe('\\# Not a heading either\n');
    expect(md('<p>- not a list</p><p>&gt; not a quote</p>')).toBe(
      '\\- not a list\n\n\\> not a quote\n',
    );
  });

  it('escapes backticks in text, and fences code that contains them', () => {
    expect(md('<p>Type `ls` to list.</p>')).toBe('Type \\`ls\\` to list.\n');
    expect(md('<p>Run <code>echo `date`</code> now.</p>')).toBe('Run `` echo `date` `` now.\n');
  });

  it('writes a link or image address with spaces or parentheses so it stays one address', () => {
    const out = md(
      '<p><a href="https://x.example/a b.html">spaced</a> and ' +
        '<a href="https://en.example/wiki/Tram_(disambiguation)">Tram</a> ' +
        '<img src="https://x.example/my photo.jpg" alt="A photo"></p>',
    );
    expect(out).toContain('[spaced](<https://x.example/a b.html>)');
    expect(out).toContain('[Tram](https://en.example/wiki/Tram_\\(disambiguation\\))');
    expect(out).toContain('![A photo](<https://x.example/my photo.jpg>)');
  });

  it('escapes an angle bracket in text, so it is not read as HTML', () => {
    expect(md('<p>Wrap it in &lt;b&gt; tags.</p>')).toBe('Wrap it in \\<b> tags.\n');
  });

  it('writes lists with one space after the marker, numbered from the start attribute', () => {
    expect(md('<ul><li>One</li><li>Two <ul><li>Inner</li></ul></li></ul>')).toBe(
      '- One\n- Two\n  - Inner\n',
    );
    expect(md('<ol start="3"><li>Three</li><li>Four</li></ol>')).toBe('3. Three\n4. Four\n');
  });

  it('drops links and list items with nothing in them', () => {
    expect(
      md(
        '<ul><li><a href="https://x.example/fb"> </a></li><li>Real <a href="/a"></a></li></ul>' +
          '<p><a href="/b"><img src="https://x.example/b.png" alt="B"></a></p>',
      ),
    ).toBe('- Real\n\n[![B](https://x.example/b.png)](/b)\n');
  });

  it('writes tables as GitHub tables, escaping pipes in cells', () => {
    expect(
      md(
        '<table><thead><tr><th>Line</th><th>Cost</th></tr></thead>' +
          '<tbody><tr><td>A | B</td><td>84</td></tr></tbody></table>',
      ),
    ).toMatch(/^\| Line \| Cost \|\n\| --- \| --- \|\n\| A \\\| B \| 84 +\|\n$/);
  });

  it('gives a table without a header row an empty one, and keeps a table of blocks as HTML', () => {
    expect(md('<table><tr><td>x</td><td>y</td></tr></table>')).toMatch(
      /^\| +\| +\|\n\| --- \| --- \|\n\| x +\| y +\|\n$/,
    );
    const listInCell = '<table><tbody><tr><td><ul><li>a</li></ul></td></tr></tbody></table>';
    expect(md(listInCell)).toBe(listInCell + '\n');
  });

  it('fences preformatted text with or without <code>, longer than any fence inside', () => {
    expect(md('<pre><code>a &lt; b\n</code></pre>')).toBe('```\na < b\n```\n');
    expect(md('<pre>line one\n  line two</pre>')).toBe('```\nline one\n  line two\n```\n');
    expect(md('<pre>```\nx\n```</pre>')).toBe('````\n```\nx\n```\n````\n');
  });

  it('keeps captions, quotations, rules and embedded videos', () => {
    expect(
      md(
        '<figure><img src="https://x.example/a.jpg" alt="A"><figcaption>The caption</figcaption></figure>' +
          '<blockquote><p>We did it.</p></blockquote><hr>' +
          '<iframe src="https://video.example/embed/1"></iframe>',
      ),
    ).toBe(
      '![A](https://x.example/a.jpg)\n\n*The caption*\n\n> We did it.\n\n---\n\n[Video](https://video.example/embed/1)\n',
    );
  });
});
