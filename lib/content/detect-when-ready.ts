/** Waits for a page to show its paper: single-page sites change the URL first and render the new paper later. */
import { detectPaper, type PageDetection } from '../page/detect-paper';

const CHECK_DELAY_MS = 50;

/** A detection good enough to act on: a paper read from the page, a listing, or an arXiv PDF (which has nothing to read). */
function isSettled(detection: PageDetection | null, previousKey: string | undefined): boolean {
  if (!detection) return false;
  if (detection.kind === 'arxiv-pdf' || detection.kind === 'arxiv-listing') return true;
  // The previous paper's view lingers for a moment after a single-page site navigates.
  return detection.paper !== null && detection.paper.key !== previousKey;
}

/**
 * The page's detection once it settles, re-checked on every DOM change; after `timeoutMs` whatever the page shows
 * (possibly only an arXiv id from the URL, or null for a page that is not a paper). Null if `signal` aborts first.
 *
 * @example
 * const detection = await detectWhenReady(document, new URL(location.href), { signal, previousKey });
 */
export function detectWhenReady(
  document: Document,
  url: URL,
  { signal, previousKey, timeoutMs = 8000 }: { signal: AbortSignal; previousKey?: string; timeoutMs?: number },
): Promise<PageDetection | null> {
  const first = detectPaper(document, url);
  if (isSettled(first, previousKey)) return Promise.resolve(first);
  return new Promise((resolve) => {
    let pendingCheck: ReturnType<typeof setTimeout> | undefined;
    const finish = (detection: PageDetection | null) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(pendingCheck);
      resolve(detection);
    };
    // A rendering page mutates in bursts; reading it once per burst keeps detection off the page's critical path.
    const observer = new MutationObserver(() => {
      pendingCheck ??= setTimeout(() => {
        pendingCheck = undefined;
        const detection = detectPaper(document, url);
        if (isSettled(detection, previousKey)) finish(detection);
      }, CHECK_DELAY_MS);
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['content'] });
    const timer = setTimeout(() => finish(detectPaper(document, url)), timeoutMs);
    signal.addEventListener('abort', () => finish(null), { once: true });
  });
}
