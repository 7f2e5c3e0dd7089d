/** One server and one browser per test file, with screenshots and the request log saved when a test fails. */
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { ExtensionBrowser } from './browser';
import { startServer, type TestServer } from './server';

const ARTIFACTS_DIR = fileURLToPath(new URL('../.artifacts/', import.meta.url));

export interface E2E {
  readonly server: TestServer;
  readonly browser: ExtensionBrowser;
}

/** Call at the top of a test file (or describe block); read `server` and `browser` inside tests. */
export function useE2E({ extensionDir }: { extensionDir?: string } = {}): E2E {
  let server: TestServer | undefined;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await ExtensionBrowser.launch({ server, extensionDir });
  });

  beforeEach(() => {
    server?.clearRequests();
  });

  afterEach(async ({ task }) => {
    if (!browser) return;
    if (task.result?.state === 'fail') await saveFailureArtifacts(`${basename(task.file.name, '.e2e.ts')} ${task.name}`, browser, server?.requests ?? []);
    // Each test starts from no open tabs, so one test's pages cannot answer for the next.
    await Promise.all(browser.context.pages().map((page) => page.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('The e2e server is only available inside tests');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The e2e browser is only available inside tests');
      return browser;
    },
  };
}

async function saveFailureArtifacts(testName: string, browser: ExtensionBrowser, requests: TestServer['requests']): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const stem = testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const pages = browser.context.pages();
  await Promise.all(
    pages.map(async (page, index) => {
      const path = `${ARTIFACTS_DIR}${stem}-${index}.png`;
      try {
        await page.screenshot({ path, fullPage: true });
        console.error(`Screenshot of ${page.url()}: ${path}`);
      } catch (error) {
        console.error(`No screenshot of ${page.url()}:`, error);
      }
    }),
  );
  console.error('Requests the e2e server received:', requests.map(({ method, host, path }) => `${method} ${host}${path}`));
}
