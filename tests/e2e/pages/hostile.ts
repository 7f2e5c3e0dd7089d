/** arXiv abstract pages that attack Sidenote: script payloads in the paper's text, huge fields, and scripts that fight or spy on the panel. */
import { renderAbsPage } from './arxiv-abs';
import { escapeHtml, type ArxivPaperRecord } from './arxiv-site';

/** What every payload does when it runs: sets this global, which each test reads in every context. */
export const PWNED_FLAG = '__pwned';
/** Sets the flag and opens a dialog, so a payload that ran is caught whether or not its context can still be read. */
const RUN_PAYLOAD = `window.${PWNED_FLAG}=1;alert(document.domain)`;

/** Text that runs `RUN_PAYLOAD` if any view ever treats it as markup or a link. */
export const PAYLOADS = {
  image: `<img src=x onerror="${RUN_PAYLOAD}">`,
  script: `<script>${RUN_PAYLOAD}</script>`,
  link: `javascript:${RUN_PAYLOAD}`,
  svg: `<svg onload="${RUN_PAYLOAD}">`,
} as const;

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

/** A paper outside the catalogue whose title, authors and abstract all carry payloads; its words make related entries findable. */
export const PAYLOAD_PAPER: ArxivPaperRecord = {
  arxivId: '2501.09917',
  title: `Quokka ${PAYLOADS.image} Masked Language Model Pre-training ${PAYLOADS.script} ${RIGHT_TO_LEFT_OVERRIDE}gnp.exe`,
  authors: [`Mallory ${PAYLOADS.image}`, `Eve ${PAYLOADS.script}`, `${RIGHT_TO_LEFT_OVERRIDE}Trudy`],
  abstract:
    `We pre-train masked language models for Chinese text ${PAYLOADS.svg} and evaluate them on reading comprehension. ` +
    `Code: ${PAYLOADS.link} and <a href="${PAYLOADS.link}">this</a>.`,
  published: '2025-01-20',
  categories: ['cs.CL'],
};

/** The title as Sidenote must show it: the same characters, the bidi override removed, the lone surrogate the page adds replaced. */
export const PAYLOAD_PAPER_SHOWN_TITLE = `${PAYLOAD_PAPER.title.replace(RIGHT_TO_LEFT_OVERRIDE, '')}\uFFFD`;

/**
 * The payload paper's page. Its server sends UTF-8, which cannot carry invalid UTF-16, so a page script adds a
 * lone surrogate to the title the way a buggy or hostile script on the page could.
 */
export function renderPayloadPage(): string {
  return withScripts(renderAbsPage(PAYLOAD_PAPER), {
    head: [
      `<meta name="citation_doi" content="10.1234/${escapeHtml(PAYLOADS.image)}" />`,
      `<meta name="citation_pdf_url" content="${escapeHtml(PAYLOADS.link)}" />`,
      `<meta name="citation_keywords" content="${escapeHtml(PAYLOADS.script)}" />`,
      `<script>document.querySelector('meta[name="citation_title"]').content += '\\ud800';</script>`,
    ].join(''),
  });
}

/** A paper with a 1 MB title and 10,000 authors: the panel must still appear, with the text cut short. */
export function hugePaper(): ArxivPaperRecord {
  return {
    arxivId: '2501.09918',
    title: `Gigantic ${'masked language model '.repeat(50_000)}`.slice(0, 1_000_000),
    authors: Array.from({ length: 10_000 }, (_, index) => `Author Number${index}`),
    abstract: 'We pre-train masked language models for Chinese text and evaluate them on reading comprehension.',
    published: '2025-01-21',
    categories: ['cs.CL'],
  };
}

/**
 * Each way a page can fight the panel, as a script or stylesheet put in its head. Every page also keeps a
 * working script of its own (`#page-counter`), so tests can tell that Sidenote did not break the page.
 */
export const PANEL_FIGHTS = {
  'unsets every style': `<style>
    * { all: unset !important; }
    iframe, div, sidenote-panel, :not(:defined) { display: none !important; width: 0 !important; height: 0 !important; visibility: hidden !important; opacity: 0 !important; }
  </style>`,
  'deletes every element it does not know': `<script>
    const known = new Set(${JSON.stringify(['a', 'b', 'blockquote', 'br', 'div', 'em', 'h1', 'h2', 'h3', 'li', 'p', 'script', 'span', 'strong', 'style', 'table', 'tbody', 'td', 'tr', 'ul', 'button', 'header', 'footer', 'nav', 'main', 'section', 'form', 'input', 'label', 'img', 'svg', 'path', 'meta', 'link', 'title'])});
    // From the moment its own markup is in, anything another script adds that the page does not know is removed at once.
    document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1 && !known.has(node.localName)) node.remove();
    }).observe(document, { childList: true, subtree: true }));
  </script>`,
  'throws from attachShadow': `<script>
    Element.prototype.attachShadow = function () { throw new Error('no shadow roots on this page'); };
  </script>`,
  'records every shadow root': `<script>
    window.__shadowRoots = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) { const root = attach.call(this, { ...init, mode: 'open' }); window.__shadowRoots.push(root); return root; };
  </script>`,
  'redefines fetch and postMessage': `<script>
    window.fetch = () => Promise.reject(new Error('fetch is blocked on this page'));
    window.postMessage = () => { throw new Error('postMessage is blocked on this page'); };
    window.MessageChannel = undefined;
  </script>`,
} as const;

export type PanelFight = keyof typeof PANEL_FIGHTS;

/** The page's own working script: a button that counts its clicks, and its messages kept for spying. */
const PAGE_OWN_SCRIPT = `<button id="page-counter" type="button">Clicked 0</button>
<script>
  let clicks = 0;
  document.getElementById('page-counter').addEventListener('click', (event) => { event.currentTarget.textContent = 'Clicked ' + (++clicks); });
  window.__messagesSeen = [];
  window.addEventListener('message', (event) => { try { window.__messagesSeen.push(JSON.stringify(event.data)); } catch { window.__messagesSeen.push(String(event.data)); } }, true);
</script>`;

/** `paper`'s abstract page with `fight` in its head and the page's own counter script in its body. */
export function renderFightingPage(paper: ArxivPaperRecord, fight: PanelFight): string {
  return withScripts(renderAbsPage(paper), { head: PANEL_FIGHTS[fight], body: PAGE_OWN_SCRIPT });
}

function withScripts(html: string, { head = '', body = '' }: { head?: string; body?: string }): string {
  return html.replace('</head>', `${head}</head>`).replace('</body>', `${body}</body>`);
}
