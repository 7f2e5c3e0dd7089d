/** Reads the paper shown on an OpenReview forum page (`openreview.net/forum?id=<forum id>`). */
import type { Paper } from '../paper';
import { OPENREVIEW_HOSTS } from './hosts';
import { metaContent } from './meta';
import { pagePaper } from './page-paper';
import { scholarlyMetaFields } from './scholarly-meta';

/** The forum a PDF link points into (`https://openreview.net/pdf?id=<forum id>`). */
function forumOfPdf(href: string | undefined, url: URL): string | null {
  if (href === undefined) return null;
  try {
    return new URL(href, url).searchParams.get('id');
  } catch {
    return null;
  }
}

/**
 * The paper on an OpenReview forum page, or null for any other URL or a document still showing another forum
 * (OpenReview is a single-page app; its `citation_pdf_url` names the forum the metadata belongs to).
 * OpenReview writes full `citation_*` tags (its `og:` tags are truncated); submissions rarely have a DOI,
 * so most are keyed by their title.
 *
 * @example
 * readOpenReviewPage(document, new URL('https://openreview.net/forum?id=YicbFdNTTy'));
 * // { key: 'title:an-image-is-worth-16x16-words-transformers-for-image-recognition-at-scale',
 * //   title: 'An Image is Worth 16x16 Words: …', authors: ['Alexey Dosovitskiy', …], date: '2021-01-13', … }
 */
export function readOpenReviewPage(document: Document, url: URL): Paper | null {
  const forumId = url.searchParams.get('id');
  if (!OPENREVIEW_HOSTS.has(url.hostname) || url.pathname !== '/forum' || !forumId) return null;
  const pdfForum = forumOfPdf(metaContent(document, 'citation_pdf_url'), url);
  if (pdfForum !== null && pdfForum !== forumId) return null;
  const fields = scholarlyMetaFields(document, url);
  return fields && pagePaper(fields, url);
}
