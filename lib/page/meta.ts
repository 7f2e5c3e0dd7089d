/** Reads a page's `<meta>` tags: Highwire `citation_*`, Dublin Core `DC.*`, Open Graph `og:*` and the like. */
import { normalizeWhitespace } from './text';

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
    const key = meta.getAttribute('name') ?? meta.getAttribute('property');
    const value = normalizeWhitespace(meta.getAttribute('content') ?? '');
    if (key?.toLowerCase() === wanted && value) values.push(value);
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
