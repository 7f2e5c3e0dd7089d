/** Content script for paper sites: detects the paper and shows related papers beside it, following in-page navigation. */
import { runPaperPages } from '@/lib/content/paper-pages';
import { PAPER_SITE_MATCHES } from '@/lib/sites';

export default defineContentScript({
  matches: PAPER_SITE_MATCHES,
  runAt: 'document_end',
  main(ctx) {
    runPaperPages({
      window,
      signal: ctx.signal,
      onUrlChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => listener(newUrl)),
    });
  },
});
