/** The pack file a size imports: the benchmark corpus on disk, written first when `.bench/` lacks it. */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Paper } from '../../../lib/paper';
import { generateCorpus } from '../corpus';
import { corpusPath, displayPath, writeCorpus } from '../corpus-file';
import { bundledSeedPapers, loadBenchPapers } from '../papers';
import type { ArxivPaperRecord } from '../../e2e/pages/arxiv-site';

/** A corpus file to import and its papers, for the workload. */
export interface PackFile {
  path: string;
  fileName: string;
  bytes: number;
  /** Where the file came from, for the report. */
  source: string;
  papers: Paper[];
}

/**
 * The corpus of `size` records as a file on disk and its papers. The file is written from the bundled papers when
 * missing, and rewritten when its first line is not the generator's (a corpus left by an older generator).
 *
 * @example
 * const pack = await ensurePackFile(10_000); // pack.path: '/…/.bench/corpus-10000.jsonl'
 */
export async function ensurePackFile(size: number): Promise<PackFile> {
  const path = corpusPath(size);
  let source = `read ${displayPath(path)}`;
  const seeds = bundledSeedPapers();
  const stale = existsSync(path) && firstLine(path) !== JSON.stringify(generateCorpus(seeds, size).next().value);
  if (!existsSync(path) || stale) {
    await writeCorpus(generateCorpus(seeds, size), path);
    source = `${stale ? 'rewrote stale' : 'generated and wrote'} ${displayPath(path)}`;
  }
  const { papers } = await loadBenchPapers(size);
  return { path, fileName: basename(path), bytes: statSync(path).size, source, papers };
}

/**
 * A pack paper as arXiv's abstract page shows it.
 *
 * @example
 * renderAbsPage(asPagePaper(paper));
 */
export function asPagePaper(paper: Paper): ArxivPaperRecord {
  return {
    arxivId: paper.arxivId ?? paper.key,
    title: paper.title,
    authors: paper.authors,
    abstract: paper.abstract,
    published: paper.date ?? null,
    categories: paper.categories.length > 0 ? paper.categories : ['cs.CL'],
  };
}

/** The file's first line, read without reading the rest. */
function firstLine(path: string): string {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(path, 'r');
  try {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8').split('\n', 1)[0]!;
  } finally {
    closeSync(fd);
  }
}
