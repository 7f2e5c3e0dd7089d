/** Popup latency: opening popup.html, and a typed query until the results status line shows its count. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';

/** Popup timings: opening to a usable search box, and a whole query typed at once until its results show. */
export interface PopupResult {
  openMs: number[];
  queryMs: number[];
  /** Queries that found nothing, a sanity check on the workload. */
  noMatch: number;
  failures: string[];
}

const RESULTS_STATUS = /\d+ papers?$|^No papers match/;

/**
 * For each query: opens popup.html in a new tab (timed to its search box), fills the box with the whole query at once
 * and times until the Search tab's status line shows "N papers" or "No papers match", as `popupResults` in
 * tests/e2e/catalogue-packs.e2e.ts reads it.
 *
 * @example
 * const { queryMs } = await measurePopupQueries(browser, sessions.map((session) => session.query));
 */
export async function measurePopupQueries(browser: ExtensionBrowser, queries: readonly string[], timeoutMs = 60_000): Promise<PopupResult> {
  const result: PopupResult = { openMs: [], queryMs: [], noMatch: 0, failures: [] };
  for (const query of queries) {
    const popup = await browser.context.newPage();
    try {
      const opened = performance.now();
      await popup.goto(browser.extensionUrl('popup.html'), { waitUntil: 'commit' });
      const box = popup.getByRole('searchbox', { name: 'Search papers' });
      await box.waitFor({ timeout: timeoutMs });
      result.openMs.push(performance.now() - opened);
      const status = resultsStatus(popup);
      const typed = performance.now();
      await box.fill(query);
      await status.waitFor({ timeout: timeoutMs });
      result.queryMs.push(performance.now() - typed);
      if ((await status.innerText()).startsWith('No papers match')) result.noMatch++;
    } catch (error) {
      result.failures.push(`"${query}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await popup.close();
    }
  }
  return result;
}

/** The Search tab's status line once it reports a count. */
export function resultsStatus(popup: Page) {
  return popup.getByRole('tabpanel', { name: 'Search' }).getByRole('status').filter({ hasText: RESULTS_STATUS });
}
