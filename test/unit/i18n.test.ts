/**
 * Every language the extension ships is complete and well formed: the keys of the English
 * reference, each message non-empty, the same placeholders, valid JSON. Chrome refuses to load an
 * extension whose messages.json does not parse, and shows the key name for a missing message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REMOVAL_LABELS, type RemovalReason } from '../../src/core/reasons.js';
import { removalMessageKey } from '../../src/reader/App.js';
import { t, useMessagesForTesting } from '../../src/shared/i18n.js';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const LOCALES = join(import.meta.dirname, '../../src/_locales');
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const languages = readdirSync(LOCALES).filter((lang) => lang !== 'en');

/** The `$NAME$` placeholders a message uses and the `$1`… each stands for, sorted. */
function placeholdersOf(entry: Entry): string[] {
  const named = [...entry.message.matchAll(/\$([A-Za-z_]\w*)\$/g)].map((m) => m[1]!.toLowerCase());
  return [...new Set(named)].map((name) => `${name}=${entry.placeholders?.[name]?.content}`).sort();
}

describe('the locales', () => {
  it('ship the languages the issue asks for, one of them right to left', () => {
    expect(languages.sort()).toEqual(['ar', 'de', 'es', 'fr']);
  });

  it('describe every English message for translators, and define each placeholder used', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.description, key).toBeTruthy();
      for (const p of placeholdersOf(entry)) expect(p, key).toMatch(/=\$\d$/);
    }
  });

  it.each(languages)('%s has exactly the English keys, none empty, same placeholders', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholdersOf(entry), `${lang} ${key}`).toEqual(placeholdersOf(english[key]!));
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang} ${key}`).toEqual(
        Object.keys(english[key]!.placeholders ?? {}).sort(),
      );
    }
  });

  it.each(languages)('%s keeps the brand and the key names it must not translate', (lang) => {
    const messages = read(lang);
    expect(messages.extName!.message).toBe('Verbatim');
    expect(messages.aaFontDyslexic!.message).toContain('OpenDyslexic');
  });

  it.each(languages)('%s: the spoken name of "Copy" holds its visible word', (lang) => {
    // WCAG 2.5.3 Label in Name: speech control users say what they see.
    const messages = read(lang);
    expect(messages.sidebarCopyName!.message.toLowerCase()).toContain(
      messages.sidebarCopy!.message.toLowerCase(),
    );
  });

  it('name every reason the strip stage hides a block for', () => {
    for (const reason of Object.keys(REMOVAL_LABELS) as RemovalReason[])
      expect(english[removalMessageKey(reason)], reason).toBeDefined();
  });
});

describe('the store listings', () => {
  const manifest = JSON.parse(readFileSync(join(LOCALES, '../../manifest.json'), 'utf8')) as {
    permissions: string[];
  };
  /** The paragraphs under each "## " heading of store/<lang>.md, in order. */
  const sections = (lang: string): string[] =>
    readFileSync(join(LOCALES, '../../store', `${lang}.md`), 'utf8')
      .split(/^## .*$/m)
      .slice(1)
      .map((text) => text.trim());

  it.each(['en', ...languages])('%s: the short description is the manifest’s', (lang) => {
    const [short, long] = sections(lang);
    const description = read(lang).extDescription!.message;
    expect(short).toBe(description);
    // The Chrome Web Store's limit for the manifest description and the summary.
    expect(description.length).toBeLessThanOrEqual(132);
    expect(long!.length).toBeGreaterThan(500);
  });

  it.each(['en', ...languages])('%s names every permission the extension asks for', (lang) => {
    const permissions = sections(lang)[2]!;
    for (const permission of manifest.permissions) expect(permissions).toContain(permission);
  });
});

describe('t() without a browser', () => {
  afterEach(() => useMessagesForTesting(null));

  it('fills named placeholders the way chrome.i18n does', () => {
    useMessagesForTesting(english);
    expect(t('hiddenCount', '3')).toBe('Unrelated items hidden: 3');
    expect(t('sidebarSpeakerPicked', ['2', 'Ana Ruiz'])).toBe(
      'Quotes by Ana Ruiz highlighted in the article: 2.',
    );
    expect(t('saveAllQuotesAs', '$1.csv')).toBe('Save all quotes as $1.csv');
  });

  it('falls back to the key with no table', () => {
    expect(t('toolbarClose')).toBe('toolbarClose');
  });
});
