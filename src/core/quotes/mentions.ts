/**
 * The mentions a pronoun may mean, indexed so that a pronoun finds its person by binary search
 * instead of reading every mention before it. Two kinds: the mentions found when the name table
 * was built (fixed, in text order; a quoted speaker at the same offset hides one), and those of
 * quoted speakers, added as the quotations are attributed in text order (so mostly at the end).
 * Both are kept by the gender of the name, which the votes fixed when the table was built.
 */
import type { Gender, Mention } from './names.js';
import { firstAtOrAfter } from './sorted.js';

const offsetOf = (m: Mention): number => m.at;

/** Mentions in text order, some of which may be hidden later. */
class Hideable {
  readonly items: Mention[] = [];
  /**
   * Per item, itself when visible, else an earlier item (or -1) on the way to the latest visible
   * one before it; paths are shortened as they are followed, so hiding many costs little.
   */
  private towards: Int32Array | null = null;

  hide(m: Mention): void {
    this.towards ??= Int32Array.from(this.items, (_, i) => i);
    const i = firstAtOrAfter(this.items, m.at, offsetOf);
    this.towards[i] = i - 1;
  }

  latestBefore(at: number): Mention | undefined {
    let i = firstAtOrAfter(this.items, at, offsetOf) - 1;
    const towards = this.towards;
    if (!towards) return this.items[i];
    let root = i;
    while (root >= 0 && towards[root] !== root) root = towards[root]!;
    while (i > root) {
      const next = towards[i]!;
      towards[i] = root;
      i = next;
    }
    return this.items[root];
  }
}

/** Mentions in text order, added and replaced at any offset. */
class Sorted {
  readonly items: Mention[] = [];

  add(m: Mention): void {
    this.items.splice(firstAtOrAfter(this.items, m.at, offsetOf), 0, m);
  }

  remove(m: Mention): void {
    this.items.splice(firstAtOrAfter(this.items, m.at, offsetOf), 1);
  }

  latestBefore(at: number): Mention | undefined {
    return this.items[firstAtOrAfter(this.items, at, offsetOf) - 1];
  }
}

interface Bucket {
  built: Hideable;
  builtSubjects: Hideable;
  quoted: Sorted;
  quotedSubjects: Sorted;
}

export class MentionIndex {
  private readonly buckets = new Map<Gender, Bucket>();
  private readonly quoted = new Map<number, Mention>();
  private readonly hidden = new Set<Mention>();

  /** `built` is the table's mentions in text order; `genderOf` the gender of a name's key. */
  constructor(
    private readonly built: readonly Mention[],
    private readonly genderOf: (key: string) => Gender,
  ) {
    for (const m of built) {
      const b = this.bucket(m.key);
      b.built.items.push(m);
      if (m.subject) b.builtSubjects.items.push(m);
    }
  }

  private bucket(key: string): Bucket {
    const gender = this.genderOf(key);
    let b = this.buckets.get(gender);
    if (!b) {
      b = {
        built: new Hideable(),
        builtSubjects: new Hideable(),
        quoted: new Sorted(),
        quotedSubjects: new Sorted(),
      };
      this.buckets.set(gender, b);
    }
    return b;
  }

  /** Adds a quoted speaker's mention; one at the same offset is replaced. */
  note(mention: Mention): void {
    const earlier = this.quoted.get(mention.at);
    if (earlier) {
      const b = this.bucket(earlier.key);
      b.quoted.remove(earlier);
      if (earlier.subject) b.quotedSubjects.remove(earlier);
    } else {
      const built = this.built[firstAtOrAfter(this.built, mention.at, offsetOf)];
      if (built?.at === mention.at && !this.hidden.has(built)) {
        const b = this.bucket(built.key);
        b.built.hide(built);
        if (built.subject) b.builtSubjects.hide(built);
        this.hidden.add(built);
      }
    }
    this.quoted.set(mention.at, mention);
    const b = this.bucket(mention.key);
    b.quoted.add(mention);
    if (mention.subject) b.quotedSubjects.add(mention);
  }

  /**
   * The mention a pronoun of gender `want` at `at` means: of the mentions before it whose name is
   * of that gender or of none known, the latest subject at or after `near`, else the latest.
   */
  meant(at: number, near: number, want: 'm' | 'f'): Mention | undefined {
    let latest: Mention | undefined;
    let subject: Mention | undefined;
    const later = (a: Mention | undefined, b: Mention | undefined): Mention | undefined =>
      !a || (b && b.at > a.at) ? b : a;
    for (const gender of [want, null]) {
      const b = this.buckets.get(gender);
      if (!b) continue;
      latest = later(later(latest, b.built.latestBefore(at)), b.quoted.latestBefore(at));
      for (const said of [b.builtSubjects.latestBefore(at), b.quotedSubjects.latestBefore(at)]) {
        if (said && said.at >= near) subject = later(subject, said);
      }
    }
    return subject ?? latest;
  }
}
