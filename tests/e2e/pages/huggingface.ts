/**
 * Hugging Face pages: a paper page (`huggingface.co/papers/<arXiv id>`) and the site's home page. No saved paper
 * page exists (../shared/fixtures/PROVENANCE.md, "hf-papers"), so this follows the paper-page markup as served in
 * 2025 and as tests/fixtures/pages/huggingface-paper.html records it: a head saying only "Paper page - <title>"
 * (og:type website, canonical link, no `citation_*` tags); in `main`, "Published on <Mon D, YYYY>", the title in
 * the only `h1`, an "Authors:" label followed by one element per author (a profile link or a plain name, each with
 * its separating comma), the "View PDF" / "View arXiv page" buttons, then `h2` "Abstract" followed by
 * `div.pb-8.pr-4.md:pr-16` holding the AI-generated summary box and the abstract paragraph. Hugging Face is a
 * single-page app: with `navigatesTo`, "Next paper" re-renders `main` for the next paper without a reload.
 * Dark mode is Tailwind's `class="dark"` on the root, with `dark:bg-gray-950` on the body. Tailwind classes are
 * abridged, and the stylesheet is a short stand-in for Hugging Face's own.
 */
import { escapeHtml, publishedDate, type ArxivRecord } from './paper-record';
import { nextPaperLinkHtml, singlePageAppScript, type SinglePageApp, type SinglePageView } from './single-page-app';

export interface HuggingFacePageOptions {
  /** Papers "Next paper" shows in turn, in-page. */
  navigatesTo?: readonly ArxivRecord[];
  scheme?: 'light' | 'dark';
}

const STYLE = `
  body { margin: 0; font-family: 'Source Sans Pro', ui-sans-serif, system-ui, sans-serif; background: #fff; color: #000; }
  .dark body { background: #0b0f19; color: #e5e7eb; }
  a { color: inherit; }
  header { display: flex; align-items: center; gap: 1.5rem; height: 4rem; padding: 0 1rem; border-bottom: 1px solid #f3f4f6; }
  header nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
  .container { max-width: 1280px; margin: 0 auto; padding: 0 1rem; }
  main h1 { font-size: 1.875rem; font-weight: 600; margin: .5rem 0; }
  .paper-columns { display: grid; grid-template-columns: 7fr 5fr; gap: 1.5rem; }
  .pb-8 { padding-bottom: 2rem; padding-right: 4rem; }
  .summary { margin-bottom: 1rem; border: 1px solid #e5e7eb; border-radius: .75rem; padding: .75rem; font-size: .875rem; }
  .contents { display: contents; }
`;

/** "Oct 12, 2023", as the "Published on" line writes it. */
function monthDayYear(date: Date): string {
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

function headTags(paper: ArxivRecord): string {
  const title = escapeHtml(`Paper page - ${paper.title}`);
  const url = `https://huggingface.co/papers/${escapeHtml(paper.arxivId)}`;
  return `<meta property="og:title" content="${title}">
  <meta property="og:type" content="website">
  <meta property="og:url" content="${url}">
  <meta property="og:image" content="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${escapeHtml(paper.arxivId)}.png">
  <link rel="canonical" href="${url}">`;
}

/** Every author but the last carries the comma that separates it from the next, inside its own element. */
function authorsHtml(authors: readonly string[]): string {
  return authors
    .map((author, index) => {
      const comma = index < authors.length - 1 ? ',' : '';
      const name =
        index % 2 === 0
          ? `<a href="/${escapeHtml(author.toLowerCase().replace(/[^a-z]+/g, ''))}" class="underline decoration-gray-300">${escapeHtml(author)}</a>`
          : `<span class="whitespace-nowrap underline decoration-gray-300">${escapeHtml(author)}</span>`;
      return `<span class="contents">${name}${comma}</span>`;
    })
    .join('\n          ');
}

function mainHtml(paper: ArxivRecord): string {
  const id = escapeHtml(paper.arxivId);
  const published = monthDayYear(publishedDate(paper));
  return `
    <div class="pt-6 sm:pt-9 border-b border-gray-100">
      <div class="container">
        <div class="mb-3 flex flex-wrap items-center gap-2 text-sm text-gray-500">
          <div class="whitespace-nowrap">Published on ${escapeHtml(published)}</div>
          <div class="hidden sm:block">·</div>
          <div class="flex items-center">Submitted by <a href="/akhaliq" class="ml-1 font-semibold">akhaliq</a> on ${escapeHtml(published)}</div>
        </div>
        <h1 class="mb-2 text-2xl font-semibold sm:text-3xl">${escapeHtml(paper.title)}</h1>
        <div class="relative mb-2 flex flex-wrap items-center gap-x-1 text-base leading-tight md:text-lg">
          <div class="mr-1 text-gray-500">Authors:</div>
          ${authorsHtml(paper.authors)}
        </div>
        <div class="flex flex-wrap gap-2 pb-6 md:pb-8">
          <a href="https://arxiv.org/pdf/${id}" class="btn" target="_blank">View PDF</a>
          <a href="https://arxiv.org/abs/${id}" class="btn" target="_blank">View arXiv page</a>
          <button class="btn">Add to collection</button>
        </div>
      </div>
    </div>
    <div class="container paper-columns relative grid grid-cols-1 md:grid-cols-12">
      <section class="pt-8 border-gray-100 md:col-span-7 sm:pb-16 lg:pb-24 relative">
        <div class="flex flex-col gap-y-2.5">
          <h2 class="mb-2 text-lg font-semibold">Abstract</h2>
          <div class="pb-8 pr-4 md:pr-16">
            <div class="summary mb-4 rounded-xl border border-gray-200 p-3">
              <div class="mb-1 text-sm font-semibold">AI-generated summary</div>
              <p class="text-sm">A short machine summary of ${escapeHtml(paper.title)}.</p>
            </div>
            <p class="text-gray-600 dark:text-gray-400">${escapeHtml(paper.abstract)}</p>
          </div>
        </div>
        <div class="border-t border-gray-100 pt-6">
          <h3 class="mb-3 text-lg font-semibold">Community</h3>
          <div class="rounded-xl border border-gray-100 p-4"><p>Compare with <a href="https://arxiv.org/abs/1706.03762">arXiv:1706.03762</a>.</p></div>
        </div>
      </section>
      <section class="pt-8 border-gray-100 md:col-span-5 md:pl-6">
        <h2 class="mb-5 text-lg font-semibold">Models citing this paper <span class="text-gray-400">0</span></h2>
      </section>
    </div>`;
}

function view(paper: ArxivRecord): SinglePageView {
  return {
    path: `/papers/${paper.arxivId}`,
    documentTitle: `Paper page - ${paper.title}`,
    headTags: headTags(paper),
    regionHtml: mainHtml(paper),
  };
}

function hfDocument({ title, head, main, scheme = 'light', navigation = '', script = '' }: {
  title: string;
  head: string;
  main: string;
  scheme?: 'light' | 'dark';
  navigation?: string;
  script?: string;
}): string {
  return `<!doctype html>
<html class="${scheme === 'dark' ? 'dark' : ''}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
  <meta name="description" content="Join the discussion on this paper page">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@huggingface">
  <style>${STYLE}</style>
  ${head}
  <title>${escapeHtml(title)}</title>
</head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black">
<div class="flex min-h-dvh flex-col">
  <header class="border-b border-gray-100">
    <a class="mr-5 flex flex-none items-center" href="/"><span class="text-lg font-bold">Hugging Face</span></a>
    <nav aria-label="Main"><ul>
      <li><a href="/models">Models</a></li>
      <li><a href="/datasets">Datasets</a></li>
      <li><a href="/spaces">Spaces</a></li>
      <li><a href="/papers">Papers</a></li>
      ${navigation ? `<li>${navigation}</li>` : ''}
    </ul></nav>
  </header>
  <main class="flex flex-1 flex-col">${main}</main>
</div>
${script}
</body>
</html>
`;
}

export function renderHuggingFacePaperPage(paper: ArxivRecord, { navigatesTo = [], scheme }: HuggingFacePageOptions = {}): string {
  const app: SinglePageApp = {
    region: 'main',
    viewHeadTags: 'meta[property^="og:"], link[rel="canonical"]',
    views: [paper, ...navigatesTo].map(view),
  };
  const first = view(paper);
  const navigates = navigatesTo.length > 0;
  return hfDocument({
    title: first.documentTitle,
    head: first.headTags,
    main: first.regionHtml,
    scheme,
    navigation: navigates ? nextPaperLinkHtml(app) : '',
    script: navigates ? singlePageAppScript(app) : '',
  });
}

/** The home page: trending models and today's papers, each a link to its paper page; no paper of its own. */
export function renderHuggingFaceHomePage(papers: readonly ArxivRecord[]): string {
  const items = papers
    .map((paper) => `<li><a href="/papers/${escapeHtml(paper.arxivId)}"><h4>${escapeHtml(paper.title)}</h4></a><p>${escapeHtml(paper.authors.join(', '))}</p></li>`)
    .join('\n        ');
  return hfDocument({
    title: 'Hugging Face – The AI community building the future.',
    head: `<meta property="og:title" content="Hugging Face – The AI community building the future.">
  <meta property="og:type" content="website">
  <meta property="og:url" content="https://huggingface.co/">
  <link rel="canonical" href="https://huggingface.co/">`,
    main: `
    <div class="container">
      <h1>The AI community building the future.</h1>
      <section><h2>Trending models</h2><ul><li><a href="/letta-ai/memgpt-demo">letta-ai/memgpt-demo</a></li></ul></section>
      <section><h2>Daily Papers</h2>
        <ul>
        ${items}
        </ul>
      </section>
    </div>`,
  });
}
