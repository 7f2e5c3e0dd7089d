/**
 * `npm run eval`: the shipped related-papers ranker (the real `Library.related` over fake IndexedDB) against
 * plain BM25, on the judgments in `judgments.json`. Prints nDCG@5 and the share of queries with a highly related
 * paper in the top 5, side by side, and fails unless the shipped ranker beats the baseline on nDCG@5.
 * `EVAL_VERBOSE=1 npm run eval` also prints every query's scores.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SidenoteDatabase } from '../../lib/db/database';
import { Library } from '../../lib/library/library';
import type { Paper } from '../../lib/paper';
import { bundledCatalogueText, bundledPaper, bundledPapers } from '../support/catalogue';
import { plainBm25 } from './baseline';
import { highlyRelatedInTop, ndcgAt, type Grades } from './metrics';

const K = 5;

interface Judgment {
  query: string;
  title: string;
  highly: string[];
  related: string[];
}

const { judgments } = JSON.parse(readFileSync(resolve(__dirname, 'judgments.json'), 'utf8')) as { judgments: Judgment[] };

const gradesOf = (judgment: Judgment): Grades =>
  new Map([...judgment.related.map((key): [string, number] => [key, 1]), ...judgment.highly.map((key): [string, number] => [key, 2])]);

interface Score {
  ndcg: number;
  hit: boolean;
}

async function scoreAll(rank: (paper: Paper) => Promise<string[]> | string[]): Promise<Score[]> {
  const scores: Score[] = [];
  for (const judgment of judgments) {
    const ranked = await rank(bundledPaper(judgment.query));
    const grades = gradesOf(judgment);
    scores.push({ ndcg: ndcgAt(K, ranked, grades), hit: highlyRelatedInTop(K, ranked, grades) });
  }
  return scores;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

test('every judged paper is in the catalogue, and no query judges itself', () => {
  for (const judgment of judgments) {
    expect(bundledPapers.has(judgment.query), judgment.query).toBe(true);
    for (const key of [...judgment.highly, ...judgment.related]) {
      expect(bundledPapers.has(key), `${judgment.query} judges ${key}`).toBe(true);
      expect(key).not.toBe(judgment.query);
    }
  }
  expect(judgments.length).toBeGreaterThanOrEqual(40);
});

test('nDCG rewards the ideal order and nothing else', () => {
  const grades = new Map([['a', 2], ['b', 1]]);
  expect(ndcgAt(K, ['a', 'b'], grades)).toBe(1);
  expect(ndcgAt(K, ['x', 'y'], grades)).toBe(0);
  expect(ndcgAt(K, ['b', 'a'], grades)).toBeLessThan(1);
});

test(`the shipped ranker beats plain BM25 on nDCG@${K}`, async () => {
  const library = new Library(new SidenoteDatabase(), () => Promise.resolve(bundledCatalogueText));
  const shipped = await scoreAll(async (paper) => (await library.related(paper, K)).map((entry) => entry.paper.key));
  const baseline = await scoreAll(plainBm25([...bundledPapers.values()]));

  const rows = [
    ['', 'shipped', 'plain BM25'],
    [`nDCG@${K}`, mean(shipped.map((s) => s.ndcg)).toFixed(3), mean(baseline.map((s) => s.ndcg)).toFixed(3)],
    [`highly related in top ${K}`, percent(mean(shipped.map((s) => +s.hit))), percent(mean(baseline.map((s) => +s.hit)))],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
  console.log(`Related papers, ${judgments.length} judged queries\n${table}`);
  if (process.env.EVAL_VERBOSE) {
    judgments.forEach((judgment, i) =>
      console.log(`${shipped[i]!.ndcg.toFixed(2)}  ${baseline[i]!.ndcg.toFixed(2)}  ${judgment.query}  ${judgment.title}`),
    );
  }

  expect(mean(shipped.map((s) => s.ndcg))).toBeGreaterThan(mean(baseline.map((s) => s.ndcg)));
});
