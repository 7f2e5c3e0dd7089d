/** Per-keystroke popup latency: each key typed into the search box, timed in the popup from input to results drawn. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import type { KeystrokeSession } from '../workload';
import { withinTime } from '../../support/within-time';

/** Keystroke timings, and the keys whose answer never came. */
export interface KeystrokeResult {
  samplesMs: number[];
  /** From each key's input event to the popup receiving its answer, before drawing: the search round trip. */
  answeredMs: number[];
  /** The box's text after each key, in the order of `samplesMs`. */
  typed: string[];
  failures: string[];
}

/**
 * The popup's own record of each query typed: when its input event fired, when its answer came and when the frame
 * after its answer ran.
 */
interface KeystrokeClock {
  inputAt: Map<string, number>;
  answeredAt: Map<string, number>;
  drawnAt: Map<string, number>;
  /** Called when a query's answer is drawn, for the bench waiting on it. */
  onDrawn: Map<string, () => void>;
}
type WithClock = typeof globalThis & { snKeystrokeClock: KeystrokeClock };

/**
 * Types each session's query into one popup key by key, waiting for each key's answer before the next (so answers
 * never overlap). A key's latency is timed in the page, from its `input` event to the first animation frame after
 * the popup's `search` message was answered (by then the popup has drawn the results): search round trip plus render.
 * That frame comes at the display's next beat, up to 16.7 ms after the answer; the time to the answer itself is kept
 * too (`answeredMs`).
 *
 * @example
 * const { samplesMs } = await measureKeystrokes(browser, workload.sessions.slice(0, 10));
 */
export async function measureKeystrokes(browser: ExtensionBrowser, sessions: readonly KeystrokeSession[], timeoutMs = 60_000): Promise<KeystrokeResult> {
  const result: KeystrokeResult = { samplesMs: [], answeredMs: [], typed: [], failures: [] };
  const popup = await browser.context.newPage();
  try {
    await popup.addInitScript(installKeystrokeClock);
    await popup.goto(browser.extensionUrl('popup.html'));
    const box = popup.getByRole('searchbox', { name: 'Search papers' });
    await box.waitFor();
    for (const session of sessions) {
      await box.fill('');
      await popup.evaluate(() => {
        const clock = (globalThis as WithClock).snKeystrokeClock;
        clock.inputAt.clear();
        clock.answeredAt.clear();
        clock.drawnAt.clear();
        clock.onDrawn.clear();
      });
      await box.focus();
      try {
        const keys = [...session.query];
        for (const [i, typed] of session.prefixes.entries()) {
          await popup.keyboard.type(keys[i]!);
          const { drawnMs, answeredMs } = await keystrokeLatency(popup, typed, timeoutMs);
          result.samplesMs.push(drawnMs);
          result.answeredMs.push(answeredMs);
          result.typed.push(typed);
        }
      } catch (error) {
        result.failures.push(`"${session.query}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  } finally {
    await popup.close();
  }
  return result;
}

/**
 * Waits until the popup has drawn the answer to `typed` and returns the milliseconds from its key's input event to
 * the drawing and to the answer. The popup tells when (`drawnAnswer`) rather than being polled: polling every 10 ms
 * ran Playwright's code on the popup's thread while the answer was on its way, and the answer waited behind it.
 */
function keystrokeLatency(popup: Page, typed: string, timeoutMs: number): Promise<{ drawnMs: number; answeredMs: number }> {
  return withinTime(popup.evaluate(drawnAnswer, typed), timeoutMs, () => {
    throw new Error(`no answer drawn within ${timeoutMs / 1000} s`);
  });
}

/** Runs in the popup: resolves once the answer to `query` is drawn, with its times from the key's input event. */
function drawnAnswer(query: string): Promise<{ drawnMs: number; answeredMs: number }> {
  const clock = (globalThis as WithClock).snKeystrokeClock;
  // A method, not a named function: the bench's TypeScript runner would name a function with a helper the page lacks.
  const timings = {
    sinceInput() {
      const input = clock.inputAt.get(query)!;
      return { drawnMs: clock.drawnAt.get(query)! - input, answeredMs: clock.answeredAt.get(query)! - input };
    },
  };
  return new Promise((resolve) => {
    if (clock.drawnAt.has(query)) resolve(timings.sinceInput());
    else clock.onDrawn.set(query, () => resolve(timings.sinceInput()));
  });
}

/**
 * Runs in the popup before its own scripts: notes each `input` event of the search box, and wraps the protocol port
 * the popup opens (`chrome.runtime.connect`) to note when each search's answer arrives, before the popup's own
 * listener sees it.
 */
function installKeystrokeClock() {
  const clock: KeystrokeClock = { inputAt: new Map(), answeredAt: new Map(), drawnAt: new Map(), onDrawn: new Map() };
  (globalThis as WithClock).snKeystrokeClock = clock;
  document.addEventListener(
    'input',
    (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type === 'search') clock.inputAt.set(box.value, performance.now());
    },
    { capture: true },
  );
  const runtime = chrome.runtime as unknown as { connect: (...args: unknown[]) => chrome.runtime.Port };
  const connect = runtime.connect.bind(chrome.runtime);
  runtime.connect = (...args: unknown[]) => {
    const port = connect(...args);
    const searches = new Map<number, string>();
    const post = port.postMessage.bind(port);
    port.postMessage = (message: { id?: number; type?: string; data?: { query?: string } }) => {
      if (message.type === 'search' && message.id !== undefined) searches.set(message.id, message.data?.query ?? '');
      post(message);
    };
    port.onMessage.addListener((reply: { id?: number }) => {
      const query = reply.id === undefined ? undefined : searches.get(reply.id);
      if (query === undefined) return;
      clock.answeredAt.set(query, performance.now());
      requestAnimationFrame(() => {
        clock.drawnAt.set(query, performance.now());
        clock.onDrawn.get(query)?.();
      });
    });
    return port;
  };
}
