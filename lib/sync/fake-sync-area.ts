/** For tests: an in-memory `storage.sync` that enforces Chrome's quotas and write rates with Chrome's own error messages. */
import type { SyncArea } from './engine';
import { itemBytes } from './record';

/**
 * Chrome's `storage.sync` limits.
 *
 * @example
 * expect(area.bytesInUse()).toBeLessThanOrEqual(CHROME_SYNC_LIMITS.QUOTA_BYTES);
 */
export const CHROME_SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void;

/**
 * A sync area shared by simulated devices. Writes are checked as Chrome checks them: the rate first (every
 * `set` or `remove` call counts, even one refused for size), then each item, the total and the item count
 * of the state the write would leave. Listeners hear of every change, a microtask later, as in the browser.
 *
 * @example
 * const area = new FakeSyncArea();
 * await area.set({ 'b:1': { x: 1 } });
 * area.bytesInUse(); // 10: 'b:1' and '{"x":1}'
 */
export class FakeSyncArea implements SyncArea {
  private items = new Map<string, unknown>();
  private readonly writeTimes: number[] = [];
  private readonly listeners = new Set<Listener>();
  /** Runs before every write is checked; a test can throw from it, make it wait, or change the area. */
  beforeWrite: (operation: 'set' | 'remove') => void | Promise<void> = () => undefined;

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
  };

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /** Everything, as `get(null)` returns it. */
  async get(): Promise<Record<string, unknown>> {
    return structuredClone(Object.fromEntries(this.items));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.beforeWrite('set');
    this.countWrite();
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > CHROME_SYNC_LIMITS.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, structuredClone(value));
    }
    if (totalBytes(next) > CHROME_SYNC_LIMITS.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    if (next.size > CHROME_SYNC_LIMITS.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    this.commit(next, Object.keys(items));
  }

  async remove(keys: string[]): Promise<void> {
    await this.beforeWrite('remove');
    this.countWrite();
    const next = new Map(this.items);
    for (const key of keys) next.delete(key);
    this.commit(next, keys);
  }

  /** Total bytes charged, as `getBytesInUse(null)` reports. */
  bytesInUse(): number {
    return totalBytes(this.items);
  }

  /** Writes counted in the last hour. */
  writesInLastHour(): number {
    return this.recentWrites(HOUR);
  }

  /** Uses up write operations, as other code of the extension would. */
  spendWrites(count: number): void {
    for (let i = 0; i < count; i += 1) this.writeTimes.push(this.clock());
  }

  private countWrite(): void {
    if (this.recentWrites(MINUTE) >= CHROME_SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    if (this.recentWrites(HOUR) >= CHROME_SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    this.writeTimes.push(this.clock());
  }

  private recentWrites(windowMs: number): number {
    const since = this.clock() - windowMs;
    return this.writeTimes.filter((time) => time > since).length;
  }

  private commit(next: Map<string, unknown>, keys: string[]): void {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const key of keys) {
      const [oldValue, newValue] = [this.items.get(key), next.get(key)];
      if (oldValue === undefined && newValue === undefined) continue;
      changes[key] = { ...(oldValue === undefined ? {} : { oldValue }), ...(newValue === undefined ? {} : { newValue }) };
    }
    this.items = next;
    if (Object.keys(changes).length === 0) return;
    queueMicrotask(() => {
      for (const listener of this.listeners) listener(structuredClone(changes));
    });
  }
}

function totalBytes(items: Map<string, unknown>): number {
  let total = 0;
  for (const [key, value] of items) total += itemBytes(key, value);
  return total;
}
