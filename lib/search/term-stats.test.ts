import { bundledPaper, bundledPapers } from '../../tests/support/catalogue';
import { runAtOnce } from '../steps';
import { TermStats } from './term-stats';

const snapshot = (stats: TermStats) => runAtOnce(stats.snapshotSteps());

const papers = [...bundledPapers.values()];

describe('a statistics snapshot', () => {
  test('restores every count', () => {
    const stats = TermStats.of(papers);
    const restored = TermStats.restore(snapshot(stats));
    expect(restored.documentCount).toBe(papers.length);
    expect(snapshot(restored)).toEqual(snapshot(stats));
    for (const feature of ['pretrain', 'mask languag', 'author:yiming cui', 'cat:cs.cl', 'no such feature']) {
      expect(restored.documentFrequency(feature)).toBe(stats.documentFrequency(feature));
    }
    expect(restored.documentFrequency('pretrain')).toBeGreaterThan(10);
  });

  test('of a small library holds its lookup table, and restores the same counts with it or without', () => {
    const stored = snapshot(TermStats.of(papers));
    expect(stored.table?.starts.length).toBe(stored.counts.length + 1);
    const withoutTable = TermStats.restore({ ...stored, table: undefined });
    expect(snapshot(withoutTable)).toEqual(stored);
    expect(snapshot(TermStats.restore(stored))).toEqual(stored);
  });

  test('restores statistics that still take changes', () => {
    const stats = TermStats.of(papers.slice(1));
    const restored = TermStats.restore(snapshot(stats));
    const lert = bundledPaper('2211.05344');
    for (const changed of [stats, restored]) changed.remove(lert);
    expect(snapshot(restored)).toEqual(snapshot(stats));
  });

  test('restored, counts a paper added or removed as the statistics it came from do, down to features no paper has', () => {
    const [first, ...rest] = papers;
    const stats = TermStats.of(rest);
    const restored = TermStats.restore(snapshot(stats));
    for (const changed of [stats, restored]) {
      changed.add(first!);
      changed.remove(rest[0]!);
    }
    const gone = [...snapshot(TermStats.of([rest[0]!])).features.split('\n')].filter((feature) => stats.documentFrequency(feature) === 0);
    expect(gone.length).toBeGreaterThan(0);
    for (const feature of [...gone, ...snapshot(stats).features.split('\n')]) {
      expect(restored.documentFrequency(feature)).toBe(stats.documentFrequency(feature));
    }
    expect(snapshot(restored)).toEqual(snapshot(stats));
  });

  test('of no papers restores empty statistics', () => {
    const restored = TermStats.restore(snapshot(TermStats.of([])));
    expect(restored.documentCount).toBe(0);
    expect(restored.documentFrequency('pretrain')).toBe(0);
  });

  test('whose features and counts disagree is refused', () => {
    const stored = snapshot(TermStats.of(papers.slice(0, 3)));
    expect(() => TermStats.restore({ ...stored, counts: stored.counts.slice(1) })).toThrow(/damaged/);
  });
});
