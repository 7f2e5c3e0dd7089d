/** Reads the paper shown on ar5iv (`ar5iv.labs.arxiv.org/html/<id>`, `ar5iv.org/abs/<id>`), which LaTeXML renders. */
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { AR5IV_HOSTS } from './hosts';
import { readLatexmlPaper } from './latexml';

/**
 * The paper on an ar5iv page, or null for any other URL or a page without a LaTeXML title.
 * ar5iv renders the latest version and its URLs rarely name one; when they do, the paper keeps it.
 *
 * @example
 * readAr5ivPage(document, new URL('https://ar5iv.labs.arxiv.org/html/2310.08560'));
 * // { key: '2310.08560', arxivId: '2310.08560', title: 'MemGPT: Towards LLMs as Operating Systems', … }
 */
export function readAr5ivPage(document: Document, url: URL): Paper | null {
  if (!AR5IV_HOSTS.has(url.hostname)) return null;
  const arxivId = arxivIdFromUrl(url);
  return arxivId && readLatexmlPaper(document, url, arxivId);
}
