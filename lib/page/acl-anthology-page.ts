/** Reads the paper shown on an ACL Anthology paper page (`aclanthology.org/<anthology id>/`). */
import type { Paper } from '../paper';
import { ACL_ANTHOLOGY_HOSTS } from './hosts';
import { pagePaper } from './page-paper';
import { scholarlyMetaFields } from './scholarly-meta';
import { abstractText } from './text';

/** Anthology ids: new style `2021.naacl-main.208`, old style `N04-1001`; volume, event and people pages have none. */
const PAPER_PATH = /^\/(?:\d{4}\.[a-z\d-]+\.\d+|[A-Z]\d{2}-\d{4})\/?$/;

/**
 * The paper on an ACL Anthology paper page, or null for any other URL (PDFs, volumes, people, search).
 * Title, authors, DOI and date come from the page's `citation_*` tags; the abstract from its abstract card,
 * because the Anthology writes no `citation_abstract` and its `og:description` is a citation line.
 * Older papers have neither abstract nor DOI, and are keyed by their title.
 *
 * @example
 * readAclAnthologyPage(document, new URL('https://aclanthology.org/2021.naacl-main.208/'));
 * // { key: 'doi:10.18653/v1/2021.naacl-main.208', title: 'How many data points is a prompt worth?',
 * //   authors: ['Teven Le Scao', 'Alexander M. Rush'], date: '2021-06', … }
 */
export function readAclAnthologyPage(document: Document, url: URL): Paper | null {
  if (!ACL_ANTHOLOGY_HOSTS.has(url.hostname) || !PAPER_PATH.test(url.pathname)) return null;
  const fields = scholarlyMetaFields(document, url);
  if (!fields) return null;
  const abstractCard = document.querySelector('.acl-abstract');
  return pagePaper({ ...fields, abstract: abstractCard ? abstractText(abstractCard) : '' }, url);
}
