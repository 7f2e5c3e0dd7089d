/** Reads the preprint shown on a bioRxiv or medRxiv article page (`biorxiv.org/content/10.1101/<id>v<n>`). */
import type { Paper } from '../paper';
import { BIORXIV_HOSTS } from './hosts';
import { pagePaper } from './page-paper';
import { scholarlyMetaFields } from './scholarly-meta';
import { abstractText } from './text';

/** `/content/<DOI>` with the version shown (`v3`) and a view or format (`.full`, `.abstract`, `.full.pdf`) after it. */
const ARTICLE_PATH = /^\/content\/10\.1101\/[\d.]+?(v\d+)?(?:\.[a-z-]+)?(?:\.pdf)?\/?$/;

/**
 * The preprint on a bioRxiv or medRxiv article page, or null for any other URL or a page without metadata.
 * The Highwire tags give title, authors, DOI and posting date; the abstract is read from the page, where
 * citation markers are links that can be dropped (in `citation_abstract` they are bare superscript digits).
 * The version shown (`v3`) comes from the URL; the key is the DOI, shared by all versions.
 *
 * @example
 * readBiorxivPage(document, new URL('https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3'));
 * // { key: 'doi:10.1101/2020.03.22.002386', doi: '10.1101/2020.03.22.002386', version: 'v3',
 * //   title: 'A SARS-CoV-2-Human Protein-Protein Interaction Map …', date: '2020-03-27', … }
 */
export function readBiorxivPage(document: Document, url: URL): Paper | null {
  const path = ARTICLE_PATH.exec(url.pathname);
  if (!BIORXIV_HOSTS.has(url.hostname) || !path) return null;
  const fields = scholarlyMetaFields(document, url);
  if (!fields) return null;
  const abstractSection = document.querySelector('.section.abstract');
  const version = path[1];
  return pagePaper(
    {
      ...fields,
      ...(abstractSection && { abstract: abstractText(abstractSection) }),
      ...(version !== undefined && { version }),
    },
    url,
  );
}
