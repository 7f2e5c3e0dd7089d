/** Installs the bundled catalogue as the `bundled` pack, in one transaction, and only when its version changed. */
import type { CataloguePaper, SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import { BUNDLED_PACK_ID } from './pack-ids';
import { leavePack, readyPackIds } from './pack-store';
import type { RecordProblem } from './record';
import { catalogueVersion, parseCatalogue } from './parse';

/** What an install did: whether the stored catalogue changed, and the records that were left out. */
export interface CatalogueInstall {
  version: string;
  changed: boolean;
  papers: number;
  problems: RecordProblem[];
}

/** The name the bundled catalogue has in the list of packs. */
export const BUNDLED_PACK_NAME = 'Pre-trained language models (bundled)';

/**
 * Replaces the bundled pack with the catalogue in `text` unless that version is already stored. Papers are swapped
 * inside a single transaction, so readers see the old catalogue or the new one, never half; papers other packs hold
 * stay with them.
 *
 * @example
 * const { changed, problems } = await installCatalogue(db, await (await fetch(url)).text());
 */
export async function installCatalogue(db: SidenoteDatabase, text: string, now = Date.now()): Promise<CatalogueInstall> {
  const version = await catalogueVersion(text);
  const { papers, problems } = parseCatalogue(text);
  const changed = await db.transaction('rw', db.papers, db.packs, db.meta, async () => {
    if ((await getMeta(db, 'catalogue'))?.version === version && (await db.packs.get(BUNDLED_PACK_ID))) return false;
    const ready = await readyPackIds(db);
    const { kept, deleted, heirs } = leavePack(await db.papers.where('packs').equals(BUNDLED_PACK_ID).toArray(), BUNDLED_PACK_ID, ready);
    await db.papers.bulkDelete(deleted);
    await db.papers.bulkPut(kept);
    const others = await db.papers.bulkGet(papers.map((paper) => paper.key));
    const rows: CataloguePaper[] = papers.map((paper, i) => {
      const other = others[i];
      return other ? { ...other, packs: [...other.packs, BUNDLED_PACK_ID] } : { ...paper, packs: [BUNDLED_PACK_ID] };
    });
    await db.papers.bulkPut(rows);
    for (const heir of heirs) await db.packs.update(heir, { version: `${heir}@${now}` });
    await db.packs.put({ id: BUNDLED_PACK_ID, name: BUNDLED_PACK_NAME, state: 'ready', papers: papers.length, bytes: new TextEncoder().encode(text).length, importedAt: now, version });
    await db.meta.put({ name: 'catalogue', version, papers: papers.length, problems, loadedAt: now });
    return true;
  });
  return { version, changed, papers: papers.length, problems };
}
