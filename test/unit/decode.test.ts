import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/cli/decode.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodePage', () => {
  it('uses the charset the page declares', () => {
    const latin1 = bytes('<meta charset="windows-1252"><p>caf', [0xe9], ' cr', [0xe8], 'me</p>');
    expect(decodePage(latin1)).toBe('<meta charset="windows-1252"><p>café crème</p>');
  });

  it('uses the charset of an http-equiv Content-Type', () => {
    const page = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf',
      [0xe9],
      '</p>',
    );
    expect(decodePage(page)).toContain('<p>café</p>');
  });

  it('follows a byte-order mark over the declared charset', () => {
    expect(decodePage(bytes([0xef, 0xbb, 0xbf], '<meta charset="latin1">é'))).toBe(
      '<meta charset="latin1">é',
    );
    expect(decodePage(bytes([0xff, 0xfe], [0x3c, 0, 0x70, 0, 0x3e, 0, 0xe9, 0]))).toBe('<p>é');
  });

  it('defaults to UTF-8', () => {
    expect(decodePage(bytes('<p>naïve “quotes”</p>'))).toBe('<p>naïve “quotes”</p>');
  });

  // The WHATWG prescan skips comments: a commented-out declaration is not the page's charset.
  it('ignores a <meta charset> inside a comment', () => {
    const page = '<!-- <meta charset="windows-1252"> --><meta charset="utf-8"><p>café crème</p>';
    expect(decodePage(bytes(page))).toBe(page);
    const undeclared = '<head><!--<meta charset="iso-8859-1">--></head><p>naïve</p>';
    expect(decodePage(bytes(undeclared))).toBe(undeclared);
  });

  // A page cannot declare UTF-16 in ASCII-compatible bytes: WHATWG reads such a declaration as UTF-8.
  it('reads a declared UTF-16 in ASCII bytes as UTF-8', () => {
    const page = '<meta charset="utf-16"><p>Plain “text”</p>';
    expect(decodePage(bytes(page))).toBe(page);
    const pragma = '<meta http-equiv="content-type" content="text/html; charset=UTF-16LE"><p>é</p>';
    expect(decodePage(bytes(pragma))).toBe(pragma);
  });

  it('falls back to UTF-8 for an unknown or empty label', () => {
    expect(decodePage(bytes('<meta charset="klingon"><p>é</p>'))).toBe(
      '<meta charset="klingon"><p>é</p>',
    );
    const empty = '<meta http-equiv="content-type" content="text/html; charset"><p>é</p>';
    expect(decodePage(bytes(empty))).toBe(empty);
  });

  it('decodes a legacy multi-byte encoding', () => {
    // 日本 in Shift_JIS.
    const sjis = bytes('<meta charset="shift_jis"><p>', [0x93, 0xfa, 0x96, 0x7b], '</p>');
    expect(decodePage(sjis)).toBe('<meta charset="shift_jis"><p>日本</p>');
  });
});
