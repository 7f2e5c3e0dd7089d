import { SurfaceTable } from './surface-table';

describe('SurfaceTable', () => {
  test('finds a word wherever it stands in a text, described once, as the string first seen', () => {
    const described: string[] = [];
    const table = new SurfaceTable(10, (surface) => {
      described.push(surface);
      return surface.toLowerCase();
    });
    const text = 'BERT and BERT, Bert';
    const first = table.findRange(text, 0, 4);
    expect(table.findRange(text, 9, 13)).toBe(first);
    expect(table.findRange('BERT', 0, 4)).toBe(first);
    const other = table.findRange(text, 15, 19);
    expect(other).not.toBe(first);
    expect([table.surface(first), table.description(first), table.surface(other), table.description(other)]).toEqual(['BERT', 'bert', 'Bert', 'bert']);
    expect(described).toEqual(['BERT', 'Bert']);
  });

  test('tells apart words whose hashes meet', () => {
    const table = new SurfaceTable(10, (surface) => surface);
    const sameHash = 7;
    const a = table.find('ab', 0, 2, sameHash);
    const b = table.find('ba', 0, 2, sameHash);
    const c = table.find('abc', 0, 3, sameHash);
    expect(new Set([a, b, c]).size).toBe(3);
    expect([a, b, c].map((entry) => table.surface(entry))).toEqual(['ab', 'ba', 'abc']);
    expect(table.find('xab', 1, 3, sameHash)).toBe(a);
  });

  test('forgets every word when full and goes on finding words', () => {
    const described: string[] = [];
    const table = new SurfaceTable(2, (surface) => {
      described.push(surface);
      return surface.length;
    });
    const words = ['one', 'two', 'three', 'one', 'three'];
    const found = words.map((word) => {
      const entry = table.findRange(word, 0, word.length);
      return [table.surface(entry), table.description(entry)];
    });
    expect(described).toEqual(['one', 'two', 'three', 'one']);
    expect(found).toEqual(words.map((word) => [word, word.length]));
  });
});
