/**
 * A Semantic Scholar paper page (`www.semanticscholar.org/paper/<slug>/<40-hex paper id>`). Follows the saved page
 * ../shared/fixtures/semantic-scholar/s2-704dde842312c5eabb8c76ecf86b48e9fe68e4fe.html: `description` and
 * `og:description` with the abstract, `citation_author`, `citation_title`, `citation_publication_date` (the year
 * only), `citation_journal_title`, `citation_pdf_url`, `og:title` "<title> | Semantic Scholar" (og:type website),
 * the canonical link, and the JSON-LD `@graph` of a BreadcrumbList and an array holding the `Article` (abstract,
 * authors, `datePublished` "4 April 2022", `sameAs` / `mainEntity` the DOI link). The body's
 * `div.fresh-paper-detail-page[role=main]` has the header with the DOI (`a.doi__link`), the
 * `h1[data-test-id=paper-detail-title]`, the author list, "Published in <venue> <date>", and the abstract cut short
 * in `div.paper-detail-page__tldr-abstract` with its "Expand" button. arXiv-only papers show the arXiv DOI
 * (10.48550/arXiv.<id>). The stylesheet is a short stand-in for Semantic Scholar's own.
 */
import { createHash } from 'node:crypto';
import { escapeHtml, publishedDate, scriptJson, type PaperRecord } from './paper-record';

const STYLE = `
  body { margin: 0; font-family: Roboto, 'Helvetica Neue', Arial, sans-serif; background: #fff; color: #1f2933; }
  .app-header { height: 56px; border-bottom: 1px solid #d9dadb; display: flex; align-items: center; padding: 0 1rem; }
  .centered-max-width-content { max-width: 1200px; margin: 0 auto; padding: 1rem; }
  .fresh-paper-detail-page__top-container { display: flex; gap: 2rem; }
  .flex-item__left-column { flex: 0 0 66%; }
  .flex-item__right-column { flex: 1; }
  h1[data-test-id="paper-detail-title"] { font-size: 1.75rem; font-weight: 400; }
  .paper-meta { list-style: none; padding: 0; display: flex; gap: 1rem; font-size: .9rem; }
  .bibtex-citation { display: none; }
  .paper-detail-page__tldr-abstract { line-height: 1.6; margin: 1rem 0; }
`;

/** Semantic Scholar's paper id, which the tests need only to be stable per title. */
export function semanticScholarPaperId(paper: PaperRecord): string {
  return createHash('sha1').update(paper.title).digest('hex');
}

/** The path of the paper's page: a slug of the first title words and the first author's family name, then the id. */
export function semanticScholarPath(paper: PaperRecord): string {
  const words = paper.title.split(/\s+/).slice(0, 6).map((word) => encodeURIComponent(word.replace(/[^\p{L}\p{N}:]/gu, '')));
  const family = paper.authors[0]?.split(/\s+/).pop() ?? 'Anonymous';
  return `/paper/${[...words.filter(Boolean), encodeURIComponent(family)].join('-')}/${semanticScholarPaperId(paper)}`;
}

/** "4 April 2022". */
function dayMonthYear(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function renderSemanticScholarPage(paper: PaperRecord, venue = 'Annual Meeting of the Association for Computational Linguistics'): string {
  const path = semanticScholarPath(paper);
  const pageUrl = `https://www.semanticscholar.org${path}`;
  const doi = paper.doi ?? (paper.arxivId ? `10.48550/arXiv.${paper.arxivId}` : undefined);
  const doiUrl = doi ? `https://doi.org/${doi}` : undefined;
  const date = publishedDate(paper);
  const title = escapeHtml(paper.title);
  const abstract = escapeHtml(paper.abstract);
  const article = {
    '@type': 'Article',
    abstract: paper.abstract,
    author: paper.authors.map((name) => ({ '@type': 'Person', name, mainEntityOfPage: `/author/${name.replace(/\s+/g, '-')}/1` })),
    copyrightYear: String(date.getUTCFullYear()),
    datePublished: dayMonthYear(date),
    headline: paper.title,
    ...(doiUrl && { mainEntity: doiUrl, sameAs: doiUrl }),
    mainEntityOfPage: path,
    name: paper.title,
    publication: venue,
  };
  const jsonLd = {
    '@context': 'http://schema.org',
    '@graph': [
      { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@id': 'www.semanticscholar.org/paper', name: 'Papers' } }] },
      [article],
    ],
  };
  const cut = paper.abstract.length > 300 ? `${paper.abstract.slice(0, 300).replace(/\s+\S*$/, '')}… ` : paper.abstract;
  const authorLinks = paper.authors
    .map((author) => `<span data-test-id="author-list"><a class="author-list__link author-list__author-name" href="/author/${escapeHtml(author.replace(/\s+/g, '-'))}/1"><span class=""><span>${escapeHtml(author)}</span></span></a></span>`)
    .join('<span class="author-list__separator">, </span>');
  return `<!DOCTYPE html>
<html lang="en">
<head>
    <title>${title} | Semantic Scholar</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta charset="utf-8">
    <meta name="description" content="${abstract}">
    <meta property="og:description" content="${abstract}">
${paper.authors.map((author) => `\t<meta name="citation_author" content="${escapeHtml(author)}">`).join('\n')}
\t<meta name="citation_title" content="${title}">
\t<meta name="citation_publication_date" content="${date.getUTCFullYear()}">
\t<meta name="citation_journal_title" content="${escapeHtml(venue)}">
${doiUrl ? `\t<meta name="citation_pdf_url" content="${escapeHtml(doiUrl)}">` : ''}
\t<meta property="og:title" content="${title} | Semantic Scholar">
    <meta property="og:type" content="website">
    <link rel="canonical" href="${escapeHtml(pageUrl)}">
    <style>${STYLE}</style>
    <script type="application/ld+json" class="schema-data">${scriptJson(jsonLd)}</script>
</head>
<body>
<div id="app"><div class="app-header"><a href="/" aria-label="Semantic Scholar">Semantic Scholar</a></div>
<div class="app-page__content"><div class="fresh-paper-detail-page paper-detail-cards" role="main" id="main-content"><div class="fresh-paper-detail-page__above-the-fold"><div class="centered-max-width-content"><div class="flex-container flex-row fresh-paper-detail-page__top-container"><div class="flex-item flex-item--width-66 flex-item__left-column"><div class="fresh-paper-detail-page__header" data-test-id="paper-detail-page-header"><ul class="paper-meta paper-detail__paper-meta-top" data-test-id="paper-meta-subhead">${doi ? `<li data-test-id="paper-doi"><section class="doi"><span class="doi__label">DOI:</span><a class="doi__link" href="${escapeHtml(doiUrl ?? '')}">${escapeHtml(doi)}</a></section></li>` : ''}<li data-test-id="corpus-id">Corpus ID: 247987140</li></ul><h1 data-test-id="paper-detail-title">${title}</h1><pre class="bibtex-citation" data-nosnippet="true">@inproceedings{paper, title={${title}}}</pre><ul class="flex-row-vcenter paper-meta"><li class="paper-meta-item"><span class="paper-meta" data-test-id="paper-meta-subhead"><span class="author-list">${authorLinks}</span></span></li><li class="paper-meta-item"><span data-test-id="year-and-venue">Published<!-- --> in <span data-test-id="venue-metadata"><span>${escapeHtml(venue)}</span></span> <span data-test-id="paper-year"><span class=""><span>${escapeHtml(dayMonthYear(date))}</span></span></span></span></li><li class="paper-meta-item">Computer Science</li></ul><div class="tldr-abstract-replacement paper-detail-page__tldr-abstract" data-test-id="no-highlight-abstract-text"><div class="text-truncator abstract__text text--preline"><span data-test-id="text-truncator-text">${escapeHtml(cut)}</span><button aria-label="Expand truncated text" data-test-id="text-truncator-toggle" type="submit" class="cl-button text-truncator__toggle more-toggle mod-clickable more"><span class="cl-button__label">Expand</span></button></div></div><div class="flex-container flex-wrap flex-paper-actions__group"><a class="icon-button button--primary flex-paper-actions__button" data-test-id="paper-link" href="${escapeHtml(doiUrl ?? pageUrl)}"><span class="icon-button-text">View via Publisher</span></a> <button class="icon-button flex-paper-actions__button" data-test-id="paper-action-save"><span class="icon-button-text">Save to Library</span></button> <button class="icon-button cite-button flex-paper-actions__button" data-test-id="cite-link"><span class="icon-button-text">Cite</span></button></div></div></div><div class="flex-item flex-item--width-33 flex-item__right-column"><button aria-label="Copy a shareable link to your clipboard" type="submit" class="cl-button share-link-button"><span class="cl-button__label">Share</span></button><div class="scorecard"><div class="scorecard__item">3 Citations</div></div></div></div></div></div></div></div>
</div>
</body>
</html>
`;
}
