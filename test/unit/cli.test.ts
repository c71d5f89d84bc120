import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { run, type Io } from '../../src/cli/main.js';
import { FIXTURES } from './dom.js';

const ROOT = path.resolve(FIXTURES, '../..');
const fx = (name: string) => path.join(FIXTURES, name);

function cli(argv: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: (p) => readFileSync(p),
    readStdin: () => new TextEncoder().encode(stdin),
  };
  const code = run(argv, io);
  return { code, out, err };
}

describe('verbatim: arguments', () => {
  it('parses extract with every option', () => {
    expect(
      parseArgs([
        'extract',
        'a.html',
        '--url',
        'https://x.example/s',
        '--no-strip',
        '--format',
        'md',
      ]),
    ).toEqual({
      command: 'extract',
      files: ['a.html'],
      url: 'https://x.example/s',
      strip: false,
      format: 'md',
    });
    expect(parseArgs(['extract', '--format=text', 'a.html'])).toMatchObject({
      format: 'text',
      strip: true,
      url: null,
    });
  });

  it("takes an option's value after = or as the next argument", () => {
    for (const argv of [
      ['extract', 'a.html', '--format', 'text', '--url', 'https://x.example/s'],
      ['extract', 'a.html', '--format=text', '--url=https://x.example/s'],
    ])
      expect(parseArgs(argv)).toMatchObject({ format: 'text', url: 'https://x.example/s' });
  });

  it("reads every argument after '--' as a file", () => {
    expect(parseArgs(['extract', '--no-strip', '--', '--odd.html', '-'])).toMatchObject({
      files: ['--odd.html', '-'],
      strip: false,
    });
  });

  it.each([
    [[], 'help'],
    [['--help'], 'help'],
    [['extract', '--help'], 'help'],
    [['quotes', 'a.txt', '-h'], 'help'],
    [['--version'], 'version'],
  ])('%j is %s', (argv, command) => {
    expect(parseArgs(argv).command).toBe(command);
  });

  it.each([
    [['frobnicate', 'a.html'], /unknown command/],
    [['extract'], /at least one FILE/],
    [['extract', 'a.html', '--format', 'pdf'], /--format must be one of json, md, text/],
    [['extract', 'a.html', 'b.html', '--format', 'md'], /single file/],
    [['extract', 'a.html', '--url'], /--url needs a value/],
    [['extract', 'a.html', '--url', '--no-strip'], /--url needs a value/],
    [['extract', 'a.html', '--no-strip=yes'], /--no-strip takes no value/],
    [['extract', 'a.html', '-x'], /unknown option '-x'/],
    [['extract', 'a.html', '--url', 'not a url'], /absolute address/],
    [['extract', 'a.html', '--colour'], /unknown option '--colour'/],
    [['quotes', 'a.txt', '--format', 'md'], /--format must be one of json/],
    [['quotes', 'a.txt', '--no-strip'], /unknown option/],
    [['extract', '-', '-'], /only once/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
    // One line: the usage text follows it.
    expect(() => parseArgs(argv)).not.toThrow(/\n/);
  });
});

describe('verbatim extract', () => {
  it('prints one JSON object for one file, with every contract field', () => {
    const { code, out, err } = cli(['extract', fx('pompeo-nkorea.html')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual([
      'file',
      'ok',
      'title',
      'byline',
      'siteName',
      'published',
      'lang',
      'dir',
      'text',
      'html',
      'removed',
      'quotes',
      'speakers',
    ]);
    expect(json).toMatchObject({
      file: fx('pompeo-nkorea.html'),
      ok: true,
      byline: 'Hannah Rogers',
      published: '2018-10-08',
      dir: null,
    });
    expect(json.text.split('\n\n')[0]).toMatch(/^US Secretary of State Mike Pompeo held talks/);
  });

  it('prints JSON Lines in the order given for several files, and exits 3 when one has no article', () => {
    const { code, out } = cli([
      'extract',
      fx('rich-article.html'),
      fx('homepage.html'),
      fx('pompeo-nkorea.html'),
    ]);
    expect(code).toBe(3);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [path.basename(l.file), l.ok])).toEqual([
      ['rich-article.html', true],
      ['homepage.html', false],
      ['pompeo-nkorea.html', true],
    ]);
    expect(lines[1]).toEqual({
      file: fx('homepage.html'),
      ok: false,
      error: 'no-article',
      message: expect.any(String),
    });
  });

  it('exits 1 naming a missing file on one line, and still prints the others', () => {
    const { code, out, err } = cli(['extract', fx('nope.html'), fx('rich-article.html')]);
    expect(code).toBe(1);
    expect(err).toBe(`verbatim: ${fx('nope.html')}: no such file\n`);
    const [missing, found] = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(missing).toEqual({
      file: fx('nope.html'),
      ok: false,
      error: 'unreadable',
      message: 'no such file',
    });
    expect(found.ok).toBe(true);
  });

  it('exits 2 with usage for bad arguments, and prints no stack trace', () => {
    const { code, out, err } = cli(['extract', '--format', 'pdf', 'x.html']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^verbatim: --format must be one of json, md, text, not 'pdf'\nUsage:/);
    expect(err).not.toMatch(/\bat \S+ \(/);
  });

  it('hides unrelated stories, and keeps them with --no-strip', () => {
    const stripped = JSON.parse(cli(['extract', fx('pompeo-nkorea.html')]).out);
    expect(stripped.text).not.toContain('Jose Mourinho');
    expect(stripped.removed).toContainEqual({
      reason: 'unrelated-story',
      text: 'Jose Mourinho Explains Away Early Arrival Amid Claims Of Being Sacked',
    });
    const kept = JSON.parse(cli(['extract', fx('pompeo-nkorea.html'), '--no-strip']).out);
    expect(kept.text).toContain('Jose Mourinho Explains Away Early Arrival');
    expect(kept.removed).toEqual([]);
  });

  it('resolves links against --url', () => {
    const { out } = cli([
      'extract',
      fx('rich-article.html'),
      '--url',
      'https://herald.example/transport/trams',
    ]);
    expect(JSON.parse(out).html).toContain(
      'href="https://herald.example/transport/tram-plan-2020"',
    );
  });

  it('reads standard input', () => {
    const { code, out } = cli(['extract', '-'], readFileSync(fx('rich-article.html'), 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      file: '-',
      ok: true,
      title: expect.stringContaining('tram network'),
    });
  });

  it('prints Markdown', () => {
    const { code, out } = cli([
      'extract',
      fx('rich-article.html'),
      '--format',
      'md',
      '--url',
      'https://herald.example/t',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# How the city rebuilt its tram network in four years\n\n/);
    expect(out).toContain('## What it cost');
    expect(out).toContain('| Line | Budget (million) | Spent (million) |\n| --- | --- | --- |');
    expect(out).toContain('- Open each line when it is ready, not when the whole network is.');
    expect(out).toContain('> We did not build a network.');
    expect(out).toContain('```\nif (junction.isClear() && tram.hasPriority()) {');
    expect(out).toContain('[The original plan](https://herald.example/transport/tram-plan-2020)');
    expect(out).toContain(
      '![A tram leaving the Quay Street depot at dawn](https://herald.example/img/tram-depot.jpg)',
    );
  });

  it('prints plain text', () => {
    const { out } = cli(['extract', fx('pompeo-nkorea.html'), '--format', 'text']);
    expect(out).toMatch(
      /^Pompeo: ‘Significant progress’ made on NKorea denuke trip\n\nUS Secretary of State/,
    );
  });
});

describe('verbatim quotes', () => {
  it('reads a .txt file and prints file, quotes and speakers', () => {
    const { code, out } = cli(['quotes', fx('seed/pompeo-nkorea.txt')]);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual(['file', 'quotes', 'speakers']);
  });
  // A saved news page keeps scripts and styles inside <body>; their strings are code, not quotes.
  it('reads an .html file as the text a reader sees, not its scripts, styles or templates', () => {
    const { code, out } = cli(['quotes', fx('scripts-in-body.html')]);
    expect(code).toBe(0);
    const quotes = JSON.parse(out).quotes as { text: string; speaker: string | null }[];
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Today's second hearing is over", 'Stephanie Grisham'],
      ["We should be supporting Ukraine's democracy.", 'Kurt Volker'],
    ]);
  });
});

describe('the built command', () => {
  const bin = path.join(ROOT, 'bin/verbatim.js');
  // Each test starts one Node process, with node itself (npx would add its own start-up, twice
  // over). A start-up takes most of a second on an idle 2-core machine and several when the other
  // test files load it, so each gets its own test and a budget well above the 5 s default.
  const spawning = { timeout: 30_000 };
  const verbatim = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('is built', () => {
    expect(existsSync(path.join(ROOT, 'build/cli/verbatim.mjs')), 'run npm run build first').toBe(
      true,
    );
  });

  it('prints an article and exits 0', spawning, () => {
    const ok = verbatim('extract', fx('rich-article.html'));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).ok).toBe(true);
  });

  it('exits 1 for a missing file, with one line on stderr', spawning, () => {
    const bad = verbatim('extract', fx('missing.html'));
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for bad arguments', spawning, () => {
    expect(verbatim('extract').status).toBe(2);
  });

  it('prints its version', spawning, () => {
    expect(verbatim('--version').stdout.trim()).toBe(
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    );
  });
});
