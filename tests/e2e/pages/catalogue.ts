/** Papers to serve pages for: entries of the bundled catalogue, and one paper the catalogue lacks. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CatalogueRecord } from '../../../lib/packs/build-pack';
import type { ArxivPaperRecord } from './arxiv-site';

/** One line of public/catalogue/plm-papers.jsonl. */
export type CatalogueEntry = CatalogueRecord;

const CATALOGUE_FILE = fileURLToPath(new URL('../../../public/catalogue/plm-papers.jsonl', import.meta.url));

export function readCatalogue(): CatalogueEntry[] {
  return readFileSync(CATALOGUE_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CatalogueEntry);
}

export function cataloguePaper(arxivId: string): ArxivPaperRecord {
  const entry = readCatalogue().find((candidate) => candidate.arxivId === arxivId);
  if (!entry) throw new Error(`${arxivId} is not in the catalogue`);
  return { ...entry, arxivId };
}

/**
 * An invented paper, deliberately on the catalogue's topic (so related papers exist) but under an
 * id and title the catalogue does not have; tests check that it stays outside.
 */
export const PAPER_OUTSIDE_CATALOGUE: ArxivPaperRecord = {
  arxivId: '2502.09981',
  version: 2,
  title: 'Curriculum Masking for Pre-trained Language Models in Low-Resource Languages',
  authors: ['Ada Q. Lovelace', 'Grace Hopper', 'Alan M. Turing'],
  abstract:
    'Masked language model pre-training treats every token alike. We propose curriculum masking, which first masks frequent ' +
    'tokens and later rare, linguistically informative spans, and apply it to pre-trained language models for nine ' +
    'low-resource languages. Curriculum masking improves named entity recognition and question answering over standard ' +
    'masking at equal compute, and the gains grow as the pre-training corpus shrinks. Code: https://example.org/curriculum-masking',
  published: '2025-02-14',
  categories: ['cs.CL', 'cs.LG'],
};
