/** The shape of one schema step: its Dexie store definitions and an optional data upgrade. */
import type { Transaction } from 'dexie';

/** One schema version: the stores as they are at this version, and how to carry data from the previous one. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}
