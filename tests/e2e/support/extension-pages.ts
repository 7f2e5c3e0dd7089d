/** Sidenote's own pages, opened as a user would, and raw protocol messages sent from them. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/browser';

/** Opens the settings page in a new tab. */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  return page;
}

/** What the background (or the browser, when nothing answered) said to one message. */
export type WireReply = { res: unknown } | { err: { name?: string; message: string } } | { noReply: true } | { transportError: string };

/**
 * Sends `message` as it is, with `chrome.runtime.sendMessage` from the extension page `page`, bypassing the typed
 * client so the worker sees exactly the shapes a buggy or hostile sender could make.
 */
export function sendRawMessage(page: Page, message: unknown): Promise<WireReply> {
  return page.evaluate(async (raw) => {
    try {
      const reply = (await chrome.runtime.sendMessage(raw)) as { res?: unknown; err?: { name?: string; message: string } } | undefined;
      // Chrome resolves with undefined when no listener in any extension context answered.
      if (reply === undefined) return { noReply: true as const };
      if (reply.err) return { err: { name: reply.err.name, message: reply.err.message } };
      return { res: reply.res };
    } catch (error) {
      return { transportError: error instanceof Error ? error.message : String(error) };
    }
  }, message);
}

/** A protocol message in @webext-core/messaging's wire format, `{ id, type, data, timestamp }`. */
export function wireMessage(type: string, data: unknown): { id: number; type: string; data: unknown; timestamp: number } {
  return { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
}

/** Sends a well-formed protocol message and returns its result, failing on any error. */
export async function sendProtocolMessage<Result>(page: Page, type: string, data: unknown): Promise<Result> {
  const reply = await sendRawMessage(page, wireMessage(type, data));
  if (!('res' in reply)) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
  return reply.res as Result;
}
