/** Decides what kind of page a document is and reads its paper: the one entry point of the page readers. */
import { arxivIdFromUrl, type ArxivId } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { readAclAnthologyPage } from './acl-anthology-page';
import { readAlphaxivPage } from './alphaxiv-page';
import { readAr5ivPage } from './ar5iv-page';
import { readArxivAbstractPage } from './arxiv-abstract-page';
import { readArxivHtmlPage } from './arxiv-html-page';
import { listedArxivIds } from './arxiv-listing';
import { pdfArxivId } from './arxiv-pdf';
import { readBiorxivPage } from './biorxiv-page';
import {
  ACL_ANTHOLOGY_HOSTS, ALPHAXIV_HOSTS, AR5IV_HOSTS, ARXIV_HOSTS, BIORXIV_HOSTS, HUGGING_FACE_HOSTS, OPENREVIEW_HOSTS,
  SEMANTIC_SCHOLAR_HOSTS,
} from './hosts';
import { readHuggingFacePage } from './huggingface-page';
import { readOpenReviewPage } from './openreview-page';
import { readScholarlyMeta } from './scholarly-meta';
import { readSemanticScholarPage } from './semantic-scholar-page';

/** The kinds of page Sidenote tells apart: one per site reader, the generic metadata reader, and arXiv listings. */
export type PageKind =
  | 'arxiv-abs' | 'arxiv-pdf' | 'arxiv-html' | 'ar5iv' | 'alphaxiv' | 'huggingface' | 'openreview'
  | 'acl-anthology' | 'semantic-scholar' | 'biorxiv' | 'scholarly-meta' | 'arxiv-listing';

/** What a page shows. */
export interface PageDetection {
  kind: PageKind;
  /**
   * The paper read from the page; null where the page names a paper without showing its metadata
   * (an arXiv PDF, a single-page site still rendering; see `arxivId`) and on listings.
   */
  paper: Paper | null;
  /** The arXiv paper the URL names, given when `paper` is null, for the background to fill in from the catalogue or the abstract page. */
  arxivId?: ArxivId;
  /** Listing pages: every arXiv id listed, in page order, for badging. */
  listedIds?: string[];
}

type Detector = (document: Document, url: URL) => PageDetection | null;

function paperPage(kind: PageKind, read: (document: Document, url: URL) => Paper | null): Detector {
  return (document, url) => {
    const paper = read(document, url);
    return paper && { kind, paper };
  };
}

/**
 * On single-page sites the URL changes before the view does, so a paper page whose paper cannot be read
 * (yet, or without contradiction) is still known by the arXiv id in its URL.
 */
function singlePageSitePaper(kind: PageKind, hosts: ReadonlySet<string>, read: (document: Document, url: URL) => Paper | null): Detector {
  return (document, url) => {
    if (!hosts.has(url.hostname)) return null;
    const paper = read(document, url);
    if (paper) return { kind, paper };
    const arxivId = arxivIdFromUrl(url);
    return arxivId && { kind, paper: null, arxivId };
  };
}

/** Each site's reader checks its own URLs and answers null for any other, so the order only matters for speed. */
const SITE_DETECTORS: readonly Detector[] = [
  paperPage('arxiv-abs', readArxivAbstractPage),
  (_, url) => {
    const arxivId = pdfArxivId(url);
    return arxivId && { kind: 'arxiv-pdf', paper: null, arxivId };
  },
  paperPage('arxiv-html', readArxivHtmlPage),
  (document, url) => {
    const listedIds = listedArxivIds(document, url);
    return listedIds && { kind: 'arxiv-listing', paper: null, listedIds };
  },
  paperPage('ar5iv', readAr5ivPage),
  singlePageSitePaper('alphaxiv', ALPHAXIV_HOSTS, readAlphaxivPage),
  singlePageSitePaper('huggingface', HUGGING_FACE_HOSTS, readHuggingFacePage),
  paperPage('openreview', readOpenReviewPage),
  paperPage('acl-anthology', readAclAnthologyPage),
  paperPage('semantic-scholar', readSemanticScholarPage),
  paperPage('biorxiv', readBiorxivPage),
];

/** Hosts whose pages only their own reader may read: elsewhere on them (search, home, a stale view) is no paper. */
const SITE_HOSTS: ReadonlySet<string> = new Set(
  [ARXIV_HOSTS, AR5IV_HOSTS, ALPHAXIV_HOSTS, HUGGING_FACE_HOSTS, OPENREVIEW_HOSTS, ACL_ANTHOLOGY_HOSTS, SEMANTIC_SCHOLAR_HOSTS, BIORXIV_HOSTS]
    .flatMap((hosts) => [...hosts]),
);

/**
 * What the page at `url` shows: a paper (with its kind), an arXiv listing (with the ids listed), or null
 * for a page that is no paper (search results, home pages, a paper site's other pages, any page whose
 * metadata names no scholarly article). Pure: reads `document`, changes nothing.
 *
 * @example
 * detectPaper(document, new URL('https://arxiv.org/abs/1706.03762'));  // { kind: 'arxiv-abs', paper: { key: '1706.03762', … } }
 * detectPaper(document, new URL('https://arxiv.org/pdf/1706.03762v7')); // { kind: 'arxiv-pdf', paper: null, arxivId: { id: '1706.03762', version: 'v7' } }
 * detectPaper(document, new URL('https://arxiv.org/list/cs.CL/new'));  // { kind: 'arxiv-listing', paper: null, listedIds: ['2501.11120', …] }
 * detectPaper(document, new URL('https://hal.science/jpa-00235190'));  // { kind: 'scholarly-meta', paper: { key: 'doi:10.1051/…', … } }
 * detectPaper(document, new URL('https://arxiv.org/search/?query=llm')); // null
 */
export function detectPaper(document: Document, url: URL): PageDetection | null {
  for (const detect of SITE_DETECTORS) {
    const detection = detect(document, url);
    if (detection) return detection;
  }
  if (SITE_HOSTS.has(url.hostname)) return null;
  const paper = readScholarlyMeta(document, url);
  return paper && { kind: 'scholarly-meta', paper };
}
