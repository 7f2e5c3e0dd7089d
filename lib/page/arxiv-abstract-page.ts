/** Reads the paper shown on an arXiv abstract page (`arxiv.org/abs/<id>`) into a `Paper`. */
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { ARXIV_HOSTS } from './hosts';
import { firstDoi } from './identifiers';
import { metaContent, metaContents } from './meta';
import { pagePaper, showsOtherArxivPaper } from './page-paper';
import { isoDate, normalizeWhitespace, personName } from './text';

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

function readAuthors(document: Document): string[] {
  const fromMeta = metaContents(document, 'citation_author');
  if (fromMeta.length > 0) return fromMeta.map(personName);
  return Array.from(document.querySelectorAll('div.authors a'), (link) => normalizeWhitespace(link.textContent ?? ''))
    .filter(Boolean);
}

/** The first-version date: `citation_date` (`YYYY/MM/DD`), else the dateline ("Submitted on 12 Jun 2017"). */
function readDate(document: Document): string | undefined {
  const citationDate = metaContent(document, 'citation_date');
  if (citationDate !== undefined) return isoDate(citationDate);
  const dateline = /Submitted on (\d{1,2} [A-Z][a-z]{2} \d{4})/.exec(document.querySelector('.dateline')?.textContent ?? '');
  return dateline?.[1] === undefined ? undefined : isoDate(dateline[1]);
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
  if (!ARXIV_HOSTS.has(url.hostname) || !url.pathname.startsWith('/abs/')) return null;
  const fromUrl = arxivIdFromUrl(url);
  if (!fromUrl || showsOtherArxivPaper(document, url, fromUrl.id)) return null;

  const abstract = metaContent(document, 'citation_abstract') ?? visibleText(document.querySelector('blockquote.abstract'));
  const doi = firstDoi(metaContents(document, 'citation_doi'));
  const date = readDate(document);
  return pagePaper(
    {
      title: metaContent(document, 'citation_title') ?? visibleText(document.querySelector('h1.title')),
      authors: readAuthors(document),
      abstract,
      arxivId: fromUrl.id,
      ...(fromUrl.version !== undefined && { version: fromUrl.version }),
      ...(doi !== undefined && { doi }),
      ...(date !== undefined && { date }),
      categories: readCategories(document),
    },
    url,
  );
}
