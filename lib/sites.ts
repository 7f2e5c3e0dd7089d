/** The paper sites Sidenote runs on: host permissions, content-script matches, panel embedding and the per-site switches. */
import {
  ACL_ANTHOLOGY_HOSTS,
  ALPHAXIV_HOSTS,
  AR5IV_HOSTS,
  ARXIV_HOSTS,
  BIORXIV_HOSTS,
  HUGGING_FACE_HOSTS,
  OPENREVIEW_HOSTS,
  SEMANTIC_SCHOLAR_HOSTS,
} from './page/hosts';

/** A kind of site the reader can switch the panel on or off for, with every host it is served from. */
export interface SiteKind {
  name: string;
  hosts: readonly string[];
}

export const SITE_KINDS: readonly SiteKind[] = [
  { name: 'arXiv', hosts: [...ARXIV_HOSTS] },
  { name: 'ar5iv', hosts: [...AR5IV_HOSTS] },
  { name: 'alphaXiv', hosts: [...ALPHAXIV_HOSTS] },
  { name: 'Hugging Face Papers', hosts: [...HUGGING_FACE_HOSTS] },
  { name: 'OpenReview', hosts: [...OPENREVIEW_HOSTS] },
  { name: 'ACL Anthology', hosts: [...ACL_ANTHOLOGY_HOSTS] },
  { name: 'Semantic Scholar', hosts: [...SEMANTIC_SCHOLAR_HOSTS] },
  { name: 'bioRxiv and medRxiv', hosts: [...BIORXIV_HOSTS] },
];

/**
 * Match patterns of every host with a page reader of its own. Sites are matched whole: single-page sites
 * (Hugging Face, alphaXiv, OpenReview) reach a paper by in-page navigation from any of their pages.
 */
export const PAPER_SITE_MATCHES: string[] = SITE_KINDS.flatMap((kind) => kind.hosts.map((host) => `https://${host}/*`));
