/**
 * Pages from the open web that Verbatim read worse than plain Readability: markup before
 * <html>, a first parse that found little or the wrong box, a verdict that hid short articles,
 * and the strip stage hiding the story's own parts. Each fixture in test/fixtures/web/ stands for
 * one real page, rewritten.
 */
import { describe, expect, it } from 'vitest';
import { wholeDocument } from '../../src/core/extract.js';
import { articleBodyElement, largestProseBlock } from '../../src/core/fallback.js';
import { read } from '../../src/core/read.js';
import type { Article } from '../../src/core/types.js';
import { fixture, fixtureHtml, parse } from './dom.js';

function article(name: string, url = 'https://news.example/story'): Article {
  const result = read(fixture(`web/${name}`), { url });
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.article;
}

describe('pages whose markup does not start with <html>', () => {
  it('gives the document one <html> root, with stray markup at the start of the body', () => {
    const doc = parse(
      '<br><b>Warning</b>: no database<!DOCTYPE html><html><head><title>T</title></head><body><p>Story.</p></body></html>',
    );
    wholeDocument(doc);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('T');
    expect(doc.body.textContent).toBe('Warning: no databaseStory.');
  });

  it('reads a blog post behind a PHP warning, with its title', () => {
    const a = article('php-warning.html');
    expect(a.title).toBe('Neuer Anstrich für das Hafenblog');
    expect(a.paragraphs[0]).toMatch(/^Nachdem ich das Blog zwei Jahre liegen gelassen habe/);
    expect(a.text).toContain('Ich hoffe, euch gefällt der neue Anstrich.');
  });

  it('reads a page saved without an <html> tag', () => {
    const a = article('no-html-tag.html');
    expect(a.text).toContain('Während Sie über den Markt schlendern');
  });
});

describe('fallbacks when the first parse gives little, nothing or the wrong box', () => {
  it('finds the largest block of prose, even inside an <aside> the site wraps its story in', () => {
    const block = largestProseBlock(fixture('web/story-in-aside.html'));
    expect(block?.getAttribute('itemprop')).toBe('articleBody');
    expect(article('story-in-aside.html').text).toContain(
      'Für ihr Buch über die alten Lotsen der Küste hat Ilse Marken den Hafenpreis 2015 erhalten.',
    );
  });

  it("uses the box that shows the page's JSON-LD articleBody when Readability took a dialog", () => {
    const block = articleBodyElement(fixture('web/jsonld-body.html'));
    expect(block?.getAttribute('class')).toContain('entry-extra');
    const a = article('jsonld-body.html');
    expect(a.paragraphs[0]).toMatch(/^Die Hafenstadt ist das Zentrum der Sperre/);
    expect(a.text).toContain('Der Trainer schickt jeden Morgen einen Plan');
    expect(a.text).not.toContain('Passwort');
  });

  it('ignores a JSON-LD articleBody the page does not show', () => {
    const html = fixtureHtml('web/jsonld-body.html').replace(
      /"articleBody":"[^"]*"/,
      '"articleBody":"Nur für Abonnenten: Der ganze Text über die Saison der Ruderer, die Pläne des Trainers und die Zeiten aller Mitglieder steht hier, aber nicht auf der Seite, die jeder sehen kann, und auch nicht in einer Vorschau."',
    );
    expect(articleBodyElement(parse(html))).toBeNull();
  });

  it('prefers a parse about what the title names to a long disclosure', () => {
    const a = article('disclosure-first.html');
    expect(a.paragraphs[0]).toMatch(/^Harbour Air has a new date/);
    expect(a.text).toContain('We are joining a family of some of the best airlines');
  });
});

describe('the verdict: a short item, a post, a song text or a product text is read', () => {
  it('reads a one-paragraph blog post on a site that declares nothing', () => {
    const a = article('short-blog-post.html');
    expect(a.text).toContain('Manchmal überrascht einen der Alltag mit kleinen Freuden.');
    expect(a.text).toContain('Gut investierte zwei Euro, auch wenn die Möwe kein Meisterwerk war!');
  });

  it('reads a song text whose lines are all short, in Chinese and pinyin', () => {
    const a = article('song-lyrics.html');
    expect(a.text).toContain('就放心去吧 我会在这里');
    expect(a.text).toContain('Hai bian de feng chui guo le gang kou');
    expect(a.text).toContain('Repeat Chorus');
  });

  it('reads a product description on a shop page with many linked product cards', () => {
    const a = article('product-page.html');
    expect(a.text).toContain('Das Fett legt sich auf die Oberflächen bewegter Teile');
    expect(a.text).toContain('Schützt vor Korrosion durch Salzwasser');
  });

  it('reads the lead of a paywalled article, however short', () => {
    const a = article('paywalled-lead.html');
    expect(a.text).toContain(
      'Eine Schneedecke auf den Solardächern am Hafen kostet nicht nur Strom.',
    );
  });

  it('reads a post whose sub-headings link to the places they describe', () => {
    const a = article('linked-headings-blog.html');
    expect(a.text).toContain('Eine meiner besten Entscheidungen bisher');
    expect(a.text).toContain('Hier gibt es den besten Fischteller');
  });

  it("still says so on a shop's category page", () => {
    const result = read(fixture('web/shop-category.html'), {
      url: 'https://kaiser.example/schmierstoffe',
    });
    expect(result.ok).toBe(false);
  });
});

describe("strip: the story's own parts are not teasers or strays", () => {
  it('keeps a lead classed "teaser-text" and an intro box classed "teaser_…" without links', () => {
    const a = article('teaser-class-lead.html', 'https://tierpark.example/news/turm');
    expect(a.paragraphs[0]).toMatch(/^Tausende Fahrgäste passieren täglich den Hafenbahnhof/);
    expect(a.text).toContain('Wer das Seevogelhaus am Turm unterstützen will');
    expect(a.removed).toEqual([]);
  });

  it('keeps a section under a short question, and the heading and lead that open the story', () => {
    const a = article('section-questions.html', 'https://hafenclub.example/pokal');
    expect(a.text).toContain('Fünf Spielerinnen für den Hafenpokal nominiert');
    expect(a.text).toContain('Anfang März werden an zwei Tagen fünf Matches');
    expect(a.removed).toEqual([]);
  });
});

describe('strip: labels and prompts in German, Spanish and Polish', () => {
  it('removes reading time, contents, contact label, "Mehr zum Thema" and the prompts', () => {
    const a = article('boilerplate-de.html', 'https://garten.example/wurmkiste-1234.html');
    for (const gone of [
      'Lesezeit',
      'Inhaltsverzeichnis',
      'Kontakt:',
      'Mehr zum Thema',
      'Grundwissen Kompost',
      'Möchten Sie den Artikel teilen?',
      'War der Artikel nützlich?',
    ])
      expect(a.text).not.toContain(gone);
    expect(a.text).toContain('Wer auf dem Balkon Gemüse zieht, braucht Erde');
    expect(a.text).toContain('Nach drei Monaten kann man den ersten Humus ernten.');
    expect(a.paragraphs.filter((p) => p === 'Der Bau der Kiste')).toHaveLength(1);
  });

  it('removes "VEA TAMBIÉN:", "Czytaj też:" pointers and a "Reklama" label', () => {
    const a = article('pointers-es-pl.html', 'https://puerto.example/noticias/muelle-cruceros');
    expect(a.text).not.toMatch(/VEA TAMBIÉN|Czytaj też|Reklama/);
    expect(a.paragraphs).toHaveLength(3);
  });
});

describe('a saved page read without its address', () => {
  it("tells the shop, event and comic links from the site's own by the canonical address", () => {
    const result = read(fixture('web/saved-offsite-links.html'), {});
    if (!result.ok) throw new Error(result.message);
    const a = result.article;
    expect(a.text).toContain('Empfehlungen von Jana:');
    expect(a.text).toContain('Freundlicher Roboter-Spielgefährte: Kobold Mini');
    expect(a.text).toContain('Hier geht’s zur Veranstaltung des Spielevereins');
    expect(a.removed).toEqual([]);
  });

  it('does not trust a canonical address on another site than most of its links', () => {
    const result = read(fixture('web/syndicated-canonical.html'), {});
    if (!result.ok) throw new Error(result.message);
    const a = result.article;
    expect(a.text).toContain('Mit dem Prüfstand kommen neue Antriebe schneller aufs Wasser');
    expect(a.text).not.toContain('Online-Pressemappe');
    expect(a.text).not.toContain('RSS-Feed abonnieren');
  });
});

describe("strip: ids and class names that are the story's own", () => {
  it('keeps sections named for the contents\' anchors ("TOC_TITLE_2", "nav_…_1")', () => {
    const a = article('anchor-ids.html', 'https://tides.example/guide/measure-the-tide');
    expect(a.text).toContain('It can be frustrating to look at the creek');
    expect(a.text).toContain('Floats in a pipe have been used to record the tide');
    expect(a.paragraphs).toContain('Only the pencil is left');
    expect(a.removed).toEqual([]);
  });

  it('keeps an intro box classed "teaser_…" whose only link is a sign-up button', () => {
    const a = article('intro-box-button.html', 'https://www.hafenfaehren.example/mitmachen/tests');
    expect(a.text).toContain('Wir zählen auf Ihre Meinung');
    expect(a.text).toContain('können Sie die Einstellung ganz einfach in Ihrem Profil anpassen');
    expect(a.removed).toEqual([]);
  });

  it("keeps an interview's footnote, an asterisk line and the paragraph under it", () => {
    const a = article('interview-footnote.html', 'https://hafenmagazin.example/chor-am-hafen');
    expect(a.text).toContain('*Interview: Schwester Marta Lühr');
    expect(a.text).toContain('Über das Kloster Sankt Nikolai: Eine 1998 gegründete');
    expect(a.removed).toEqual([]);
  });

  it("hides a theme's sidebar widgets under a short blog post", () => {
    const a = article('blog-sidebar.html', 'https://hafenbild.example/2020/01/05/abendlicht-2/');
    expect(a.text).toContain('Wäre die Möwe ein Komet gewesen');
    expect(a.text).not.toContain('Hinweis zum Copyright');
    expect(a.text).not.toContain('Haftung für externe Links');
    expect(a.text).not.toContain('Meine Schubladen');
  });
});

describe("strip: a table's rows and a writer's emoticon are the page's", () => {
  it('keeps a table of platforms linking to their pages, and a closing "=)"', () => {
    const a = article('table-and-emoticon.html', 'https://harbourlog.example/client/install/');
    expect(a.text).toContain('Harbour Log for Mac (desktop)');
    expect(a.text).toContain('Harbour Log for Windows (desktop)');
    expect(a.paragraphs).toContain('=)');
    expect(a.removed).toEqual([]);
  });
});
