/** The hosts of the sites that have a page reader of their own; pages elsewhere get the generic metadata reader. */

export const ARXIV_HOSTS: ReadonlySet<string> = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
export const AR5IV_HOSTS: ReadonlySet<string> = new Set(['ar5iv.labs.arxiv.org', 'ar5iv.org']);
export const ALPHAXIV_HOSTS: ReadonlySet<string> = new Set(['alphaxiv.org', 'www.alphaxiv.org']);
export const HUGGING_FACE_HOSTS: ReadonlySet<string> = new Set(['huggingface.co']);
export const OPENREVIEW_HOSTS: ReadonlySet<string> = new Set(['openreview.net']);
export const ACL_ANTHOLOGY_HOSTS: ReadonlySet<string> = new Set(['aclanthology.org']);
export const SEMANTIC_SCHOLAR_HOSTS: ReadonlySet<string> = new Set(['www.semanticscholar.org', 'semanticscholar.org']);
export const BIORXIV_HOSTS: ReadonlySet<string> = new Set([
  'www.biorxiv.org', 'biorxiv.org', 'www.medrxiv.org', 'medrxiv.org',
]);
