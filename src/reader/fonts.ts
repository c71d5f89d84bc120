import type { Font } from '../shared/settings.js';

/** The face the injected dyslexia font registers under (see features/dyslexic-font.ts). */
export const DYSLEXIC_FAMILY = 'Verbatim OpenDyslexic';

export const FONT_STACKS: Record<Font, string> = {
  serif:
    "Charter, 'Bitstream Charter', 'Iowan Old Style', 'Source Serif 4', 'Noto Serif', Georgia, Cambria, 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
  dyslexic: `'${DYSLEXIC_FAMILY}', OpenDyslexic, 'Comic Sans MS', 'Atkinson Hyperlegible', system-ui, sans-serif`,
};
