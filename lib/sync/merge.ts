/** The merge rule and the quota plan: which side wins each bookmark, what to write where, and what does not fit. */
import type { Bookmark, Tombstone } from '../paper';
import {
  bookmarkFromRecord,
  changedAt,
  decodeRecord,
  encodeBookmark,
  encodeTombstone,
  isTombstoneRecord,
  itemBytes,
  itemKey,
  paperKeyOf,
  readerState,
  type SyncRecord,
} from './record';

/** Below Chrome's QUOTA_BYTES (102,400), leaving room for anything our byte count may miss. */
const AREA_BYTES = 100_000;
/** Chrome's MAX_ITEMS. */
const AREA_ITEMS = 512;

/**
 * Every bookmark and tombstone on this device.
 *
 * @example
 * const snapshot: LocalSnapshot = { bookmarks: await db.bookmarks.toArray(), tombstones: await db.tombstones.toArray() };
 */
export interface LocalSnapshot {
  bookmarks: Bookmark[];
  tombstones: Tombstone[];
}

/**
 * A change from another device for the local store. `seen` is the key's local change time when sync read it
 * (its bookmark's `updatedAt`, else its tombstone's `deletedAt`, else null): the store applies the change only
 * if that is still so, so an edit made meanwhile on this device is never overwritten.
 *
 * @example
 * const change: SyncLocalChange = { kind: 'delete', tombstone: { key: '2211.05344', deletedAt: 1700000900000 }, seen: 1700000500000 };
 */
export type SyncLocalChange =
  | { kind: 'put'; bookmark: Bookmark; seen: number | null }
  | { kind: 'delete'; tombstone: Tombstone; seen: number | null };

/**
 * What one sync pass does: changes for the local store, items to write and remove, and what did not fit.
 *
 * @example
 * const { local, set, remove, notSyncedCount }: SyncPlan = planSync(snapshot, items);
 */
export interface SyncPlan {
  local: SyncLocalChange[];
  set: Record<string, SyncRecord>;
  remove: string[];
  /** Bookmarks whose latest state is in the sync area once the plan is carried out. */
  syncedCount: number;
  /** Bookmarks kept on this device only, for want of room. */
  notSyncedCount: number;
}

type LocalState = { kind: 'live'; at: number; bookmark: Bookmark } | { kind: 'dead'; at: number; tombstone: Tombstone };
type Winner = 'local' | 'remote' | 'same';

/** The merged state of one key that could go to the sync area. */
interface Candidate {
  paperKey: string;
  at: number;
  live: boolean;
  record: SyncRecord;
  bytes: number;
  write: boolean;
}

/**
 * The time to stamp a change with: now, or just after the state it replaces when this device's clock is behind
 * the one that stamped that state. With every change stamped so, an edit made after seeing another wins
 * everywhere whatever the clocks say; only edits made without knowledge of each other are ordered by clocks.
 *
 * @example
 * changeTime(Date.now(), existing?.updatedAt); // for an edit; pass the tombstone's deletedAt when re-adding
 */
export function changeTime(now: number, previous: number | undefined): number {
  return previous === undefined ? now : Math.max(now, previous + 1);
}

/**
 * Merges this device's library with the sync area's items and plans what to write where.
 *
 * Per bookmark, the state changed last wins: a removal newer than the last edit deletes it, an edit newer
 * than the removal brings it back. At the same instant a removal beats an edit, and two edits are ordered by
 * what they say, so every device picks the same winner. A key missing from the sync area is not a removal
 * (it may not have fitted): it is sent if room allows.
 *
 * Room: the merged states are ranked most recently changed first and each goes in if it still fits in what the
 * area's other items (settings, unreadable records) leave of the quotas; the rest stay local and leave the area.
 *
 * @example
 * const plan = planSync(await store.read(), await browser.storage.sync.get(null));
 * await store.apply(plan.local);
 * await browser.storage.sync.remove(plan.remove);
 * await browser.storage.sync.set(plan.set);
 */
export function planSync(local: LocalSnapshot, remoteItems: Record<string, unknown>): SyncPlan {
  const mine = localStates(local);
  const theirs = new Map<string, SyncRecord>();
  const untouchable = new Set<string>();
  let roomBytes = AREA_BYTES;
  let roomItems = AREA_ITEMS;
  for (const [key, value] of Object.entries(remoteItems)) {
    const paperKey = paperKeyOf(key);
    const record = paperKey === null ? null : decodeRecord(value);
    if (paperKey !== null && record) {
      theirs.set(paperKey, record);
    } else {
      roomBytes -= itemBytes(key, value);
      roomItems -= 1;
      // An item we cannot read may come from a later Sidenote: leave it, and its key, alone.
      if (paperKey !== null) untouchable.add(paperKey);
    }
  }

  const changes: SyncLocalChange[] = [];
  const candidates: Candidate[] = [];
  let unsendable = 0;
  for (const paperKey of new Set([...mine.keys(), ...theirs.keys()])) {
    const ours = mine.get(paperKey);
    const remote = theirs.get(paperKey);
    if (untouchable.has(paperKey)) {
      if (ours?.kind === 'live') unsendable += 1;
      continue;
    }
    const winner = decide(ours, remote);
    if (winner === 'remote' && remote) {
      const change = localChange(paperKey, remote, ours);
      if (change) changes.push(change);
    }
    const record = winner === 'local' && ours ? encodeState(ours) : remote;
    if (!record) {
      unsendable += 1;
      continue;
    }
    const key = itemKey(paperKey);
    candidates.push({
      paperKey,
      at: changedAt(record),
      live: !isTombstoneRecord(record),
      record,
      bytes: itemBytes(key, winner === 'local' ? record : remoteItems[key]),
      write: winner === 'local',
    });
  }

  candidates.sort((a, b) => b.at - a.at || (a.paperKey < b.paperKey ? -1 : 1));
  const set: Record<string, SyncRecord> = {};
  const kept = new Set<string>();
  let syncedCount = 0;
  for (const candidate of candidates) {
    if (candidate.bytes > roomBytes || roomItems < 1) continue;
    roomBytes -= candidate.bytes;
    roomItems -= 1;
    kept.add(candidate.paperKey);
    if (candidate.write) set[itemKey(candidate.paperKey)] = candidate.record;
    if (candidate.live) syncedCount += 1;
  }
  const liveCandidates = candidates.filter((candidate) => candidate.live).length;
  return {
    local: changes,
    set,
    remove: [...theirs.keys()].filter((paperKey) => !kept.has(paperKey)).map(itemKey),
    syncedCount,
    notSyncedCount: unsendable + liveCandidates - syncedCount,
  };
}

function localStates({ bookmarks, tombstones }: LocalSnapshot): Map<string, LocalState> {
  const states = new Map<string, LocalState>();
  for (const tombstone of tombstones) states.set(tombstone.key, { kind: 'dead', at: tombstone.deletedAt, tombstone });
  // A bookmark outranks a tombstone of its key, as it does in the store's own idea of a key's change time.
  for (const bookmark of bookmarks) states.set(bookmark.key, { kind: 'live', at: bookmark.updatedAt, bookmark });
  return states;
}

function decide(ours: LocalState | undefined, remote: SyncRecord | undefined): Winner {
  if (!remote) return 'local';
  if (!ours) return 'remote';
  const remoteAt = changedAt(remote);
  if (ours.at !== remoteAt) return ours.at > remoteAt ? 'local' : 'remote';
  const remoteDead = isTombstoneRecord(remote);
  if (ours.kind === 'dead' || remoteDead) {
    if (ours.kind === 'dead' && remoteDead) return 'same';
    return ours.kind === 'dead' ? 'local' : 'remote';
  }
  const local = readerState(ours.bookmark);
  const other = readerState(remote);
  if (local === other) return 'same';
  return local > other ? 'local' : 'remote';
}

function localChange(paperKey: string, remote: SyncRecord, ours: LocalState | undefined): SyncLocalChange | null {
  const seen = ours?.at ?? null;
  if (!isTombstoneRecord(remote)) {
    const bookmark = bookmarkFromRecord(paperKey, remote, ours?.kind === 'live' ? ours.bookmark : undefined);
    return { kind: 'put', bookmark, seen };
  }
  // Nothing to delete and no tombstone to update: the removal stays in the sync area for whoever needs it.
  if (!ours) return null;
  return { kind: 'delete', tombstone: { key: paperKey, deletedAt: remote.x }, seen };
}

function encodeState(state: LocalState): SyncRecord | null {
  return state.kind === 'live' ? encodeBookmark(state.bookmark) : encodeTombstone(state.tombstone);
}
