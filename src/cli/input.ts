/**
 * Reading the command's inputs without trusting them: a file is looked at before it is read (a
 * directory, or a file over the size limit, is refused without reading a byte), everything else
 * (standard input, a FIFO, a device) is read in chunks and refused as soon as it passes the limit,
 * a FIFO that no writer ever opens is given up on, and bytes that are not text are refused before
 * they are decoded. Synchronous, like the rest of the command: one file after the other.
 */
import fs from 'node:fs';

/**
 * The largest input read, in bytes: 10 MiB, far above real saved pages (the largest of the 671 in
 * the project's corpus is 1.6 MB) and small enough to parse in about 2 s. See docs/cli.md.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** How long a FIFO may go without a writer before it is given up on, in milliseconds. */
export const FIFO_WAIT_MS = 10_000;

/** Why an input was not read; the codes are the `error` field of the command's failure objects. */
export type InputFailure = 'unreadable' | 'too-large' | 'not-text';

export class InputError extends Error {
  constructor(
    readonly code: InputFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** Refuse inputs larger than this many bytes. */
  limit?: number;
  /** Give up on a FIFO with no writer after this many milliseconds. */
  fifoWaitMs?: number;
}

const MIB = 1024 * 1024;
const tooLarge = (limit: number): InputError =>
  new InputError(
    'too-large',
    `larger than ${limit % MIB ? `${limit} bytes` : `${limit / MIB} MiB`}, the most verbatim reads`,
  );

/** Blocks the thread for a moment (the command is synchronous; nothing else is waiting on it). */
export const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** A one-line reason for a system error, as `ls` or `cat` would put it. */
export function reasonOf(error: unknown): string {
  switch (errnoOf(error)) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return (error as Error).message?.split('\n')[0] ?? 'cannot be read';
  }
}

/**
 * Reads everything from `fd`, in chunks, up to `limit` bytes. A non-blocking descriptor (a FIFO
 * opened so, or a standard input a parent left non-blocking) is waited on when it has nothing yet.
 * For a FIFO, an end of file before any writer was seen means none has opened it yet: it is waited
 * for up to `fifoWaitMs`.
 */
function readAll(
  fd: number,
  { limit, fifoWaitMs }: { limit: number; fifoWaitMs: number | null },
): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let writerSeen = fifoWaitMs === null;
  const started = Date.now();
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if (errnoOf(error) !== 'EAGAIN') throw error;
      writerSeen = true;
      pause(5);
      continue;
    }
    if (n === 0) {
      if (writerSeen) break;
      if (Date.now() - started > fifoWaitMs!) {
        throw new InputError(
          'unreadable',
          `a FIFO that nobody wrote to within ${fifoWaitMs! / 1000} s`,
        );
      }
      pause(20);
      continue;
    }
    writerSeen = true;
    total += n;
    if (total > limit) throw tooLarge(limit);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** Reads standard input, up to the limit. */
export function readStdin({ limit = MAX_INPUT_BYTES }: ReadOptions = {}): Uint8Array {
  try {
    return readAll(0, { limit, fifoWaitMs: null });
  } catch (error) {
    // A closed or missing standard input reads as empty.
    if (errnoOf(error) === 'EOF' || errnoOf(error) === 'EBADF') return new Uint8Array();
    throw error;
  }
}

/** Reads a file: looked at first, refused when it is a directory or over the limit. */
export function readPath(
  file: string,
  { limit = MAX_INPUT_BYTES, fifoWaitMs = FIFO_WAIT_MS }: ReadOptions = {},
): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new InputError('unreadable', reasonOf(error));
  }
  if (stat.isDirectory()) throw new InputError('unreadable', 'is a directory');
  if (stat.isFile() && stat.size > limit) throw tooLarge(limit);
  const fifo = stat.isFIFO();
  let fd: number;
  try {
    // A FIFO is opened without waiting for a writer (an open would block until one came).
    fd = fs.openSync(file, fifo ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : 'r');
  } catch (error) {
    throw new InputError('unreadable', reasonOf(error));
  }
  try {
    return readAll(fd, { limit, fifoWaitMs: fifo ? fifoWaitMs : null });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('unreadable', reasonOf(error));
  } finally {
    fs.closeSync(fd);
  }
}

/** Magic numbers of common binary files that may carry no zero byte early on. */
const BINARY_SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, and the formats built on it
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/**
 * Whether the bytes are no text: a known binary signature, or a zero byte in the first 8,000
 * bytes (the test git and grep use), unless a byte-order mark says UTF-16, where zero bytes are
 * half of every ASCII character.
 */
export function isBinary(bytes: Uint8Array): boolean {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  if (BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  return bytes.subarray(0, 8000).includes(0);
}
