/** Where the panel goes on each kind of paper page: in a side column, after the abstract, or floating collapsed. */
import type { PageKind } from '../page/detect-paper';

/** An element to attach the panel to, and how; `null` anchor means float at the window's edge. */
export interface Placement {
  anchor: Element | null;
  /** `start`: first child of the anchor (a side column); `after`: right after it (an abstract block). */
  position: 'start' | 'after';
}

/**
 * Per page kind, the places tried in order. arXiv's abstract page has a side column beside the abstract;
 * elsewhere the panel follows the abstract, so it pushes nothing above the title or abstract off screen
 * and covers nothing.
 */
const PLACES: Partial<Record<PageKind, readonly { selector: string; position: Placement['position'] }[]>> = {
  'arxiv-abs': [{ selector: '.extra-services', position: 'start' }],
  'arxiv-html': [{ selector: '.ltx_abstract', position: 'after' }],
  ar5iv: [{ selector: '.ltx_abstract', position: 'after' }],
  'acl-anthology': [{ selector: '.acl-abstract', position: 'after' }],
  'semantic-scholar': [
    { selector: '.paper-detail-page__tldr-abstract', position: 'after' },
    { selector: '.cl-paper-abstract', position: 'after' },
  ],
  biorxiv: [{ selector: '.section.abstract', position: 'after' }],
  huggingface: [{ selector: 'section h2 + p, .pb-8 > p', position: 'after' }],
  openreview: [{ selector: '.forum-note', position: 'after' }],
  alphaxiv: [{ selector: '[data-testid="abstract"], .abstract', position: 'after' }],
  'scholarly-meta': [
    { selector: '.abstract, #abstract, [class*="abstract"]', position: 'after' },
  ],
};

/**
 * The placement for a page; `floating` tells the caller to start the panel collapsed,
 * since a floating panel has no guaranteed free space.
 *
 * @example
 * const { anchor, position } = panelPlacement('arxiv-abs', document); // .extra-services, 'start'
 */
export function panelPlacement(kind: PageKind, document: Document): Placement {
  for (const { selector, position } of PLACES[kind] ?? []) {
    const anchor = document.querySelector(selector);
    if (anchor) return { anchor, position };
  }
  return { anchor: null, position: 'start' };
}
