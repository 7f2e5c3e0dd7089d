/** Reads the paper shown on a Semantic Scholar paper page (`semanticscholar.org/paper/<slug>/<paper id>`). */
import type { Paper } from '../paper';
import { SEMANTIC_SCHOLAR_HOSTS } from './hosts';
import { arxivIdOfDoi, firstArxivId, firstDoi } from './identifiers';
import { canonicalUrl } from './meta';
import { pagePaper } from './page-paper';
import { scholarlyMetaFields } from './scholarly-meta';
import { isoDate, normalizeWhitespace } from './text';

/** The schema.org `Article` Semantic Scholar describes its paper with, in the page's JSON-LD. */
interface JsonLdArticle {
  abstract?: unknown;
  /** The TLDR Semantic Scholar generates. */
  about?: unknown;
  datePublished?: unknown;
  sameAs?: unknown;
  mainEntity?: unknown;
}

const PAPER_ID = /\/([0-9a-f]{40})\/?$/;

function isArticle(value: unknown): value is JsonLdArticle {
  return typeof value === 'object' && value !== null && (value as { '@type'?: unknown })['@type'] === 'Article';
}

/** The first `Article` anywhere in the JSON-LD blocks; Semantic Scholar nests it in `@graph`, inside an array. */
function jsonLdArticle(document: Document): JsonLdArticle | undefined {
  const pending: unknown[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      pending.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block tells nothing; the meta tags remain.
    }
  }
  while (pending.length > 0) {
    const value = pending.shift();
    if (isArticle(value)) return value;
    if (Array.isArray(value)) pending.push(...value);
    else if (typeof value === 'object' && value !== null) pending.push(...Object.values(value));
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? normalizeWhitespace(value) : undefined;
}

/** Semantic Scholar writes its machine TLDR in front of the authors' abstract; readers want the abstract. */
function authorsAbstract(article: JsonLdArticle): string | undefined {
  const abstract = text(article.abstract);
  const tldr = text(article.about);
  return tldr !== undefined && abstract?.startsWith(`${tldr} `) ? abstract.slice(tldr.length + 1) : abstract;
}

/**
 * The paper on a Semantic Scholar paper page, or null for any other URL (search, authors, the reader) or
 * a document the single-page app has not yet switched to the URL's paper. Title and authors come from the
 * `citation_*` tags; the full abstract, publication date and DOI from the JSON-LD and the DOI link,
 * because the tags carry only the year and the visible abstract is cut short.
 *
 * @example
 * readSemanticScholarPage(document, new URL('https://www.semanticscholar.org/paper/Where-the-Crosswalk-Ends%3A-…/704dde842312c5eabb8c76ecf86b48e9fe68e4fe'));
 * // { key: 'doi:10.1177/23998083221081530', title: 'Where the Crosswalk Ends: …', authors: ['Marcel E. Moran'],
 * //   date: '2022-04-04', … }
 */
export function readSemanticScholarPage(document: Document, url: URL): Paper | null {
  const paperId = PAPER_ID.exec(url.pathname)?.[1];
  if (!SEMANTIC_SCHOLAR_HOSTS.has(url.hostname) || !url.pathname.startsWith('/paper/') || !paperId) return null;
  const canonicalId = PAPER_ID.exec(new URL(canonicalUrl(document, url) ?? url.href).pathname)?.[1];
  if (canonicalId !== undefined && canonicalId !== paperId) return null;

  const fields = scholarlyMetaFields(document, url);
  if (!fields) return null;
  const article = jsonLdArticle(document);
  const links = [document.querySelector('a.doi__link')?.getAttribute('href') ?? undefined, text(article?.sameAs), text(article?.mainEntity)];
  const doi = fields.doi ?? firstDoi(links);
  const arxivId = fields.arxivId ?? (firstArxivId(links) ?? arxivIdOfDoi(doi))?.id;
  const date = fields.date ?? isoDate(text(article?.datePublished) ?? '');
  return pagePaper(
    {
      ...fields,
      abstract: (article && authorsAbstract(article)) ?? fields.abstract,
      ...(doi !== undefined && { doi }),
      ...(arxivId !== undefined && { arxivId }),
      ...(date !== undefined && { date }),
    },
    url,
  );
}
