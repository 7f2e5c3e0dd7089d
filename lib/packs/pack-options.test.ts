import { parsePackOptions } from './pack-options';

test('the options of a full command line, in either --option value or --option=value form', () => {
  expect(
    parsePackOptions(['--categories', ' cs.CL, cs.LG ,', '--since=2022-01-01', '--until', '2024-12-31', '--name', 'NLP', '--out', 'nlp.jsonl', 'snapshot.json']),
  ).toEqual({ input: 'snapshot.json', categories: ['cs.CL', 'cs.LG'], since: '2022-01-01', until: '2024-12-31', name: 'NLP', out: 'nlp.jsonl' });
});

test('without --name the name says what the pack holds; without --until and --out they are absent', () => {
  expect(parsePackOptions(['--categories', 'cs', '--since', '2022-01-01', 'snapshot.json'])).toEqual({
    input: 'snapshot.json',
    categories: ['cs'],
    since: '2022-01-01',
    name: 'arXiv cs since 2022-01-01',
  });
  expect(parsePackOptions(['--categories', 'hep-th', '--since', '2000-01-01', '--until', '2000-12-31', '--name', ' ', 'a.json']).name).toBe(
    'arXiv hep-th since 2000-01-01 until 2000-12-31',
  );
});

test.each<[string[], string]>([
  [['--categories', 'cs.CL', '--since', '2022-01-01'], 'Give one arXiv metadata file to read (arxiv-metadata-oai-snapshot.json); 0 were given.'],
  [['--categories', 'cs.CL', '--since', '2022-01-01', 'a.json', 'b.json'], '2 were given'],
  [['--since', '2022-01-01', 'a.json'], 'Give the categories to keep, e.g. --categories cs.CL,cs.LG.'],
  [['--categories', 'cs.CL,Computation and Language', '--since', '2022-01-01', 'a.json'], '--categories: "Computation and Language" is not an arXiv category'],
  [['--categories', 'cs.CL', 'a.json'], 'Give the first day to keep, e.g. --since 2022-01-01.'],
  [['--categories', 'cs.CL', '--since', '2022-02-30', 'a.json'], '--since 2022-02-30 is not a day written YYYY-MM-DD.'],
  [['--categories', 'cs.CL', '--since', '2022', 'a.json'], '--since 2022 is not a day written YYYY-MM-DD.'],
  [['--categories', 'cs.CL', '--since', '2022-01-01', '--until', '2021-12-31', 'a.json'], '--until 2021-12-31 is before --since 2022-01-01.'],
  [['--categories', 'cs.CL', '--since', '2022-01-01', '--catgories', 'x', 'a.json'], "Unknown option '--catgories'"],
])('%j is refused: %s', (args, message) => {
  expect(() => parsePackOptions(args)).toThrow(message);
});
