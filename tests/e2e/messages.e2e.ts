/** The background answers only Sidenote's own contexts, only in the protocol's shapes, and no page can reach it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROTOCOL_PORT } from '../../lib/messaging/protocol-port';
import { BUILT_EXTENSION_DIR } from './harness/browser';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import { sendProtocolMessage, sendRawMessage, wireMessage } from './support/extension-pages';
import { openAbstractPage, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const MPNET = cataloguePaper('2004.09297');
/** Message types a careless lookup `handlers[type]` finds on every object. */
const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];

interface BookmarkPage {
  bookmarks: { key: string; tags: string[]; note: string }[];
  total: number;
}

function listBookmarks(page: Page): Promise<BookmarkPage> {
  return sendProtocolMessage<BookmarkPage>(page, 'listBookmarks', {});
}

async function searchTitles(page: Page, query: string): Promise<string[]> {
  const hits = await sendProtocolMessage<{ paper: { title: string } }[]>(page, 'search', { query });
  return hits.map((hit) => hit.paper.title);
}

/** The catalogue paper as the protocol carries it, asked of the worker so the test never guesses its shape. */
async function protocolPaper(page: Page, arxivId: string): Promise<Record<string, unknown>> {
  const paper = await sendProtocolMessage<Record<string, unknown> | null>(page, 'paperByKey', { key: arxivId });
  if (!paper) throw new Error(`The worker does not know ${arxivId}`);
  return paper;
}

describe('a web page', () => {
  test('cannot reach the background: chrome.runtime does not exist in an arXiv page’s main world', async () => {
    const page = await openAbstractPage(e2e, LERT);
    // The panel is up, so Sidenote's content script runs in this very tab.
    await relatedTitles(page);
    const reach = await page.evaluate(async (extensionId) => {
      const chromeObject = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome;
      const runtime = chromeObject?.runtime;
      if (runtime?.sendMessage === undefined) return { chrome: typeof chromeObject, runtime: typeof runtime };
      try {
        return { answered: await runtime.sendMessage(extensionId, { id: 1, type: 'listBookmarks', data: {}, timestamp: Date.now() }) };
      } catch (error) {
        return { threw: String(error) };
      }
    }, e2e.browser.extensionId);
    // Chromium exposes chrome.runtime to a page only when some extension lists it under externally_connectable.
    expect(reach).toEqual({ chrome: 'object', runtime: 'undefined' });
  });
});

describe('from an extension page', () => {
  /** MPNet as the protocol carries it, for building bad messages around a good paper. */
  let mpnet: Record<string, unknown>;

  beforeAll(async () => {
    const popup = await e2e.browser.openPopup();
    mpnet = await protocolPaper(popup, MPNET.arxivId);
    // A library with something in it, so "unchanged" means more than "still empty".
    await sendProtocolMessage(popup, 'toggleBookmark', { paper: await protocolPaper(popup, LERT.arxivId) });
    await sendProtocolMessage(popup, 'updateBookmark', { key: LERT.arxivId, patch: { tags: ['keep'], note: 'mine' } });
    await popup.close();
  });

  /** Each bad message as `[name, type, data (built once MPNet is known), the problem the error must name]`. */
  const malformed: [string, string, () => unknown, string][] = [
    ['a search for a number', 'search', () => ({ query: 42 }), 'query must be a string'],
    ['a search without data', 'search', () => null, 'search must be an object'],
    ['a 3 MB title in toggleBookmark', 'toggleBookmark', () => ({ paper: { ...mpnet, title: 'x'.repeat(3 * 1024 * 1024) } }), 'paper.title is longer than 2000 characters'],
    ['toggleBookmark without a paper', 'toggleBookmark', () => ({}), 'paper must be an object'],
    ['toggleBookmark with authors as text', 'toggleBookmark', () => ({ paper: { ...mpnet, authors: 'Song' } }), 'paper.authors must be a list'],
    ['a patch whose tags are a string', 'updateBookmark', () => ({ key: LERT.arxivId, patch: { tags: 'x' } }), 'patch.tags must be a list'],
    ['an import of a string', 'importBookmarks', () => ({ bookmarks: 'all of them' }), 'bookmarks must be a list of at most 100000'],
    ['a rename to nothing', 'renameTag', () => ({ from: 'keep', to: '  ' }), 'to must not be empty'],
    ['a tab id that is text', 'tabPaper', () => ({ tabId: '1' }), 'tabId must be an integer'],
  ];

  test.each(malformed)('%s gets an error naming the problem, and the library and worker are unharmed', async (_name, type, data, problem) => {
    const popup = await e2e.browser.openPopup();
    const before = await listBookmarks(popup);
    expect(before.total).toBe(1);

    const reply = await sendRawMessage(popup, wireMessage(type, data()));

    expect(reply).toEqual({ err: { name: 'MessageRejected', message: problem } });
    expect(await listBookmarks(popup)).toEqual(before);
    expect((await searchTitles(popup, 'mpnet'))[0]).toBe(MPNET.title);
  });

  test('messages outside the protocol change nothing, and the worker carries on', async () => {
    const popup = await e2e.browser.openPopup();
    const before = await listBookmarks(popup);

    // Without a numeric timestamp it is not a protocol message at all, so no listener claims it.
    expect(await sendRawMessage(popup, { type: 'toggleBookmark', data: { paper: mpnet } })).toEqual({ noReply: true });
    for (const type of ['dropDatabase', ...PROTOTYPE_NAMES]) {
      await sendRawMessage(popup, wireMessage(type, { paper: mpnet, bookmarks: [] }));
    }

    expect(await listBookmarks(popup)).toEqual(before);
    expect((await searchTitles(popup, 'mpnet'))[0]).toBe(MPNET.title);
  });

  test('over the popup’s port, questions outside the protocol get errors or nothing, and the worker carries on', async () => {
    const popup = await e2e.browser.openPopup();
    const before = await listBookmarks(popup);
    const replies = await popup.evaluate(
      ({ name, questions, answerable }) =>
        new Promise<{ id: number }[]>((resolve) => {
          const port = chrome.runtime.connect({ name });
          const heard: { id: number }[] = [];
          port.onMessage.addListener((reply: { id: number }) => {
            heard.push(reply);
            if (heard.length === answerable) resolve(heard.sort((a, b) => a.id - b.id));
          });
          for (const question of questions) port.postMessage(question);
        }),
      {
        name: PROTOCOL_PORT,
        questions: [
          { id: 1, type: 'toggleBookmark', data: { paper: mpnet } }, // no timestamp
          { type: 'toggleBookmark', data: { paper: mpnet }, timestamp: 1 }, // no id: nothing to answer to
          'toggleBookmark',
          { ...wireMessage('dropDatabase', {}), id: 2 },
          { ...wireMessage('search', { query: 'mpnet', limit: 1 }), id: 3 },
        ],
        answerable: 3,
      },
    );
    expect(replies).toEqual([
      { id: 1, err: expect.objectContaining({ message: 'not a protocol message' }) },
      { id: 2, err: expect.objectContaining({ name: 'MessageRejected', message: 'unknown message type: dropDatabase' }) },
      { id: 3, res: [expect.objectContaining({ paper: expect.objectContaining({ title: MPNET.title }) })] },
    ]);
    expect(await listBookmarks(popup)).toEqual(before);
  });

  // Names every object inherits are the ones a plain lookup table would answer by accident.
  test.each(['dropDatabase', ...PROTOTYPE_NAMES])('an unknown message type, %s, gets an error naming it', async (type) => {
    const popup = await e2e.browser.openPopup();
    expect(await sendRawMessage(popup, wireMessage(type, {}))).toEqual({ err: { name: 'MessageRejected', message: `unknown message type: ${type}` } });
  });
});

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('lets no web page or other extension connect', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  test('keeps Manifest V3’s script policy or a stricter one: no eval, no remote scripts', () => {
    const policy = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('sandbox');
    for (const directives of [policy?.extension_pages, policy?.sandbox]) {
      if (directives === undefined) continue;
      const scriptSources = /(?:^|;)\s*script-src\s+([^;]*)/.exec(directives)?.[1]?.trim().split(/\s+/) ?? [];
      expect(scriptSources.every((source) => ["'self'", "'wasm-unsafe-eval'", "'none'"].includes(source))).toBe(true);
    }
  });

  test('and Chromium enforces it in Sidenote’s pages: no string evaluation, no inline or remote script', async () => {
    const popup = await e2e.browser.openPopup();
    const outcome = await popup.evaluate(async () => {
      // Chromium reports some refusals twice (to the element and the document), so keep each once.
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => blocked.push(`${event.effectiveDirective} ${event.blockedURI}`));
      const ran = window as unknown as { evalRan?: boolean; inlineRan?: boolean };
      // A string timer runs outside this DevTools evaluation, which itself is exempt from the page's policy.
      (setTimeout as (code: string, ms: number) => number)('window.evalRan = true', 0);
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.head.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://arxiv.org/remote-code.js';
      const remoteSettled = new Promise((resolve) => {
        remote.onload = () => resolve('loaded');
        remote.onerror = () => resolve('refused');
      });
      document.head.append(remote);
      const remoteOutcome = await remoteSettled;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { evalRan: ran.evalRan ?? false, inlineRan: ran.inlineRan ?? false, remote: remoteOutcome, blocked: [...new Set(blocked)].sort() };
    });
    expect(outcome).toEqual({
      evalRan: false,
      inlineRan: false,
      remote: 'refused',
      blocked: ['script-src-elem https://arxiv.org/remote-code.js', 'script-src-elem inline', 'script-src eval'].sort(),
    });
  });
});
