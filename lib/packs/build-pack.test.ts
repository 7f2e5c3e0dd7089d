import { readFileSync } from 'node:fs';
import { describeProblem } from '../catalogue/parse';
import type { Paper } from '../paper';
import { readArxivMetadata } from './arxiv-metadata';
import { buildPack, describeSummary, packHeader, paperToCatalogueRecord, skipReason } from './build-pack';
import type { PackItem } from './pack-item';
import type { PackOptions } from './pack-options';
import { readPackHeader, readSidenotePack } from './sidenote-pack';
import { chunked, collect } from './test-chunks';

const snapshot = readFileSync('tests/fixtures/packs/arxiv-metadata.jsonl', 'utf8');

function paper(fields: Partial<Paper>): Paper {
  return { key: '2201.00001', arxivId: '2201.00001', title: 'T', authors: [], abstract: '', categories: ['cs.CL'], links: [], ...fields };
}

async function build(text: string, options: PackOptions) {
  const lines: string[] = [];
  const summary = await buildPack(readArxivMetadata(chunked(text, [4096])), options, packHeader(options), (line) => {
    lines.push(line);
  });
  return { text: lines.map((line) => `${line}\n`).join(''), summary };
}

function papersOf(items: PackItem[]): Paper[] {
  return items.flatMap((item) => ('paper' in item ? [item.paper] : []));
}

describe('skipReason', () => {
  const filter = { categories: ['cs.CL', 'math'], since: '2022-01-15', until: '2022-12-31' };

  test.each<[Partial<Paper>, string | undefined]>([
    [{ categories: ['cs.LG', 'cs.CL'], date: '2022-06-01' }, undefined],
    [{ categories: ['math.AP'], date: '2022-06-01' }, undefined],
    [{ categories: ['math-ph'], date: '2022-06-01' }, 'category'],
    [{ categories: ['cs.LG'], date: '2022-06-01' }, 'category'],
    [{ categories: [], date: '2022-06-01' }, 'category'],
    [{ date: '2022-01-14' }, 'before'],
    [{ date: '2022-01-15' }, undefined],
    [{ date: '2022-12-31' }, undefined],
    [{ date: '2023-01-01' }, 'after'],
    // Known only to the month: kept when the month overlaps the range.
    [{ date: '2022-01' }, undefined],
    [{ date: '2021-12' }, 'before'],
    [{ date: undefined }, 'undated'],
  ])('%j → %s', (fields, reason) => {
    expect(skipReason(paper(fields), filter)).toBe(reason);
  });

  test('a category with its subject matches only itself, and without an end date nothing is too late', () => {
    expect(skipReason(paper({ categories: ['cs.CL'], date: '2030-01-01' }), { categories: ['cs.CL'], since: '2022-01-01' })).toBeUndefined();
    expect(skipReason(paper({ categories: ['cs.CLX'] }), { categories: ['cs.CL'], since: '2022-01-01' })).toBe('category');
  });
});

describe('paperToCatalogueRecord', () => {
  test('writes the catalogue fields in the catalogue order, a month-only date as null', () => {
    const record = paperToCatalogueRecord(paper({ doi: '10.1/x', date: '2022-01', url: 'https://example.org' }));
    expect(Object.keys(record)).toEqual(['arxivId', 'title', 'authors', 'abstract', 'published', 'categories', 'links']);
    expect(record).toMatchObject({ arxivId: '2201.00001', published: null });
    expect(paperToCatalogueRecord(paper({ arxivId: undefined, key: 'title:t' })).arxivId).toBeNull();
  });
});

describe('buildPack', () => {
  const options: PackOptions = { input: 'data/arxiv-metadata.jsonl', categories: ['cs'], since: '2021-06-17', until: '2022-12-31', name: 'CS', out: 'cs.jsonl' };

  test('a pack built from the snapshot reads back to the same papers, DOI aside, with its header', async () => {
    const { text, summary } = await build(snapshot, options);
    expect(summary).toEqual({ records: 6, kept: 3, skipped: { category: 2, before: 0, after: 1, undated: 0 }, problems: 0, firstProblems: [] });
    const readBack = await collect(readSidenotePack(chunked(text, [100])));
    const original = papersOf(await collect(readArxivMetadata(chunked(snapshot, [100])))).filter((paper) => !skipReason(paper, options));
    expect(readBack.every((item) => 'paper' in item)).toBe(true);
    expect(papersOf(readBack)).toEqual(original.map(({ doi: _doi, ...rest }) => rest));
    expect(papersOf(readBack).map((paper) => paper.key)).toEqual(['2106.09685', '2109.00301', '2211.05344']);
    expect(readPackHeader(text)).toEqual({ name: 'CS', description: 'arXiv papers in cs first submitted from 2021-06-17 to 2022-12-31, from arxiv-metadata.jsonl' });
  });

  test('records with problems and repeats are left out and summarised with their lines', async () => {
    const lines = snapshot.trimEnd().split('\n');
    const broken = [lines[2], 'not json', lines[2]!.replace('"2106.09685"', '"arXiv 2106"'), lines[2], lines[4]].join('\n');
    const { text, summary } = await build(broken, options);
    expect(summary.records).toBe(5);
    expect(summary.kept).toBe(2);
    expect(summary.problems).toBe(3);
    expect(summary.firstProblems.map(describeProblem)).toEqual([
      expect.stringMatching(/^line 2, field "\(line\)": is not valid JSON/),
      'line 3, field "id": is not an arXiv id: "arXiv 2106"',
      'line 4, field "id": repeats the paper on line 1 (2106.09685)',
    ]);
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    expect(describeSummary(summary, options).split('\n')).toEqual([
      'Read 5 records from data/arxiv-metadata.jsonl.',
      'Kept 2 papers in the pack "CS", written to cs.jsonl.',
      'Skipped 0 papers: 0 in none of cs, 0 before 2021-06-17, 0 after 2022-12-31, 0 without a date.',
      'Left out 3 records with problems:',
      expect.stringMatching(/^ {2}line 2, field "\(line\)": is not valid JSON/),
      '  line 3, field "id": is not an arXiv id: "arXiv 2106"',
      '  line 4, field "id": repeats the paper on line 1 (2106.09685)',
      '',
    ]);
  });

  test('the summary shows the first ten problems and counts the records after them', async () => {
    const { summary } = await build(Array.from({ length: 1500 }, (_, i) => `{"id": "bad${i}"}`).join('\n'), { ...options, until: undefined, out: undefined });
    const text = describeSummary(summary, { ...options, until: undefined, out: undefined });
    expect(text).toContain('Read 1,500 records from data/arxiv-metadata.jsonl.\nKept 0 papers in the pack "CS", written to standard output.\n');
    expect(text).toContain('0 before 2021-06-17, 0 without a date.\nLeft out 1,500 records with problems:\n  line 1, field "id": is not an arXiv id: "bad0"\n');
    // Each record has two problems (its id and its title), so the ten shown are of five records.
    expect(text).toMatch(/ {2}line 5, field "title": must be a non-empty string\n {2}…and 1,495 more records\.\n$/);
  });
});
