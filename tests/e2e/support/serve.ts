/** Serves test pages under their real URLs and opens them as a reader would. */
import type { Page } from 'playwright-core';
import type { E2E } from '../harness/suite';

/** Serves `html` at `url` (its query ignored, as the server matches paths). */
export function servePage(e2e: E2E, url: string, html: string): void {
  const { hostname, pathname } = new URL(url);
  e2e.server.route(hostname, pathname, { html });
}

/** Serves `html` at `url` and opens it in a new tab. */
export async function openServedPage(e2e: E2E, url: string, html: string): Promise<Page> {
  servePage(e2e, url, html);
  const page = await e2e.browser.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Serves one page per value of a query parameter at one path, as OpenReview serves every forum at
 * `/forum?id=<forum id>`; the server matches paths only, so the handler picks the page.
 */
export function servePagesByQuery(e2e: E2E, origin: string, param: string, pagesByValue: Readonly<Record<string, string>>): void {
  const { hostname, pathname } = new URL(origin);
  e2e.server.route(hostname, pathname, (_request, response, url) => {
    const html = pagesByValue[url.searchParams.get(param) ?? ''];
    if (html === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`No e2e page for ${param}=${url.searchParams.get(param)}\n`);
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
}

/** How many times the browser asked the server for `path` on `host`. */
export function requestCount(e2e: E2E, host: string, path: string): number {
  return e2e.server.requests.filter((request) => request.host === host && request.path === path).length;
}
