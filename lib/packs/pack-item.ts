/** What every pack reader yields: a paper, or a problem that kept a record out, each with the line it was read from. */
import type { RecordProblem, RecordResult } from '../catalogue/record';
import type { Paper } from '../paper';

/**
 * One record of a pack: the paper read from it, or one problem with it (a record may have several, one item each).
 *
 * @example
 * const items: PackItem[] = [
 *   { line: 1, paper: { key: '1706.03762', arxivId: '1706.03762', title: 'Attention Is All You Need', authors: [],
 *     abstract: '', categories: ['cs.CL'], links: [] } },
 *   { line: 2, problem: { line: 2, field: 'id', message: 'is not an arXiv id: "foo"' } },
 * ];
 */
export type PackItem = { line: number; paper: Paper } | { line: number; problem: RecordProblem };

/**
 * The item for one problem at `line`.
 *
 * @example
 * problemItem(12, 'id', 'is not an arXiv id: "foo"'); // { line: 12, problem: { line: 12, field: 'id', message: '…' } }
 */
export function problemItem(line: number, field: string, message: string): PackItem {
  return { line, problem: { line, field, message } };
}

/**
 * The items for one record read at `line`: its paper, or each of its problems.
 *
 * @example
 * recordItems(readCatalogueRecord(JSON.parse(text), 7), 7); // [{ line: 7, paper: { key: '1810.04805', … } }]
 */
export function recordItems(result: RecordResult, line: number): PackItem[] {
  return result.problems ? result.problems.map((problem) => ({ line, problem })) : [{ line, paper: result.paper }];
}
