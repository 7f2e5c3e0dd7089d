/**
 * Chromium launched without Playwright and spoken to over its DevTools pipe, so that no debugger attaches to the
 * service worker when it wakes, as in a user's browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { workersStopped } from '../../e2e/harness/browser';
import { megabytes } from '../measure';
import { withinTime } from '../../support/within-time';

/** How long one DevTools command may take before the browser is deemed stuck. */
const COMMAND_TIMEOUT_MS = 120_000;

/** How long `stopServiceWorker` waits for DevTools to report the worker stopped: it takes milliseconds. */
const STOP_TIMEOUT_MS = 15_000;

interface DevToolsEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

interface ServiceWorkerVersion {
  scriptURL: string;
  runningStatus: string;
}

/**
 * Playwright pauses every service worker it sees start until its own DevTools session is set up, 10 to 25 ms per
 * wake in this repository's runs: a cost users never pay. This browser attaches only to the extension page it opens
 * and, to read the heap, to a worker already running.
 *
 * @example
 * const browser = await UnattendedBrowser.launch(profile, extensionId);
 * await browser.call((a: number) => a + 1, 1); // 2, run in the extension's popup page
 * await browser.close();
 */
export class UnattendedBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(event: DevToolsEvent) => void>();
  private pageSession = '';

  private constructor(
    private readonly process: ChildProcess,
    private readonly extensionId: string,
  ) {
    const output = process.stdio[4] as Readable;
    let buffered = '';
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      const messages = (buffered + chunk).split('\0');
      buffered = messages.pop()!;
      for (const text of messages) this.receive(JSON.parse(text) as { id?: number; result?: never; error?: { message: string } } & DevToolsEvent);
    });
    process.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Chromium exited'));
      this.pending.clear();
    });
  }

  /**
   * Launches Chromium on `userDataDir` with `args` (the profile's extension already installed) and opens the
   * extension's popup page, where `evaluate` runs.
   */
  static async launch({ userDataDir, args, executablePath }: { userDataDir: string; args: readonly string[]; executablePath: string }, extensionId: string): Promise<UnattendedBrowser> {
    const child = spawn(executablePath, [...args, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const browser = new UnattendedBrowser(child, extensionId);
    try {
      const { targetId } = await browser.command<{ targetId: string }>('Target.createTarget', { url: `chrome-extension://${extensionId}/popup.html` });
      browser.pageSession = (await browser.command<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
      await browser.command('Runtime.enable', {}, browser.pageSession);
      await browser.evaluate(`new Promise((loaded) => document.readyState === 'complete' ? loaded() : addEventListener('load', () => loaded()))`);
      return browser;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Runs `inPage` on `arg` in the popup page, as Playwright's `page.evaluate` does, and returns its JSON value. */
  call<Arg, Result>(inPage: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result> {
    return this.evaluate(`(${inPage.toString()})(${JSON.stringify(arg)})`);
  }

  private async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.command<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      this.pageSession,
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Stops the extension's service worker as Chrome does when it idles, and waits until DevTools reports it stopped. */
  async stopServiceWorker(): Promise<void> {
    const stopped = this.nextEvent('ServiceWorker.workerVersionUpdated', (params) =>
      workersStopped(params.versions as ServiceWorkerVersion[], `chrome-extension://${this.extensionId}/`),
    );
    await this.command('ServiceWorker.enable', {}, this.pageSession);
    await this.command('ServiceWorker.stopAllWorkers', {}, this.pageSession);
    await withinTime(stopped, STOP_TIMEOUT_MS, () => {
      throw new Error(`The service worker was not reported stopped within ${STOP_TIMEOUT_MS / 1000} s`);
    });
    await this.command('ServiceWorker.disable', {}, this.pageSession);
  }

  /** The running service worker's used heap in MB after a garbage collection. */
  async workerHeapMB(): Promise<number> {
    const { targetInfos } = await this.command<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${this.extensionId}/`));
    if (!worker) throw new Error('no running service worker target of the extension');
    const { sessionId } = await this.command<{ sessionId: string }>('Target.attachToTarget', { targetId: worker.targetId, flatten: true });
    try {
      await this.command('HeapProfiler.collectGarbage', {}, sessionId);
      return megabytes((await this.command<{ usedSize: number }>('Runtime.getHeapUsage', {}, sessionId)).usedSize);
    } finally {
      await this.command('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    await withinTime(this.command('Browser.close'), 10_000, () => undefined).catch(() => undefined);
    await withinTime(exited, 10_000, () => this.process.kill('SIGKILL'));
  }

  private command<T = unknown>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    const answered = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (result: never) => void, reject }));
    (this.process.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return withinTime(answered, COMMAND_TIMEOUT_MS, () => {
      this.pending.delete(id);
      throw new Error(`DevTools did not answer ${method} within ${COMMAND_TIMEOUT_MS / 1000} s`);
    });
  }

  private nextEvent(method: string, matches: (params: Record<string, unknown>) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const listener = (event: DevToolsEvent) => {
        if (event.method !== method || !matches(event.params)) return;
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }

  private receive(message: { id?: number; result?: never; error?: { message: string } } & DevToolsEvent): void {
    if (message.id === undefined) {
      for (const listener of [...this.listeners]) listener(message);
      return;
    }
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.error) waiting?.reject(new Error(message.error.message));
    else waiting?.resolve(message.result!);
  }
}
