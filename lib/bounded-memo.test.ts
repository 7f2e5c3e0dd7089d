import { BoundedMemo } from './bounded-memo';

test('computes an answer once and remembers it, null answers included', () => {
  const memo = new BoundedMemo<string, string | null>(10);
  const computed: string[] = [];
  const compute = (key: string) => (computed.push(key), key === 'the' ? null : key.toUpperCase());
  expect([memo.answer('bert', compute), memo.answer('bert', compute), memo.answer('the', compute), memo.answer('the', compute)]).toEqual(['BERT', 'BERT', null, null]);
  expect(computed).toEqual(['bert', 'the']);
  expect(memo.known('bert')).toBe('BERT');
  expect(memo.known('gpt')).toBeUndefined();
});

test('forgets everything once full, then remembers again', () => {
  const memo = new BoundedMemo<number, number>(3);
  for (const key of [1, 2, 3]) memo.remember(key, key * 10);
  expect(memo.known(1)).toBe(10);
  memo.remember(4, 40);
  expect([memo.known(1), memo.known(2), memo.known(3), memo.known(4)]).toEqual([undefined, undefined, undefined, 40]);
});
