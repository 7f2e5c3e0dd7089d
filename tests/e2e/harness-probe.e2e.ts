/**
 * The harness proven with a tiny probe extension instead of the real build, so a harness fault is told
 * apart from a Sidenote fault: content scripts run on https://arxiv.org under the host mapping, they
 * reach the worker, and `stopServiceWorker` really stops it (its in-memory count starts over).
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { renderAbsPage } from './pages/arxiv-abs';
import { cataloguePaper } from './pages/catalogue';
import { useE2E } from './harness/suite';

const e2e = useE2E({ extensionDir: fileURLToPath(new URL('probe-extension', import.meta.url)) });

async function messagesSeenByWorker(): Promise<string | undefined> {
  const page = await e2e.browser.context.newPage();
  await page.goto('https://arxiv.org/abs/2211.05344');
  await page.waitForFunction(() => document.documentElement.dataset.probeMessagesSeen !== undefined);
  const { probe, probeMessagesSeen } = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  expect(probe).toBe('content-script');
  await page.close();
  return probeMessagesSeen;
}

test('content scripts run on impersonated pages, and a stopped worker wakes up fresh', async () => {
  e2e.server.route('arxiv.org', '/abs/2211.05344', { html: renderAbsPage(cataloguePaper('2211.05344')) });

  expect(await messagesSeenByWorker()).toBe('1');
  expect(await messagesSeenByWorker()).toBe('2');

  await e2e.browser.stopServiceWorker();

  expect(await messagesSeenByWorker()).toBe('1');
});
