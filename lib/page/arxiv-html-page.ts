/** Reads the paper shown in arXiv's own HTML view (`arxiv.org/html/<id>`), which LaTeXML renders. */
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { ARXIV_HOSTS } from './hosts';
import { readLatexmlPaper } from './latexml';

/**
 * The paper on an arXiv HTML page, or null for any other URL or a page without a LaTeXML title.
 * The version comes from the URL, as on the abstract page.
 *
 * @example
 * readArxivHtmlPage(document, new URL('https://arxiv.org/html/2501.11120v1/#S2'));
 * // { key: '2501.11120', arxivId: '2501.11120', version: 'v1', title: 'Tell me about yourself: …', … }
 */
export function readArxivHtmlPage(document: Document, url: URL): Paper | null {
  if (!ARXIV_HOSTS.has(url.hostname) || !url.pathname.startsWith('/html/')) return null;
  const arxivId = arxivIdFromUrl(url);
  return arxivId && readLatexmlPaper(document, url, arxivId);
}
