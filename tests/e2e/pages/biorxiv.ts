/**
 * A bioRxiv preprint page (`www.biorxiv.org/content/10.1101/<id>v<n>`). Follows the saved page
 * ../shared/fixtures/highwire/biorxiv-10.1101-2020.03.22.002386v3.html (Drupal 7, Highwire): `HW.*` and `DC.*`
 * tags (`DC.Contributor` per author), Highwire `citation_title`, `citation_abstract` written as HTML
 * (`<h3>ABSTRACT</h3><p>…`), `citation_journal_title` bioRxiv, the placeholder `citation_publication_date`
 * (YYYY/01/01), `citation_public_url` / `_abstract_html_url` / `_full_html_url` / `_pdf_url`, `citation_doi`, one
 * `citation_author` with its `citation_author_institution` per author, `og:` tags, `citation_date` (the real
 * posting date) and the canonical link; the body's `h1.highwire-cite-title#page-title`, the
 * `div.highwire-cite-authors` list (`nlm-given-names` / `nlm-surname`), and in the article tab
 * `div.section.abstract#abstract-1` (`h2` ABSTRACT, `p#p-2`). The stylesheet is a short stand-in for bioRxiv's.
 */
import { familyFirst } from './arxiv-site';
import { escapeHtml, publishedDate, type PaperRecord } from './paper-record';

/** A preprint as bioRxiv posts it: every one has a 10.1101 DOI. */
export type PreprintRecord = PaperRecord & { doi: string };

const STYLE = `
  body { margin: 0; font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif; background: #fff; color: #333; }
  #header { background: #bd2736; color: #fff; padding: .8rem 1rem; }
  #header a { color: #fff; }
  .page-columns { display: flex; gap: 2rem; max-width: 1170px; margin: 0 auto; padding: 1rem; }
  .inside-content { flex: 0 0 70%; }
  .sidebar-right { flex: 1; font-size: .85rem; }
  .highwire-cite-title { font-size: 1.9rem; font-weight: 400; }
  .highwire-cite-authors { margin-bottom: 1rem; }
  .section.abstract h2 { font-size: 1.2rem; }
`;

/** bioRxiv marks up given names and surname apart: "David E. Gordon" as "David E." and "Gordon". */
function nameParts(author: string): { given: string; family: string } {
  const [family = author, given = ''] = familyFirst(author).split(', ');
  return { given, family };
}

export function renderBiorxivPage(paper: PreprintRecord): string {
  const version = `v${paper.version ?? 1}`;
  const suffix = paper.doi.replace(/^10\.1101\//, '');
  const pageUrl = `https://www.biorxiv.org/content/${paper.doi}${version}`;
  const date = publishedDate(paper);
  const isoDate = date.toISOString().slice(0, 10);
  const datePath = isoDate.replaceAll('-', '/');
  const title = escapeHtml(paper.title);
  const meta = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}" />`;
  const head = [
    meta('type', 'article'),
    meta('category', 'article'),
    meta('HW.identifier', `/biorxiv/early/${datePath}/${suffix}.atom`),
    meta('HW.pisa', `biorxiv;${suffix}${version}`),
    meta('DC.Format', 'text/html'),
    meta('DC.Language', 'en'),
    meta('DC.Title', paper.title),
    meta('DC.Identifier', paper.doi),
    meta('DC.Date', isoDate),
    meta('DC.Publisher', 'Cold Spring Harbor Laboratory'),
    meta('DC.Description', paper.abstract),
    ...paper.authors.map((author) => meta('DC.Contributor', author)),
    meta('article:published_time', isoDate),
    meta('article:section', 'New Results'),
    meta('citation_title', paper.title),
    `<meta name="citation_abstract" lang="en" content="${escapeHtml(`<h3>ABSTRACT</h3>\n<p>${escapeHtml(paper.abstract)}</p>`)}" />`,
    meta('citation_journal_title', 'bioRxiv'),
    meta('citation_publisher', 'Cold Spring Harbor Laboratory'),
    meta('citation_publication_date', `${date.getUTCFullYear()}/01/01`),
    meta('citation_mjid', `biorxiv;${suffix}${version}`),
    meta('citation_id', `${suffix}${version}`),
    meta('citation_public_url', pageUrl),
    meta('citation_abstract_html_url', `${pageUrl}.abstract`),
    meta('citation_full_html_url', `${pageUrl}.full`),
    meta('citation_pdf_url', `https://www.biorxiv.org/content/biorxiv/early/${datePath}/${suffix}.full.pdf`),
    meta('citation_doi', paper.doi),
    meta('citation_article_type', 'Article'),
    meta('citation_section', 'New Results'),
    ...paper.authors.flatMap((author) => [meta('citation_author', author), meta('citation_author_institution', 'Institute of Molecular Biology')]),
    `<meta name="og-title" property="og:title" content="${title}" />`,
    `<meta name="og-url" property="og:url" content="${escapeHtml(pageUrl)}" />`,
    `<meta name="og-site-name" property="og:site_name" content="bioRxiv" />`,
    `<meta name="og-description" property="og:description" content="${escapeHtml(paper.abstract)}" />`,
    `<meta name="og-type" property="og:type" content="article" />`,
    meta('citation_date', isoDate),
    meta('description', 'bioRxiv - the preprint server for biology, operated by openRxiv, a nonprofit organization dedicated to advancing scientific communication'),
    `<link rel="canonical" href="${escapeHtml(pageUrl)}" />`,
  ].join('\n');
  const authors = paper.authors
    .map((author, index) => {
      const { given, family } = nameParts(author);
      return `<span class="highwire-citation-author${index === 0 ? ' first' : ''}" data-delta="${index}"><span class="nlm-given-names">${escapeHtml(given)}</span> <span class="nlm-surname">${escapeHtml(family)}</span></span>`;
    })
    .join(', ');
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
${head}
<title>${title} | bioRxiv</title>
<style>${STYLE}</style>
</head>
<body class="html not-front page-node node-type-highwire-article">
<div id="header"><a href="/" title="bioRxiv">bioRxiv</a></div>
<div class="page-columns">
<div class="inside-content">
<div class="highwire-article-citation" data-pisa="biorxiv;${escapeHtml(suffix)}${version}"><div class="highwire-cite highwire-cite-highwire-article highwire-citation-biorxiv-article-top clearfix">
      <span class="biorxiv-article-type">New Results</span>
      <h1 class="highwire-cite-title" id="page-title">${title}</h1>
      <div class="highwire-cite-authors"><span class="highwire-citation-authors">${authors}</span></div>
      <div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi">doi: <a href="https://doi.org/${escapeHtml(paper.doi)}">https://doi.org/${escapeHtml(paper.doi)}</a></span></div>
</div></div>
<div class="panel-pane pane-highwire-panel-tabs-container"><div class="pane-content"><div class="highwire-markup"><div class="article abstract-view "><div class="section abstract" id="abstract-1"><h2 class="">ABSTRACT</h2><p id="p-2">${escapeHtml(paper.abstract)}</p></div></div></div></div></div>
</div>
<div class="sidebar-right"><a href="${escapeHtml(pageUrl)}.full.pdf">Download PDF</a></div>
</div>
</body>
</html>
`;
}
