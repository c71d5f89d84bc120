/**
 * The dyslexia-friendly font is large, so it is not part of content.js: the background injects
 * features/dyslexic-font.js only when that font is chosen. Both scripts share the isolated world, and
 * meet through this handle, so closing the reader can take the font off the page again.
 */

declare global {
  var __verbatimFontFaces: FontFace[] | undefined;
}

export function releaseDyslexicFont(doc: Document): void {
  const faces = globalThis.__verbatimFontFaces;
  if (!faces) return;
  for (const face of faces) doc.fonts.delete(face);
  globalThis.__verbatimFontFaces = undefined;
}
