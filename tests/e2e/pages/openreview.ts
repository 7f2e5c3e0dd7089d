/**
 * An OpenReview forum page (`openreview.net/forum?id=<forum id>`). No saved forum exists
 * (../shared/fixtures/PROVENANCE.md, "openreview"); this follows what openreview-web renders for a forum
 * (app/forum/page.js, components/forum/ForumNote.js), as tests/fixtures/pages/openreview-forum.html records it:
 * the title "<title> | OpenReview"; `description` and `og:description` from the TL;DR, `og:title` cut to 70
 * characters, og:type article; `citation_title`, one `citation_author` per author, `citation_online_date`
 * (YYYY/MM/DD), `citation_pdf_url` (https://openreview.net/pdf?id=<forum id>), `citation_abstract`,
 * `citation_conference_title`. The body has `div.forum-container > div.forum-note` with
 * `div.forum-title > h2.citation_title`, the PDF link, `div.forum-authors`, `div.forum-meta` and the
 * `div.note-content` fields, then the replies (`div.note`). OpenReview is a Next.js single-page app: with
 * `navigatesTo`, "Next paper" re-renders the forum and its head metadata in-page.
 */
import { escapeHtml, publishedDate, type PaperRecord } from './paper-record';
import { nextPaperLinkHtml, singlePageAppScript, type SinglePageApp, type SinglePageView } from './single-page-app';

/** A submission and the forum it is discussed in. */
export interface OpenReviewForum {
  forumId: string;
  paper: PaperRecord;
}

const STYLE = `
  body { margin: 0; font-family: 'Noto Sans', 'Helvetica Neue', Arial, sans-serif; background: #fffaf4; color: #333; }
  .navbar { background: #8c1b13; padding: .5rem 1rem; }
  .navbar a { color: #fff; text-decoration: none; }
  .container { max-width: 970px; margin: 0 auto; padding: 0 15px; }
  .forum-title h2 { font-size: 1.6rem; margin: .5rem 0; }
  .forum-authors h3 { font-size: 1rem; font-weight: normal; }
  .forum-meta .item { margin-right: 1rem; font-size: .85rem; }
  .note-content > div { margin: .3rem 0; }
  .note-content-field { color: #8c1b13; margin-right: .3rem; }
  .note { border-top: 1px solid #ddd; padding: .5rem 0; }
`;

/** lodash `truncate`, as openreview-web cuts `og:title`. */
function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 3).replace(/\s+\S*$/, '')}...`;
}

function headTags({ forumId, paper }: OpenReviewForum): string {
  const meta = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}">`;
  const tldr = `${paper.title.split(':')[0]} in one sentence.`;
  const onlineDate = publishedDate(paper).toISOString().slice(0, 10).replaceAll('-', '/');
  return [
    meta('description', tldr),
    meta('citation_title', paper.title),
    ...paper.authors.map((author) => meta('citation_author', author)),
    meta('citation_online_date', onlineDate),
    meta('citation_pdf_url', `https://openreview.net/pdf?id=${forumId}`),
    meta('citation_abstract', paper.abstract),
    meta('citation_conference_title', 'International Conference on Learning Representations'),
    `<meta property="og:title" content="${escapeHtml(truncate(paper.title, 70))}">`,
    `<meta property="og:description" content="${escapeHtml(tldr)}">`,
    `<meta property="og:type" content="article">`,
  ].join('\n  ');
}

function forumHtml({ forumId, paper }: OpenReviewForum): string {
  const id = escapeHtml(forumId);
  const authors = paper.authors
    .map((author) => `<a href="/profile?id=~${escapeHtml(author.replace(/\s+/g, '_'))}1">${escapeHtml(author)}</a>`)
    .join(', ');
  return `
          <div class="forum-container">
            <div class="forum-note">
              <div class="forum-title mt-2 mb-2">
                <h2 class="citation_title">${escapeHtml(paper.title)}</h2>
                <div class="forum-content-link"><a class="citation_pdf_url" href="/pdf?id=${id}" title="Download PDF" target="_blank" rel="noreferrer">PDF</a></div>
              </div>
              <div class="forum-authors mb-2"><h3><span>${authors}</span></h3></div>
              <div class="clearfix mb-1">
                <div class="forum-meta">
                  <span class="date item">Published: ${escapeHtml(publishedDate(paper).toUTCString().slice(5, 16))}</span>
                  <span class="item">ICLR Poster</span>
                  <span class="readers item">Everyone</span>
                </div>
              </div>
              <div class="note-content">
                <div><strong class="note-content-field disable-tex-rendering">Keywords:</strong> <span class="note-content-value">language models, pre-training</span></div>
                <div><strong class="note-content-field disable-tex-rendering">Abstract:</strong> <div class="note-content-value markdown-rendered"><p>${escapeHtml(paper.abstract)}</p></div></div>
              </div>
            </div>
            <div class="row forum-replies-container layout-default">
              <div class="col-xs-12"><div id="forum-replies"><div class="note depth-odd"><div class="heading"><h4><span>Paper Decision</span></h4></div><div class="note-content"><p>Accept (Poster)</p></div></div></div></div>
            </div>
          </div>`;
}

function view(forum: OpenReviewForum): SinglePageView {
  return {
    path: `/forum?id=${forum.forumId}`,
    documentTitle: `${forum.paper.title} | OpenReview`,
    headTags: headTags(forum),
    regionHtml: forumHtml(forum),
  };
}

export function renderOpenReviewForumPage(forum: OpenReviewForum, { navigatesTo = [] }: { navigatesTo?: readonly OpenReviewForum[] } = {}): string {
  const app: SinglePageApp = {
    region: 'main#content',
    viewHeadTags: 'meta[name="description"], meta[name^="citation_"], meta[property^="og:"]',
    views: [forum, ...navigatesTo].map(view),
  };
  const first = view(forum);
  const navigates = navigatesTo.length > 0;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(first.documentTitle)}</title>
  <style>${STYLE}</style>
  ${first.headTags}
  <meta name="twitter:card" content="summary">
  <meta name="twitter:site" content="@openreviewnet">
</head>
<body>
  <div id="__next">
    <nav class="navbar navbar-inverse" role="navigation"><a class="navbar-brand home push-link" href="/"><strong>OpenReview</strong>.net</a> ${navigates ? nextPaperLinkHtml(app) : ''}</nav>
    <div class="container">
      <div class="row">
        <main id="content">${first.regionHtml}</main>
      </div>
    </div>
  </div>
${navigates ? singlePageAppScript(app) : ''}
</body>
</html>
`;
}
