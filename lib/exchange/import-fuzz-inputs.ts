/** A seeded generator of malformed and hostile import files, so the import fuzz test tries the same inputs on every run. */
import { toBibtex } from './bibtex-writer';
import { toJsonBackup } from './json-backup';
import { attention, bare, godel, maldacena, tricky } from './test-bookmarks';
import { seededRandom } from '../../tests/support/seeded-random';

/** One generated file: what kind of damage it carries, its name (which picks the import path) and its text. */
export interface FuzzInput {
  kind: string;
  name: string;
  text: string;
}


const VALID_BOOKMARKS = [attention, maldacena, godel, tricky, bare];
const VALID_BACKUP = toJsonBackup(VALID_BOOKMARKS, [{ key: '2106.09608', deletedAt: Date.UTC(2026, 1, 1) }], Date.UTC(2026, 10, 27));
const VALID_BIBTEX = `${toBibtex(VALID_BOOKMARKS)}
@article{scholar2017,
  title={Attention is all you need},
  author={Vaswani, Ashish and Shazeer, Noam},
  journal={arXiv preprint arXiv:1706.03762},
  year={2017}
}
@string{nips = "Advances in NeurIPS"}
@inproceedings{macro, title = "Macros " # nips, booktitle = nips, year = 2020, month = jun, doi = {10.5555/3495724.3496298}}
`;
/** Lines shaped like the arXiv metadata snapshot (one JSON object per line), which is not a Sidenote backup. */
const ARXIV_METADATA_LINES = [
  { id: '1706.03762', submitter: 'Ashish Vaswani', authors: 'Ashish Vaswani, Noam Shazeer', title: 'Attention Is All You Need', categories: 'cs.CL cs.LG', abstract: '  The dominant sequence transduction models…\n', versions: [{ version: 'v1', created: 'Mon, 12 Jun 2017 17:57:34 GMT' }], authors_parsed: [['Vaswani', 'Ashish', '']] },
  { id: 'hep-th/9711200', submitter: 'Juan Maldacena', authors: 'Juan M. Maldacena', title: 'The Large N Limit', categories: 'hep-th', abstract: '  We show…', versions: [], authors_parsed: [] },
].map((record) => JSON.stringify(record));

/** Values of every JSON type, for putting where another type belongs. */
const WRONG_TYPES: unknown[] = [null, 0, -1, 1.5, 1e308, true, '', 'x', [], [null], {}, { key: 1 }, '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\ud800', Number.MAX_SAFE_INTEGER + 2];
const HOSTILE_TEXTS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:alert(1)', '\u202Egnp.exe', '\ud800\udfff\udc00', '\u0000\u0001\u001f', '{{{{', '}}}}', '@misc{', '"\\"', '%', '#', '\\\\'];
const BIBTEX_FIELDS = ['title', 'author', 'eprint', 'doi', 'url', 'keywords', 'note', 'annote', 'year', 'month', 'date', 'abstract', 'archivePrefix', 'journal'];

/**
 * `count` inputs from `seed`, cycling through the kinds of damage so each kind gets its share.
 *
 * @example
 * for (const { kind, name, text } of fuzzInputs(7, 1200)) await model.importFile({ name, text: async () => text });
 */
export function fuzzInputs(seed: number, count: number): FuzzInput[] {
  const random = seededRandom(seed);
  const below = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  const randomText = (length: number) => Array.from({ length }, () => String.fromCharCode(below(0x10000))).join('');
  const binary = (length: number) => Array.from({ length }, () => String.fromCharCode(below(256))).join('');

  /** Byte-level damage: characters deleted, inserted, swapped or repeated at random places. */
  function mutate(text: string, edits: number): string {
    let result = text;
    for (let i = 0; i < edits; i++) {
      const at = below(result.length + 1);
      const span = 1 + below(20);
      switch (below(4)) {
        case 0: result = result.slice(0, at) + result.slice(at + span); break;
        case 1: result = result.slice(0, at) + pick([...'{}[]",:@=#\\\n\u0000', pick(HOSTILE_TEXTS), randomText(span)]) + result.slice(at); break;
        case 2: result = result.slice(0, at) + result.slice(at, at + span).split('').reverse().join('') + result.slice(at + span); break;
        default: result = result.slice(0, at) + result.slice(at, at + span).repeat(2 + below(5)) + result.slice(at + span);
      }
    }
    return result;
  }

  /** A copy of the valid backup with one value somewhere in it replaced by `replacement(current)`. */
  function backupWith(replacement: (current: unknown) => unknown): string {
    const backup = JSON.parse(VALID_BACKUP) as Record<string, unknown>;
    const containers: Record<string, unknown>[] = [];
    const collect = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      containers.push(value as Record<string, unknown>);
      for (const child of Object.values(value)) collect(child);
    };
    collect(backup);
    const container = pick(containers);
    const keys = Object.keys(container);
    if (keys.length > 0) {
      const key = pick(keys);
      container[key] = replacement(container[key]);
    }
    return JSON.stringify(backup);
  }

  const bibtexEntry = (fields: [string, string][]) => `@misc{k${below(1000)},\n${fields.map(([field, value]) => `  ${field} = {${value}}`).join(',\n')}\n}\n`;
  const nested = (depth: number, open: string, close: string, inner = '') => open.repeat(depth) + inner + close.repeat(depth);

  const makers: Record<string, () => Omit<FuzzInput, 'kind'>> = {
    'truncated backup': () => ({ name: 'backup.json', text: VALID_BACKUP.slice(0, below(VALID_BACKUP.length)) }),
    'truncated bibtex': () => ({ name: 'refs.bib', text: VALID_BIBTEX.slice(0, below(VALID_BIBTEX.length)) }),
    'wrong type in backup': () => ({ name: 'backup.json', text: backupWith(() => pick(WRONG_TYPES)) }),
    'hostile text in backup': () => ({ name: 'backup.json', text: backupWith((current) => (typeof current === 'string' ? current + pick(HOSTILE_TEXTS) : pick(HOSTILE_TEXTS))) }),
    'huge string in backup': () => ({ name: 'backup.json', text: backupWith(() => 'A'.repeat(100_000 + below(300_000))) }),
    'huge list in backup': () => ({ name: 'backup.json', text: backupWith(() => Array.from({ length: 1_000 + below(20_000) }, (_, i) => `item ${i}`)) }),
    'deep nesting in json': () => ({ name: 'backup.json', text: nested(1_000 + below(20_000), pick(['[', '{"a":']), pick(['}', ']']), '0') }),
    'deep braces in bibtex': () => {
      const depth = 1_000 + below(20_000);
      return { name: 'refs.bib', text: bibtexEntry([['title', nested(depth, '{', '}', 'Deep')], ['eprint', '1706.03762']]) };
    },
    // JSON.parse keeps the last of repeated keys; the backup must be judged by that one, valid or not.
    'duplicated keys in backup': () => ({
      name: 'backup.json',
      text: below(2) === 0
        ? VALID_BACKUP.replace('"format": "sidenote-backup"', `"format": "sidenote-backup", "format": ${JSON.stringify(pick(WRONG_TYPES))}`)
        : VALID_BACKUP.replace('"bookmarks": [', `"bookmarks": ${JSON.stringify(pick(WRONG_TYPES))}, "bookmarks": [`),
    }),
    'duplicated bookmarks in backup': () => {
      const backup = JSON.parse(VALID_BACKUP) as { bookmarks: unknown[] };
      backup.bookmarks.push(pick(backup.bookmarks));
      return { name: 'backup.json', text: JSON.stringify(backup) };
    },
    'duplicated fields in bibtex': () => {
      const field = pick(BIBTEX_FIELDS);
      return { name: 'refs.bib', text: bibtexEntry([['title', 'Twice'], [field, pick(HOSTILE_TEXTS)], [field, '1706.03762'], ['eprint', '2106.09608']]).repeat(1 + below(3)) };
    },
    'binary data': () => ({ name: pick(['backup.json', 'refs.bib', 'upload']), text: binary(1 + below(5_000)) }),
    'random unicode': () => ({ name: pick(['backup.json', 'refs.bib']), text: randomText(1 + below(5_000)) }),
    'unbalanced braces in bibtex': () => {
      const entry = bibtexEntry([['title', 'Unbalanced'], ['eprint', '1706.03762']]);
      const at = below(entry.length);
      return { name: 'refs.bib', text: entry.slice(0, at) + pick(['{', '}', '{{', '}}}', '"']) + entry.slice(at) };
    },
    'hostile fields in bibtex': () => ({
      name: 'refs.bib',
      text: bibtexEntry(Array.from({ length: 1 + below(6) }, () => [pick(BIBTEX_FIELDS), below(5) === 0 ? 'B'.repeat(50_000 + below(200_000)) : pick([...HOSTILE_TEXTS, ...WRONG_TYPES.map(String)])])),
    }),
    // Either thousands of entries or one entry with thousands of authors; both at once is a 20 MB file that merely takes long.
    'many bibtex entries or authors': () => {
      const manyEntries = below(2) === 0;
      const authors = Array.from({ length: manyEntries ? 3 : 1 + below(1_500) }, (_, i) => `Author ${i}`).join(' and ');
      return { name: 'refs.bib', text: bibtexEntry([['title', `Paper ${below(10)}`], ['author', authors]]).repeat(manyEntries ? 1 + below(300) : 1) };
    },
    'mutated backup': () => ({ name: 'backup.json', text: mutate(VALID_BACKUP, 1 + below(8)) }),
    'mutated bibtex': () => ({ name: 'refs.bib', text: mutate(VALID_BIBTEX, 1 + below(8)) }),
    'arxiv metadata lines': () => {
      const lines = Array.from({ length: 1 + below(5) }, () => pick(ARXIV_METADATA_LINES));
      const text = below(2) === 0 ? lines.join('\n') : mutate(lines.join('\n'), 1 + below(4));
      return { name: pick(['arxiv-metadata-oai-snapshot.json', 'metadata.jsonl', 'upload']), text };
    },
  };

  const kinds = Object.keys(makers);
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length]!;
    return { kind, ...makers[kind]!() };
  });
}
