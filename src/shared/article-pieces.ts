/**
 * A big article's markup as it arrives from the page reader, one piece at a time (see
 * content/read-page.ts). The reader adds each piece as it comes instead of waiting for the last:
 * the article's first screen shows while the rest is on its way.
 */
/** Marks the element of a big article's first piece that the other pieces go into. */
export const FILL_ATTR = 'data-vb-fill';

export class ArticlePieces {
  private readonly received: string[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly lostListeners = new Set<() => void>();
  private lost = false;
  private unwanted = false;

  /** `total`: how many pieces the article comes in (the page reader says so with its result). */
  constructor(readonly total: number) {}

  /** Pieces received so far (they come in order). */
  get count(): number {
    return this.received.length;
  }

  get complete(): boolean {
    return this.received.length === this.total;
  }

  /** The pieces received so far, in order. */
  get all(): readonly string[] {
    return this.received;
  }

  /** The piece at `index`, once it has come. */
  at(index: number): string | undefined {
    return this.received[index];
  }

  add(piece: string): void {
    if (this.complete || this.lost) return;
    this.received.push(piece);
    for (const listener of this.listeners) listener();
  }

  /** The view closed or moved on to another read: the rest is not asked for. */
  drop(): void {
    this.unwanted = true;
  }

  get dropped(): boolean {
    return this.unwanted;
  }

  /** The page reader stopped before the last piece: the article will never be whole. */
  lose(): void {
    if (this.complete || this.lost) return;
    this.lost = true;
    for (const listener of this.lostListeners) listener();
    this.lostListeners.clear();
  }

  /** Calls `listener` after each piece that comes; returns a function that stops it. */
  onPiece(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` if the article is lost before its last piece (at once if it is). */
  onLost(listener: () => void): void {
    if (this.lost) listener();
    else if (!this.complete) this.lostListeners.add(listener);
  }
}
