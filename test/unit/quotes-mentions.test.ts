/**
 * The pronoun index must mean what reading every mention meant: the reference below is the list
 * the quote stage used to keep (quoted speakers spliced in, one at the same offset replaced) and
 * the search it used to run over it.
 */
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/core/quotes/mentions.js';
import type { Gender, Mention } from '../../src/core/quotes/names.js';

function meantByReading(
  mentions: Mention[],
  genderOf: (key: string) => Gender,
  at: number,
  near: number,
  want: 'm' | 'f',
): Mention | undefined {
  const before = mentions.filter((m) => m.at < at && (genderOf(m.key) ?? want) === want);
  return [...before].reverse().find((m) => m.subject && m.at >= near) ?? before.at(-1);
}

function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('MentionIndex', () => {
  it('means what reading every mention before the pronoun meant', () => {
    const next = random(11);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
    const genders: Record<string, Gender> = { ana: 'f', tom: 'm', kim: null, lee: null };
    const genderOf = (key: string): Gender => genders[key] ?? null;
    for (let round = 0; round < 200; round++) {
      const mentions: Mention[] = [];
      for (let at = 0; at < 300; at += 1 + Math.floor(next() * 20)) {
        mentions.push({ at, key: pick(Object.keys(genders)), subject: next() < 0.5 });
      }
      const index = new MentionIndex([...mentions], genderOf);
      for (let step = 0; step < 60; step++) {
        if (next() < 0.4) {
          // A quoted speaker, often where a mention already stands.
          const at = next() < 0.5 ? pick(mentions).at : Math.floor(next() * 300);
          const m: Mention = { at, key: pick(['ana', 'tom', 'kim', 'new']), subject: true };
          index.note(m);
          const i = mentions.findIndex((x) => x.at >= at);
          const replaced = mentions[i]?.at === at ? 1 : 0;
          mentions.splice(i < 0 ? mentions.length : i, replaced, m);
        } else {
          const at = Math.floor(next() * 320);
          const near = Math.floor(next() * at);
          const want = pick(['m', 'f'] as const);
          expect(index.meant(at, near, want)).toBe(
            meantByReading(mentions, genderOf, at, near, want),
          );
        }
      }
    }
  });
});
