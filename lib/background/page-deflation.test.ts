import { DEFLATE_FROM, inflated, inflatedBytes } from '../db/deflated';
import { deflateInPage, serveDeflation, type PageClient, type PageClients } from './page-deflation';

const longText = Array.from({ length: 30_000 }, (_, i) => `term${i % 2_000} ünïcode ${i}`).join('\n');
const SETTINGS = 'chrome-extension://sidenote/options.html';

/**
 * An open extension page as the worker's `clients` see it: what the worker posts reaches the page's `container`
 * (its `navigator.serviceWorker`), cloned as the browser clones it, with the ports it carries.
 */
function openPage(url: string, { serving }: { serving: boolean }) {
  const container = Object.assign(new EventTarget(), { startMessages: () => undefined });
  const requests: unknown[] = [];
  const client: PageClient = {
    id: url,
    url,
    postMessage: (message, transfer) => {
      requests.push(message);
      const event = Object.assign(new Event('message'), { data: structuredClone(message), ports: transfer });
      container.dispatchEvent(event);
    },
  };
  const closing = new AbortController();
  if (serving) serveDeflation(container, closing.signal);
  const open = new Set([client]);
  const clients: PageClients = {
    matchAll: async () => [...open],
    get: async (id) => [...open].find((page) => page.id === id),
  };
  return { client, clients, container, requests, close: () => (closing.abort(), open.delete(client)) };
}

const isSettings = (url: string) => url === SETTINGS;

test('a long value is deflated by the open settings page, and comes back as a Blob that reads back whole', async () => {
  const page = openPage(SETTINGS, { serving: true });
  const deflate = deflateInPage(page.clients, isSettings);

  const text = await deflate(longText);
  const bytes = await deflate(new TextEncoder().encode(longText));

  expect(page.requests).toHaveLength(2);
  if (typeof text === 'string' || !(text.deflated instanceof Blob)) throw new Error('a long text should come back deflated');
  expect(await inflated(text)).toBe(longText);
  if (!('deflated' in bytes)) throw new Error('long bytes should come back deflated');
  expect(new TextDecoder().decode(await inflatedBytes(bytes))).toBe(longText);
});

test('a short value is stored as it is, without asking the page', async () => {
  const page = openPage(SETTINGS, { serving: true });
  const short = 'pretrain';
  expect(short.length).toBeLessThan(DEFLATE_FROM);
  expect(await deflateInPage(page.clients, isSettings)(short)).toBe(short);
  expect(page.requests).toHaveLength(0);
});

test('with no settings page open (another extension page is), the worker deflates the value itself', async () => {
  const popup = openPage('chrome-extension://sidenote/popup.html', { serving: false });
  const stored = await deflateInPage(popup.clients, isSettings)(longText);
  expect(popup.requests).toHaveLength(0);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  expect(await inflated(stored)).toBe(longText);
});

test('when the page closes before answering, the worker deflates the value itself', async () => {
  const page = openPage(SETTINGS, { serving: false });
  page.container.addEventListener('message', () => page.close());
  const stored = await deflateInPage(page.clients, isSettings, { checkEveryMs: 5, atMostMs: 60_000 })(longText);
  expect(page.requests).toHaveLength(1);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  expect(await inflated(stored)).toBe(longText);
});

test('when the page stays open but does not answer (a frozen tab), the worker deflates the value itself after a while', async () => {
  const page = openPage(SETTINGS, { serving: false });
  const stored = await deflateInPage(page.clients, isSettings, { checkEveryMs: 5, atMostMs: 50 })(longText);
  expect(page.requests).toHaveLength(1);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  expect(await inflated(stored)).toBe(longText);
});

test('when the page answers with anything but a Blob, the worker deflates the value itself', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const page = openPage(SETTINGS, { serving: false });
  page.container.addEventListener('message', (event) => (event as MessageEvent).ports[0]!.postMessage({ error: 'out of memory' }));
  const stored = await deflateInPage(page.clients, isSettings)(longText);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  expect(await inflated(stored)).toBe(longText);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('did not deflate'), { error: 'out of memory' });
  warn.mockRestore();
});

test('the page leaves other messages, and stops serving once its signal aborts', async () => {
  const page = openPage(SETTINGS, { serving: true });
  const answered = (type: string) => {
    const channel = new MessageChannel();
    const answer = new Promise((resolve) => (channel.port1.onmessage = ({ data }) => resolve(data)));
    page.client.postMessage({ type, value: longText }, [channel.port2]);
    return Promise.race([answer, new Promise((resolve) => setTimeout(() => resolve('no answer'), 300))]).finally(() => channel.port1.close());
  };
  const other = answered('something else');
  expect(await answered('sidenote:deflate')).toEqual({ deflated: expect.any(Blob) });
  expect(await other).toBe('no answer');
  page.close();
  expect(await answered('sidenote:deflate')).toBe('no answer');
});
