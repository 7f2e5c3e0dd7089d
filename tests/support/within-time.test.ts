import { withinTime } from './within-time';

const never = new Promise<string>(() => undefined);

test('gives what the work gives when it settles in time, and what the late answer makes of it otherwise', async () => {
  expect(await withinTime(Promise.resolve('done'), 1_000, () => 'late')).toBe('done');
  await expect(withinTime(Promise.reject(new Error('failed')), 1_000, () => 'late')).rejects.toThrow('failed');
  expect(await withinTime(never, 5, () => 'late')).toBe('late');
  await expect(
    withinTime(never, 5, () => {
      throw new Error('not stopped within 5 ms');
    }),
  ).rejects.toThrow('not stopped within 5 ms');
});
