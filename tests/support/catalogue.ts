/** The bundled catalogue as unit tests read it: from `public/`, exactly as the extension ships it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogue } from '../../lib/catalogue/parse';
import type { Paper } from '../../lib/paper';

export const bundledCatalogueText = readFileSync(resolve(__dirname, '../../public/catalogue/plm-papers.jsonl'), 'utf8');

/** The bundled catalogue's papers by key. */
export const bundledPapers: ReadonlyMap<string, Paper> = new Map(
  parseCatalogue(bundledCatalogueText).papers.map((paper) => [paper.key, paper]),
);

/** A bundled paper that must exist, for tests that name one. */
export function bundledPaper(key: string): Paper {
  const paper = bundledPapers.get(key);
  if (!paper) throw new Error(`no paper ${key} in the bundled catalogue`);
  return paper;
}
