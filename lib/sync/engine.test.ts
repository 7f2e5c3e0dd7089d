import { browser } from 'wxt/browser';
import {
  FIRST_RETRY_MS,
  PULL_DELAY_MS,
  PUSH_DELAY_MS,
  readSyncStatus,
  reconcile,
  standardTimers,
  SyncEngine,
  type StateArea,
  type SyncArea,
  type SyncStatus,
} from './engine';
import { FakeSyncArea } from './fake-sync-area';
import { MemoryStore, samplePaper } from './memory-store';
import { itemKey } from './record';

const T0 = 1_700_000_000_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A device: its store, its own storage.local and an engine over the shared area. */
function device(area: SyncArea, state: StateArea = browser.storage.local) {
  const local = new MemoryStore(() => Date.now());
  const engine = () => new SyncEngine({ area, local, state, clock: () => Date.now(), timers: standardTimers });
  return { local, engine };
}

/** A separate storage.local for a second device (the fake browser has only one). */
function memoryState(): StateArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => void Object.entries(values).forEach(([key, value]) => items.set(key, structuredClone(value))),
  };
}

/** Counts every call sync makes to the area, to prove it makes none. */
function watched(area: FakeSyncArea) {
  const calls: string[] = [];
  const view: SyncArea = {
    get: () => (calls.push('get'), area.get()),
    set: (items) => (calls.push('set'), area.set(items)),
    remove: (keys) => (calls.push('remove'), area.remove(keys)),
    onChanged: area.onChanged,
  };
  return { view, calls };
}

/** Counts write attempts that reach the area, refused or not. */
function countAttempts(area: FakeSyncArea) {
  const attempts = { count: 0 };
  area.beforeWrite = () => void (attempts.count += 1);
  return attempts;
}

const status = () => readSyncStatus(browser.storage.local);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});

afterEach(() => {
  vi.useRealTimers();
});

test("the browser's storage areas are what sync expects", () => {
  const areas: [SyncArea, StateArea] = [browser.storage.sync, browser.storage.local];
  expect(areas).toHaveLength(2);
});

describe('running', () => {
  /** A sync area a laptop has sent its one bookmark to, and a phone that has not synced yet. */
  async function phoneAfterLaptop() {
    const area = new FakeSyncArea();
    const laptop = device(area, memoryState());
    laptop.local.add(samplePaper(1));
    await reconcile(area, laptop.local);
    return { area, phone: device(area) };
  }

  test('start reconciles both ways and reports it', async () => {
    const { area, phone } = await phoneAfterLaptop();
    phone.local.add(samplePaper(2));

    const started = await phone.engine().start();
    expect(started).toEqual<SyncStatus>({ enabled: true, lastSyncAt: T0, syncedCount: 2, notSyncedCount: 0 });
    expect(await status()).toEqual(started);
    expect(phone.local.library().map((bookmark) => bookmark.key)).toEqual(['2301.00001', '2301.00002']);
    expect(Object.keys(await area.get())).toEqual([itemKey('2301.00001'), itemKey('2301.00002')]);
  });

  test('start can put its first pass off, as a woken worker does so that its first answer comes first', async () => {
    const { area, phone } = await phoneAfterLaptop();
    const attempts = countAttempts(area);

    expect(await phone.engine().start({ firstPassAfterMs: 2_000 })).toMatchObject({ lastSyncAt: null });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(phone.local.library()).toEqual([]);
    expect(attempts.count).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(phone.local.library().map((bookmark) => bookmark.key)).toEqual(['2301.00001']);
    expect(await status()).toMatchObject({ lastSyncAt: T0 + 2_000, syncedCount: 1 });
  });

  test('a burst of local edits leaves as one write, after the push delay', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    const engine = phone.engine();
    await engine.start();
    const attempts = countAttempts(area);
    phone.local.add(samplePaper(1));
    for (const tag of ['a', 'b', 'c', 'd']) {
      phone.local.edit('2301.00001', { tags: [tag] });
      engine.localChanged();
      await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS / 5);
    }
    expect(attempts.count).toBe(0);
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS + PULL_DELAY_MS);
    expect(attempts.count).toBe(1);
    expect(await area.get()).toEqual({ [itemKey('2301.00001')]: expect.objectContaining({ g: ['d'] }) });
  });

  test('edits that never pause still go out, one pass per push delay', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    const engine = phone.engine();
    await engine.start();
    const attempts = countAttempts(area);
    phone.local.add(samplePaper(1));
    for (let second = 0; second < 60; second += 1) {
      phone.local.edit('2301.00001', { note: `typed for ${second} s` });
      engine.localChanged();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(attempts.count).toBe(60_000 / PUSH_DELAY_MS);
    expect((await status()).error).toBeUndefined();
  });

  test("another device's change arrives through onChanged, and hearing our own write writes nothing more", async () => {
    const area = new FakeSyncArea();
    const laptop = device(area, memoryState());
    const phone = device(area);
    const laptopEngine = laptop.engine();
    await laptopEngine.start();
    await phone.engine().start();
    const attempts = countAttempts(area);

    laptop.local.add(samplePaper(1));
    laptop.local.edit('2301.00001', { note: 'from the laptop' });
    laptopEngine.localChanged();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS + PULL_DELAY_MS);
    expect(phone.local.bookmarks.get('2301.00001')?.note).toBe('from the laptop');
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(attempts.count).toBe(1);
  });
});

describe('failures', () => {
  test('a rate limit: the error is shown, local data untouched, no hammering, then success', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    const engine = phone.engine();
    await engine.start();
    area.spendWrites(120);
    const attempts = countAttempts(area);

    phone.local.add(samplePaper(1));
    engine.localChanged();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS);
    expect(attempts.count).toBe(1);
    expect((await status()).error).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE.*safe.*retrying in 1 min/);
    expect(phone.local.bookmarks.has('2301.00001')).toBe(true);

    // Edits during the wait do not bring the retry forward.
    for (let i = 0; i < 10; i += 1) {
      phone.local.edit('2301.00001', { tags: [`t${i}`] });
      engine.localChanged();
      await vi.advanceTimersByTimeAsync(4_000);
    }
    expect(attempts.count).toBe(1);

    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    expect(attempts.count).toBe(2);
    expect(await status()).toEqual({ enabled: true, lastSyncAt: expect.any(Number), syncedCount: 1, notSyncedCount: 0 });
    expect(await area.get()).toEqual({ [itemKey('2301.00001')]: expect.objectContaining({ g: ['t9'] }) });
  });

  /** The minutes between one write attempt and the next. */
  function waitsBetweenAttempts(area: FakeSyncArea, refuse: () => void = () => undefined) {
    const times: number[] = [];
    area.beforeWrite = () => {
      times.push(Date.now());
      refuse();
    };
    return () => times.slice(1).map((time, i) => (time - times[i]!) / MINUTE);
  }

  test('the hourly limit: the wait doubles until the hour has passed, then the write goes through', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    const engine = phone.engine();
    await engine.start();
    area.spendWrites(1_800);
    const waits = waitsBetweenAttempts(area);
    phone.local.add(samplePaper(1));
    engine.localChanged();

    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(waits()).toEqual([1, 2, 4, 8, 16, 32]);
    expect(await area.get()).toHaveProperty(itemKey('2301.00001'));
    expect((await status()).error).toBeUndefined();
  });

  test('a failure that lasts: waits never exceed an hour', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    const engine = phone.engine();
    await engine.start();
    const waits = waitsBetweenAttempts(area, () => {
      throw new Error('Sync is unavailable');
    });
    phone.local.add(samplePaper(1));
    engine.localChanged();
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(waits()).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    expect((await status()).error).toMatch(/Sync is unavailable.*retrying in 60 min/);
    expect(phone.local.bookmarks.size).toBe(1);
  });

  test('a quota error (another writer filled the area meanwhile): retried with the room that is left', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    const engine = phone.engine();
    await engine.start();
    for (let n = 1; n <= 30; n += 1) phone.local.add(samplePaper(n, { title: `Title ${'x'.repeat(200)} ${n}` }));
    area.beforeWrite = async () => {
      area.beforeWrite = () => undefined;
      await area.set(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`other:${i}`, 'y'.repeat(8_000)])));
    };
    engine.localChanged();
    await vi.advanceTimersByTimeAsync(PUSH_DELAY_MS);
    expect((await status()).error).toMatch(/QUOTA_BYTES quota exceeded/);
    expect(phone.local.bookmarks.size).toBe(30);

    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
    const after = await status();
    expect(after.error).toBeUndefined();
    expect(after.syncedCount + after.notSyncedCount).toBe(30);
    expect(after.notSyncedCount).toBeGreaterThan(0);
    expect(phone.local.bookmarks.size).toBe(30);
  });
});

describe('switching sync off and on', () => {
  test('off: no reads or writes of the sync area, whatever happens; on: reconciles both ways', async () => {
    const area = new FakeSyncArea();
    const { view, calls } = watched(area);
    const phone = { local: new MemoryStore(() => Date.now()) };
    const engine = new SyncEngine({ area: view, local: phone.local, state: browser.storage.local, clock: () => Date.now(), timers: standardTimers });
    const laptop = device(area, memoryState());
    await engine.start();

    expect(await engine.setEnabled(false)).toMatchObject({ enabled: false });
    calls.length = 0;
    phone.local.add(samplePaper(1));
    engine.localChanged();
    laptop.local.add(samplePaper(2));
    await reconcile(area, laptop.local);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(await engine.syncNow()).toMatchObject({ enabled: false });
    expect(calls).toEqual([]);

    // A worker restarted while sync is off stays off.
    engine.stop();
    const restarted = new SyncEngine({ area: view, local: phone.local, state: browser.storage.local, clock: () => Date.now(), timers: standardTimers });
    await restarted.start();
    expect(calls).toEqual([]);

    expect(await restarted.setEnabled(true)).toMatchObject({ enabled: true, syncedCount: 2, notSyncedCount: 0 });
    expect(phone.local.library().map((bookmark) => bookmark.key)).toEqual(['2301.00001', '2301.00002']);
    expect(Object.keys(await area.get())).toEqual([itemKey('2301.00002'), itemKey('2301.00001')]);
  });
});

describe('a worker stopped mid-sync', () => {
  /** A phone and a laptop in sync, then changes on both, with the phone's next write held at the door. */
  async function interrupted() {
    const area = new FakeSyncArea();
    const laptop = device(area, memoryState());
    const phone = device(area);
    for (const n of [1, 2, 3]) phone.local.add(samplePaper(n));
    await reconcile(area, phone.local);
    await reconcile(area, laptop.local);
    vi.advanceTimersByTime(1_000);
    laptop.local.edit('2301.00001', { tags: ['laptop'] });
    await reconcile(area, laptop.local);
    phone.local.delete('2301.00002');
    phone.local.edit('2301.00003', { note: 'phone' });

    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached = () => {};
    const atTheDoor = new Promise<void>((resolve) => (reached = resolve));
    area.beforeWrite = () => {
      area.beforeWrite = () => undefined;
      reached();
      return held;
    };
    const dying = phone.engine();
    const unfinished = dying.start();
    await atTheDoor;
    dying.stop();
    return { area, laptop, phone, release, unfinished };
  }

  async function expectConverged(area: FakeSyncArea, phone: MemoryStore, laptop: MemoryStore) {
    await reconcile(area, laptop);
    expect(phone.library()).toEqual(laptop.library());
    expect(phone.library().map((bookmark) => [bookmark.key, bookmark.tags, bookmark.note])).toEqual([
      ['2301.00001', ['laptop'], ''],
      ['2301.00003', [], 'phone'],
    ]);
  }

  test('after applying remote changes, before writing its own: the next worker finishes the job', async () => {
    const { area, laptop, phone } = await interrupted();
    // The laptop's tag is applied here; the phone's own removal has not left yet.
    expect(phone.local.bookmarks.get('2301.00001')?.tags).toEqual(['laptop']);
    expect((await area.get())[itemKey('2301.00002')]).toHaveProperty('t');

    await phone.engine().start();
    await expectConverged(area, phone.local, laptop.local);
  });

  test("the dead worker's write landing late, after a newer edit was synced, is put right", async () => {
    const { area, laptop, phone, release, unfinished } = await interrupted();
    const next = phone.engine();
    await next.start();
    vi.advanceTimersByTime(1_000);
    phone.local.edit('2301.00003', { note: 'phone, later' });
    await next.syncNow();

    release();
    await unfinished;
    await vi.advanceTimersByTimeAsync(PULL_DELAY_MS);
    await reconcile(area, laptop.local);
    expect(laptop.local.bookmarks.get('2301.00003')?.note).toBe('phone, later');
    expect(phone.local.library()).toEqual(laptop.local.library());
  });

  test('a worker restarted during a backoff waits for the retry time its predecessor stored', async () => {
    const area = new FakeSyncArea();
    const phone = device(area);
    area.spendWrites(120);
    phone.local.add(samplePaper(1));
    const first = phone.engine();
    await first.start();
    expect((await status()).error).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    first.stop();

    const attempts = countAttempts(area);
    const second = phone.engine();
    await second.start();
    second.localChanged();
    await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS - 1_000);
    expect(attempts.count).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempts.count).toBe(1);
    expect(await area.get()).toHaveProperty(itemKey('2301.00001'));
    expect((await status()).error).toBeUndefined();
  });
});
