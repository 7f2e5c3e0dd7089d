/** Turns what a page reader found into a `Paper`, and spots documents that show another paper than their URL. */
import { titleSlug } from '../catalogue/record';
import { arxivIdFromUrl, monthOfArxivId, parseArxivId } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { MESSAGE_LIMITS } from '../messaging/validate';
import { canonicalUrl, metaContent } from './meta';
import { httpsUrlsIn, safePageText } from './text';

/** The fields a page reader found; text already clean, the DOI normalised, the date `YYYY-MM[-DD]`. */
export interface PaperFields {
  title: string;
  authors: string[];
  abstract: string;
  /** arXiv id without version. */
  arxivId?: string;
  /** The version the page shows (`v2`), of an arXiv paper or a preprint. */
  version?: string;
  doi?: string;
  date?: string;
  categories?: string[];
}

/**
 * The key of a paper read from a page: its arXiv id when known, else `doi:<doi>`, else a slug of its title.
 *
 * @example
 * paperKey({ arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', title: 'Attention Is All You Need' }); // '1706.03762'
 * paperKey({ doi: '10.18653/v1/2021.naacl-main.208', title: 'How many data points is a prompt worth?' });    // 'doi:10.18653/v1/2021.naacl-main.208'
 * paperKey({ title: 'A Statistical Model' });                                                                 // 'title:a-statistical-model'
 */
export function paperKey(fields: Pick<PaperFields, 'arxivId' | 'doi' | 'title'>): string {
  if (fields.arxivId) return fields.arxivId;
  if (fields.doi) return `doi:${fields.doi}`;
  return titleSlug(fields.title);
}

/**
 * The `Paper` a reader found on the page at `url`, or null when it found no title (a page still loading,
 * an error page): a paper without a title cannot be shown or searched for.
 * Links are the https URLs in the abstract; an arXiv paper without a date gets the month of its id.
 *
 * @example
 * pagePaper({ title: 'MemGPT: Towards LLMs as Operating Systems', authors: ['Charles Packer'], abstract: '…',
 *   arxivId: '2310.08560' }, new URL('https://ar5iv.labs.arxiv.org/html/2310.08560'));
 * // { key: '2310.08560', arxivId: '2310.08560', title: 'MemGPT: …', date: '2023-10', categories: [], links: [], url: '…' }
 */
export function pagePaper(fields: PaperFields, url: URL): Paper | null {
  const title = safePageText(fields.title, MESSAGE_LIMITS.title);
  if (!title.trim()) return null;
  const abstract = safePageText(fields.abstract, MESSAGE_LIMITS.abstract);
  // A DOI too long for a key is no DOI any site gives; keeping it would make the worker refuse the paper.
  const doi = fields.doi !== undefined && `doi:${fields.doi}`.length <= MESSAGE_LIMITS.key ? safePageText(fields.doi, MESSAGE_LIMITS.key) : undefined;
  const date = fields.date ?? (fields.arxivId === undefined ? undefined : monthOfArxivId(fields.arxivId));
  return {
    key: paperKey({ ...fields, title, doi }),
    ...(fields.arxivId !== undefined && { arxivId: fields.arxivId }),
    ...(fields.version !== undefined && { version: fields.version }),
    ...(doi !== undefined && { doi }),
    title,
    // Hostile or huge pages (10,000 authors, megabyte fields) are cut to what the worker accepts, not refused.
    authors: boundedList(fields.authors, MESSAGE_LIMITS.authors, MESSAGE_LIMITS.author),
    abstract,
    ...(date !== undefined && { date }),
    categories: boundedList(fields.categories ?? [], MESSAGE_LIMITS.list, MESSAGE_LIMITS.item),
    links: httpsUrlsIn(abstract).filter((link) => link.length <= MESSAGE_LIMITS.item).slice(0, MESSAGE_LIMITS.list),
    ...(url.href.length <= MESSAGE_LIMITS.item && { url: url.href }),
  };
}

function boundedList(items: readonly string[], maxItems: number, maxLength: number): string[] {
  return items.slice(0, maxItems).map((item) => safePageText(item, maxLength));
}

/**
 * True when the document's own metadata (`citation_arxiv_id`, `og:url`, the canonical link) names another
 * arXiv paper than `arxivId`: a stale document after a single-page site changed its URL, or a page that
 * redirected elsewhere. Such a document must not be read as the paper of the URL.
 *
 * @example
 * showsOtherArxivPaper(documentOf1706_03762, new URL('https://arxiv.org/abs/2106.09608'), '2106.09608'); // true
 */
export function showsOtherArxivPaper(document: Document, url: URL, arxivId: string): boolean {
  const named = [
    parseArxivId(metaContent(document, 'citation_arxiv_id') ?? ''),
    arxivIdFromUrl(metaContent(document, 'og:url') ?? ''),
    arxivIdFromUrl(canonicalUrl(document, url) ?? ''),
  ];
  return named.some((id) => id !== null && id.id !== arxivId);
}
