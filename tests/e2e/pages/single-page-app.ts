/**
 * In-page navigation for the test pages of single-page sites (Hugging Face, alphaXiv, OpenReview): the page's own
 * script, served with it, turns links between its views into `history.pushState` and re-renders the view without
 * a reload, as those sites' client-side routers do.
 */
import { escapeHtml, scriptJson } from './paper-record';

/** One paper's view of a single-page site. */
export interface SinglePageView {
  /** Path and query the view lives at, e.g. `/papers/2310.08560` or `/forum?id=YicbFdNTTy`. */
  path: string;
  documentTitle: string;
  /** The view's own head tags (its metadata), which replace the previous view's. */
  headTags: string;
  /** The markup the site re-renders inside the region. */
  regionHtml: string;
}

export interface SinglePageApp {
  /** Selector of the element whose content each view replaces. */
  region: string;
  /** Selector of the head tags that belong to a view and are replaced with it. */
  viewHeadTags: string;
  /** The first view is the page as served; "Next paper" goes through the others in turn. */
  views: readonly SinglePageView[];
}

/**
 * Real sites change the URL first and render the next paper when its data has arrived; this much delay keeps that
 * order (and the window in which the DOM still shows the previous paper under the new URL) in every test run.
 */
const RENDER_DELAY_MS = 150;

/** A "Next paper" link to the second view, for the page's own navigation bar. */
export function nextPaperLinkHtml(app: SinglePageApp): string {
  const next = app.views[1] ?? app.views[0];
  return `<a href="${escapeHtml(next?.path ?? '#')}" data-next-paper>Next paper</a>`;
}

/** The inline script that makes the page a single-page app; put it at the end of `body`. */
export function singlePageAppScript(app: SinglePageApp): string {
  return `<script>
(() => {
  const views = ${scriptJson(app.views)};
  const region = document.querySelector(${scriptJson(app.region)});
  const pathOf = (url) => url.pathname + url.search;
  const indexOf = (path) => views.findIndex((view) => view.path === path);

  function render(path) {
    const index = indexOf(path);
    if (index < 0) return;
    const view = views[index];
    document.title = view.documentTitle;
    for (const tag of document.head.querySelectorAll(${scriptJson(app.viewHeadTags)})) tag.remove();
    document.head.insertAdjacentHTML('beforeend', view.headTags);
    region.innerHTML = view.regionHtml;
    const next = document.querySelector('[data-next-paper]');
    if (next) next.setAttribute('href', views[(index + 1) % views.length].path);
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || indexOf(pathOf(url)) < 0) return;
    event.preventDefault();
    history.pushState(null, '', url);
    setTimeout(() => render(pathOf(url)), ${RENDER_DELAY_MS});
  });
  window.addEventListener('popstate', () => setTimeout(() => render(pathOf(location)), ${RENDER_DELAY_MS}));
})();
</script>`;
}
