/** The paper sites Sidenote runs on: host permissions, content-script matches and panel embedding all come from here. */
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

/**
 * Match patterns of every host with a page reader of its own. Sites are matched whole: single-page sites
 * (Hugging Face, alphaXiv, OpenReview) reach a paper by in-page navigation from any of their pages.
 */
export const PAPER_SITE_MATCHES: string[] = [
  ARXIV_HOSTS,
  AR5IV_HOSTS,
  ALPHAXIV_HOSTS,
  HUGGING_FACE_HOSTS,
  OPENREVIEW_HOSTS,
  ACL_ANTHOLOGY_HOSTS,
  SEMANTIC_SCHOLAR_HOSTS,
  BIORXIV_HOSTS,
].flatMap((hosts) => [...hosts].map((host) => `https://${host}/*`));
