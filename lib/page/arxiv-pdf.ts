/** Recognises arXiv PDF URLs, whose document (a PDF viewer) holds no metadata to read. */
import { arxivIdFromUrl, type ArxivId } from '../ids/arxiv-id';
import { ARXIV_HOSTS } from './hosts';

/**
 * The arXiv id of a PDF URL (`/pdf/<id>`, with or without version and `.pdf`), or null for any other URL.
 * The title and abstract must come from elsewhere: the catalogue, the bookmarks or the abstract page.
 *
 * @example
 * pdfArxivId(new URL('https://arxiv.org/pdf/2106.09608v2.pdf')); // { id: '2106.09608', version: 'v2' }
 * pdfArxivId(new URL('https://arxiv.org/pdf/hep-th/9901001'));   // { id: 'hep-th/9901001' }
 * pdfArxivId(new URL('https://arxiv.org/abs/2106.09608'));       // null
 */
export function pdfArxivId(url: URL): ArxivId | null {
  if (!ARXIV_HOSTS.has(url.hostname) || !url.pathname.startsWith('/pdf/')) return null;
  return arxivIdFromUrl(url);
}
