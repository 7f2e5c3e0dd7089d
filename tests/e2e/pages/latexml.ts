/**
 * Papers as LaTeXML renders them, for arXiv's HTML view (`arxiv.org/html/<id>v<n>`) and ar5iv
 * (`ar5iv.labs.arxiv.org/html/<id>`). Both follow the saved pages in ../shared/fixtures:
 * - arXiv HTML, arxiv-html/arxiv-html-2501.11120v1.html (LaTeXML 0.8.8): `<base href="/html/<id>v<n>/">`, the
 *   `nav.ltx_page_navbar` table of contents, then `div.ltx_page_main > div.ltx_page_content > article.ltx_document`
 *   with `h1.ltx_title.ltx_title_document`, one `span.ltx_personname` in `div.ltx_authors` holding every name in
 *   bold (`\textbf{A}$^1$ \quad \textbf{B}$^2$`, separated by em spaces) and the affiliations after a break, and
 *   `div.ltx_abstract` (`h6.ltx_title_abstract`, `p.ltx_p`), then the sections.
 * - ar5iv, ar5iv/ar5iv-2310.08560-excerpt.html (LaTeXML oxide 0.7.5): `og:` tags and a canonical link, the
 *   `detectColorScheme` script that sets `data-theme="dark"` on the root from `localStorage.ar5iv_theme` (else
 *   `prefers-color-scheme`), one `span.ltx_creator.ltx_role_author` per author (`span.ltx_personname` and
 *   `span.ltx_author_notes` with the affiliation), `div#abstract1.ltx_abstract` and `div.ltx_keywords`.
 * The stylesheets are short stand-ins for ar5iv.css (a left table of contents, a centred text column, dark theme).
 */
import { escapeHtml, type ArxivRecord } from './paper-record';

const AFFILIATIONS = ['University of Edinburgh', 'Saarland University', 'Kyoto University'];

const STYLE = `
  body { margin: 0; font-family: 'Noto Serif', Georgia, serif; background: #fff; color: #000; }
  html[data-theme="dark"] body { background: #1e1e1e; color: #e6e6e6; }
  .ltx_page_navbar { position: fixed; top: 0; left: 0; width: 14rem; height: 100vh; overflow-y: auto; font-size: .8rem; border-right: 1px solid #ddd; }
  .ltx_page_main { margin-left: 15rem; }
  .ltx_page_content { max-width: 50rem; margin: 0 auto; padding: 1rem 2rem; }
  .ltx_title_document { font-size: 1.8rem; text-align: center; }
  .ltx_authors { text-align: center; margin-bottom: 1.5rem; }
  .ltx_role_author { display: inline-block; margin: 0 .5rem; }
  .ltx_author_notes { display: block; font-size: .8rem; }
  .ltx_abstract { margin: 0 3rem 1.5rem; }
  .ltx_title_abstract { font-size: 1rem; text-align: center; margin: 0 0 .5rem; }
`;

const INTRODUCTION = `<section class="ltx_section" id="S1">
<h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">1 </span>Introduction</h2>
<div class="ltx_para" id="S1.p1">
<p class="ltx_p" id="S1.p1.1">Pre-trained language models are the starting point of most systems in natural language processing. This section motivates the study and states its contributions.</p>
</div>
</section>`;

function affiliationOf(index: number): string {
  return AFFILIATIONS[index % AFFILIATIONS.length] ?? AFFILIATIONS[0]!;
}

/** arXiv HTML: one person name holding every author in bold, marks to the affiliations listed after a break. */
function authorsInOneLine(authors: readonly string[]): string {
  const names = authors
    .map((author, index) => `<span class="ltx_text ltx_font_bold" id="id${index + 1}.${index + 1}.id${index + 1}">${escapeHtml(author)}<sup class="ltx_sup"><span class="ltx_text ltx_font_medium">${(index % AFFILIATIONS.length) + 1}</span></sup></span>`)
    .join('\u2003\u2003');
  const affiliations = AFFILIATIONS.slice(0, Math.min(authors.length, AFFILIATIONS.length))
    .map((affiliation, index) => `<sup class="ltx_sup">${index + 1}</sup><em class="ltx_emph ltx_font_italic">${escapeHtml(affiliation)}</em>`)
    .join('\u2003\u2003');
  return `<div class="ltx_authors">
<span class="ltx_creator ltx_role_author">
<span class="ltx_personname">
${names}
<br class="ltx_break"/>${affiliations}
</span></span>
</div>`;
}

/** ar5iv: one creator per author, each with its affiliation in the author notes. */
function authorsOnePerCreator(authors: readonly string[]): string {
  const creators = authors.map(
    (author, index) => `<span class="ltx_creator ltx_role_author">
<span class="ltx_personname">${escapeHtml(author)}
</span><span class="ltx_author_notes"><span class="ltx_author_notes_content">
<span class="ltx_contact ltx_role_affiliation"><span class="ltx_contact_name">Affiliation: </span>${escapeHtml(affiliationOf(index))}
</span></span></span></span>`,
  );
  return `<div class="ltx_authors">
${creators.join('\n<span class="ltx_author_before">\u2003</span>')}</div>`;
}

function abstractHtml(paper: ArxivRecord, id?: string): string {
  return `<div${id ? ` id="${id}"` : ''} class="ltx_abstract">
<h6 class="ltx_title ltx_title_abstract">Abstract</h6>
<p class="ltx_p"${id ? ` id="${id}.1"` : ''}>${escapeHtml(paper.abstract)}</p>
</div>`;
}

/** `arxiv.org/html/<id>v<n>`, arXiv's own HTML view of a paper. */
export function renderArxivHtmlPage(paper: ArxivRecord): string {
  const versioned = `${paper.arxivId}v${paper.version ?? 1}`;
  const title = escapeHtml(paper.title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta content="text/html; charset=utf-8" http-equiv="content-type"/>
<title>${title}</title>
<!--Generated on Sun Jan 19 17:28:51 2025 by LaTeXML (version 0.8.8) http://dlmf.nist.gov/LaTeXML/.-->
<meta content="width=device-width, initial-scale=1, shrink-to-fit=no" name="viewport"/>
<style>${STYLE}</style>
<base href="/html/${escapeHtml(versioned)}/"/></head>
<body>
<nav class="ltx_page_navbar">
<nav class="ltx_TOC">
<ol class="ltx_toclist">
<li class="ltx_tocentry ltx_tocentry_section"><a class="ltx_ref" href="https://arxiv.org/html/${escapeHtml(versioned)}#S1" title="In ${title}"><span class="ltx_text ltx_ref_title"><span class="ltx_tag ltx_tag_ref">1 </span>Introduction</span></a></li>
</ol></nav>
</nav>
<div class="ltx_page_main">
<div class="ltx_page_content">
<article class="ltx_document ltx_authors_1line">
<h1 class="ltx_title ltx_title_document">${title}</h1>
${authorsInOneLine(paper.authors)}
${abstractHtml(paper)}
${INTRODUCTION}
</article>
</div>
</div>
</body>
</html>
`;
}

/** The real page's own script, which picks the theme before the first paint. */
const DETECT_COLOR_SCHEME = `<script>
  function detectColorScheme(){
    var theme="light";
    var current_theme = localStorage.getItem("ar5iv_theme");
    if(current_theme){
      if(current_theme == "dark"){
        theme = "dark";
      } }
    else if(!window.matchMedia) { return false; }
    else if(window.matchMedia("(prefers-color-scheme: dark)").matches) {
      theme = "dark"; }
    if (theme=="dark") {
      document.documentElement.setAttribute("data-theme", "dark");
    } else {
      document.documentElement.setAttribute("data-theme", "light"); } }

  detectColorScheme();
</script>`;

/** `ar5iv.labs.arxiv.org/html/<id>`, ar5iv's rendering of the latest version. */
export function renderAr5ivPage(paper: ArxivRecord): string {
  const title = escapeHtml(paper.title);
  const url = `https://ar5iv.labs.arxiv.org/html/${escapeHtml(paper.arxivId)}`;
  return `<!DOCTYPE html><html lang="en">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>[${escapeHtml(paper.arxivId)}] ${title}</title><meta property="og:description" content="${escapeHtml(paper.abstract.slice(0, 200))}…">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="ar5iv">
<meta property="og:type" content="article">
<meta property="og:url" content="${url}">
<link rel="canonical" target="_blank" href="${url}">

<!--Generated by LaTeXML oxide (version 0.7.5) http://dlmf.nist.gov/LaTeXML/.-->
<meta name="keywords" lang="en" content="Machine Learning,  ICML">
${DETECT_COLOR_SCHEME}
<style>${STYLE}</style>
</head>
<body>
<div class="ltx_page_main">
<div class="ltx_page_content">
<article class="ltx_document">
<h1 class="ltx_title ltx_title_document">${title}</h1>
${authorsOnePerCreator(paper.authors)}

${abstractHtml(paper, 'abstract1')}
<div class="ltx_keywords">
<h6 class="ltx_title ltx_title_keywords">Keywords: </h6>Machine Learning, ICML
</div>
${INTRODUCTION}
</article>
</div>
</div>
</body>
</html>
`;
}
