/** Reads a page's metadata tags: Highwire `citation_*`, Dublin Core `DC.*`, Open Graph `og:*`, the canonical link. */
import { normalizeWhitespace } from './text';

function isCalled(meta: Element, wanted: string): boolean {
  // bioRxiv writes `<meta name="og-title" property="og:title">`, so either attribute may carry the name.
  return [meta.getAttribute('name'), meta.getAttribute('property')].some((key) => key?.toLowerCase() === wanted);
}

/**
 * The non-empty values of every meta tag called `name`, in document order, whitespace-normalised.
 * Matches `name` or `property` (Open Graph uses the latter) case-insensitively, because sites
 * spell Dublin Core both `DC.title` and `dc.Title`.
 *
 * @example
 * metaContents(document, 'citation_author'); // ['Vaswani, Ashish', 'Shazeer, Noam', …]
 * metaContents(document, 'og:title');        // ['Attention Is All You Need']
 */
export function metaContents(document: Document, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const meta of document.querySelectorAll('meta')) {
    const value = normalizeWhitespace(meta.getAttribute('content') ?? '');
    if (value && isCalled(meta, wanted)) values.push(value);
  }
  return values;
}

/**
 * The first non-empty value of the meta tag called `name`, or undefined when the page has none.
 *
 * @example
 * metaContent(document, 'citation_title'); // 'Attention Is All You Need'
 * metaContent(document, 'citation_doi');   // undefined on a page without one
 */
export function metaContent(document: Document, name: string): string | undefined {
  return metaContents(document, name)[0];
}

/**
 * The page's canonical URL (`<link rel="canonical">`), resolved against `url`, or undefined when it names none.
 *
 * @example
 * canonicalUrl(document, new URL('https://ar5iv.org/abs/2310.08560')); // 'https://ar5iv.labs.arxiv.org/html/2310.08560'
 */
export function canonicalUrl(document: Document, url: URL): string | undefined {
  const href = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href')?.trim();
  if (!href) return undefined;
  try {
    return new URL(href, url).href;
  } catch {
    return undefined;
  }
}
