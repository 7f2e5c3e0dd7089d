/**
 * An arXiv abstract page (https://arxiv.org/abs/ID) for any paper record. Follows the real markup of
 * ../shared/fixtures/arxiv-abs/arxiv-abs-1706.03762.html (2026 layout): the `citation_*` meta tags
 * (one `citation_author` per author, "Family, Given"), `h1.title` and `div.authors` with their
 * hidden "Title:"/"Authors:" descriptors, `blockquote.abstract`, the subjects table, and the
 * right-hand `div.extra-services` column inside `#abs-outer`.
 */
import {
  archiveName,
  archiveOf,
  arxivDocument,
  categoriesOf,
  authorLinkHtml,
  dayMonthYear,
  escapeHtml,
  familyFirst,
  subjectName,
  subjectsHtml,
  submissionDate,
  type ArxivPaperRecord,
} from './arxiv-site';

export function renderAbsPage(paper: ArxivPaperRecord): string {
  const id = paper.arxivId;
  const version = paper.version ?? 1;
  const versioned = `${id}v${version}`;
  const categories = categoriesOf(paper);
  const [primary] = categories;
  const archive = archiveOf(primary);
  const date = submissionDate(paper);
  const slashDate = date.toISOString().slice(0, 10).replaceAll('-', '/');
  const otherAuthors = paper.authors.length > 1 ? ` and ${paper.authors.length - 1} other authors` : '';
  const pdfTitle = `View a PDF of the paper titled ${paper.title}, by ${paper.authors[0] ?? 'unknown authors'}${otherAuthors}`;

  const meta = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}" />`;
  const head = [
    `<link rel="canonical" href="https://arxiv.org/abs/${escapeHtml(id)}"/>`,
    meta('description', `Abstract page for arXiv paper ${id}: ${paper.title}`),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="arXiv.org" />`,
    `<meta property="og:title" content="${escapeHtml(paper.title)}" />`,
    `<meta property="og:url" content="https://arxiv.org/abs/${escapeHtml(versioned)}" />`,
    `<meta property="og:description" content="${escapeHtml(paper.abstract)}"/>`,
    meta('citation_title', paper.title),
    ...paper.authors.map((author) => meta('citation_author', familyFirst(author))),
    meta('citation_date', slashDate),
    meta('citation_online_date', slashDate),
    meta('citation_pdf_url', `https://arxiv.org/pdf/${id}`),
    meta('citation_arxiv_id', id),
    meta('citation_abstract', paper.abstract),
  ].join('');

  const dateline =
    version === 1
      ? `[Submitted on ${dayMonthYear(date)}]`
      : `[Submitted on ${dayMonthYear(date)} (<a href="https://arxiv.org/abs/${escapeHtml(id)}v1">v1</a>), last revised ${dayMonthYear(date)} (this version, v${version})]`;
  const history = Array.from({ length: version }, (_, index) => {
    const label = `[v${index + 1}]`;
    const entry = index + 1 === version ? `<strong>${label}</strong>` : `<strong><a href="/abs/${escapeHtml(id)}v${index + 1}" rel="nofollow">${label}</a></strong>`;
    return `${entry}\n        ${date.toUTCString().replace('GMT', 'UTC')} (1,024 KB)<br/>`;
  }).join('\n');

  const main = `<div id="abs-outer">
  <div class="leftcolumn">
    <div class="subheader">
      <h1>${escapeHtml(archiveName(primary))} &gt; ${escapeHtml(subjectName(primary))}</h1>
    </div>
    <div class="header-breadcrumbs-mobile">
      <strong>arXiv:${escapeHtml(id)}</strong> (${escapeHtml(archive)})
    </div>
<div id="content-inner">
  <div id="abs">
    <div class="dateline">
  ${dateline}</div>
    <h1 class="title mathjax"><span class="descriptor">Title:</span>${escapeHtml(paper.title)}</h1>
    <div class="authors"><span class="descriptor">Authors:</span>${paper.authors.map((author) => authorLinkHtml(author, archive)).join(', ')}</div>
    <div id="download-button-info" hidden>${escapeHtml(pdfTitle)}</div>
    <a class="mobile-submission-download" href="/pdf/${escapeHtml(id)}">View PDF</a>

    <blockquote class="abstract mathjax">
            <span class="descriptor">Abstract:</span>${escapeHtml(paper.abstract)}
    </blockquote>

    <!--CONTEXT-->
    <div class="metatable">
      <table summary="Additional metadata">
        <tr>
          <td class="tablecell label">Subjects:</td>
          <td class="tablecell subjects">
            ${subjectsHtml(categories)}</td>
        </tr><tr>
          <td class="tablecell label">Cite as:</td>
          <td class="tablecell arxivid"><span class="arxivid"><a href="https://arxiv.org/abs/${escapeHtml(id)}">arXiv:${escapeHtml(id)}</a> [${escapeHtml(primary)}]</span></td>
        </tr>
        <tr>
          <td class="tablecell label">&nbsp;</td>
          <td class="tablecell arxividv">(or <span class="arxivid">
              <a href="https://arxiv.org/abs/${escapeHtml(versioned)}">arXiv:${escapeHtml(versioned)}</a> [${escapeHtml(primary)}]</span> for this version)
          </td>
        </tr>
        <tr>
          <td class="tablecell label">&nbsp;</td>
          <td class="tablecell arxivdoi"><a href="https://doi.org/10.48550/arXiv.${escapeHtml(id)}" id="arxiv-doi-link">https://doi.org/10.48550/arXiv.${escapeHtml(id)}</a></td>
        </tr>
      </table>
    </div>
  </div>
</div>
    <div class="submission-history">
      <h2>Submission history</h2> From: ${escapeHtml(paper.authors[0] ?? 'arXiv')} [<a href="/show-email/00000000/${escapeHtml(id)}" rel="nofollow">view email</a>]      <br/>
${history}
</div>
  </div>
  <!--end leftcolumn-->
<div class="extra-services">    <div class="full-text">
      <a name="other"></a>
      <span class="descriptor">Full-text links:</span>
      <h2>Access Paper:</h2>
      <ul>
<li><a href="/pdf/${escapeHtml(id)}" aria-describedby="download-button-info" accesskey="f" class="abs-button download-pdf">View PDF</a></li><li><a href="https://arxiv.org/html/${escapeHtml(versioned)}" class="abs-button" id="latexml-download-link">HTML (experimental)</a></li><li><a href="/src/${escapeHtml(id)}" class="abs-button download-eprint">TeX Source</a></li></ul>
      <div class="abs-license"><a href="http://arxiv.org/licenses/nonexclusive-distrib/1.0/" title="Rights to this article">view license</a></div>
    </div>
    <!--end full-text-->    <div class="browse">
    <h3 class="browse-context-heading">Current browse context:</h3>
  <div class="current">${escapeHtml(primary)}</div>
  <div class="list">
    <a class="abs-button abs-button-grey abs-button-small context-new" href="/list/${escapeHtml(primary)}/new" rel="nofollow">new</a>
    <span class="is-hidden-mobile"> | </span>
    <a class="abs-button abs-button-grey abs-button-small context-recent" href="/list/${escapeHtml(primary)}/recent" rel="nofollow">recent</a>
  </div>
    </div>
      <div class="extra-ref-cite">
        <h3>References &amp; Citations</h3>
        <ul>
          <li><a class="abs-button abs-button-small cite-ads" href="https://ui.adsabs.harvard.edu/abs/arXiv:${escapeHtml(id)}">NASA ADS</a></li><li><a class="abs-button abs-button-small cite-google-scholar" href="https://scholar.google.com/scholar_lookup?arxiv_id=${escapeHtml(id)}" target="_blank" rel="noopener">Google Scholar</a></li>
          <li><a class="abs-button abs-button-small cite-semantic-scholar" href="https://api.semanticscholar.org/arXiv:${escapeHtml(id)}" target="_blank" rel="noopener">Semantic Scholar</a></li>
        </ul>
      </div>
  </div>
  <!--end extra-services-->
</div>`;

  return arxivDocument({ title: `[${id}] ${paper.title}`, head, main });
}

