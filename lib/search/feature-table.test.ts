import { FeatureTable } from './feature-table';

test('finds each feature’s count, and nothing for a prefix, an extension or another feature', () => {
  const table = new FeatureTable('mask\nmask languag\nauthor:zoë brontë\ncat:cs.cl', Uint32Array.of(3, 2, 1, 40));
  expect(table.size).toBe(4);
  expect(['mask', 'mask languag', 'author:zoë brontë', 'cat:cs.cl'].map((feature) => table.get(feature))).toEqual([3, 2, 1, 40]);
  for (const absent of ['mas', 'masks', 'mask ', 'languag', 'cat:cs', '', 'author:zoe bronte']) expect(table.get(absent)).toBeUndefined();
});

test('lists its features and counts in their stored order', () => {
  const table = new FeatureTable('pretrain\ncat:cs.cl', Uint32Array.of(7, 9));
  expect([...table.entries()]).toEqual([
    ['pretrain', 7],
    ['cat:cs.cl', 9],
  ]);
});

test('holds many features whose hashes share slots, and tells them from their prefixes', () => {
  const features = Array.from({ length: 20_000 }, (_, i) => `w${i}x`);
  const table = new FeatureTable(features.join('\n'), Uint32Array.from(features, (_, i) => i + 1));
  expect(features.every((feature, i) => table.get(feature) === i + 1)).toBe(true);
  // `w12` begins `w12x`, `w120x`, `w1200x`…: probes meet such features, which must not count as `w12`.
  expect(features.map((_, i) => `w${i}`).filter((prefix) => table.get(prefix) !== undefined)).toEqual([]);
});

test('an empty table holds nothing; a text and counts that disagree are refused', () => {
  expect(new FeatureTable('', new Uint32Array()).get('mask')).toBeUndefined();
  expect(() => new FeatureTable('mask\npretrain', Uint32Array.of(1))).toThrow(/disagree/);
  expect(() => new FeatureTable('', Uint32Array.of(1))).toThrow(/disagree/);
});

test('a table made from stored arrays answers as the table they were taken from; arrays that do not fit are refused', () => {
  const text = 'mask\nmask languag\ncat:cs.cl';
  const counts = Uint32Array.of(3, 2, 40);
  const { arrays } = new FeatureTable(text, counts);
  const stored = new FeatureTable(text, counts, arrays);
  expect(['mask', 'mask languag', 'cat:cs.cl', 'mas'].map((feature) => stored.get(feature))).toEqual([3, 2, 40, undefined]);
  expect(() => new FeatureTable(`${text}\nbert`, Uint32Array.of(3, 2, 40, 1), arrays)).toThrow(/does not fit/);
  expect(() => new FeatureTable(text.slice(0, -1), counts, arrays)).toThrow(/does not fit/);
  expect(() => new FeatureTable(text, counts, { ...arrays, slots: arrays.slots.slice(1) })).toThrow(/does not fit/);
});
