/** The name-table phase on its own: the article's people, their aliases, titles and genders. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/quotes/article.js';
import { genderOf, nameKey, ofPlace, resolveKey, splitTitle } from '../../src/core/quotes/names.js';

const tableOf = (text: string) => readArticle(text).article.names;

describe('name keys and titles', () => {
  it('makes spelling variants meet', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('Kim Jong Un’s')).toBe('kim jong un');
  });

  it('splits the titles before a name off as its role', () => {
    expect(splitTitle('US Secretary of State Mike Pompeo')).toEqual({
      name: 'Mike Pompeo',
      title: 'US Secretary of State',
    });
    expect(splitTitle('Ohio Democratic Party Chairman David Pepper')).toEqual({
      name: 'David Pepper',
      title: 'Ohio Democratic Party Chairman',
    });
  });

  it('keeps the person of "X of Place"', () => {
    expect(ofPlace('Tom Carper of Delaware')).toBe('Tom Carper');
    expect(ofPlace('Department of Justice')).toBe('Department of Justice');
  });
});

describe('the name table', () => {
  const text = [
    'North Korean leader Kim Jong Un met Moon Jae-in on Friday.',
    'Kim smiled. Later Chairman Kim left. The Kim Jong-un era is young.',
  ].join(' ');
  const table = tableOf(text);

  it('resolves a surname, a titled name and a spelling variant to one full name', () => {
    for (const alias of ['Kim', 'Chairman Kim', 'Kim Jong-un', 'Kim Jong Un'])
      expect(resolveKey(table, alias), alias).toBe('kim jong un');
    expect(resolveKey(table, 'Moon')).toBe('moon jae in');
    expect(table.full.get('kim jong un')?.form).toBe('Kim Jong Un');
  });

  it('knows no full name for a name the text never gives in full', () => {
    expect(resolveKey(table, 'Park')).toBeNull();
  });

  it('marks a name written as a bare surname as a person', () => {
    expect(table.full.get('kim jong un')?.person).toBe(true);
    expect(table.full.get('moon jae in')?.person).toBe(false);
  });

  it('keeps the role written before a name, and reads gender from Mr. and pronouns', () => {
    const t = tableOf(
      'US Secretary of State Mike Pompeo flew to Seoul. Mr. Tom Reyes stayed home. ' +
        'Heather Nauert spoke on Tuesday. She was glad.',
    );
    expect(t.full.get('mike pompeo')?.role).toBe('US Secretary of State');
    expect(genderOf(t, 'tom reyes')).toBe('m');
    expect(genderOf(t, 'heather nauert')).toBe('f');
    expect(genderOf(t, 'mike pompeo')).toBeNull();
  });

  it('leaves out organisations and places', () => {
    const t = tableOf('The Ohio Democratic Party met in North Carolina with Ana Ruiz.');
    expect([...t.full.keys()]).toEqual(['ana ruiz']);
  });

  it('lists mentions outside quotations only, subjects marked', () => {
    const t = tableOf(
      'Ana Ruiz spoke. “Tom Reyes is wrong,” she said. The plan pleased Tom Reyes.',
    );
    expect(t.mentions.map((m) => [m.key, m.subject])).toEqual([
      ['ana ruiz', true],
      ['tom reyes', false],
    ]);
  });
});

describe('job titles written before a name', () => {
  it('splits them off as the role: "Harbour Trust Executive Director Nora Vane"', () => {
    expect(splitTitle('Harbour Trust Executive Director Nora Vane')).toEqual({
      name: 'Nora Vane',
      title: 'Harbour Trust Executive Director',
    });
    expect(splitTitle('Council Spokesman Ted Oakes')).toEqual({
      name: 'Ted Oakes',
      title: 'Council Spokesman',
    });
  });
});
