// @vitest-environment node
/** The benchmark corpus: byte-for-byte reproducible, shaped like arXiv abstracts, and readable back as papers. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus';
import { readCorpus, writeCorpus } from './corpus-file';
import { bundledSeedPapers, recordToPaper } from './papers';

const seeds = bundledSeedPapers();
const records = [...generateCorpus(seeds, 300)];

describe('the benchmark corpus', () => {
  it('writes the same bytes for the same size', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'sidenote-corpus-'));
    try {
      const first = await writeCorpus(generateCorpus(seeds, 300), join(directory, 'first.jsonl'));
      const second = await writeCorpus(generateCorpus(seeds, 300), join(directory, 'second.jsonl'));
      expect(second).toEqual(first);
      expect(first.records).toBe(300);
      // Buffer.equals, not toEqual: a deep equality walks half a megabyte byte by byte.
      expect((await readFile(join(directory, 'second.jsonl'))).equals(await readFile(join(directory, 'first.jsonl')))).toBe(true);

      const readBack = [];
      for await (const record of readCorpus(join(directory, 'first.jsonl'))) readBack.push(record);
      expect(readBack).toEqual(records);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('has the fields of arXiv metadata records in every record, with distinct ids', () => {
    for (const record of records) {
      expect(record.id).toMatch(/^\d{4}\.\d{5}$/);
      expect(record.title.trim()).not.toBe('');
      expect(record.abstract.trim()).not.toBe('');
      expect(record.versions[0]?.created).toBeTruthy();
      expect(record.update_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.authors_parsed.length).toBe(record.authors.split(', ').length);
    }
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('writes abstracts of 120 to 250 words and papers of 1 to 40 authors, spread like real ones', () => {
    const abstractWords = records.map((record) => record.abstract.trim().split(/\s+/).length);
    const authorCounts = records.map((record) => record.authors_parsed.length);
    expect(Math.min(...abstractWords)).toBeGreaterThanOrEqual(120);
    expect(Math.max(...abstractWords)).toBeLessThanOrEqual(250);
    expect(Math.min(...authorCounts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...authorCounts)).toBeLessThanOrEqual(40);
    // Spread, not constant: short and long abstracts, single authors and large teams.
    expect(Math.max(...abstractWords) - Math.min(...abstractWords)).toBeGreaterThan(80);
    expect(authorCounts.filter((count) => count === 1).length).toBeGreaterThan(10);
    expect(Math.max(...authorCounts)).toBeGreaterThan(10);
  });

  it('reads a record as a Paper', () => {
    const record = records[0]!;
    const paper = recordToPaper(record);
    expect(paper).toMatchObject({ key: record.id, arxivId: record.id, title: record.title, date: record.update_date, links: [] });
    expect(paper.authors).toEqual(record.authors_parsed.map(([last, first]) => `${first} ${last}`));
    expect(paper.categories).toEqual(record.categories.split(' '));
    expect(paper.abstract).toBe(record.abstract.trim());
  });
});
