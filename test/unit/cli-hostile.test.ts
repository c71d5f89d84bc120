/**
 * The command under bad input: every input gives one JSON object on standard output (an article,
 * or a failure object saying why not), every failure one line on standard error, and the exit
 * status the contract gives. In-process through run() where that can show it; a real process
 * only where one is needed (a closed pipe, a FIFO, standard input over the size limit). Timings
 * are in bench/hostile-cli.ts, not here.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBinary, MAX_INPUT_BYTES, readPath } from '../../src/cli/input.js';
import { MAX_ELEMENTS, run, type Io } from '../../src/cli/main.js';
import { FIXTURES } from './dom.js';

const ROOT = path.resolve(FIXTURES, '../..');
const BIN = path.join(ROOT, 'bin/verbatim.js');
const fx = (name: string) => path.join(FIXTURES, name);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, data: string | Uint8Array): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

/** Runs the command in-process with the real file reader (or `readFile`), and standard input `stdin`. */
function cli(
  argv: string[],
  { stdin = '', readFile }: { stdin?: string; readFile?: Io['readFile'] } = {},
): { code: number; lines: Array<Record<string, unknown>>; err: string } {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: readFile ?? ((p) => readPath(p)),
    readStdin: () => new TextEncoder().encode(stdin),
  };
  const code = run(argv, io);
  const lines = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, err };
}

const ARTICLE = fs.readFileSync(fx('rich-article.html'));
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001',
  'hex',
);

/** One failure line on stderr naming the file, and no stack trace. */
function expectOneLine(err: string, file: string, reason: RegExp): void {
  expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(err).toMatch(new RegExp(`^verbatim: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
  expect(err).toMatch(reason);
  expect(err).not.toMatch(/\bat \S+ \(|node:internal/);
}

describe('verbatim on bad input: one object per file, one line per failure', () => {
  it('reads an empty file as no article, saying it is empty', () => {
    const file = write('empty.html', '');
    const { code, lines, err } = cli(['extract', file]);
    expect(code).toBe(3);
    expect(lines).toEqual([
      { file, ok: false, error: 'no-article', message: 'The file is empty.' },
    ]);
    expect(err).toBe('');
  });

  it('refuses a binary file as not text, for extract and quotes', () => {
    const file = write('image.png', PNG);
    for (const command of ['extract', 'quotes']) {
      const { code, lines, err } = cli([command, file]);
      expect(code).toBe(1);
      expect(lines).toEqual([
        { file, ok: false, error: 'not-text', message: 'not a text file (binary data)' },
      ]);
      expectOneLine(err, file, /not a text file/);
    }
  });

  it('tells binary data from UTF-16 text with a byte-order mark', () => {
    expect(isBinary(PNG)).toBe(true);
    expect(isBinary(Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(isBinary(Buffer.from([0x3c, 0x70, 0x00, 0x3e]))).toBe(true);
    expect(
      isBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>', 'utf16le')])),
    ).toBe(false);
    expect(isBinary(Buffer.from('<p>naïve</p>'))).toBe(false);
  });

  it('reads invalid UTF-8 with replacement characters', () => {
    const file = write('bad-utf8.html', Buffer.concat([ARTICLE, Buffer.from([0xff, 0xc3, 0x28])]));
    const { code, lines } = cli(['extract', file]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ file, ok: true });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(ARTICLE.toString('utf8'), 'utf16le'),
    ]);
    const { code, lines } = cli(['extract', write('utf16.html', utf16)]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ ok: true, title: expect.stringContaining('tram network') });
  });

  it('gives a failure object for a directory and for a missing file', () => {
    const missing = path.join(dir, 'missing.html');
    const { code, lines, err } = cli(['extract', dir, missing, fx('rich-article.html')]);
    expect(code).toBe(1);
    expect(lines.map((l) => [l.file, l.ok, l.error, l.message])).toEqual([
      [dir, false, 'unreadable', 'is a directory'],
      [missing, false, 'unreadable', 'no such file'],
      [fx('rich-article.html'), true, undefined, undefined],
    ]);
    expect(err).toBe(`verbatim: ${dir}: is a directory\nverbatim: ${missing}: no such file\n`);
  });

  it("reads standard input for '-', also for quotes", () => {
    expect(cli(['extract', '-'], { stdin: ARTICLE.toString() }).lines[0]).toMatchObject({
      file: '-',
      ok: true,
    });
    const quotes = cli(['quotes', '-'], { stdin: '“We will win,” said Ana Ruiz.' });
    expect(quotes.code).toBe(0);
    expect(quotes.lines[0]).toMatchObject({ file: '-', quotes: [{ speaker: 'Ana Ruiz' }] });
  });

  it('prints 200 objects for 200 files with one bad, and exits 1', () => {
    const files = Array.from({ length: 200 }, (_, i) =>
      i === 117 ? write('bad.png', PNG) : fx('seed/pompeo-nkorea.txt'),
    );
    const { code, lines, err } = cli(['quotes', ...files]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(200);
    expect(lines.filter((l) => l.ok === false).map((l) => [l.file, l.error])).toEqual([
      [files[117], 'not-text'],
    ]);
    expectOneLine(err, files[117]!, /not a text file/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const file = path.join(dir, 'huge.html');
    fs.writeFileSync(file, '');
    // Sparse: its size says 10 MiB and one byte, and reading it would take a while.
    fs.truncateSync(file, MAX_INPUT_BYTES + 1);
    const read = (p: string) => readPath(p);
    const { code, lines, err } = cli(['extract', file], { readFile: read });
    expect(code).toBe(1);
    expect(lines).toEqual([
      {
        file,
        ok: false,
        error: 'too-large',
        message: 'larger than 10 MiB, the most verbatim reads',
      },
    ]);
    expectOneLine(err, file, /larger than 10 MiB/);
  });

  it('refuses a page with more elements than the limit', () => {
    const file = write('many.html', `<p>${'<b>x</b>'.repeat(MAX_ELEMENTS + 1)}</p>`);
    const { code, lines, err } = cli(['extract', file]);
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ ok: false, error: 'page-limit' });
    expectOneLine(err, file, /more than 25,000 elements/);
  });

  it('refuses a page nested 10,000 deep with a failure object, for extract and quotes', () => {
    const file = write(
      'nested.html',
      `<article><p>${'Words. '.repeat(50)}</p>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</article>`,
    );
    for (const command of ['extract', 'quotes']) {
      const { code, lines, err } = cli([command, file]);
      expect(code).toBe(1);
      expect(lines[0]).toMatchObject({ file, ok: false, error: 'page-limit' });
      expectOneLine(err, file, /nests elements more than 512 deep/);
    }
  });

  it('gives up on a FIFO that nobody writes to', () => {
    const fifo = path.join(dir, 'silent.fifo');
    execFileSync('mkfifo', [fifo]);
    const { code, lines, err } = cli(['extract', fifo], {
      readFile: (p) => readPath(p, { fifoWaitMs: 200 }),
    });
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ file: fifo, ok: false, error: 'unreadable' });
    expectOneLine(err, fifo, /a FIFO that nobody wrote to within 0.2 s/);
  });

  it('stops quietly when standard output is closed', () => {
    let writes = 0;
    let err = '';
    const io: Io = {
      stdout: () => {
        writes++;
        throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
      stderr: (t) => void (err += t),
      readFile: (p) => readPath(p),
      readStdin: () => new Uint8Array(),
    };
    const files = Array.from({ length: 5 }, () => fx('seed/pompeo-nkorea.txt'));
    expect(run(['quotes', ...files], io)).toBe(0);
    expect(writes).toBe(1);
    expect(err).toBe('');
  });
});

describe('the built command on bad input', () => {
  // Real processes: see the note on start-up times in cli.test.ts.
  const spawning = { timeout: 60_000 };

  it('ends quietly when its standard output is closed (| head -c 10)', spawning, async () => {
    const files = Array.from({ length: 30 }, () => fx('rich-article.html'));
    const child = spawn(process.execPath, [BIN, 'extract', ...files], { stdio: 'pipe' });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(status).toBe(0);
  });

  it('reads a FIFO that is written and closed', spawning, async () => {
    const fifo = path.join(dir, 'page.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, 'extract', fifo], { stdio: 'pipe' });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // Opening for writing waits for the reader, off the main thread.
    await fs.promises.writeFile(fifo, ARTICLE);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ file: fifo, ok: true });
  });

  it('refuses standard input over the size limit as it arrives', spawning, () => {
    const input = Buffer.alloc(MAX_INPUT_BYTES + 4096, '<p>too much</p>\n');
    const result = spawnSync(process.execPath, [BIN, 'extract', '-'], {
      input,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      file: '-',
      ok: false,
      error: 'too-large',
      message: 'larger than 10 MiB, the most verbatim reads',
    });
    expect(result.stderr).toBe(
      'verbatim: standard input: larger than 10 MiB, the most verbatim reads\n',
    );
  });
});
