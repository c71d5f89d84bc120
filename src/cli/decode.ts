/**
 * Decodes a saved page as a browser would: the WHATWG encoding sniffing algorithm (a byte-order
 * mark, then the prescan of `<meta charset>` and `http-equiv` in the first 1024 bytes, which skips
 * comments and reads a declared UTF-16 as UTF-8), with UTF-8 as the default (the CLI contract).
 */
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { legacyHookDecode } from '@exodus/bytes/encoding.js';

export function decodePage(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  try {
    encoding = sniffHTMLEncoding(bytes, { defaultEncoding: 'UTF-8' }).toLowerCase();
  } catch {
    // The sniffer throws on a few malformed declarations (`content="text/html; charset"`):
    // like an unknown label, that leaves the default.
  }
  // Decodes with that encoding, or with the one a byte-order mark names, and drops the mark.
  return legacyHookDecode(bytes, encoding);
}
