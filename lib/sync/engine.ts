/**
 * Keeps bookmarks in step across the reader's devices through `browser.storage.sync`: one reconcile pass, and the
 * engine that runs it on start, after local edits, after remote changes and on retries. Design: ./README.md.
 */
import { planSync, type LocalSnapshot, type SyncLocalChange } from './merge';
import { ITEM_PREFIX } from './record';

/**
 * The parts of `browser.storage.sync` sync uses.
 *
 * @example
 * const area: SyncArea = browser.storage.sync;
 */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
  };
}

/**
 * The bookmarks on this device, as sync sees them. The extension implements it over its database.
 *
 * @example
 * const local: SyncLocalStore = { read: () => library.exportLibrary(), apply: (changes) => library.applySyncChanges(changes) };
 */
export interface SyncLocalStore {
  /** Every bookmark and every tombstone, read in one transaction. */
  read(): Promise<LocalSnapshot>;
  /**
   * Applies changes that came from other devices, in one transaction, skipping any whose key changed since it was
   * read (see `SyncLocalChange.seen`). A put stores the bookmark as given, timestamps included, and drops the key's
   * tombstone; a delete removes the bookmark and stores the tombstone as given.
   */
  apply(changes: SyncLocalChange[]): Promise<void>;
}

/**
 * The parts of `browser.storage.local` sync keeps its switch, status and retry time in.
 *
 * @example
 * const state: StateArea = browser.storage.local;
 */
export interface StateArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Delays; `schedule` returns a function that cancels.
 *
 * @example
 * const cancel = standardTimers.schedule(() => void engine.syncNow(), 3_000);
 */
export interface Timers {
  schedule(callback: () => void, delayMs: number): () => void;
}

/**
 * Where sync reads and writes, and what time it is.
 *
 * @example
 * const env: SyncEnvironment = { area: browser.storage.sync, local, state: browser.storage.local, clock: Date.now, timers: standardTimers };
 */
export interface SyncEnvironment {
  area: SyncArea;
  local: SyncLocalStore;
  state: StateArea;
  clock: () => number;
  timers: Timers;
}

/**
 * What the options page shows about sync.
 *
 * @example
 * const status: SyncStatus = { enabled: true, lastSyncAt: 1700000000000, syncedCount: 412, notSyncedCount: 588 };
 * // "412 bookmarks synced; 588 are on this device only (sync storage is full)."
 */
export interface SyncStatus {
  enabled: boolean;
  /** Epoch milliseconds of the last complete pass, null before the first. */
  lastSyncAt: number | null;
  /** Bookmarks whose latest state is in the sync area, as of the last complete pass. */
  syncedCount: number;
  /** Bookmarks kept on this device only because the sync area is full (or one is too big for an item). */
  notSyncedCount: number;
  /** Why the last attempt failed and when the next one is; absent once a pass succeeds. */
  error?: string;
}

/**
 * The storage.local key of the status, for views that watch `storage.onChanged`.
 *
 * @example
 * if (area === 'local' && SYNC_STATUS_KEY in changes) void refreshSyncStatus();
 */
export const SYNC_STATUS_KEY = 'syncStatus';
/** Failures in a row and when to try again, kept so a restarted worker does not hammer a rate limit. */
const RETRY_KEY = 'syncRetry';

/**
 * A local edit is sent this long after it is made, together with every edit made meanwhile: at most one pass
 * every 3 s while edits keep coming, within Chrome's 120 writes a minute (a pass makes one or two).
 *
 * @example
 * await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS); // the edit has been sent
 */
export const PUSH_DELAY_MS = 3_000;
/**
 * A remote change is merged this long after it arrives, so the items of one remote write are handled together.
 *
 * @example
 * await vi.advanceTimersByTimeAsync(PULL_DELAY_MS); // the other device's change is here
 */
export const PULL_DELAY_MS = 500;
/**
 * The first retry waits out the per-minute write limit; each failure in a row doubles the wait.
 *
 * @example
 * await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS); // the first retry has run
 */
export const FIRST_RETRY_MS = 60_000;
/** Long enough for the hourly write limit to refill. */
const LAST_RETRY_MS = 60 * 60_000;

const NEVER_SYNCED: SyncStatus = { enabled: true, lastSyncAt: null, syncedCount: 0, notSyncedCount: 0 };

interface RetryState {
  failures: number;
  retryAt: number;
}

/**
 * `setTimeout`, for a long-lived page or a worker that stays awake; a worker may instead back long delays with
 * `browser.alarms`, and the next start catches up in any case.
 *
 * @example
 * new SyncEngine({ area: browser.storage.sync, local, state: browser.storage.local, clock: Date.now, timers: standardTimers });
 */
export const standardTimers: Timers = {
  schedule(callback, delayMs) {
    const handle = setTimeout(callback, delayMs);
    return () => clearTimeout(handle);
  },
};

/**
 * One full pass: reads both sides, applies what other devices changed, then writes what this device changed,
 * removals first so the area never holds more than the plan allows. Keeps nothing between passes: a worker
 * stopped anywhere in it leaves each side consistent (the local store writes in one transaction, each storage
 * call is atomic), and the next pass picks up where it stopped.
 *
 * @example
 * const { syncedCount, notSyncedCount } = await reconcile(browser.storage.sync, local);
 */
export async function reconcile(area: Omit<SyncArea, 'onChanged'>, local: SyncLocalStore): Promise<{ syncedCount: number; notSyncedCount: number }> {
  const [snapshot, items] = await Promise.all([local.read(), area.get(null)]);
  const plan = planSync(snapshot, items);
  if (plan.local.length > 0) await local.apply(plan.local);
  if (plan.remove.length > 0) await area.remove(plan.remove);
  if (Object.keys(plan.set).length > 0) await area.set(plan.set);
  return { syncedCount: plan.syncedCount, notSyncedCount: plan.notSyncedCount };
}

/**
 * The sync status as last stored, for the options page.
 *
 * @example
 * const { enabled, notSyncedCount } = await readSyncStatus(browser.storage.local);
 */
export async function readSyncStatus(state: StateArea): Promise<SyncStatus> {
  const stored = (await state.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY];
  return { ...NEVER_SYNCED, ...(stored as Partial<SyncStatus> | undefined) };
}

/**
 * Runs `reconcile` when it is due: on start, `PUSH_DELAY_MS` after the last local edit, `PULL_DELAY_MS` after a
 * remote change, and after failures with a doubling delay. All that matters (the switch, the status, the retry
 * time) is in storage.local, so a new engine on the same stores carries on where a stopped worker left off.
 *
 * @example
 * const engine = new SyncEngine({ area: browser.storage.sync, local, state: browser.storage.local, clock: Date.now, timers: standardTimers });
 * await engine.start();
 * // after every bookmark change made on this device:
 * engine.localChanged();
 */
export class SyncEngine {
  private cancelTimer: (() => void) | null = null;
  private timerAt = 0;
  private retryAt = 0;
  private running: Promise<unknown> = Promise.resolve();
  private started = false;

  /**
   * What this engine last wrote to each key. The browser reports our own writes too, and answering them with a
   * pass would turn every push into two and defeat `PUSH_DELAY_MS`. Losing this costs one idle pass, nothing more.
   */
  private readonly ownWrites = new Map<string, string>();

  /** The sync area, noting our writes before they are made (the browser may report them before the call returns). */
  private readonly noting: Omit<SyncArea, 'onChanged'> = {
    get: (keys) => this.env.area.get(keys),
    set: (items) => {
      for (const [key, value] of Object.entries(items)) this.ownWrites.set(key, canonicalJson(value));
      return this.env.area.set(items);
    },
    remove: (keys) => {
      for (const key of keys) this.ownWrites.set(key, canonicalJson(undefined));
      return this.env.area.remove(keys);
    },
  };

  private readonly onRemoteChange = (changes: Record<string, { newValue?: unknown }>) => {
    const fromElsewhere = Object.entries(changes).some(
      ([key, change]) => key.startsWith(ITEM_PREFIX) && this.ownWrites.get(key) !== canonicalJson(change.newValue),
    );
    if (fromElsewhere) this.schedule(PULL_DELAY_MS);
  };

  constructor(private readonly env: SyncEnvironment) {}

  /**
   * Listens for remote changes at once, and syncs after `firstPassAfterMs` (at once by default), or when a retry left
   * by an earlier worker is due if that is later.
   *
   * @example
   * await engine.start(); // synced
   * void engine.start({ firstPassAfterMs: 2_000 }); // listening; the first pass in two seconds
   */
  async start({ firstPassAfterMs = 0 }: { firstPassAfterMs?: number } = {}): Promise<SyncStatus> {
    if (this.started) return this.status();
    this.started = true;
    this.env.area.onChanged.addListener(this.onRemoteChange);
    const now = this.env.clock();
    // Capped, so a clock set back after a failure cannot hold sync off for longer than the longest wait.
    this.retryAt = Math.min((await this.readRetry()).retryAt, now + LAST_RETRY_MS);
    if (this.retryAt > now || firstPassAfterMs > 0) {
      this.schedule(firstPassAfterMs);
      return this.status();
    }
    return this.syncNow();
  }

  /** Stops listening and cancels what is scheduled; a pass under way still finishes. */
  stop(): void {
    this.started = false;
    this.env.area.onChanged.removeListener(this.onRemoteChange);
    this.cancelScheduled();
  }

  /** Call after every bookmark change made on this device (not after `SyncLocalStore.apply`). */
  localChanged(): void {
    this.schedule(PUSH_DELAY_MS);
  }

  /** One pass now, after any pass under way, whatever the retry delay says (the reader asked for it). */
  syncNow(): Promise<SyncStatus> {
    return this.serially(() => this.pass());
  }

  /**
   * Switches sync on (and reconciles at once) or off (it then neither reads nor writes the sync area; what is there
   * stays for the other devices).
   */
  setEnabled(enabled: boolean): Promise<SyncStatus> {
    return this.serially(async () => {
      if (enabled) {
        await this.updateStatus({ enabled });
        return this.pass();
      }
      this.cancelScheduled();
      await this.saveRetry({ failures: 0, retryAt: 0 });
      return this.updateStatus({ enabled, error: undefined });
    });
  }

  /** The status as stored. */
  status(): Promise<SyncStatus> {
    return readSyncStatus(this.env.state);
  }

  /** Passes never overlap: each waits for the one before, whatever became of it. */
  private serially(task: () => Promise<SyncStatus>): Promise<SyncStatus> {
    const next = this.running.then(task, task);
    this.running = next.catch(() => undefined);
    return next;
  }

  /**
   * Runs a pass after `delayMs`, or sooner if one is already due sooner (so a stream of edits cannot postpone
   * sending forever), but never before a pending retry.
   */
  private schedule(delayMs: number): void {
    if (!this.started) return;
    const now = this.env.clock();
    const at = Math.max(now + delayMs, this.retryAt);
    if (this.cancelTimer && this.timerAt <= at) return;
    this.cancelTimer?.();
    this.timerAt = at;
    this.cancelTimer = this.env.timers.schedule(() => {
      this.cancelTimer = null;
      this.syncNow().catch((error: unknown) => console.error('Sidenote sync:', error));
    }, at - now);
  }

  private cancelScheduled(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private async pass(): Promise<SyncStatus> {
    const status = await this.status();
    if (!status.enabled) return status;
    try {
      const counts = await reconcile(this.noting, this.env.local);
      if (this.retryAt !== 0) await this.saveRetry({ failures: 0, retryAt: 0 });
      return await this.updateStatus({ ...counts, lastSyncAt: this.env.clock(), error: undefined });
    } catch (error) {
      return this.failed(error);
    }
  }

  /** Nothing local is touched by a failure: the next pass recomputes everything from both sides. */
  private async failed(error: unknown): Promise<SyncStatus> {
    const { failures } = await this.readRetry();
    const delay = Math.min(FIRST_RETRY_MS * 2 ** failures, LAST_RETRY_MS);
    await this.saveRetry({ failures: failures + 1, retryAt: this.env.clock() + delay });
    // An edit made during the failed pass may have asked for an earlier pass: the retry time overrides it.
    this.cancelScheduled();
    this.schedule(delay);
    const reason = error instanceof Error ? error.message : String(error);
    const minutes = Math.round(delay / 60_000);
    return this.updateStatus({
      error: `Sync could not finish (${reason}). Your bookmarks on this device are safe; retrying in ${minutes} min.`,
    });
  }

  private async updateStatus(change: Partial<SyncStatus>): Promise<SyncStatus> {
    const status = { ...(await this.status()), ...change };
    if (status.error === undefined) delete status.error;
    await this.env.state.set({ [SYNC_STATUS_KEY]: status });
    return status;
  }

  private async readRetry(): Promise<RetryState> {
    const stored = (await this.env.state.get(RETRY_KEY))[RETRY_KEY] as RetryState | undefined;
    return stored ?? { failures: 0, retryAt: 0 };
  }

  private async saveRetry(retry: RetryState): Promise<void> {
    this.retryAt = retry.retryAt;
    await this.env.state.set({ [RETRY_KEY]: retry });
  }
}

/** JSON with object keys sorted: the browser hands values back with their keys in its own order. */
function canonicalJson(value: unknown): string {
  const sorted = JSON.stringify(value, (_name, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );
  return sorted ?? 'nothing';
}
