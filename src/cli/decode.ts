/** Decodes a saved page: a byte-order mark first, then the charset the page declares, then UTF-8. */

function declaredCharset(head: string): string | null {
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i);
  return meta?.[1]?.toLowerCase() ?? null;
}

export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = declaredCharset(head);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: UTF-8 is the best guess for a page saved today.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
