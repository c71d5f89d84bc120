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
};

describe.each(Object.entries(themes))('the %s theme', (_name, v) => {
  it.each([
    ['text', 'fg', 'bg'],
    ['secondary text', 'muted', 'bg'],
    ['links', 'link', 'bg'],
    ['text on buttons', 'fg', 'surface'],
    ['badges', 'bg', 'accent'],
    ['highlighted quotes', 'fg', 'mark'],
  ])('%s reach 4.5:1', (_what, fg, bg) => {
    expect(v[fg!], `--vb-${fg}`).toMatch(/^#/);
    expect(v[bg!], `--vb-${bg}`).toMatch(/^#/);
    expect(contrast(v[fg!]!, v[bg!]!)).toBeGreaterThanOrEqual(4.5);
  });
});
