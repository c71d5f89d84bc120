/** Registers OpenDyslexic with the page's font set, from bytes bundled here (no network, no CSP). */
import regular from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2';
import bold from '@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2';
import italic from '@fontsource/opendyslexic/files/opendyslexic-latin-400-italic.woff2';
import { DYSLEXIC_FAMILY } from '../reader/fonts.js';
import '../content/font-handle.js';
import { registerFeature } from '../content/feature-registry.js';

if (!globalThis.__verbatimFontFaces) {
  const faces = [
    new FontFace(DYSLEXIC_FAMILY, regular, { weight: '400', style: 'normal' }),
    new FontFace(DYSLEXIC_FAMILY, bold, { weight: '700', style: 'normal' }),
    new FontFace(DYSLEXIC_FAMILY, italic, { weight: '400', style: 'italic' }),
  ];
  for (const face of faces) document.fonts.add(face);
  globalThis.__verbatimFontFaces = faces;
}
registerFeature('dyslexic-font', true);
