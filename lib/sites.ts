/** The paper sites Sidenote runs on: host permissions, content-script matches and panel embedding all come from here. */

/**
 * Match patterns of the sites with a page reader of their own. Single-page sites (Hugging Face, alphaXiv, OpenReview)
 * are matched whole, because a reader can arrive on a paper by in-page navigation from any of their pages.
 */
export const PAPER_SITE_MATCHES = [
  'https://arxiv.org/*',
  'https://www.arxiv.org/*',
  'https://export.arxiv.org/*',
  'https://ar5iv.labs.arxiv.org/*',
  'https://ar5iv.org/*',
  'https://alphaxiv.org/*',
  'https://www.alphaxiv.org/*',
  'https://huggingface.co/*',
  'https://openreview.net/*',
  'https://aclanthology.org/*',
  'https://www.semanticscholar.org/*',
  'https://www.biorxiv.org/*',
  'https://www.medrxiv.org/*',
];
