/** Decides whether two records are the same paper (another version, a duplicate), whatever their keys. */
import type { Paper } from './paper';

/**
 * A title reduced to its letters and digits, for duplicate detection.
 *
 * @example
 * normalizedTitle('BERT: Pre-training of Deep…'); // 'bertpretrainingofdeep'
 */
export function normalizedTitle(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when both records describe one paper: same key, arXiv id, DOI or normalised title.
 *
 * @example
 * isSamePaper(catalogueBert, { ...catalogueBert, key: '1810.04805', version: 'v2' }); // true
 */
export function isSamePaper(a: Paper, b: Paper): boolean {
  if (a.key === b.key) return true;
  if (a.arxivId && a.arxivId === b.arxivId) return true;
  if (a.doi && b.doi && a.doi.toLowerCase() === b.doi.toLowerCase()) return true;
  const title = normalizedTitle(a.title);
  return title.length > 0 && title === normalizedTitle(b.title);
}
