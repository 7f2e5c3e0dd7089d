import { grown, NumberedStrings } from './numbered-strings';

test('numbers strings in the order first met, and finds them again', () => {
  const terms = new NumberedStrings();
  expect(['bert', 'gpt', 'bert', 't5'].map((term) => terms.numberOf(term))).toEqual([0, 1, 0, 2]);
  expect(terms.size).toBe(3);
  expect(terms.find('gpt')).toBe(1);
  expect(terms.find('xlnet')).toBeUndefined();
  expect(terms.at(2)).toBe('t5');
  expect([...terms.values()]).toEqual(['bert', 'gpt', 't5']);
});

test('grows an array to twice its length, its numbers kept and zeros after them', () => {
  expect([...grown(Int32Array.from([3, -1]))]).toEqual([3, -1, 0, 0]);
});
