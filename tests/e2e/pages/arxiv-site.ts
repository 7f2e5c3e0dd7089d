/**
 * What every arXiv page we serve shares: the 2026 site header and footer (`ds-site-header`,
 * `ds-site-footer`) and subject names, following the saved abstract page
 * ../shared/fixtures/arxiv-abs/arxiv-abs-1706.03762.html. The stylesheet is our own short stand-in
 * for arXiv.css and abs.css, inlined because the real one lives on static.arxiv.org.
 */

/** A paper as an arXiv page shows it; catalogue entries with an arXiv id fit as they are. */
export interface ArxivPaperRecord {
  arxivId: string;
  /** Defaults to 1. */
  version?: number;
  title: string;
  /** Display order, "Given Family". */
  authors: string[];
  abstract: string;
  /** First-submission date `YYYY-MM-DD`; unknown (null) falls back to the month the id encodes. */
  published?: string | null;
  /** Primary first. */
  categories: string[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function submissionDate(paper: ArxivPaperRecord): Date {
  if (paper.published) return new Date(`${paper.published}T00:00:00Z`);
  // Every arXiv page has a date; a new-style id (YYMM.NNNNN) at least tells the month.
  const yymm = /^(\d\d)(\d\d)\./.exec(paper.arxivId);
  if (!yymm) throw new Error(`No date for ${paper.arxivId}; give the record a published date`);
  return new Date(Date.UTC(2000 + Number(yymm[1]), Number(yymm[2]) - 1, 1));
}

/** "12 Jun 2017", as arXiv's datelines write it. */
export function dayMonthYear(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const ARCHIVES: Record<string, string> = {
  cs: 'Computer Science',
  stat: 'Statistics',
  eess: 'Electrical Engineering and Systems Science',
  'q-bio': 'Quantitative Biology',
  'q-fin': 'Quantitative Finance',
};

const SUBJECTS: Record<string, string> = {
  'cs.AI': 'Artificial Intelligence',
  'cs.CL': 'Computation and Language',
  'cs.CR': 'Cryptography and Security',
  'cs.CV': 'Computer Vision and Pattern Recognition',
  'cs.HC': 'Human-Computer Interaction',
  'cs.IR': 'Information Retrieval',
  'cs.LG': 'Machine Learning',
  'cs.RO': 'Robotics',
  'cs.SE': 'Software Engineering',
  'eess.AS': 'Audio and Speech Processing',
  'q-bio.QM': 'Quantitative Methods',
  'q-fin.CP': 'Computational Finance',
  'stat.ML': 'Machine Learning',
};

/** Every arXiv paper has a primary category; where the record knows none, the catalogue's own field stands in. */
export function categoriesOf(paper: ArxivPaperRecord): [primary: string, ...others: string[]] {
  const [primary = 'cs.CL', ...others] = paper.categories;
  return [primary, ...others];
}

export function archiveOf(category: string): string {
  return category.split('.')[0] ?? category;
}

export function archiveName(category: string): string {
  return ARCHIVES[archiveOf(category)] ?? archiveOf(category);
}

export function subjectName(category: string): string {
  return SUBJECTS[category] ?? category;
}

/** `<span class="primary-subject">Computation and Language (cs.CL)</span>; Machine Learning (cs.LG)` */
export function subjectsHtml(categories: readonly string[]): string {
  const named = categories.map((category) => escapeHtml(`${subjectName(category)} (${category})`));
  const [primary, ...others] = named;
  return primary === undefined ? '' : [`<span class="primary-subject">${primary}</span>`, ...others].join('; ');
}

function splitName(author: string): { family: string; given: string[] } {
  const given = author.trim().split(/\s+/);
  return { family: given.pop() ?? '', given };
}

/** arXiv's `citation_author` form: "Aidan N. Gomez" becomes "Gomez, Aidan N.". */
export function familyFirst(author: string): string {
  const { family, given } = splitName(author);
  return given.length === 0 ? family : `${family}, ${given.join(' ')}`;
}

/** A link to arXiv's author search, which takes "Aidan N. Gomez" as `Gomez,+A+N`. */
export function authorLinkHtml(author: string, archive: string): string {
  const { family, given } = splitName(author);
  const query = given.length === 0 ? family : [`${family},`, ...given.map((name) => name.charAt(0))].join('+');
  return `<a href="https://arxiv.org/search/${escapeHtml(archive)}?searchtype=author&amp;query=${escapeHtml(query)}" rel="nofollow">${escapeHtml(author)}</a>`;
}

const STYLE = `
  body { margin: 0; font-family: 'Lucida Grande', Helvetica, Arial, Verdana, sans-serif; font-size: 100%; color: #000; background: #fff; }
  a { color: #0069d9; text-decoration: none; }
  .is-sr-only, [hidden] { display: none !important; }
  .ds-site-header { display: flex; align-items: center; justify-content: space-between; padding: .6em 1em; background: #b31b1b; }
  .ds-site-header a { color: #fff; }
  .ds-site-header-logo { font-weight: bold; font-size: 1.4em; }
  .ds-site-header-nav { display: flex; gap: 1.2em; }
  #content { margin: .7em 1em; }
  #abs-outer { display: flex; align-items: flex-start; gap: 1.5em; }
  .leftcolumn { flex: 1 1 75%; min-width: 0; }
  .extra-services { flex: 0 0 20%; font-size: .9em; }
  .extra-services ul { list-style: none; padding: 0; }
  .subheader h1 { font-size: 1.1em; margin: .2em 0 1em; }
  .header-breadcrumbs-mobile, .mobile-submission-download, .extra-services .descriptor { display: none; }
  .dateline { font-style: italic; font-size: .9em; margin: 0 0 .5em 20px; }
  h1.title { font-size: x-large; line-height: 1.3; margin: .25em 0 12px 20px; }
  h1.title .descriptor, div.authors .descriptor { display: none; }
  div.authors { font-size: 1.1em; margin: 8px 0 8px 20px; }
  blockquote.abstract { font-size: 1.05rem; line-height: 1.45; margin: 1.5em 2em 2em 4em; }
  blockquote.abstract .descriptor { font-weight: bold; margin-right: .4em; }
  .metatable td.label { font-weight: bold; padding-right: 1em; vertical-align: top; }
  .abs-button { display: inline-block; margin: .2em 0; padding: .3em .6em; border: 1px solid #ccc; border-radius: 3px; }
  #dlpage { margin: .7em 1em; }
  #dlpage dt { margin-top: 1em; }
  #dlpage dd { margin-left: 2em; }
  .list-title { font-size: 1.1em; font-weight: bold; }
  .ds-site-footer { margin-top: 3em; padding: 1em; background: #eee; font-size: .9em; }
`;

/** A whole arXiv page around `main`, with `head` (meta tags) after the title. */
export function arxivDocument({ title, head, main }: { title: string; head: string; main: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <title>${escapeHtml(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>${STYLE}</style>
  ${head}
</head>
<body><div class="flex-wrap-footer">
  <a href="#content" class="ds-skip-link is-sr-only">Skip to main content</a>
  <header class="ds-site-header">
    <a href="https://arxiv.org/" class="ds-site-header-logo" aria-label="archive home">arXiv</a>
    <nav class="ds-site-header-nav" id="ds-site-header-nav" aria-label="Main navigation">
      <a id="arxiv-search-toggle" href="https://arxiv.org/search">Search</a>
      <a href="https://arxiv.org/user/create">Submit</a>
      <a href="https://info.arxiv.org/about/donate.html">Donate</a>
      <a href="https://arxiv.org/login" class="ds-site-header-login">Log in</a>
    </nav>
  </header>
  <main>
    <div id="content">
${main}
    </div>
  </main>
  <footer class="ds-site-footer">
    <div class="ds-site-footer-ack">We gratefully acknowledge support from our <strong>major funders</strong>, <a href="https://info.arxiv.org/about/ourmembers.html"><strong>member institutions</strong></a>, and all contributors.</div>
    <nav class="ds-site-footer-links" aria-label="Site navigation">
      <a href="https://info.arxiv.org/about">About</a> &middot; <a href="https://info.arxiv.org/help">Help</a> &middot; <a href="https://info.arxiv.org/help/contact.html">Contact</a>
    </nav>
  </footer>
</div></body>
</html>
`;
}
