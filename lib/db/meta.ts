/** The typed rows of the `meta` table: the bundled catalogue's state, the bookmark revision and how the index was loaded. */
import type { RecordProblem } from '../catalogue/record';
import type { SidenoteDatabase } from './database';

/** Which catalogue is loaded, and what was wrong with the records left out. */
export interface CatalogueMeta {
  name: 'catalogue';
  version: string;
  papers: number;
  problems: RecordProblem[];
  loadedAt: number;
}

/** Bumped in the same transaction as every bookmark change, so a snapshot can tell whether it is current. */
export interface BookmarksRevisionMeta {
  name: 'bookmarksRevision';
  revision: number;
}

/** How the worker got its index the last time it woke, for diagnostics and tests. */
export interface IndexLoadMeta {
  name: 'indexLoad';
  source: 'snapshot' | 'rebuilt';
  builds: number;
  at: number;
}

export type MetaRow = CatalogueMeta | BookmarksRevisionMeta | IndexLoadMeta;
type MetaName = MetaRow['name'];

/**
 * Reads one meta row with its precise type.
 *
 * @example
 * const catalogue = await getMeta(db, 'catalogue'); // CatalogueMeta | undefined
 */
export async function getMeta<Name extends MetaName>(
  db: SidenoteDatabase,
  name: Name,
): Promise<Extract<MetaRow, { name: Name }> | undefined> {
  return (await db.meta.get(name)) as Extract<MetaRow, { name: Name }> | undefined;
}

/**
 * The current bookmark revision (0 before the first bookmark change).
 *
 * @example
 * const revision = await bookmarksRevision(db);
 */
export async function bookmarksRevision(db: SidenoteDatabase): Promise<number> {
  return (await getMeta(db, 'bookmarksRevision'))?.revision ?? 0;
}
