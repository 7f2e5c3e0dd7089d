/**
 * An arXiv search results page (`arxiv.org/search/?query=…&searchtype=all`): many papers with their abstracts,
 * none of them "the" paper, so Sidenote must show no panel. Follows arxiv-search's markup as served on arxiv.org
 * (no saved page exists in ../shared/fixtures): `h1.title` "Showing 1–N of N results for all: <query>", then
 * `ol.breathe-horizontal` with one `li.arxiv-result` per paper (`p.list-title` with the "arXiv:ID" link and its
 * pdf/other links, category tags, `p.title`, `p.authors`, `p.abstract` with `span.abstract-short` and the hidden
 * `span.abstract-full`, and the "Submitted" line).
 */
import { arxivDocument, authorLinkHtml, archiveOf, categoriesOf, dayMonthYear, escapeHtml, submissionDate, type ArxivPaperRecord } from './arxiv-site';

function result(paper: ArxivPaperRecord): string {
  const id = escapeHtml(paper.arxivId);
  const categories = categoriesOf(paper);
  const short = `${escapeHtml(paper.abstract.slice(0, 200).replace(/\s+\S*$/, ''))}&hellip;`;
  return `    <li class="arxiv-result">
      <div class="is-marginless">
        <p class="list-title is-inline-block"><a href="https://arxiv.org/abs/${id}">arXiv:${id}</a>
          <span>&nbsp;[<a href="https://arxiv.org/pdf/${id}">pdf</a>, <a href="https://arxiv.org/format/${id}">other</a>]&nbsp;</span>
        </p>
        <div class="tags is-inline-block">${categories.map((category) => `<span class="tag is-small is-link">${escapeHtml(category)}</span>`).join(' ')}</div>
      </div>
      <p class="title is-5 mathjax">${escapeHtml(paper.title)}</p>
      <p class="authors"><span class="search-hit">Authors:</span> ${paper.authors.map((author) => authorLinkHtml(author, archiveOf(categories[0]))).join(', ')}</p>
      <p class="abstract mathjax"><span class="search-hit">Abstract</span>:
        <span class="abstract-short has-text-grey-dark mathjax" id="${id}-abstract-short">${short} <a class="is-size-7">&#9661; More</a></span>
        <span class="abstract-full has-text-grey-dark mathjax" id="${id}-abstract-full" style="display: none;">${escapeHtml(paper.abstract)} <a class="is-size-7">&#9651; Less</a></span>
      </p>
      <p class="is-size-7"><span class="has-text-weight-semibold">Submitted</span> ${escapeHtml(dayMonthYear(submissionDate(paper)))}; <span class="has-text-weight-semibold">originally announced</span> ${escapeHtml(submissionDate(paper).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }))}.</p>
    </li>`;
}

export function renderSearchPage(query: string, papers: readonly ArxivPaperRecord[]): string {
  const main = `<div class="level is-marginless">
  <h1 class="title is-clearfix">Showing 1&ndash;${papers.length} of ${papers.length} results for all: <span class="mathjax">${escapeHtml(query)}</span></h1>
</div>
<div class="content">
  <form class="is-size-7" method="GET" action="/search/"><input class="input" type="text" name="query" value="${escapeHtml(query)}" aria-label="Search term or terms"><button class="button" type="submit">Search</button></form>
  <ol class="breathe-horizontal" start="1">
${papers.map(result).join('\n')}
  </ol>
</div>`;
  return arxivDocument({ title: `Search | arXiv e-print repository`, head: '', main });
}
