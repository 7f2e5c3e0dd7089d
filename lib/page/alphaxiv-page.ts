/** Reads the paper shown on alphaXiv (`alphaxiv.org/abs/<arXiv id>`, `/overview/<arXiv id>`). */
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { ALPHAXIV_HOSTS } from './hosts';
import { metaContent, metaContents } from './meta';
import { pagePaper, showsOtherArxivPaper } from './page-paper';
import { personName, readableText, withoutAbstractHeading } from './text';

/** alphaXiv titles its pages "<paper title> | alphaXiv". */
function withoutSiteName(title: string | undefined): string | undefined {
  return title?.replace(/\s*[|–-]\s*alphaXiv$/i, '');
}

/**
 * The paper on an alphaXiv page, or null for any other URL or a document whose metadata names another paper.
 * The id comes from the URL; title, authors and abstract from the page's metadata (`citation_*` where
 * present, else Open Graph), the title failing that from its heading. The background completes what is
 * missing from the catalogue, as for a PDF.
 *
 * @example
 * readAlphaxivPage(document, new URL('https://www.alphaxiv.org/abs/2501.11120'));
 * // { key: '2501.11120', arxivId: '2501.11120', title: 'Tell me about yourself: …', … }
 */
export function readAlphaxivPage(document: Document, url: URL): Paper | null {
  const arxivId = ALPHAXIV_HOSTS.has(url.hostname) ? arxivIdFromUrl(url) : null;
  if (!arxivId || showsOtherArxivPaper(document, url, arxivId.id)) return null;
  const heading = document.querySelector('h1');
  const abstract = metaContent(document, 'citation_abstract') ?? metaContent(document, 'og:description') ?? '';
  return pagePaper(
    {
      title:
        metaContent(document, 'citation_title') ??
        withoutSiteName(metaContent(document, 'og:title')) ??
        (heading ? readableText(heading) : ''),
      authors: metaContents(document, 'citation_author').map(personName),
      abstract: withoutAbstractHeading(abstract),
      arxivId: arxivId.id,
      ...(arxivId.version !== undefined && { version: arxivId.version }),
    },
    url,
  );
}
