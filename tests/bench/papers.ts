/** The papers a benchmark runs on: the bundled catalogue as generator seeds, and corpus records turned into `Paper`s. */
import { existsSync, readFileSync } from 'node:fs';
import { parseCatalogue } from '../../lib/catalogue/parse';
import type { Paper } from '../../lib/paper';
import { generateCorpus, type ArxivMetadataRecord } from './corpus';
import { corpusPath, displayPath, readCorpus, repositoryPath } from './corpus-file';

/** The benchmark papers of one size and where they came from, for the report. */
export interface BenchPapers {
  papers: Paper[];
  source: string;
}

/**
 * The bundled catalogue's text, as the extension ships it.
 *
 * @example
 * const library = new Library(db, () => Promise.resolve(bundledCatalogueText()));
 */
export function bundledCatalogueText(): string {
  return readFileSync(repositoryPath('public/catalogue/plm-papers.jsonl'), 'utf8');
}

/**
 * The bundled catalogue's papers, which seed the corpus generator's vocabulary.
 *
 * @example
 * const records = generateCorpus(bundledSeedPapers(), 1000);
 */
export function bundledSeedPapers(): Paper[] {
  return parseCatalogue(bundledCatalogueText()).papers;
}

/**
 * A corpus record as a `Paper`. A stand-in until the benchmark uses the arXiv reader in lib/packs/.
 *
 * @example
 * recordToPaper(record); // { key: '2211.05344', arxivId: '2211.05344', authors: ['Yiming Cui', …], … }
 */
export function recordToPaper(record: ArxivMetadataRecord): Paper {
  return {
    key: record.id,
    arxivId: record.id,
    ...(record.doi ? { doi: record.doi } : {}),
    title: record.title,
    authors: record.authors.split(', '),
    abstract: record.abstract.trim(),
    date: record.update_date,
    categories: record.categories.split(' '),
    links: [],
  };
}

/**
 * The `size` benchmark papers: read from `.bench/corpus-<size>.jsonl` when `npm run bench:corpus` wrote it, else
 * generated in memory (the same papers, since the generator is deterministic).
 *
 * @example
 * const { papers, source } = await loadBenchPapers(10_000); // source: 'read .bench/corpus-10000.jsonl'
 */
export async function loadBenchPapers(size: number): Promise<BenchPapers> {
  const path = corpusPath(size);
  if (existsSync(path)) {
    const papers: Paper[] = [];
    for await (const record of readCorpus(path)) papers.push(recordToPaper(record));
    return { papers, source: `read ${displayPath(path)}` };
  }
  return {
    papers: Array.from(generateCorpus(bundledSeedPapers(), size), recordToPaper),
    source: `generated in memory (no ${displayPath(path)})`,
  };
}
