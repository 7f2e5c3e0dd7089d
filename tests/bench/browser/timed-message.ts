/** One protocol message sent from an extension page, timed inside that page from send to answer. */
import type { Page } from 'playwright-core';
import { wireMessage } from '../../e2e/support/extension-pages';
import { withinTime } from '../../support/within-time';

/** How one timed message went: its round trip, and whether the background answered with a result. */
export interface TimedReply {
  ms: number;
  ok: boolean;
  /** Why it failed, when it did. */
  error?: string;
  /** How many items the answer held, when it was a list. */
  items?: number;
}

/**
 * Sends `type` with `data` by `chrome.runtime.sendMessage` in webext-core's wire format, as the popup's client does,
 * and times it with the page's clock, so the figure is what the page waits and excludes Playwright's own round trip.
 * An answer slower than `timeoutMs` counts as a failure lasting `timeoutMs`.
 *
 * @example
 * const { ms } = await timedMessage(popup, 'search', { query: 'bert', limit: 20 });
 */
export function timedMessage(page: Page, type: string, data: unknown, timeoutMs = 60_000): Promise<TimedReply> {
  return withinTime(page.evaluate(sendTimed, wireMessage(type, data)), timeoutMs, () => noAnswer(timeoutMs));
}

/** A message's reply that never came: a failure lasting `timeoutMs`. */
export function noAnswer(timeoutMs: number): TimedReply {
  return { ms: timeoutMs, ok: false, error: `no answer within ${timeoutMs / 1000} s` };
}

/**
 * Runs in an extension page: sends `message` and times it to its answer with the page's clock.
 *
 * @example
 * await page.evaluate(sendTimed, wireMessage('search', { query: 'bert', limit: 20 }));
 */
export async function sendTimed(message: unknown): Promise<TimedReply> {
  const started = performance.now();
  try {
    const reply = (await chrome.runtime.sendMessage(message)) as { res?: unknown; err?: { message: string } } | undefined;
    const ms = performance.now() - started;
    if (reply === undefined) return { ms, ok: false, error: 'no reply' };
    if (reply.err) return { ms, ok: false, error: reply.err.message };
    return { ms, ok: true, ...(Array.isArray(reply.res) ? { items: reply.res.length } : {}) };
  } catch (error) {
    return { ms: performance.now() - started, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
