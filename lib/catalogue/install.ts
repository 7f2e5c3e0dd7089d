/** Puts a parsed catalogue into IndexedDB in one transaction, and only when its version changed. */
import type { SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import type { RecordProblem } from './record';
import { catalogueVersion, parseCatalogue } from './parse';

/** What an install did: whether the stored catalogue changed, and the records that were left out. */
export interface CatalogueInstall {
  version: string;
  changed: boolean;
  papers: number;
  problems: RecordProblem[];
}

/**
 * Replaces the stored catalogue with the one in `text` unless that version is already stored.
 * Papers are swapped inside a single transaction, so readers see the old catalogue or the new one, never half.
 *
 * @example
 * const { changed, problems } = await installCatalogue(db, await (await fetch(url)).text());
 */
export async function installCatalogue(db: SidenoteDatabase, text: string, now = Date.now()): Promise<CatalogueInstall> {
  const version = await catalogueVersion(text);
  const { papers, problems } = parseCatalogue(text);
  const changed = await db.transaction('rw', db.papers, db.meta, async () => {
    if ((await getMeta(db, 'catalogue'))?.version === version) return false;
    await db.papers.clear();
    await db.papers.bulkAdd(papers);
    await db.meta.put({ name: 'catalogue', version, papers: papers.length, problems, loadedAt: now });
    return true;
  });
  return { version, changed, papers: papers.length, problems };
}
