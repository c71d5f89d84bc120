/**
 * The page's own JSON-LD: the items it declares about itself. Read by the "is it an article"
 * verdict, the metadata readers and the articleBody fallback, always from the page's top-level
 * items and their @graph members (a homepage lists NewsArticle items inside an ItemList, and
 * those are not about the page).
 */

export type JsonLdItem = Record<string, unknown>;

export const ARTICLE_TYPE =
  /^(?:News|Report(?:age)?|Scholarly|Tech|Opinion|Analysis|Review|Background|Satirical|Advertiser|LiveBlog)?(?:Article|BlogPosting|Posting)$/i;

const isItem = (value: unknown): value is JsonLdItem =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Some pages put raw newlines and tabs inside their JSON strings, which JSON.parse refuses. */
function parseLoosely(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Top-level items of every JSON-LD script, with the members of their @graph, in page order. */
export function jsonLdItems(doc: Document): JsonLdItem[] {
  const out: JsonLdItem[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const data = parseLoosely(script.textContent ?? '');
    for (const item of Array.isArray(data) ? data : [data]) {
      if (!isItem(item)) continue;
      out.push(item);
      const graph = item['@graph'];
      if (Array.isArray(graph)) out.push(...graph.filter(isItem));
    }
  }
  return out;
}

export function typesOf(item: JsonLdItem): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

export const isArticleItem = (item: JsonLdItem): boolean =>
  typesOf(item).some((type) => ARTICLE_TYPE.test(type));

/** The page's article items: Article, NewsArticle, BlogPosting and their kin. */
export function articleItems(doc: Document): JsonLdItem[] {
  return jsonLdItems(doc).filter(isArticleItem);
}
