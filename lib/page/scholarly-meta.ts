/** Reads any page whose metadata names a scholarly article: Highwire `citation_*`, Dublin Core or Open Graph tags. */
import { arxivIdFromUrl, type ArxivId } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { arxivIdOfDoi, doiOfLandingUrl, firstArxivId, firstDoi } from './identifiers';
import { canonicalUrl, metaContent, metaContents } from './meta';
import { pagePaper, type PaperFields } from './page-paper';
import { abstractText, isoDate, personName, withoutAbstractHeading } from './text';

/** What one metadata vocabulary says about the page's article. */
interface MetaSource {
  /** True when this vocabulary alone shows that the page is a scholarly article. */
  namesArticle: boolean;
  title: string | undefined;
  authors: string[];
  abstract: string | undefined;
  doi: string | undefined;
  arxivId: ArxivId | null;
  /** The raw value of the vocabulary's first date tag present. */
  date: string | undefined;
}

/** Highwire date tags, most specific to the paper first: bioRxiv's `citation_publication_date` is a placeholder (YYYY/01/01). */
const HIGHWIRE_DATES = ['citation_date', 'citation_publication_date', 'citation_online_date', 'citation_cover_date'];
/** Highwire tags that may hold an arXiv URL when the article is also an arXiv preprint. */
const HIGHWIRE_LINKS = ['citation_arxiv_id', 'citation_pdf_url', 'citation_abstract_html_url', 'citation_full_html_url', 'citation_public_url'];

function firstMeta(document: Document, names: readonly string[]): string | undefined {
  return names.map((name) => metaContent(document, name)).find((value) => value !== undefined);
}

/** An abstract given in a meta tag, which bioRxiv writes as HTML (`<h3>ABSTRACT</h3><p>…`) and others as text. */
function abstractFromMeta(document: Document, content: string | undefined): string | undefined {
  if (content === undefined || !/<\/?[a-z][^>]*>/i.test(content)) {
    return content === undefined ? undefined : withoutAbstractHeading(content);
  }
  // A template parses the markup without running or fetching anything in it.
  const template = document.createElement('template');
  template.innerHTML = content;
  return abstractText(template.content);
}

function highwire(document: Document): MetaSource {
  const title = metaContent(document, 'citation_title');
  const doi = firstDoi(metaContents(document, 'citation_doi'));
  return {
    namesArticle: title !== undefined,
    title,
    authors: metaContents(document, 'citation_author').map(personName),
    abstract: abstractFromMeta(document, metaContent(document, 'citation_abstract')),
    doi,
    arxivId: firstArxivId(HIGHWIRE_LINKS.map((name) => metaContent(document, name))) ?? arxivIdOfDoi(doi),
    date: firstMeta(document, HIGHWIRE_DATES),
  };
}

function dublinCore(document: Document, landingDoi: string | undefined): MetaSource {
  // DCMI's two namespaces: the legacy elements (`DC.title`) and the terms (`DCTERMS.title`).
  const terms = (term: string): string[] => [...metaContents(document, `dc.${term}`), ...metaContents(document, `dcterms.${term}`)];
  const [title] = terms('title');
  const creators = terms('creator');
  const identifiers = terms('identifier');
  const doi = firstDoi(identifiers);
  const arxivId = firstArxivId(identifiers) ?? arxivIdOfDoi(doi);
  const identified = doi !== undefined || arxivId !== null || landingDoi !== undefined;
  return {
    // Content sites put `DC.title` on every page; only an article identifier makes it a paper.
    namesArticle: title !== undefined && identified,
    title,
    authors: (creators.length > 0 ? creators : terms('contributor')).map(personName),
    abstract: [...terms('description'), ...terms('abstract')].map(withoutAbstractHeading)[0],
    doi,
    arxivId,
    date: [...terms('date'), ...terms('issued')][0],
  };
}

function openGraph(document: Document, landingDoi: string | undefined): MetaSource {
  const title = metaContent(document, 'og:title');
  const ogUrl = metaContent(document, 'og:url');
  const doi = doiOfLandingUrl(ogUrl);
  const arxivId = arxivIdFromUrl(ogUrl ?? '') ?? arxivIdOfDoi(doi);
  const identified = doi !== undefined || arxivId !== null || landingDoi !== undefined;
  return {
    // Every blog post is an `og:type` article; only an article identifier makes it a paper.
    namesArticle: metaContent(document, 'og:type')?.toLowerCase() === 'article' && title !== undefined && identified,
    title,
    authors: [],
    abstract: metaContent(document, 'og:description'),
    doi,
    arxivId,
    date: metaContent(document, 'article:published_time'),
  };
}

/**
 * The article fields in the page's metadata, or null when no vocabulary names a scholarly article: Highwire
 * `citation_title` does; Dublin Core and Open Graph (`og:type` article) need a DOI or arXiv id besides,
 * in their tags or in the page's `/doi/` landing URL. Each field comes from the first vocabulary that has it,
 * Highwire before Dublin Core before Open Graph; the date from the first date tag present.
 *
 * @example
 * scholarlyMetaFields(document, new URL('https://hal.science/jpa-00235190'));
 * // { title: 'Déplacement de Knight dans les alliages', authors: ['Jacques Friedel'], abstract: 'Des calculs …',
 * //   doi: '10.1051/jphysrad:01955001606044400' }
 */
export function scholarlyMetaFields(document: Document, url: URL): PaperFields | null {
  const landingDoi = doiOfLandingUrl(canonicalUrl(document, url)) ?? doiOfLandingUrl(url.href);
  const sources = [highwire(document), dublinCore(document, landingDoi), openGraph(document, landingDoi)];
  if (!sources.some((source) => source.namesArticle)) return null;

  const first = <T>(field: (source: MetaSource) => T | undefined | null): T | undefined =>
    sources.map(field).find((value): value is T => value !== undefined && value !== null);
  const title = first((source) => source.title);
  if (title === undefined) return null;
  const doi = first((source) => source.doi) ?? landingDoi;
  const arxivId = first((source) => source.arxivId);
  const rawDate = first((source) => source.date);
  const date = rawDate === undefined ? undefined : isoDate(rawDate);
  return {
    title,
    authors: first((source) => (source.authors.length > 0 ? source.authors : undefined)) ?? [],
    abstract: first((source) => source.abstract) ?? '',
    ...(arxivId !== undefined && { arxivId: arxivId.id }),
    ...(doi !== undefined && { doi }),
    ...(date !== undefined && { date }),
  };
}

/**
 * The paper any scholarly page describes in its metadata (see `scholarlyMetaFields`), keyed by its arXiv id,
 * else its DOI, else its title; null when the metadata names no scholarly article.
 *
 * @example
 * readScholarlyMeta(document, new URL('https://hal.science/jpa-00235190'));
 * // { key: 'doi:10.1051/jphysrad:01955001606044400', doi: '10.1051/jphysrad:01955001606044400',
 * //   title: 'Déplacement de Knight dans les alliages', authors: ['Jacques Friedel'], … }
 */
export function readScholarlyMeta(document: Document, url: URL): Paper | null {
  const fields = scholarlyMetaFields(document, url);
  return fields && pagePaper(fields, url);
}
