/** Every theme keeps text readable: WCAG AA contrast (4.5:1) for each text colour on its background. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/reader/reader.css', import.meta.url), 'utf8');

function themeVariables(selector: RegExp): Record<string, string> {
  const block = css.match(selector)?.[1] ?? '';
  return Object.fromEntries(
    Array.from(block.matchAll(/--vb-([a-z]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = themeVariables(/\.vb-root \{([^}]*)\}/);
const themes: Record<string, Record<string, string>> = {
  light,
  sepia: { ...light, ...themeVariables(/\.vb-root\[data-theme='sepia'\] \{([^}]*)\}/) },
  dark: { ...light, ...themeVariables(/\.vb-root\[data-theme='dark'\] \{([^}]*)\}/) },
  'auto (dark system)': {
    ...light,
    ...themeVariables(/\.vb-root\[data-theme='auto'\] \{([^}]*)\}/),
  },
  'high contrast': {
    ...light,
    ...themeVariables(/\.vb-root\[data-theme='contrast'\] \{([^}]*)\}/),
  },
};

/** High contrast is for low vision: WCAG AAA's 7:1 for every pair, not AA's 4.5:1. */
const minimum = (name: string): number => (name === 'high contrast' ? 7 : 4.5);

describe.each(Object.entries(themes))('the %s theme', (name, v) => {
  it.each([
    ['text', 'fg', 'bg'],
    ['secondary text', 'muted', 'bg'],
    ['links', 'link', 'bg'],
    ['text on buttons', 'fg', 'surface'],
    ['badges', 'bg', 'accent'],
    ['highlighted quotes', 'marktext', 'mark'],
    ['focus rings', 'focus', 'bg'],
  ])('%s reach the minimum contrast', (_what, fg, bg) => {
    // --vb-marktext is the text colour unless a theme sets its own.
    const colour = (key: string): string | undefined =>
      v[key] ?? (key === 'marktext' ? v.fg : undefined);
    expect(colour(fg!), `--vb-${fg}`).toMatch(/^#/);
    expect(colour(bg!), `--vb-${bg}`).toMatch(/^#/);
    expect(contrast(colour(fg!)!, colour(bg!)!)).toBeGreaterThanOrEqual(minimum(name));
  });
});
