import { readFileSync } from 'node:fs';
import { describeProblem } from '../catalogue/parse';
import { bundledPaper } from '../../tests/support/catalogue';
import { readArxivMetadata, readArxivMetadataRecord } from './arxiv-metadata';
import type { PackItem } from './pack-item';
import { readEveryWay } from './test-chunks';

const snapshot = readFileSync('tests/fixtures/packs/arxiv-metadata.jsonl', 'utf8');

function papersOf(items: PackItem[]) {
  return items.flatMap((item) => ('paper' in item ? [item.paper] : []));
}

function problemsOf(items: PackItem[]): string[] {
  return items.flatMap((item) => ('problem' in item ? [describeProblem(item.problem)] : []));
}

/** A record of the snapshot's layout, with the fields a test gives replacing the defaults. */
function record(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: '2211.05344',
    authors: 'Yiming Cui, Wanxiang Che',
    title: 'LERT',
    abstract: '  Pre-trained.\n',
    categories: 'cs.CL',
    versions: [{ version: 'v1', created: 'Thu, 10 Nov 2022 05:09:16 GMT' }],
    update_date: '2022-11-11',
    ...fields,
  });
}

describe('the snapshot fixture', () => {
  test('every record is a paper, read the same wherever the chunks are cut', async () => {
    const items = await readEveryWay(snapshot, readArxivMetadata);
    expect(problemsOf(items)).toEqual([]);
    expect(items.map((item) => item.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('a record is read into the paper: the v1 date, decoded names, one-line title and abstract, links and DOI', async () => {
    const [diphoton] = papersOf(await readEveryWay(snapshot, readArxivMetadata));
    expect(diphoton).toEqual({
      key: '0704.0001',
      arxivId: '0704.0001',
      doi: '10.1103/physrevd.76.013009',
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan'],
      abstract: expect.stringMatching(/^A fully differential calculation in perturbative quantum chromodynamics is presented .* accuracy\.$/),
      date: '2007-04-02',
      categories: ['hep-ph'],
      links: [],
    });
  });

  test('old-style ids, LaTeX in titles and names, math kept, categories primary first', async () => {
    const papers = papersOf(await readEveryWay(snapshot, readArxivMetadata));
    const byKey = new Map(papers.map((paper) => [paper.key, paper]));
    expect(byKey.get('hep-th/9711200')).toMatchObject({ arxivId: 'hep-th/9711200', date: '1997-11-27', doi: '10.1023/a:1026654312961' });
    expect(byKey.get('hep-th/9711200')?.abstract).toContain('the large $N$ limit');
    expect(byKey.get('2109.00301')).toMatchObject({
      title: '$\\infty$-former: Infinite Memory Transformer',
      authors: ['Pedro Henrique Martins', 'Zita Marinho', 'André F. T. Martins'],
      date: '2021-09-01',
    });
    expect(byKey.get('2106.09685')).toMatchObject({ categories: ['cs.CL', 'cs.AI', 'cs.LG'], links: ['https://github.com/microsoft/LoRA'] });
    expect(byKey.get('2106.09685')).not.toHaveProperty('doi');
  });

  test('without authors_parsed, names come from the authors string, affiliations dropped', async () => {
    const toolformer = papersOf(await readEveryWay(snapshot, readArxivMetadata)).find((paper) => paper.key === '2302.04761');
    expect(toolformer?.authors).toEqual([
      'Timo Schick', 'Jane Dwivedi-Yu', 'Roberto Dessì', 'Roberta Raileanu', 'Maria Lomeli', 'Luke Zettlemoyer', 'Nicola Cancedda',
      'Thomas Scialom',
    ]);
    // "not a doi" is no DOI, and no reason to leave the paper out.
    expect(toolformer).not.toHaveProperty('doi');
  });

  test('a paper reads as the bundled catalogue has it, DOI aside', async () => {
    const lert = papersOf(await readEveryWay(snapshot, readArxivMetadata)).find((paper) => paper.key === '2211.05344');
    const { doi, ...withoutDoi } = lert!;
    expect(doi).toBe('10.48550/arxiv.2211.05344');
    expect(withoutDoi).toEqual(bundledPaper('2211.05344'));
  });
});

describe('dates', () => {
  const dateOf = (fields: Record<string, unknown>) => readArxivMetadataRecord(JSON.parse(record(fields)), 1).paper?.date;

  test('v1 is the date even when the versions are listed out of order', () => {
    expect(
      dateOf({ versions: [{ version: 'v2', created: 'Fri, 25 Mar 2022 11:24:02 GMT' }, { version: 'v1', created: 'Wed, 1 Sep 2021 10:51:48 GMT' }] }),
    ).toBe('2021-09-01');
  });

  test('without versions, update_date; without either, the month of the id', () => {
    expect(dateOf({ versions: [] })).toBe('2022-11-11');
    expect(dateOf({ versions: undefined })).toBe('2022-11-11');
    expect(dateOf({ versions: undefined, update_date: undefined })).toBe('2022-11');
  });
});

describe('a broken snapshot', () => {
  test('each broken record is reported with its line and the snapshot field, and the good ones are kept', async () => {
    const text = [
      record(),
      '',
      record({ id: 'foo', title: '', categories: 'CS CL' }),
      'not json',
      record({ id: undefined, authors_parsed: 'Cui, Yiming', versions: [{ created: 'yesterday' }] }),
      record({ id: '2211.05345', authors: ['Yiming Cui'], categories: ['cs.CL'], versions: 'v1', abstract: 42 }),
      record({ id: '2211.05346', versions: undefined, update_date: '2022-02-30' }),
      '[1, 2]',
      record({ id: '1706.03762v5', title: 'Attention' }),
    ].join('\r\n');
    const items = await readEveryWay(text, readArxivMetadata);
    expect(papersOf(items).map((paper) => paper.key)).toEqual(['2211.05344', '1706.03762']);
    expect(problemsOf(items)).toEqual([
      'line 3, field "id": is not an arXiv id: "foo"',
      'line 3, field "title": must be a non-empty string',
      'line 3, field "categories": has an invalid category: "CS"',
      expect.stringMatching(/^line 4, field "\(line\)": is not valid JSON: /),
      'line 5, field "id": is missing: every record needs its arXiv id',
      'line 5, field "authors_parsed": must be a list of [last, first, suffix] lists of strings',
      'line 5, field "versions": has a date that is not like "Mon, 2 Apr 2007 19:18:42 GMT": "yesterday"',
      'line 6, field "authors": must be one string of names separated by commas and "and"',
      'line 6, field "categories": must be one string of arXiv categories separated by spaces, e.g. "cs.CL cs.LG"',
      'line 6, field "versions": must be a list of {"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"} objects',
      'line 6, field "abstract": must be a string',
      'line 7, field "update_date": is not a YYYY-MM-DD date: "2022-02-30"',
      'line 8, field "(record)": is not a JSON object',
    ]);
  });

  test('a huge line is one record, its problems on its own line', async () => {
    const huge = record({ id: '2211.05399', abstract: 'word '.repeat(200_000) });
    const items = await readEveryWay(`${record()}\n${huge}\n${record({ id: 'bad' })}\n`, readArxivMetadata);
    expect(items.map((item) => ('paper' in item ? `${item.line}:${item.paper.key}` : `${item.line}:${item.problem.field}`))).toEqual([
      '1:2211.05344',
      '2:2211.05399',
      '3:id',
    ]);
  });

  test('repeated papers are all read: dropping repeats is readPack\'s job', async () => {
    const items = await readEveryWay(`${record()}\n${record()}`, readArxivMetadata);
    expect(papersOf(items)).toHaveLength(2);
  });
});
