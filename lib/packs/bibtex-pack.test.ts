import { readFileSync } from 'node:fs';
import { describeProblem } from '../catalogue/parse';
import { parseBibtex } from '../exchange/bibtex-reader';
import { readBibtexPack } from './bibtex-pack';
import type { PackItem } from './pack-item';
import { collect, chunked, readEveryWay } from './test-chunks';

const references = readFileSync('tests/fixtures/packs/references.bib', 'utf8');

function summary(items: PackItem[]): string[] {
  return items.map((item) => ('paper' in item ? `${item.line}: ${item.paper.key}` : describeProblem(item.problem)));
}

test('every entry is a paper keyed by its arXiv id, else its DOI, else its title', async () => {
  const items = await readEveryWay(references, readBibtexPack);
  expect(summary(items)).toEqual(['6: 2106.09685', '18: doi:10.18653/v1/2022.acl-long.375', '27: title:probing-muller-s-lexicon-a-case-study']);
  const [lora, former, probing] = items.map((item) => ('paper' in item ? item.paper : undefined));
  expect(lora).toMatchObject({ arxivId: '2106.09685', date: '2021-06', categories: ['cs.CL'], links: ['https://github.com/microsoft/LoRA'] });
  expect(former).toMatchObject({
    title: '$\\infty$-former: Infinite Memory Transformer',
    authors: ['Pedro Henrique Martins', 'Zita Marinho', 'André F. T. Martins'],
    date: '2022-05',
  });
  expect(probing).toMatchObject({ title: "Probing Müller's Lexicon – a Case Study", authors: ['Hinrich Schütze', 'Thomas Müller'] });
});

test('papers are what the bookmark import reads from the same file, with the links of their abstracts', async () => {
  const items = await readEveryWay(references, readBibtexPack);
  const imported = parseBibtex(references).entries.map(({ paper }) => paper);
  expect(items.map((item) => ('paper' in item ? { ...item.paper, links: [] } : item))).toEqual(imported);
});

test('a macro defined in one part of the stream applies to the entries after it', async () => {
  const text = '@string{venue = "NeurIPS"}\n@misc{a, title = {A} # " at " # venue, eprint = {1706.03762}}\n';
  const [item] = await readEveryWay(text, readBibtexPack);
  expect(item).toMatchObject({ line: 2, paper: { title: 'A at NeurIPS' } });
});

test('line numbers hold with CRLF, a BOM and blank lines, and entries several to a line', async () => {
  const text = '\uFEFF% refs\r\n\r\n@misc{a, title = {A}}  @misc{b, title = {B}}\r\n\r\n\r\n@article{c,\r\n  title = {C}\r\n}\r\n';
  expect(summary(await readEveryWay(text, readBibtexPack))).toEqual(['3: title:a', '3: title:b', '6: title:c']);
});

describe('a broken file', () => {
  test('syntax errors, missing titles and repeats are problems at their lines, and the rest is read', async () => {
    const text = [
      '@misc{good, title = {Good}, eprint = {1706.03762}}', // 1
      '@misc{noequals, title {Bad}}', // 2
      '@misc{untitled, author = {Nobody}}', // 3
      '@article{again, title = {Good again}, eprint = {1706.03762v2}}', // 4
      '@misc{,', // 5
      '  year = 2020', // 6
      '}', // 7
      '@misc{fine, title = {Fine}}', // 8
    ].join('\n');
    expect(summary(await readEveryWay(text, readBibtexPack))).toEqual([
      '1: 1706.03762',
      'line 2, field "(entry)": In the entry "noequals": expected "=" after the field name "title", found "{Bad}".',
      'line 3, field "title": is missing from the entry "untitled"; a paper needs one',
      'line 4, field "(entry)": repeats the paper on line 1 (1706.03762)',
      'line 5, field "title": is missing from the entry @misc; a paper needs one',
      '8: title:fine',
    ]);
  });

  test('an entry left open before the next entry is a problem at its start, and the next entry is read', async () => {
    const text = '@misc{open,\n  title = {Open\n\n@misc{next, title = {Next}}\n';
    expect(summary(await readEveryWay(text, readBibtexPack))).toEqual([
      'line 1, field "(entry)": the entry "@misc{open" is not closed properly: a "}" is missing before line 4, where the next entry starts.',
      '4: title:next',
    ]);
  });

  test('an entry still open at the end of the file is a problem at its start', async () => {
    const text = '@misc{a, title = {A}}\n\n@misc{open,\n  title = {Open}\n';
    expect(summary(await readEveryWay(text, readBibtexPack))).toEqual([
      '1: title:a',
      'line 3, field "(entry)": the entry "@misc{open" is not closed properly: it is still open at the end of the file (a "}" is missing).',
    ]);
  });

  test('a "}" closing nothing between entries is a problem at its line', async () => {
    const text = '@misc{a, title = {A}}\n}\n@misc{b, title = {B}}\n';
    expect(summary(await readEveryWay(text, readBibtexPack))).toEqual([
      'line 2, field "(entry)": a "}" closes nothing. An entry above probably has one "}" too many and ends before its last fields.',
      '3: title:b',
    ]);
  });

  test('a file without entries says so', async () => {
    expect(summary(await collect(readBibtexPack(chunked('just some notes\n', [5]))))).toEqual([
      'line 1, field "(file)": holds no BibTeX entries: no line like "@article{key, title = {…}}" was found',
    ]);
    expect(summary(await collect(readBibtexPack(chunked('', [5]))))).toHaveLength(1);
  });

  test('a huge entry is read whole', async () => {
    const text = `@misc{big, title = {Big}, abstract = {${'word '.repeat(200_000)}}}\n@misc{small, title = {Small}}`;
    expect(summary(await readEveryWay(text, readBibtexPack))).toEqual(['1: title:big', '2: title:small']);
  });
});
