/** Headless Chromium with the built extension loaded and the impersonated hosts resolved to the e2e server. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { withinTime } from '../../support/within-time';

/** What `npx wxt build` writes. */
export const BUILT_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

/** The Chromium the tests drive: Debian's, unless `CHROMIUM_PATH` names another. */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long `stopServiceWorker` waits for DevTools to report the worker stopped: it takes milliseconds. */
const STOP_TIMEOUT_MS = 15_000;

/** What a browser needs to open a profile as this harness does. */
export interface ProfileLaunch {
  userDataDir: string;
  /** Chromium's arguments, without the profile's directory. */
  args: readonly string[];
  executablePath: string;
}

export interface LaunchOptions {
  /** Where the browser must send every request for these hosts. */
  server: { port: number; hosts: readonly string[] };
  extensionDir?: string;
}

export class ExtensionBrowser {
  private constructor(
    private currentContext: BrowserContext,
    readonly extensionId: string,
    private readonly userDataDir: string,
    private readonly launchArgs: string[],
  ) {}

  static async launch({ server, extensionDir = BUILT_EXTENSION_DIR }: LaunchOptions): Promise<ExtensionBrowser> {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension in ${extensionDir}; run \`npx wxt build\` first`);
    }
    const userDataDir = mkdtempSync(join(tmpdir(), 'sidenote-e2e-profile-'));
    const launchArgs = chromiumArgs(extensionDir, server);
    let context: BrowserContext | undefined;
    try {
      context = await launchContext(userDataDir, launchArgs);
      const worker = await extensionWorker(context);
      return new ExtensionBrowser(context, new URL(worker.url()).host, userDataDir, launchArgs);
    } catch (error) {
      await context?.close();
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Replaced by `restart`, so read it afresh rather than keeping it. */
  get context(): BrowserContext {
    return this.currentContext;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  async openPopup(): Promise<Page> {
    const page = await this.currentContext.newPage();
    await page.goto(this.extensionUrl('popup.html'));
    return page;
  }

  /**
   * The extension's service worker. Chrome keeps its DevTools target across `stopServiceWorker`, so
   * this same object serves again once an extension event wakes the worker.
   */
  serviceWorker(): Promise<Worker> {
    return extensionWorker(this.currentContext);
  }

  /**
   * Stops the extension's service worker as Chrome does when it idles, so tests can prove that
   * state lives in storage rather than in worker memory. The next extension event restarts it.
   */
  async stopServiceWorker(): Promise<void> {
    const scriptPrefix = this.extensionUrl('');
    const page = await this.currentContext.newPage();
    try {
      const cdp = await this.currentContext.newCDPSession(page);
      // Playwright reports no `close` for a stopped worker (its target lives on), so watch DevTools' own status.
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (workersStopped(versions, scriptPrefix)) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // A stop DevTools never reports would otherwise hang the caller (a bench once waited for it without end).
      await withinTime(stopped, STOP_TIMEOUT_MS, () => {
        throw new Error(`The service worker was not reported stopped within ${STOP_TIMEOUT_MS / 1000} s`);
      });
    } finally {
      await page.close();
    }
  }

  /** Quits and relaunches on the same profile, as a user restarting Chrome would. */
  async restart(): Promise<void> {
    await this.whileClosed(async () => undefined);
  }

  /**
   * Quits, runs `work` with what it takes to open the profile in a browser Playwright does not drive, then relaunches
   * on the profile.
   */
  async whileClosed<T>(work: (profile: ProfileLaunch) => Promise<T>): Promise<T> {
    await this.currentContext.close();
    try {
      return await work({ userDataDir: this.userDataDir, args: this.launchArgs, executablePath: CHROMIUM_EXECUTABLE });
    } finally {
      this.currentContext = await launchContext(this.userDataDir, this.launchArgs);
      await extensionWorker(this.currentContext);
    }
  }

  async close(): Promise<void> {
    try {
      await this.currentContext.close();
    } finally {
      rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}

/**
 * Whether a DevTools `ServiceWorker.workerVersionUpdated` report says every worker whose script starts with
 * `scriptPrefix` is stopped (and there is one).
 *
 * @example
 * workersStopped([{ scriptURL: 'chrome-extension://id/background.js', runningStatus: 'stopped' }], 'chrome-extension://id/'); // true
 */
export function workersStopped(versions: readonly { scriptURL: string; runningStatus: string }[], scriptPrefix: string): boolean {
  const ours = versions.filter((version) => version.scriptURL.startsWith(scriptPrefix));
  return ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped');
}

function chromiumArgs(extensionDir: string, server: LaunchOptions['server']): string[] {
  const mappings = server.hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`);
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    // QUIC would bypass the TCP resolver mapping for hosts that advertise HTTP/3.
    '--disable-quic',
    '--ignore-certificate-errors',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Every other hostname fails at once, so no test can depend on the real internet by accident.
    `--host-resolver-rules=${[...mappings, 'MAP * ~NOTFOUND'].join(', ')}`,
  ];
}

function launchContext(userDataDir: string, args: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_EXECUTABLE,
    // `--headless=new` in args runs the full browser as users have it (extensions, PDF viewer);
    // Playwright's `headless: true` is shaped for chrome-headless-shell, which has neither.
    headless: false,
    // Playwright disables extensions by default, which would override --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
  });
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension });
  } catch (cause) {
    throw new Error('The extension service worker never started: is the manifest valid and the background script free of start-up errors?', { cause });
  }
}
