import { CHROME_SYNC_LIMITS, FakeSyncArea } from './fake-sync-area';

const T0 = 1_700_000_000_000;

describe('the fake sync area refuses what Chrome refuses, with the same words', () => {
  test('an item over QUOTA_BYTES_PER_ITEM, key included', async () => {
    const area = new FakeSyncArea(() => T0);
    const value = 'x'.repeat(CHROME_SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - 'k'.length - 2);
    await area.set({ k: value });
    await expect(area.set({ kk: value })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
  });

  test('more than QUOTA_BYTES in all, and a refused write changes nothing', async () => {
    const area = new FakeSyncArea(() => T0);
    const big = 'x'.repeat(8_000);
    await area.set(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, big])));
    await expect(area.set({ k12: big, k13: big })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(Object.keys(await area.get())).toHaveLength(12);
  });

  test('more than MAX_ITEMS', async () => {
    const area = new FakeSyncArea(() => T0);
    await area.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, 1])));
    await expect(area.set({ one: 'more' })).rejects.toThrow('MAX_ITEMS quota exceeded');
  });

  test('the per-minute and per-hour write rates, sets and removes alike', async () => {
    let now = T0;
    const area = new FakeSyncArea(() => now);
    for (let i = 0; i < 60; i += 1) {
      await area.set({ k: i });
      await area.remove(['k']);
    }
    await expect(area.set({ k: 'late' })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    now += 60_000;
    await area.set({ k: 'next minute' });
    area.spendWrites(CHROME_SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR - 121);
    now += 60_000;
    await expect(area.remove(['k'])).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    now += 60 * 60_000;
    await area.remove(['k']);
    expect(await area.get()).toEqual({});
  });

  test('listeners hear each change after the write, with old and new values', async () => {
    const area = new FakeSyncArea(() => T0);
    const heard: unknown[] = [];
    area.onChanged.addListener((changes) => heard.push(changes));
    await area.set({ a: 1 });
    await area.set({ a: 2 });
    await area.remove(['a', 'never-there']);
    await Promise.resolve();
    expect(heard).toEqual([{ a: { newValue: 1 } }, { a: { oldValue: 1, newValue: 2 } }, { a: { oldValue: 2 } }]);
  });
});
