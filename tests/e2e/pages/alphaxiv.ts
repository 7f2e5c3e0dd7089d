/**
 * An alphaXiv paper page (`alphaxiv.org/abs/<arXiv id>`). No saved alphaXiv page exists
 * (../shared/fixtures/PROVENANCE.md, "alphaxiv"); this follows what its server-rendered React pages carry, as
 * tests/fixtures/pages/alphaxiv-abs.html records it: the title "<paper title> | alphaXiv", `description`,
 * `og:title` (same form), `og:description` (the abstract), `og:url` and a canonical link naming the paper, no
 * `citation_*` tags; a body `div#root` with a header and a `main` holding the text column (the title in its `h1`,
 * the authors, then discussion) beside the PDF viewer. alphaXiv is a single-page app: with `navigatesTo`,
 * "Next paper" re-renders `main` and the head's metadata for the next paper without a reload.
 */
import { escapeHtml, type ArxivRecord } from './paper-record';
import { nextPaperLinkHtml, singlePageAppScript, type SinglePageApp, type SinglePageView } from './single-page-app';

const STYLE = `
  body { margin: 0; font-family: Inter, ui-sans-serif, system-ui, sans-serif; background: #fff; color: #111; }
  header { display: flex; align-items: center; gap: 1.5rem; height: 3rem; padding: 0 1rem; border-bottom: 1px solid #e5e7eb; }
  main { display: flex; height: calc(100vh - 3rem); }
  .paper-text { flex: 1; overflow-y: auto; padding: 0 1.5rem; }
  .paper-text h1 { font-size: 1.5rem; font-weight: 700; }
  .pdf-viewer { width: 50%; background: #525659; }
`;

function headTags(paper: ArxivRecord): string {
  const title = escapeHtml(`${paper.title} | alphaXiv`);
  const abstract = escapeHtml(paper.abstract);
  const url = `https://www.alphaxiv.org/abs/${escapeHtml(paper.arxivId)}`;
  return `<meta name="description" content="${abstract}">
  <meta property="og:title" content="${title}">
  <meta property="og:description" content="${abstract}">
  <meta property="og:url" content="${url}">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="alphaXiv">
  <meta property="og:image" content="https://paper-assets.alphaxiv.org/image/${escapeHtml(paper.arxivId)}v${paper.version ?? 1}.png">
  <link rel="canonical" href="${url}">`;
}

function mainHtml(paper: ArxivRecord): string {
  return `
      <div class="paper-text flex-1 overflow-y-auto px-6">
        <h1 class="text-2xl font-bold">${escapeHtml(paper.title)}</h1>
        <div class="text-sm text-gray-600">${escapeHtml(paper.authors.join(', '))}</div>
        <section class="mt-4">
          <h2 class="text-lg font-semibold">Discussion</h2>
          <div class="rounded border p-3"><p>Has anyone tried this on a smaller model?</p></div>
        </section>
      </div>
      <div class="pdf-viewer w-1/2" aria-label="PDF viewer"></div>`;
}

function view(paper: ArxivRecord): SinglePageView {
  return {
    path: `/abs/${paper.arxivId}`,
    documentTitle: `${paper.title} | alphaXiv`,
    headTags: headTags(paper),
    regionHtml: mainHtml(paper),
  };
}

export function renderAlphaxivPage(paper: ArxivRecord, { navigatesTo = [] }: { navigatesTo?: readonly ArxivRecord[] } = {}): string {
  const app: SinglePageApp = {
    region: 'main',
    viewHeadTags: 'meta[name="description"], meta[property^="og:"], link[rel="canonical"]',
    views: [paper, ...navigatesTo].map(view),
  };
  const first = view(paper);
  const navigates = navigatesTo.length > 0;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(first.documentTitle)}</title>
  <style>${STYLE}</style>
  ${first.headTags}
  <meta name="twitter:card" content="summary_large_image">
</head>
<body>
  <div id="root">
    <header class="flex h-12 items-center border-b"><a href="/" class="font-semibold">alphaXiv</a>${navigates ? nextPaperLinkHtml(app) : ''}</header>
    <main class="flex h-full">${first.regionHtml}</main>
  </div>
${navigates ? singlePageAppScript(app) : ''}
</body>
</html>
`;
}
