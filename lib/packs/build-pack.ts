/** Builds a Sidenote pack from papers read elsewhere: which papers to keep, the records to write, and what it did. */
import { basename } from 'node:path';
import { describeProblem } from '../catalogue/parse';
import type { RecordProblem } from '../catalogue/record';
import type { Paper } from '../paper';
import type { PackItem } from './pack-item';
import type { PackOptions, PaperFilter } from './pack-options';
import { withoutRepeatedPapers } from './repeated-papers';
import { packHeaderLine, type PackHeader } from './sidenote-pack';

/**
 * A paper as the catalogue's JSON Lines hold it, the fields in the catalogue's order; `readCatalogueRecord` reads it.
 *
 * @example
 * const record: CatalogueRecord = { arxivId: '1810.04805', title: 'BERT', authors: ['Jacob Devlin'], abstract: '…',
 *   published: '2018-10-11', categories: ['cs.CL'], links: [] };
 */
export interface CatalogueRecord {
  arxivId: string | null;
  title: string;
  authors: string[];
  abstract: string;
  /** `YYYY-MM-DD`; null for a paper known only to the month, which the reader takes from the arXiv id again. */
  published: string | null;
  categories: string[];
  links: string[];
}

/**
 * Why a paper read is not in the pack: none of its categories is wanted, it is dated before or after the range, or it
 * has no date at all.
 *
 * @example
 * const reason: SkipReason = 'before';
 */
export type SkipReason = 'category' | 'before' | 'after' | 'undated';

/**
 * What building a pack did, for the summary.
 *
 * @example
 * const summary: PackSummary = { records: 10, kept: 4, skipped: { category: 3, before: 1, after: 0, undated: 0 }, problems: 2, firstProblems: [] };
 */
export interface PackSummary {
  /** Non-blank lines read. */
  records: number;
  kept: number;
  skipped: Record<SkipReason, number>;
  /** Records left out for a problem, a repeated paper among them. */
  problems: number;
  /** The first few problems, to show. */
  firstProblems: RecordProblem[];
}

const PROBLEMS_SHOWN = 10;

/**
 * The record `paper` is written as in a pack. Reading it back gives the same paper for any paper read from arXiv's
 * metadata, except its DOI, which the catalogue format has no field for.
 *
 * @example
 * paperToCatalogueRecord({ key: '1810.04805', arxivId: '1810.04805', doi: '10.18653/v1/n19-1423', title: 'BERT',
 *   authors: ['Jacob Devlin'], abstract: 'Deep.', date: '2018-10-11', categories: ['cs.CL'], links: [] });
 * // { arxivId: '1810.04805', title: 'BERT', authors: ['Jacob Devlin'], abstract: 'Deep.', published: '2018-10-11',
 * //   categories: ['cs.CL'], links: [] }
 */
export function paperToCatalogueRecord(paper: Paper): CatalogueRecord {
  return {
    arxivId: paper.arxivId ?? null,
    title: paper.title,
    authors: paper.authors,
    abstract: paper.abstract,
    published: paper.date?.length === 'YYYY-MM-DD'.length ? paper.date : null,
    categories: paper.categories,
    links: paper.links,
  };
}

/**
 * Why the filter leaves `paper` out, or undefined when the pack keeps it. A category without a subject (`cs`) matches
 * its whole archive (`cs.CL`, `cs.LG`, …) but no other archive (`math` does not match `math-ph`). A paper dated only
 * to the month is kept when its month overlaps the range.
 *
 * @example
 * skipReason({ …, categories: ['cs.CL'], date: '2021-06-17' }, { categories: ['cs'], since: '2022-01-01' }); // 'before'
 */
export function skipReason(paper: Paper, filter: PaperFilter): SkipReason | undefined {
  const wanted = (category: string) =>
    filter.categories.some((filtered) => category === filtered || (!filtered.includes('.') && category.startsWith(`${filtered}.`)));
  if (!paper.categories.some(wanted)) return 'category';
  const { date } = paper;
  if (date === undefined) return 'undated';
  if (date < filter.since.slice(0, date.length)) return 'before';
  if (filter.until !== undefined && date > filter.until.slice(0, date.length)) return 'after';
  return undefined;
}

/**
 * The header of the pack `options` describe.
 *
 * @example
 * packHeader({ input: 'snapshot.json', categories: ['cs.CL'], since: '2022-01-01', name: 'NLP' });
 * // { name: 'NLP', description: 'arXiv papers in cs.CL first submitted from 2022-01-01, from snapshot.json' }
 */
export function packHeader(options: PackOptions): PackHeader {
  const range = options.until ? `from ${options.since} to ${options.until}` : `from ${options.since}`;
  const description = `arXiv papers in ${options.categories.join(', ')} first submitted ${range}, from ${basename(options.input)}`;
  return { name: options.name, description };
}

/**
 * Writes a pack, line by line without line breaks, of the papers `filter` keeps: the header, then each paper once
 * (a repeat is a problem). `write` may return a promise, to hold reading while the output catches up.
 *
 * @example
 * const summary = await buildPack(readArxivMetadata(input), options, packHeader(options), (line) => writeLine(out, line));
 */
export async function buildPack(
  items: AsyncIterable<PackItem>,
  filter: PaperFilter,
  header: PackHeader,
  write: (line: string) => void | Promise<void>,
): Promise<PackSummary> {
  const summary: PackSummary = { records: 0, kept: 0, skipped: { category: 0, before: 0, after: 0, undated: 0 }, problems: 0, firstProblems: [] };
  let lastProblemLine = 0;
  await write(packHeaderLine(header));
  for await (const item of withoutRepeatedPapers(keptPapers(items, filter, summary), 'id')) {
    if ('paper' in item) {
      summary.kept++;
      await write(JSON.stringify(paperToCatalogueRecord(item.paper)));
      continue;
    }
    // A record can have several problems; it is one record left out.
    if (item.line !== lastProblemLine) summary.problems++;
    lastProblemLine = item.line;
    if (summary.firstProblems.length < PROBLEMS_SHOWN) summary.firstProblems.push(item.problem);
  }
  return summary;
}

/** The items with the papers `filter` leaves out counted in `summary` instead; every record read is counted. */
async function* keptPapers(items: AsyncIterable<PackItem>, filter: PaperFilter, summary: PackSummary): AsyncGenerator<PackItem> {
  let lastLine = 0;
  for await (const item of items) {
    if (item.line !== lastLine) summary.records++;
    lastLine = item.line;
    const reason = 'paper' in item ? skipReason(item.paper, filter) : undefined;
    if (reason === undefined) yield item;
    else summary.skipped[reason]++;
  }
}

/**
 * The summary as lines for the terminal.
 *
 * @example
 * describeSummary(summary, options);
 * // 'Read 10 records from snapshot.json.\nKept 4 papers in the pack "NLP", written to nlp.jsonl.\nSkipped 4 papers: 3 in none of …'
 */
export function describeSummary(summary: PackSummary, options: PackOptions): string {
  const { skipped } = summary;
  const count = (n: number) => n.toLocaleString('en');
  const lines = [
    `Read ${count(summary.records)} records from ${options.input}.`,
    `Kept ${count(summary.kept)} papers in the pack "${options.name}", written to ${options.out ?? 'standard output'}.`,
    `Skipped ${count(skipped.category + skipped.before + skipped.after + skipped.undated)} papers: ` +
      `${count(skipped.category)} in none of ${options.categories.join(', ')}, ` +
      `${count(skipped.before)} before ${options.since}, ` +
      (options.until ? `${count(skipped.after)} after ${options.until}, ` : '') +
      `${count(skipped.undated)} without a date.`,
  ];
  if (summary.problems > 0) {
    lines.push(`Left out ${count(summary.problems)} records with problems:`);
    lines.push(...summary.firstProblems.map((problem) => `  ${describeProblem(problem)}`));
    const more = summary.problems - new Set(summary.firstProblems.map((problem) => problem.line)).size;
    if (more > 0) lines.push(`  …and ${count(more)} more records.`);
  }
  return `${lines.join('\n')}\n`;
}
