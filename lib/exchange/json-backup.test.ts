import { bookmark as workerBookmarkCheck } from '../messaging/validate';
import type { Bookmark, Tombstone } from '../paper';
import { ImportError } from './import-error';
import { parseJsonBackup, toJsonBackup } from './json-backup';
import { attention, bare, godel, maldacena, tricky } from './test-bookmarks';

const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);
const library = [attention, maldacena, godel, tricky, bare];
const tombstones: Tombstone[] = [
  { key: '1810.04805', deletedAt: NOW - 1000 },
  { key: 'doi:10.1000/182', deletedAt: NOW - 2000 },
];

/** A valid backup, changed by `edit`, as text. */
function backupWith(edit: (backup: Record<string, any>) => void): string {
  const backup = JSON.parse(toJsonBackup(library, tombstones, NOW));
  edit(backup);
  return JSON.stringify(backup);
}

function importError(text: string): ImportError {
  try {
    parseJsonBackup(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('toJsonBackup', () => {
  test('names its format and version, the time it was taken, and holds every field', () => {
    const backup = JSON.parse(toJsonBackup([attention], tombstones, NOW));
    expect(backup).toEqual({
      format: 'sidenote-backup',
      version: 1,
      exportedAt: '2026-11-27T08:00:00.000Z',
      bookmarks: [attention],
      tombstones,
    });
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'bookmarks', 'tombstones']);
  });

  test('writes fields in one order, whatever order the objects had', () => {
    const shuffled = Object.fromEntries(Object.entries(attention).reverse()) as unknown as Bookmark;
    expect(toJsonBackup([shuffled], [], NOW)).toBe(toJsonBackup([attention], [], NOW));
  });
});

describe('parseJsonBackup', () => {
  test('gives back exactly what was backed up', () => {
    expect(parseJsonBackup(toJsonBackup(library, tombstones, NOW))).toEqual({ bookmarks: library, tombstones });
    expect(parseJsonBackup(toJsonBackup([], [], NOW))).toEqual({ bookmarks: [], tombstones: [] });
  });

  test('accepts a byte order mark and compact JSON', () => {
    expect(parseJsonBackup(`\uFEFF${JSON.stringify(JSON.parse(toJsonBackup(library, [], NOW)))}`).bookmarks).toEqual(library);
  });

  test('normalises tags as the library stores them and drops fields it does not know', () => {
    const { bookmarks } = parseJsonBackup(
      backupWith((backup) => {
        backup.bookmarks[0].tags = [' To  Read', 'to read', 'NLP'];
        backup.bookmarks[0].colour = 'red';
        backup.bookmarks[0].paper.venue = 'NeurIPS';
      }),
    );
    expect(bookmarks[0]).toEqual({ ...attention, tags: ['to read', 'nlp'] });
  });

  test('everything it accepts, the worker accepts too', () => {
    for (const bookmark of parseJsonBackup(toJsonBackup(library, [], NOW)).bookmarks) {
      expect(workerBookmarkCheck(bookmark)).toEqual(bookmark);
    }
  });

  describe('refuses a file that is not a backup of this version', () => {
    test.each<[string, string, string]>([
      ['invalid JSON', '{"format": "sidenote-backup",', 'The file is not valid JSON ('],
      ['a JSON list', '[]', 'The file is not a Sidenote backup: it does not hold a JSON object.'],
      ['another JSON file', '{"name": "package"}', 'The file is not a Sidenote backup: its "format" is missing, not "sidenote-backup".'],
      ['another format', '{"format": "papermemory"}', 'The file is not a Sidenote backup: its "format" is "papermemory", not "sidenote-backup".'],
      ['version 0', '{"format": "sidenote-backup", "version": 0}', 'The backup is damaged: version must be a whole number from 1.'],
      ['a text version', '{"format": "sidenote-backup", "version": "1"}', 'The backup is damaged: version must be a whole number from 1.'],
    ])('%s', (_, text, message) => {
      expect(importError(text).message.startsWith(message)).toBe(true);
    });

    test('a backup from a newer Sidenote says so', () => {
      const error = importError(backupWith((backup) => (backup.version = 2)));
      expect(error.message).toBe(
        'This backup was made by a newer Sidenote (backup version 2; this Sidenote reads version 1). Update Sidenote, then import it again.',
      );
      expect(error.path).toBe('version');
    });
  });

  describe('names the first damaged field by its path', () => {
    test.each<[string, (backup: Record<string, any>) => void, string, string]>([
      ['exportedAt', (b) => (b.exportedAt = 'yesterday'), 'exportedAt', 'must be a date and time'],
      ['bookmarks missing', (b) => delete b.bookmarks, 'bookmarks', 'must be a list'],
      ['a bookmark that is not an object', (b) => (b.bookmarks[1] = 'x'), 'bookmarks[1]', 'must be an object'],
      ['tags not a list', (b) => (b.bookmarks[3].tags = 'nlp'), 'bookmarks[3].tags', 'must be a list of strings'],
      ['a tag not a string', (b) => (b.bookmarks[3].tags = ['nlp', 7]), 'bookmarks[3].tags', 'must be a list of strings'],
      ['a note not a string', (b) => (b.bookmarks[0].note = null), 'bookmarks[0].note', 'must be a string'],
      ['read not a boolean', (b) => (b.bookmarks[0].read = 'yes'), 'bookmarks[0].read', 'must be true or false'],
      ['a negative time', (b) => (b.bookmarks[2].createdAt = -1), 'bookmarks[2].createdAt', 'must be a time in epoch milliseconds (a whole number from 0)'],
      ['a fractional time', (b) => (b.bookmarks[2].updatedAt = 1.5), 'bookmarks[2].updatedAt', 'must be a time in epoch milliseconds (a whole number from 0)'],
      ['a key unlike its paper\'s', (b) => (b.bookmarks[0].key = '1810.04805'), 'bookmarks[0].key', 'must be the same as bookmarks[0].paper.key ("1706.03762")'],
      ['a paper missing', (b) => delete b.bookmarks[0].paper, 'bookmarks[0].paper', 'must be an object'],
      ['an empty title', (b) => (b.bookmarks[0].paper.title = ' '), 'bookmarks[0].paper.title', 'is empty'],
      ['a title too long', (b) => (b.bookmarks[0].paper.title = 'x'.repeat(2001)), 'bookmarks[0].paper.title', 'is longer than 2000 characters'],
      ['an author not a string', (b) => (b.bookmarks[0].paper.authors = ['A', { name: 'B' }]), 'bookmarks[0].paper.authors[1]', 'must be a string'],
      ['a note too long', (b) => (b.bookmarks[0].note = 'x'.repeat(20_001)), 'bookmarks[0].note', 'is longer than 20000 characters'],
      ['too many tags', (b) => (b.bookmarks[0].tags = Array.from({ length: 101 }, (_, i) => `t${i}`)), 'bookmarks[0].tags', 'has more than 100 items'],
      ['a key that is no paper key', (b) => ((b.bookmarks[4].key = 'Untitled'), (b.bookmarks[4].paper.key = 'Untitled')), 'bookmarks[4].paper.key', 'is not a paper key (an arXiv id, "doi:…" or "title:…"): "Untitled"'],
      ['an arXiv id with version', (b) => (b.bookmarks[0].paper.arxivId = '1706.03762v7'), 'bookmarks[0].paper.arxivId', 'is not an arXiv id without version: "1706.03762v7"'],
      ['a version unlike v2', (b) => (b.bookmarks[1].paper.version = '3'), 'bookmarks[1].paper.version', 'is not a version like "v2": "3"'],
      ['a DOI in upper case', (b) => (b.bookmarks[2].paper.doi = '10.1007/BF01700692'), 'bookmarks[2].paper.doi', 'is not a DOI in lower case without prefix: "10.1007/BF01700692"'],
      ['an impossible date', (b) => (b.bookmarks[0].paper.date = '2017-02-30'), 'bookmarks[0].paper.date', 'is not a date like 2017-06 or 2017-06-12: "2017-02-30"'],
      ['a script URL', (b) => (b.bookmarks[0].paper.url = 'javascript:alert(1)'), 'bookmarks[0].paper.url', 'is not an http(s) URL: "javascript:alert(1)"'],
      ['a link that is no URL', (b) => (b.bookmarks[0].paper.links = ['https://ok.example', 'nope']), 'bookmarks[0].paper.links[1]', 'is not an http(s) URL: "nope"'],
      ['a duplicated bookmark', (b) => b.bookmarks.push(b.bookmarks[1]), 'bookmarks[5].key', 'repeats bookmarks[1].key ("hep-th/9711200")'],
      ['tombstones missing', (b) => delete b.tombstones, 'tombstones', 'must be a list'],
      ['a tombstone without time', (b) => delete b.tombstones[1].deletedAt, 'tombstones[1].deletedAt', 'must be a time in epoch milliseconds (a whole number from 0)'],
      ['a duplicated tombstone', (b) => b.tombstones.push(b.tombstones[0]), 'tombstones[2].key', 'repeats tombstones[0].key ("1810.04805")'],
    ])('%s', (_, edit, path, problem) => {
      const error = importError(backupWith(edit));
      expect(error.message).toBe(`The backup is damaged: ${path} ${problem}.`);
      expect(error.path).toBe(path);
    });
  });
});
