/** Content script for arXiv abstract pages: reads the paper and shows related papers beside the abstract. */
import { readArxivAbstractPage } from '@/lib/page/arxiv-abstract-page';
import { showPanel } from '@/lib/panel/show-panel';

export default defineContentScript({
  matches: ['https://arxiv.org/abs/*', 'https://export.arxiv.org/abs/*'],
  runAt: 'document_end',
  main(ctx) {
    const paper = readArxivAbstractPage(document, new URL(location.href));
    if (paper) showPanel(paper, { document, anchor: document.querySelector('.extra-services'), signal: ctx.signal });
  },
});
