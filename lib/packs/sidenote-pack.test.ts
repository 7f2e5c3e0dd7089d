import { readFileSync } from 'node:fs';
import { describeProblem, parseCatalogue } from '../catalogue/parse';
import { bundledCatalogueText } from '../../tests/support/catalogue';
import type { PackItem } from './pack-item';
import { packHeaderLine, packName, readPackHeader, readSidenotePack } from './sidenote-pack';
import { readEveryWay } from './test-chunks';

const pack = readFileSync('tests/fixtures/packs/sidenote-pack.jsonl', 'utf8');
const good =
  '{"arxivId": "1810.04805", "title": "BERT", "authors": ["Jacob Devlin"], "abstract": "Deep.", "published": "2018-10-11", "categories": ["cs.CL"], "links": []}';

function summary(items: PackItem[]): string[] {
  return items.map((item) => ('paper' in item ? `${item.line}: ${item.paper.key}` : describeProblem(item.problem)));
}

test('a pack with a header: the header is no paper, the records are, keys and dates as in the catalogue', async () => {
  const items = await readEveryWay(pack, readSidenotePack);
  expect(summary(items)).toEqual([
    '2: 2106.09685',
    '3: 2104.08691',
    '4: title:adapters-a-unified-library-for-parameter-efficient-and-modular-transfer-learning',
  ]);
  expect(items[1]).toMatchObject({ paper: { date: '2021-04' } });
  expect(items[2]).toMatchObject({ paper: { authors: expect.arrayContaining(['Leon Engländer']), date: '2023-12-01' } });
});

test('the bundled catalogue is a pack without a header, and reads as parseCatalogue reads it', async () => {
  const items = await readEveryWay(bundledCatalogueText, readSidenotePack);
  expect(items.map((item) => ('paper' in item ? item.paper : item))).toEqual(parseCatalogue(bundledCatalogueText).papers);
});

test('broken records, repeats and stray headers are problems at their lines; CRLF, BOM and blank lines are fine', async () => {
  const text = [
    '{"sidenotePack": 2, "name": 7}',
    good,
    '',
    '{"arxivId": "2313.00001", "title": "", "authors": "Jacob", "abstract": "x", "published": "2023-02-30", "categories": ["CS CL"], "links": ["ftp:x"]}',
    'not json',
    good.replace('"BERT"', '"BERT again"'),
    '{"sidenotePack": 1}',
    '   ',
    good.replace('1810.04805', '1706.03762'),
  ].join('\r\n');
  const items = await readEveryWay(`\uFEFF${text}\r\n`, readSidenotePack);
  expect(summary(items)).toEqual([
    'line 1, field "sidenotePack": is 2, but this Sidenote reads packs of version 1',
    'line 1, field "name": must be a string',
    '2: 1810.04805',
    'line 4, field "arxivId": is not an arXiv id: "2313.00001"',
    'line 4, field "title": must be a non-empty string',
    'line 4, field "authors": must be a list of names',
    'line 4, field "categories": has an invalid category: "CS CL"',
    'line 4, field "links": has an invalid https URL: "ftp:x"',
    'line 4, field "published": is not a YYYY-MM-DD date: "2023-02-30"',
    expect.stringMatching(/^line 5, field "\(line\)": is not valid JSON: /),
    'line 6, field "arxivId": repeats the paper on line 2 (1810.04805)',
    'line 7, field "sidenotePack": a pack header belongs on the first line only',
    '9: 1706.03762',
  ]);
});

test('a huge record among small ones', async () => {
  const huge = good.replace('1810.04805', '2001.00001').replace('"Deep."', JSON.stringify('deep '.repeat(200_000)));
  const items = await readEveryWay(`${good}\n${huge}\n`, readSidenotePack);
  expect(summary(items)).toEqual(['1: 1810.04805', '2: 2001.00001']);
});

describe('the header', () => {
  test('readPackHeader reads the first non-blank line of the first chunk', () => {
    expect(readPackHeader(pack)).toEqual({
      name: 'Parameter-efficient fine-tuning',
      description: "A few papers on adapting large language models cheaply, for the pack reader's tests.",
    });
    expect(readPackHeader('\uFEFF\r\n{"sidenotePack": 1, "name": "  NLP\\n papers ", "description": 3}\r\n')).toEqual({ name: 'NLP papers' });
    expect(readPackHeader(good)).toBeUndefined();
    expect(readPackHeader('{"sidenotePack": 1, "name": "cut sho')).toBeUndefined();
    expect(readPackHeader('')).toBeUndefined();
  });

  test('packName: the header name, else the file name without folders and extension', () => {
    expect(packName('x.jsonl', { name: 'NLP' })).toBe('NLP');
    expect(packName('/home/me/nlp-2024.jsonl', {})).toBe('nlp-2024');
    expect(packName('C:\\papers\\pack.v2.jsonl', undefined)).toBe('pack.v2');
    expect(packName('.jsonl', undefined)).toBe('.jsonl');
  });

  test('packHeaderLine writes what readPackHeader reads', () => {
    const header = { name: 'NLP', description: 'Papers "quoted"' };
    expect(readPackHeader(packHeaderLine(header))).toEqual(header);
  });
});
