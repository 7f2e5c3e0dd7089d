import { DEFLATE_FROM, inflated, inflatedBytes } from '../db/deflated';
import type { Deflate } from '../db/deflated';
import { deflateInPage, serveDeflation, sharedWithHere, type PageClient, type PageClients } from './page-deflation';

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

/** A side of `sharedWithHere` that answers when told to, recording what it was given. */
function heldSide(name: string) {
  const given: number[] = [];
  const pending: (() => void)[] = [];
  const deflate = (async (value: string | Uint8Array) => {
    given.push(value.length);
    await new Promise<void>((release) => pending.push(release));
    if (value.length === FAILING) throw new Error(`${name} failed`);
    return { deflated: new Blob([`${name}:${value.length}`]) };
  }) as Deflate;
  return { deflate, given, answerNext: () => pending.shift()?.() };
}
const FAILING = DEFLATE_FROM + 7;
const ofLength = (length: number) => 'x'.repeat(length);
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const whoDeflated = async (stored: unknown) => (stored as { deflated: Blob }).deflated.text();

test('values asked together are shared: the longest to the page, the others here in turn, each side taking the next once free', async () => {
  const page = heldSide('page');
  const here = heldSide('here');
  const deflate = sharedWithHere(page.deflate, here.deflate);
  const lengths = [DEFLATE_FROM + 10, DEFLATE_FROM + 40, DEFLATE_FROM + 20, DEFLATE_FROM + 30];
  const answers = lengths.map((length) => deflate(ofLength(length)));
  await settled();
  expect(page.given).toEqual([DEFLATE_FROM + 40]);
  expect(here.given).toEqual([DEFLATE_FROM + 30]);

  here.answerNext();
  await settled();
  expect(here.given).toEqual([DEFLATE_FROM + 30, DEFLATE_FROM + 20]);
  page.answerNext();
  await settled();
  expect(page.given).toEqual([DEFLATE_FROM + 40, DEFLATE_FROM + 10]);
  page.answerNext();
  here.answerNext();
  expect(await Promise.all(answers.map(async (answer) => whoDeflated(await answer)))).toEqual(
    lengths.map((length) => `${length === DEFLATE_FROM + 40 || length === DEFLATE_FROM + 10 ? 'page' : 'here'}:${length}`),
  );
});

test('a short value is answered at once, and a failure fails its value alone, freeing its side', async () => {
  const page = heldSide('page');
  const here = heldSide('here');
  const deflate = sharedWithHere(page.deflate, here.deflate);
  expect(await deflate('short')).toBe('short');
  const failing = deflate(ofLength(FAILING));
  await settled();
  expect(page.given).toEqual([FAILING]);
  page.answerNext();
  await expect(failing).rejects.toThrow('page failed');
  // Both sides are free again: two values asked together go one to each.
  const next = [deflate(ofLength(DEFLATE_FROM + 2)), deflate(ofLength(DEFLATE_FROM + 1))];
  await settled();
  expect([page.given, here.given]).toEqual([[FAILING, DEFLATE_FROM + 1], [DEFLATE_FROM + 2]]);
  page.answerNext();
  here.answerNext();
  expect(await Promise.all(next.map(async (answer) => whoDeflated(await answer)))).toEqual([`here:${DEFLATE_FROM + 2}`, `page:${DEFLATE_FROM + 1}`]);
});
