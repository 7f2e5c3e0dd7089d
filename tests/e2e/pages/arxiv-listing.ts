/**
 * An arXiv listing page (https://arxiv.org/list/cs.CL/recent): many papers, none of them "the" paper,
 * so Sidenote must show no panel there. Follows arXiv's listing markup (`div#dlpage`, `dl#articles`
 * with one `dt` of "arXiv:ID" links and one `dd div.meta` per paper) as written from arxiv.org's
 * live pages: ../shared/fixtures has no saved listing to follow (see its PROVENANCE.md).
 */
import {
  archiveOf,
  arxivDocument,
  authorLinkHtml,
  categoriesOf,
  escapeHtml,
  subjectName,
  subjectsHtml,
  submissionDate,
  type ArxivPaperRecord,
} from './arxiv-site';

export function renderListingPage(category: string, papers: readonly ArxivPaperRecord[]): string {
  const newest = papers.map(submissionDate).reduce((a, b) => (a > b ? a : b), new Date(0));
  const day = newest.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const items = papers.map((paper, index) => listingItem(paper, index + 1)).join('\n');
  const main = `<div id='dlpage'>
  <h1>${escapeHtml(subjectName(category))}</h1>
  <h2>Authors and titles for recent submissions</h2>
  <div class='paging'>Total of ${papers.length} entries</div>
  <dl id='articles'>
    <h3>${escapeHtml(day)} (showing ${papers.length} of ${papers.length} entries )</h3>
${items}
  </dl>
</div>`;
  return arxivDocument({ title: `${category} recent submissions`, head: '', main });
}

function listingItem(paper: ArxivPaperRecord, position: number): string {
  const id = escapeHtml(paper.arxivId);
  const categories = categoriesOf(paper);
  const archive = archiveOf(categories[0]);
  return `    <dt>
      <a name='item${position}'>[${position}]</a>
      <a href ="/abs/${id}" title="Abstract" id="${id}">
        arXiv:${id}
      </a>
      [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}" aria-labelledby="pdf-${id}">pdf</a>, <a href="https://arxiv.org/html/${id}v${paper.version ?? 1}" title="View HTML" id="html-${id}" aria-labelledby="html-${id}" rel="noopener noreferrer" target="_blank">html</a>, <a href="/format/${id}" title="Other formats" id="oth-${id}" aria-labelledby="oth-${id}">other</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          ${escapeHtml(paper.title)}
        </div>
        <div class='list-authors'>${paper.authors.map((author) => authorLinkHtml(author, archive)).join(', ')}</div>
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          ${subjectsHtml(categories)}
        </div>
      </div>
    </dd>`;
}
