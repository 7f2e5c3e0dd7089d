/** Every request a browser context makes, as DevTools reports it: pages, their frames (the panel's too) and service workers, Sidenote's included. */
import type { BrowserContext, Request } from 'playwright-core';

export interface SeenRequest {
  method: string;
  url: string;
  /** Who asked: `page <url>`, `frame <url>` or `service worker <url>`, as the request started. */
  initiator: string;
  /** The frame's or worker's URL alone, for telling web pages from Sidenote's own contexts. */
  initiatorUrl: string;
  navigation: boolean;
  /** Chromium's error text, when the request failed. */
  failure?: string;
}

export interface RequestLog {
  readonly requests: readonly SeenRequest[];
  stop(): void;
  /**
   * One line per request, for the test output, fragments cut; requests `fold` gives a label to are counted under it
   * instead (the hundreds of files Chromium's own PDF viewer loads, say).
   */
  describe(fold?: (request: SeenRequest) => string | undefined): string;
}

/**
 * Starts recording `context`'s requests. Playwright (1.55 and later) reports service workers' requests too, unless
 * PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set, which this refuses so the log cannot silently miss the background.
 */
export function recordRequests(context: BrowserContext): RequestLog {
  if (process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK) throw new Error('Service worker requests are hidden: unset PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK');
  const requests: SeenRequest[] = [];
  const seen = new Map<Request, SeenRequest>();
  const onRequest = (request: Request) => {
    const entry = { method: request.method(), url: request.url(), ...initiatorOf(request), navigation: request.isNavigationRequest() };
    seen.set(request, entry);
    requests.push(entry);
  };
  const onFailed = (request: Request) => {
    const entry = seen.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  };
  context.on('request', onRequest);
  context.on('requestfailed', onFailed);
  return {
    requests,
    stop() {
      context.off('request', onRequest);
      context.off('requestfailed', onFailed);
    },
    describe(fold = () => undefined) {
      const lines: string[] = [];
      const folded = new Map<string, number>();
      for (const request of requests) {
        const label = fold(request);
        if (label === undefined) lines.push(describeRequest(request));
        else folded.set(label, (folded.get(label) ?? 0) + 1);
      }
      for (const [label, count] of folded) lines.push(`  ${count} × ${label}`);
      return lines.join('\n');
    },
  };
}

function initiatorOf(request: Request): { initiator: string; initiatorUrl: string } {
  const worker = request.serviceWorker();
  if (worker) return { initiator: `service worker ${worker.url()}`, initiatorUrl: worker.url() };
  const frame = request.frame();
  const kind = frame.parentFrame() ? 'frame' : 'page';
  return { initiator: `${kind} ${frame.url()}`, initiatorUrl: frame.url() };
}

function describeRequest({ method, url, initiator, failure }: SeenRequest): string {
  // The panel carries its paper in the fragment, which would fill the screen and is never sent anyway.
  const short = (text: string) => text.replace(/#.*/, '#…');
  return `  ${method} ${short(url)}  ← ${short(initiator)}${failure ? `  FAILED: ${failure}` : ''}`;
}
