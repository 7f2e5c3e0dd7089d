/** Every kind of paper page Sidenote reads (PDFs apart), each served under its real URL with a paper the test controls. */
import { renderAclAnthologyPage } from '../pages/acl-anthology';
import { renderAlphaxivPage } from '../pages/alphaxiv';
import { renderAbsPage } from '../pages/arxiv-abs';
import { renderBiorxivPage } from '../pages/biorxiv';
import { cataloguePaper } from '../pages/catalogue';
import { renderHuggingFacePaperPage } from '../pages/huggingface';
import { renderAr5ivPage, renderArxivHtmlPage } from '../pages/latexml';
import { renderOpenReviewForumPage } from '../pages/openreview';
import { withDoi } from '../pages/paper-record';
import { OLD_STYLE_ID_PAPER, PROTEIN_PREPRINT } from '../pages/papers-outside-catalogue';
import { renderSemanticScholarPage, semanticScholarPath } from '../pages/semantic-scholar';

export interface PaperPageKind {
  name: string;
  url: string;
  html: string;
  /** The title of the paper the page shows, which the panel's own bookmark toggle must name. */
  title: string;
  /** Inline panels sit in the page's flow and start open; floating ones start collapsed at the window's edge. */
  placement: 'inline' | 'floating';
  /** Selectors of the page's own title and abstract, for checking that the panel covers neither. */
  layout?: { title: string; abstract: string };
}

/** Cases as `[name, case]` rows for `test.each`, so `%s` shows each name whole (vitest quotes and cuts `$name`). */
export function byName<Case extends { name: string }>(cases: readonly Case[]): (readonly [string, Case])[] {
  return cases.map((item) => [item.name, item] as const);
}

const ABS_PAPER = cataloguePaper('2110.05896');
const EXPORT_PAPER = cataloguePaper('2307.01163');
const HTML_PAPER = cataloguePaper('2110.06696');
const AR5IV_PAPER = cataloguePaper('2012.00413');
const ALPHAXIV_PAPER = cataloguePaper('2206.12131');
const HUGGING_FACE_PAPER = cataloguePaper('2310.17271');
const OPENREVIEW_PAPER = cataloguePaper('2212.00460');
const ACL_PAPER = withDoi(cataloguePaper('2205.10687'), '10.18653/v1/2022.acl-long.205');
const SEMANTIC_SCHOLAR_PAPER = cataloguePaper('2104.04052');

const ARXIV_ABS_LAYOUT = { title: 'h1.title', abstract: 'blockquote.abstract' };
const LATEXML_LAYOUT = { title: '.ltx_title_document', abstract: '.ltx_abstract' };

export const PAPER_PAGE_KINDS: readonly PaperPageKind[] = [
  {
    name: 'an arXiv abstract page',
    url: `https://arxiv.org/abs/${ABS_PAPER.arxivId}`,
    html: renderAbsPage(ABS_PAPER),
    title: ABS_PAPER.title,
    placement: 'inline',
    layout: ARXIV_ABS_LAYOUT,
  },
  {
    name: 'an arXiv abstract page on export.arxiv.org',
    url: `https://export.arxiv.org/abs/${EXPORT_PAPER.arxivId}`,
    html: renderAbsPage(EXPORT_PAPER),
    title: EXPORT_PAPER.title,
    placement: 'inline',
    layout: ARXIV_ABS_LAYOUT,
  },
  {
    name: 'the arXiv abstract page of an old-style id outside the catalogue',
    url: `https://arxiv.org/abs/${OLD_STYLE_ID_PAPER.arxivId}`,
    html: renderAbsPage(OLD_STYLE_ID_PAPER),
    title: OLD_STYLE_ID_PAPER.title,
    placement: 'inline',
    layout: ARXIV_ABS_LAYOUT,
  },
  {
    name: 'arXiv’s HTML view',
    url: `https://arxiv.org/html/${HTML_PAPER.arxivId}v1`,
    html: renderArxivHtmlPage(HTML_PAPER),
    title: HTML_PAPER.title,
    placement: 'inline',
    layout: LATEXML_LAYOUT,
  },
  {
    name: 'ar5iv',
    url: `https://ar5iv.labs.arxiv.org/html/${AR5IV_PAPER.arxivId}`,
    html: renderAr5ivPage(AR5IV_PAPER),
    title: AR5IV_PAPER.title,
    placement: 'inline',
    layout: LATEXML_LAYOUT,
  },
  {
    // alphaXiv shows no abstract of its own beside the PDF, so the panel has nowhere inline to go.
    name: 'alphaXiv',
    url: `https://www.alphaxiv.org/abs/${ALPHAXIV_PAPER.arxivId}`,
    html: renderAlphaxivPage(ALPHAXIV_PAPER),
    title: ALPHAXIV_PAPER.title,
    placement: 'floating',
  },
  {
    name: 'Hugging Face Papers',
    url: `https://huggingface.co/papers/${HUGGING_FACE_PAPER.arxivId}`,
    html: renderHuggingFacePaperPage(HUGGING_FACE_PAPER),
    title: HUGGING_FACE_PAPER.title,
    placement: 'inline',
    layout: { title: 'main h1', abstract: 'main section .pb-8 > p' },
  },
  {
    name: 'an OpenReview forum',
    url: 'https://openreview.net/forum?id=Tn0sP2xQd7',
    html: renderOpenReviewForumPage({ forumId: 'Tn0sP2xQd7', paper: OPENREVIEW_PAPER }),
    title: OPENREVIEW_PAPER.title,
    placement: 'inline',
    layout: { title: '.forum-title h2', abstract: '.forum-note .note-content' },
  },
  {
    name: 'an ACL Anthology paper page',
    url: 'https://aclanthology.org/2022.acl-long.205/',
    html: renderAclAnthologyPage(ACL_PAPER, '2022.acl-long.205'),
    title: ACL_PAPER.title,
    placement: 'inline',
    layout: { title: '#title', abstract: '.acl-abstract' },
  },
  {
    name: 'a Semantic Scholar paper page',
    url: `https://www.semanticscholar.org${semanticScholarPath(SEMANTIC_SCHOLAR_PAPER)}`,
    html: renderSemanticScholarPage(SEMANTIC_SCHOLAR_PAPER),
    title: SEMANTIC_SCHOLAR_PAPER.title,
    placement: 'inline',
    layout: { title: 'h1[data-test-id="paper-detail-title"]', abstract: '.paper-detail-page__tldr-abstract' },
  },
  {
    name: 'a bioRxiv preprint outside the catalogue',
    url: `https://www.biorxiv.org/content/${PROTEIN_PREPRINT.doi}v${PROTEIN_PREPRINT.version}`,
    html: renderBiorxivPage(PROTEIN_PREPRINT),
    title: PROTEIN_PREPRINT.title,
    placement: 'inline',
    layout: { title: 'h1.highwire-cite-title', abstract: '.section.abstract' },
  },
];
