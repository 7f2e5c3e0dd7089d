import { FieldPostings, PostingSlabs } from './field-postings';

const ids = [0, 3, 4, 17, 18, 40, 1_000_000];
const frequencies = [2, 1, 5, 1, 3, 9, 1];
const postings = () => new FieldPostings(Uint32Array.from([7, 7, ...ids, ...frequencies, 7]), 2, ids.length);
const asMap = new Map(ids.map((id, i) => [id, frequencies[i]!]));

test('reads as the Map of the same postings does, in order', () => {
  const list = postings();
  expect(list.size).toBe(asMap.size);
  expect([...list.keys()]).toEqual([...asMap.keys()]);
  expect([...list.values()]).toEqual([...asMap.values()]);
  expect([...list]).toEqual([...asMap]);
  expect([...list.entries()]).toEqual([...asMap.entries()]);
  const visited: [number, number][] = [];
  list.forEach((frequency, id) => visited.push([id, frequency]));
  expect(visited).toEqual([...asMap]);
});

test('looks ids up in any order, walked in order or not, present or not', () => {
  const list = postings();
  const asked = [0, 3, 4, 17, 18, 40, 1_000_000, 40, 2, 17, 1_000_001, 0, 5, 4, 4, 3, 999_999];
  for (const id of asked) {
    expect(list.get(id), `get ${id}`).toBe(asMap.get(id));
    expect(list.has(id), `has ${id}`).toBe(asMap.has(id));
  }
  expect(new FieldPostings(new Uint32Array(0), 0, 0).get(0)).toBeUndefined();
});

test('slabs give room side by side, and a long list an array of its own', () => {
  const slabs = new PostingSlabs();
  const first = slabs.take(4);
  const second = slabs.take(6);
  expect(second.numbers).toBe(first.numbers);
  expect(second.start).toBe(first.start + 4);
  const long = slabs.take(first.numbers.length + 1);
  expect(long.numbers).not.toBe(first.numbers);
  expect(long.numbers.length).toBe(first.numbers.length + 1);
  const full = slabs.take(first.numbers.length - 10 + 1);
  expect(full.numbers).not.toBe(first.numbers);
  expect(full.start).toBe(0);
});
