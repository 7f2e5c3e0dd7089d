/**
 * Deflating an importing pack's index on the settings page rather than in the worker: the page that imports the pack
 * waits, idle, while the worker indexes it, and its thread can run on another core meanwhile.
 *
 * Why: at the end of a 100,000-paper import the worker deflated 40 MB of snapshot (3.3 s of its time in Chromium)
 * while completing the new shard's term tree, and the browser's other core had nothing to do. The page deflates with
 * the same code (`deflatedIfLong`) and answers with a Blob, which comes back by reference. The worker deflates itself
 * when no settings page is open, when the page closes before answering or has not answered in half a minute (a hidden
 * tab the browser froze stays open and answers nothing), or when it answers anything but a Blob.
 */
import { browser } from 'wxt/browser';
import { DEFLATE_FROM, deflatedIfLong, type Deflate, type MaybeDeflated } from '../db/deflated';
import { deflateHere } from '../library/stored-shard-row';
import { pause } from '../library/pause';

/** What the worker posts to the page, with a port for the answer: a long text or byte array to deflate. */
interface DeflateRequest {
  type: typeof REQUEST;
  value: string | Uint8Array;
}

const REQUEST = 'sidenote:deflate';

/** A window of the extension, as the worker's `clients` lists it. */
export interface PageClient {
  id: string;
  url: string;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** The worker's `clients`, as far as this needs them. */
export interface PageClients {
  matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly PageClient[]>;
  get(id: string): Promise<unknown>;
}

/**
 * How often the worker checks that the page it asked is still open, and how long it waits for an answer at most: the
 * page deflates the longest part of a 100,000-paper shard in about 3 s.
 */
const PAGE_WAIT = { checkEveryMs: 1_000, atMostMs: 30_000 };

/**
 * A `Deflate` that hands each long value to the first open page `isServingPage` accepts (one that runs
 * `serveDeflation`), and deflates here when there is none or it does not answer with a Blob.
 *
 * @example
 * const deflate = deflateInPage(self.clients, (url) => url.startsWith(browser.runtime.getURL('/options.html')));
 * await storedShardRow(row, deflate);
 */
export function deflateInPage(clients: PageClients, isServingPage: (url: string) => boolean, wait = PAGE_WAIT): Deflate {
  return async (value) => {
    if (value.length < DEFLATE_FROM) return value;
    const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
    const page = windows.find((client) => isServingPage(client.url));
    const deflated = page && (await askPage(page, value, clients, wait));
    return deflated ? { deflated } : deflateHere(value);
  };
}

/** The page's Blob of `value` deflated; undefined when it answers otherwise, closes first or takes too long. */
async function askPage(page: PageClient, value: string | Uint8Array, clients: PageClients, { checkEveryMs, atMostMs }: typeof PAGE_WAIT): Promise<Blob | undefined> {
  const channel = new MessageChannel();
  let check: ReturnType<typeof setInterval> | undefined;
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<Blob | undefined>((resolve) => {
      channel.port1.onmessage = ({ data }: MessageEvent<unknown>) => {
        if (isDeflated(data)) resolve(data.deflated);
        else {
          console.warn('Sidenote: the settings page did not deflate the index; the worker does.', data);
          resolve(undefined);
        }
      };
      check = setInterval(() => void clients.get(page.id).then((open) => open || resolve(undefined), () => resolve(undefined)), checkEveryMs);
      giveUp = setTimeout(() => resolve(undefined), atMostMs);
      const request: DeflateRequest = { type: REQUEST, value };
      page.postMessage(request, [channel.port2]);
    });
  } catch {
    // The value could not be posted: the worker deflates it.
    return undefined;
  } finally {
    clearInterval(check);
    clearTimeout(giveUp);
    channel.port1.close();
  }
}

function isDeflated(data: unknown): data is { deflated: Blob } {
  return typeof data === 'object' && data !== null && 'deflated' in data && data.deflated instanceof Blob;
}

/**
 * The settings page's part: deflates what the worker asks, answering on the port that came with the request, until
 * `signal` aborts.
 *
 * @example
 * if ('serviceWorker' in navigator) serveDeflation(navigator.serviceWorker);
 */
export function serveDeflation(container: Pick<ServiceWorkerContainer, 'addEventListener' | 'startMessages'>, signal?: AbortSignal): void {
  container.addEventListener(
    'message',
    ({ data, ports: [port] }: MessageEvent<unknown>) => {
      if (!isRequest(data) || !port) return;
      deflatedIfLong(data.value, pause)
        .then(
          (stored) => port.postMessage(stored),
          (error: unknown) => port.postMessage({ error: String(error) }),
        )
        .finally(() => port.close());
    },
    { signal },
  );
  // Messages a worker posts to a page it does not control wait until the page says it listens.
  container.startMessages();
}

function isRequest(data: unknown): data is DeflateRequest {
  if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== REQUEST || !('value' in data)) return false;
  return typeof data.value === 'string' || data.value instanceof Uint8Array;
}

/**
 * A `Deflate` that shares the long values asked together between `page` and `here`: the longest first, each side
 * taking the next as soon as it is free. Short values are answered at once.
 *
 * Why: a shard's four long parts are asked for together. Once the new shard is read back, the worker has nothing to
 * do but wait for the page, which took about 4 s for the four parts of a 100,000-paper shard; shared, each side
 * deflates about half.
 *
 * @example
 * const deflate = sharedWithHere(deflateInPage(self.clients, isSettingsPage));
 * await storedShardRow(row, deflate); // the postings on the page, the rest here
 */
export function sharedWithHere(page: Deflate, here: Deflate = deflateHere): Deflate {
  const free = [page, here];
  const waiting: { length: number; run: (side: Deflate) => Promise<unknown> }[] = [];
  const startWaiting = () => {
    waiting.sort((a, b) => b.length - a.length);
    while (free.length > 0 && waiting.length > 0) {
      const side = free.shift()!;
      void waiting.shift()!.run(side).finally(() => {
        free.push(side);
        startWaiting();
      });
    }
  };
  return async <Value extends string | Uint8Array>(value: Value) => {
    if (value.length < DEFLATE_FROM) return value;
    return new Promise<MaybeDeflated<Value>>((resolve, reject) => {
      waiting.push({ length: value.length, run: (side) => side(value).then(resolve, reject) });
      // The values asked together are all waiting by then, so the longest goes first.
      queueMicrotask(startWaiting);
    });
  };
}

/**
 * The worker's deflation: shared between an open settings page and the worker where the worker has `clients`
 * (Chromium's service worker), else here (Firefox's background page).
 *
 * @example
 * const library = new Library(db, fetchBundledCatalogue, { deflate: settingsPageDeflation() });
 */
export function settingsPageDeflation(): Deflate {
  const clients = (globalThis as { clients?: PageClients }).clients;
  if (!clients) return deflateHere;
  const settingsPage = browser.runtime.getURL('/options.html');
  return sharedWithHere(deflateInPage(clients, (url) => url.startsWith(settingsPage)));
}
