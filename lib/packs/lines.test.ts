import { readLines } from './lines';
import { chunked, collect, readEveryWay } from './test-chunks';

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

test('lines end at \\n and \\r\\n, wherever the chunks are cut', async () => {
  const lines = await readEveryWay('first\r\nsecond\n\nfourth\r\n', readLines);
  expect(lines).toEqual([
    { line: 1, text: 'first' },
    { line: 2, text: 'second' },
    { line: 3, text: '' },
    { line: 4, text: 'fourth' },
  ]);
});

test('a last line without a line break is a line, and a line break at the end adds none', async () => {
  expect(texts(await readEveryWay('a\nb', readLines))).toEqual(['a', 'b']);
  expect(texts(await readEveryWay('a\nb\n', readLines))).toEqual(['a', 'b']);
  expect(texts(await readEveryWay('a\r\nb\r', readLines))).toEqual(['a', 'b']);
});

test('a byte order mark at the very start is dropped, even after empty chunks; elsewhere it is text', async () => {
  expect(texts(await readEveryWay('\uFEFF{"a": 1}\n\uFEFFb', readLines))).toEqual(['{"a": 1}', '\uFEFFb']);
  expect(texts(await collect(readLines(chunked('\uFEFFa', [0, 0, 1, 1]))))).toEqual(['a']);
});

test('a carriage return inside a line is kept', async () => {
  expect(texts(await readEveryWay('a\rb\n', readLines))).toEqual(['a\rb']);
});

test('an empty stream has no lines', async () => {
  expect(await collect(readLines(chunked('', [1])))).toEqual([]);
});

test('a line of a million characters arriving in small chunks is read whole', async () => {
  const long = 'x'.repeat(1_000_000);
  const lines = await collect(readLines(chunked(`a\n${long}\nb`, [1000])));
  expect(lines.map(({ line, text }) => [line, text.length])).toEqual([
    [1, 1],
    [2, 1_000_000],
    [3, 1],
  ]);
});
