/** Every schema step in order; a new version is one new file appended here, never an edit of an old one. */
import type { Migration } from './migration';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';

export const migrations: readonly Migration[] = [v1, v2, v3, v4];
