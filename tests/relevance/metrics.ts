/** Ranking metrics for the relevance eval: graded nDCG and "a highly related paper is near the top". */

/** Grades by paper key: 2 highly related, 1 related; absent keys count as 0. */
export type Grades = ReadonlyMap<string, number>;

/** Exponential gain, so one highly related paper outweighs two merely related ones (3 vs 1 + 1). */
const gain = (grade: number) => 2 ** grade - 1;

function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
}

/**
 * Normalised discounted cumulative gain of the first `k` keys of `ranked`: 1 when they are the best possible
 * order of the judged papers, 0 when none is judged related. A list shorter than `k` simply gains nothing
 * for the missing places.
 *
 * @example
 * ndcgAt(5, ['a', 'x', 'b'], new Map([['a', 2], ['b', 1]])); // ≈ 0.95
 */
export function ndcgAt(k: number, ranked: readonly string[], grades: Grades): number {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 0 : dcg(ranked.slice(0, k).map((key) => grades.get(key) ?? 0)) / ideal;
}

/**
 * Whether a grade-2 paper is among the first `k` keys.
 *
 * @example
 * highlyRelatedInTop(5, ['x', 'a'], new Map([['a', 2]])); // true
 */
export function highlyRelatedInTop(k: number, ranked: readonly string[], grades: Grades): boolean {
  return ranked.slice(0, k).some((key) => grades.get(key) === 2);
}
