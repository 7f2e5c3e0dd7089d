/** Finds the metadata of an arXiv paper known only by id (a PDF tab): from the library, else from its own abstract page. */
import type { ArxivId } from './ids/arxiv-id';
import type { SendMessage } from './messaging/protocol';
import { readArxivAbstractPage } from './page/arxiv-abstract-page';
import type { Paper } from './paper';

/** How to fetch and parse a page; `pageReader(window)` gives the browser's. */
export interface PageReader {
  /** Fetches a page of the arXiv site the user is already on. */
  fetchText(url: URL): Promise<string>;
  parseHtml(html: string): Document;
}

/** What the lookup needs from its surroundings, passed in so tests can supply plain functions. */
export interface PaperByIdEnvironment extends PageReader {
  send: SendMessage;
}

/**
 * The browser's page reader: `fetch` without cookies (the page is public) and `DOMParser`.
 *
 * @example
 * arxivPaperById(id, origin, { send: sendMessage, ...pageReader(window) });
 */
export function pageReader(window: Window & typeof globalThis): PageReader {
  return {
    fetchText: async (url) => {
      const response = await window.fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
      return response.text();
    },
    parseHtml: (html) => new window.DOMParser().parseFromString(html, 'text/html'),
  };
}

/**
 * The paper with this arXiv id. The catalogue, bookmarks and cache answer first; otherwise the paper's abstract page
 * is fetched from `origin` (the arXiv site the tab already shows, so no other site learns anything), read, and cached
 * by the background so the next PDF tab of it needs no request.
 *
 * @example
 * const paper = await arxivPaperById({ id: '2106.09608', version: 'v2' }, 'https://arxiv.org', environment);
 */
export async function arxivPaperById(arxivId: ArxivId, origin: string, env: PaperByIdEnvironment): Promise<Paper | null> {
  const withVersion = (paper: Paper): Paper => (arxivId.version ? { ...paper, version: arxivId.version } : paper);
  const known = await env.send('paperByKey', { key: arxivId.id });
  if (known) return withVersion(known);

  const abstractUrl = new URL(`/abs/${arxivId.id}`, origin);
  const read = readArxivAbstractPage(env.parseHtml(await env.fetchText(abstractUrl)), abstractUrl);
  if (!read) return null;
  await env.send('rememberPaper', { paper: read });
  return withVersion(read);
}
