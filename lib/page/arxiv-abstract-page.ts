/** Reads the paper shown on an arXiv abstract page (`arxiv.org/abs/<id>`) into a `Paper`. */
import { arxivIdFromUrl, monthOfArxivId, parseArxivId } from '../ids/arxiv-id';
import { normalizeDoi } from '../ids/doi';
import type { Paper } from '../paper';
import { metaContent, metaContents } from './meta';
import { httpsUrlsIn, normalizeWhitespace } from './text';

const ABSTRACT_PAGE_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

const MONTH_NUMBERS: Readonly<Record<string, string>> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};

/**
 * The element's text as a reader sees it: without arXiv's "Title:"/"Abstract:" descriptors, and with
 * the URLs arXiv shows as "this https URL" links written out again, as they are in the metadata.
 */
function visibleText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const descriptor of copy.querySelectorAll('.descriptor')) descriptor.remove();
  for (const link of copy.querySelectorAll('a[href]')) {
    if (/^this \w+ URL$/.test(normalizeWhitespace(link.textContent ?? ''))) {
      link.textContent = link.getAttribute('href');
    }
  }
  return normalizeWhitespace(copy.textContent ?? '');
}

/** arXiv writes `citation_author` as "Last[ Suffix], First"; people read "First Last". */
function nameFromCitationAuthor(author: string): string {
  const comma = author.indexOf(',');
  if (comma < 0) return author;
  const lastName = author.slice(0, comma).trim();
  const givenNames = author.slice(comma + 1).trim();
  return givenNames ? `${givenNames} ${lastName}` : lastName;
}

function readAuthors(document: Document): string[] {
  const fromMeta = metaContents(document, 'citation_author');
  if (fromMeta.length > 0) return fromMeta.map(nameFromCitationAuthor);
  return Array.from(document.querySelectorAll('div.authors a'), (link) => normalizeWhitespace(link.textContent ?? ''))
    .filter(Boolean);
}

/** The first-version date: `citation_date` (`YYYY/MM/DD`), else the dateline, else the month in the id. */
function readDate(document: Document, arxivId: string): string | undefined {
  const citationDate = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(metaContent(document, 'citation_date') ?? '');
  if (citationDate) return `${citationDate[1]}-${citationDate[2]}-${citationDate[3]}`;
  const dateline = /Submitted on (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})/.exec(document.querySelector('.dateline')?.textContent ?? '');
  const month = dateline?.[2] && MONTH_NUMBERS[dateline[2]];
  if (dateline?.[1] && month) return `${dateline[3]}-${month}-${dateline[1].padStart(2, '0')}`;
  return monthOfArxivId(arxivId);
}

/** arXiv's DOI field may list several DOIs separated by spaces; the first is the paper's. */
function readDoi(document: Document): string | undefined {
  const dois = (metaContent(document, 'citation_doi') ?? '').split(' ').map(normalizeDoi);
  return dois.find((doi): doi is string => doi !== null);
}

/** Category codes such as `cs.CL` or `cond-mat.str-el`, primary first, from "Name (code); Name (code)". */
function readCategories(document: Document): string[] {
  const codeIn = (subject: string): string | undefined => /\(([a-z-]+(?:\.[A-Za-z-]+)?)\)$/.exec(subject.trim())?.[1];
  const primary = codeIn(document.querySelector('span.primary-subject')?.textContent ?? '');
  const all = (document.querySelector('td.subjects')?.textContent ?? '').split(';').map(codeIn);
  return [...new Set([primary, ...all].filter((code): code is string => code !== undefined))];
}

/**
 * The paper on an arXiv abstract page, or null when the URL or document is not a single paper's abstract page.
 * Reads the `citation_*` meta tags arXiv writes for Google Scholar and falls back to the visible markup.
 * The version comes from the URL alone, so an unversioned URL gives a paper without `version`.
 *
 * @example
 * const paper = readArxivAbstractPage(document, new URL(location.href));
 * // on https://arxiv.org/abs/2106.09608v2:
 * // { key: '2106.09608', arxivId: '2106.09608', version: 'v2', title: 'Learning Knowledge Graph-based …',
 * //   authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'], date: '2021-06-17', categories: ['cs.LG', 'cs.AI', 'cs.CL'], … }
 */
export function readArxivAbstractPage(document: Document, url: URL): Paper | null {
  if (!ABSTRACT_PAGE_HOSTS.has(url.hostname) || !url.pathname.startsWith('/abs/')) return null;
  const fromUrl = arxivIdFromUrl(url);
  if (!fromUrl) return null;
  const idOnPage = metaContent(document, 'citation_arxiv_id');
  // A document about another paper than the URL names (a stale DOM after navigation) must not be read as this one.
  if (idOnPage !== undefined && parseArxivId(idOnPage)?.id !== fromUrl.id) return null;

  const title = metaContent(document, 'citation_title') ?? visibleText(document.querySelector('h1.title'));
  if (!title) return null;

  const abstract = metaContent(document, 'citation_abstract') ?? visibleText(document.querySelector('blockquote.abstract'));
  const doi = readDoi(document);
  const date = readDate(document, fromUrl.id);
  return {
    key: fromUrl.id,
    arxivId: fromUrl.id,
    ...(fromUrl.version !== undefined && { version: fromUrl.version }),
    ...(doi !== undefined && { doi }),
    title,
    authors: readAuthors(document),
    abstract,
    ...(date !== undefined && { date }),
    categories: readCategories(document),
    links: httpsUrlsIn(abstract),
    url: url.href,
  };
}
