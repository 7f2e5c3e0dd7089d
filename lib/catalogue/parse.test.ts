import { bundledCatalogueText } from '../../tests/support/catalogue';
import { catalogueVersion, describeProblem, parseCatalogue } from './parse';

describe('the bundled catalogue', () => {
  const { papers, problems } = parseCatalogue(bundledCatalogueText);

  test('every record is valid', () => {
    expect(problems.map(describeProblem)).toEqual([]);
    expect(papers).toHaveLength(119);
  });

  test('papers without an arXiv id get a title slug as key', () => {
    const withoutId = papers.filter((paper) => !paper.arxivId);
    expect(withoutId).toHaveLength(2);
    for (const paper of withoutId) expect(paper.key).toMatch(/^title:[a-z0-9-]+$/);
    expect(withoutId.find((paper) => paper.title.startsWith('OnPrem.LLM'))?.key).toBe(
      'title:onprem-llm-a-privacy-conscious-document-intelligence-toolkit',
    );
  });

  test('a missing date falls back to the month of the arXiv id, and stays missing without one', () => {
    const mpnet = papers.find((paper) => paper.key === '2004.09297');
    expect(mpnet?.date).toBe('2020-04');
    expect(papers.filter((paper) => paper.date === undefined)).toHaveLength(2);
    expect(papers.filter((paper) => paper.date?.length === 7)).toHaveLength(11);
  });

  test('a LaTeX brace left at the end of a link is trimmed', () => {
    expect(papers.find((paper) => paper.key === '2407.15489')?.links).toEqual(['https://github.com/Helsinki-NLP/lm-vs-mt']);
  });

  test('missing authors and categories are empty lists', () => {
    expect(papers.filter((paper) => paper.authors.length === 0)).toHaveLength(3);
    expect(papers.filter((paper) => paper.categories.length === 0)).toHaveLength(33);
  });
});

describe('a broken catalogue', () => {
  const good = '{"arxivId": "1810.04805", "title": "BERT", "authors": ["Jacob Devlin"], "abstract": "Deep.", "published": "2018-10-11", "categories": ["cs.CL"], "links": []}';

  test('each broken record is reported with its line and field, and the good ones are kept', () => {
    const text = [
      good,
      '',
      '{"arxivId": "2313.00001", "title": "", "authors": "Jacob", "abstract": "x", "published": "2023-02-30", "categories": ["CS CL"], "links": ["ftp:x"]}',
      'not json',
      good.replace('"BERT"', '"BERT again"'),
    ].join('\n');
    const { papers, problems } = parseCatalogue(text);
    expect(papers.map((paper) => paper.title)).toEqual(['BERT']);
    expect(problems.map(({ line, field }) => `${line}:${field}`)).toEqual([
      '3:arxivId',
      '3:title',
      '3:authors',
      '3:categories',
      '3:links',
      '3:published',
      '4:(line)',
      '5:arxivId',
    ]);
    expect(describeProblem(problems[7]!)).toBe('line 5, field "arxivId": repeats the paper on line 1 (1810.04805)');
  });

  test('a record that is not an object is reported', () => {
    expect(parseCatalogue('[1, 2]').problems).toEqual([{ line: 1, field: '(record)', message: 'is not a JSON object' }]);
  });

  test('versioned ids are stored without their version', () => {
    expect(parseCatalogue(good.replace('1810.04805', 'arXiv:1810.04805v2')).papers[0]?.key).toBe('1810.04805');
  });
});

test('the catalogue version is a content hash', async () => {
  const version = await catalogueVersion(bundledCatalogueText);
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  expect(await catalogueVersion(bundledCatalogueText)).toBe(version);
  expect(await catalogueVersion(`${bundledCatalogueText}\n`)).not.toBe(version);
});
