#!/usr/bin/env node
// Renders the toolbar icon SVGs in icons/ to the PNG sizes the manifest uses.
// Usage: node scripts/render-icons.mjs
import { readFile, writeFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'icons');
const SIZES = [16, 32, 48, 128];

async function exists(file) {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

// Small sizes use the simplified variant when present.
async function sourceFor(size) {
  const small = path.join(iconsDir, 'icon-16.svg');
  if (size <= 16 && (await exists(small))) return small;
  return path.join(iconsDir, 'icon.svg');
}

for (const size of SIZES) {
  const src = await sourceFor(size);
  const svg = await readFile(src, 'utf8');
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    shapeRendering: 2, // geometricPrecision (anti-aliased)
    font: { loadSystemFonts: false },
    background: 'rgba(0,0,0,0)',
  })
    .render()
    .asPng();
  const out = path.join(iconsDir, `icon-${size}.png`);
  await writeFile(out, png);
  console.log(
    `${path.relative(root, src)} -> ${path.relative(root, out)} (${size}x${size}, ${png.length} bytes)`,
  );
}
