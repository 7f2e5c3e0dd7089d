/**
 * An ACL Anthology paper page (`aclanthology.org/<anthology id>/`). Follows the saved page
 * ../shared/fixtures/acl-anthology/acl-2021.naacl-main.208.html (Hugo, built 2026): `citation_title`, one
 * `citation_author` per author, `citation_conference_title`, `citation_publication_date` (YYYY/M),
 * `citation_pdf_url`, `citation_doi` (absent for old papers), `og:` tags whose description is a citation line, and
 * a canonical link; the body's `section#main` with `h2#title` (a link to the PDF), `p.lead` with the author links,
 * then `div.row.acl-paper-details` holding the abstract card (`div.card-body.acl-abstract` with `h5.card-title`
 * "Abstract" and a `span`), the details list (`dl`), and `div.acl-paper-link-block` with the PDF and Cite buttons.
 * The stylesheet is a short stand-in for the Anthology's Bootstrap build.
 */
import { escapeHtml, publishedDate, type PaperRecord } from './paper-record';

const STYLE = `
  body { margin: 0; font-family: -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; background: #fff; color: #212529; }
  .navbar { display: flex; align-items: center; gap: 1rem; padding: .5rem 1rem; background: #f8f9fa; margin-bottom: 3rem; }
  .container { max-width: 1140px; margin: 0 auto; padding: 0 15px; }
  #title { font-size: 2rem; font-weight: 500; }
  #title a { color: inherit; text-decoration: none; }
  .lead { font-size: 1.25rem; }
  .acl-paper-details { display: flex; gap: 30px; }
  .acl-paper-details > .col { flex: 0 0 80%; }
  .acl-paper-link-block { flex: 1; display: flex; flex-direction: column; gap: .5rem; }
  .card { background: #f8f9fa; border: 1px solid rgba(0,0,0,.125); border-radius: .25rem; margin-bottom: 1rem; }
  .card-body { padding: 1.25rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dd { margin: 0; }
  .btn { display: inline-block; padding: .25rem .5rem; border: 1px solid #007bff; border-radius: .2rem; text-decoration: none; }
`;

function peopleSlug(author: string): string {
  return author.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The page of `paper` at `https://aclanthology.org/<anthologyId>/`; its DOI row stays empty when the record has none, as on old papers. */
export function renderAclAnthologyPage(paper: PaperRecord, anthologyId: string): string {
  const id = escapeHtml(anthologyId);
  const title = escapeHtml(paper.title);
  const pageUrl = `https://aclanthology.org/${id}/`;
  const pdfUrl = `https://aclanthology.org/${id}.pdf`;
  const date = publishedDate(paper);
  const year = date.getUTCFullYear();
  const venue = 'Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)';
  const meta = (name: string, content: string) => `<meta content="${escapeHtml(content)}" name=${name}>`;
  const head = [
    meta('citation_title', paper.title),
    ...paper.authors.map((author) => meta('citation_author', author)),
    meta('citation_conference_title', venue),
    meta('citation_publication_date', `${year}/${date.getUTCMonth() + 1}`),
    meta('citation_pdf_url', pdfUrl),
    ...(paper.doi ? [meta('citation_doi', paper.doi)] : []),
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="ACL Anthology">`,
    `<meta property="og:url" content="${pageUrl}">`,
    `<meta property="og:description" content="${escapeHtml(`${paper.authors.join(', ')}. ${venue}. ${year}.`)}">`,
    `<link rel=canonical href=${pageUrl}>`,
  ].join('');
  const authorLinks = paper.authors.map((author) => `<a href=/people/${escapeHtml(peopleSlug(author))}/>${escapeHtml(author)}</a>`).join(',\n');
  const doiRow = paper.doi
    ? `<a href=https://doi.org/${escapeHtml(paper.doi)} title="To the current version of the paper by DOI">${escapeHtml(paper.doi)}</a>`
    : '';
  return `<!doctype html><html lang=en-us><head><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1,shrink-to-fit=no"><title>${title} - ACL Anthology</title>
<meta name=generator content="Hugo 0.140.2"><style>${STYLE}</style>${head}</head>
<body><nav class="navbar navbar-expand-sm navbar-light bg-light"><a class=navbar-brand href=https://aclanthology.org/><span class="d-inline pl-2">ACL Anthology</span></a>
<form class="form-inline" action=/search/? method=get><input id=acl-search-box class="form-control mr-sm-2" name=q type=search placeholder=Search... aria-label=Search></form></nav>
<div id=main-container class=container><section id=main><div><h2 id=title><a href=${pdfUrl}>${title}</a></h2><p class=lead>${authorLinks}</p></div><hr><div class="row acl-paper-details"><div class="col col-lg-10 order-2"><div class="card bg-light mb-2 mb-lg-3"><div class="card-body acl-abstract"><h5 class=card-title>Abstract</h5><span>${escapeHtml(paper.abstract)}</span></div></div><dl><dt>Anthology ID:</dt><dd>${id}</dd><dt>Volume:</dt><dd><a href=/volumes/${escapeHtml(anthologyId.replace(/\.\d+$/, ''))}/>${escapeHtml(venue)}</a></dd><dt>Year:</dt><dd>${year}</dd><dt>Publisher:</dt><dd>Association for Computational Linguistics</dd><dt>URL:</dt><dd><a href=${pageUrl}>${pageUrl}</a></dd><dt>DOI:</dt><dd>${doiRow}</dd><dt>PDF:</dt><dd><a href=${pdfUrl}>${pdfUrl}</a></dd></dl></div><div class=acl-paper-link-block><a class="btn btn-primary" href=${pdfUrl} title="Open PDF of '${title}'"><span class=pl-2>PDF</span>
</a><a class="btn btn-secondary" title="Open dialog for exporting citations" href=#><span class=pl-2>Cite</span>
</a></div></div><hr></section></div>
<footer class="bg-gradientlight py-2 py-xl-3 mt-3 mt-md-4 mt-xl-5"><div class=container><p class="text-muted small px-1">ACL materials are Copyright © 1963–${year} ACL; other materials are copyrighted by their respective copyright holders.</p></div></footer>
</body></html>
`;
}
