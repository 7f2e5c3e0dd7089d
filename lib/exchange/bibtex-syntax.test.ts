import { readBibtexEntries } from './bibtex-syntax';
import { ImportError } from './import-error';

function fields(text: string): Record<string, string>[] {
  return readBibtexEntries(text).entries.map((entry) => Object.fromEntries([...entry.fields].map(([name, field]) => [name, field.value])));
}

function importError(text: string): ImportError {
  try {
    readBibtexEntries(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readBibtexEntries', () => {
  test('reads braced, quoted, numeric and macro values, with nested braces kept raw', () => {
    const { entries, problems } = readBibtexEntries(
      '@Article{key1,\n  Title = {The {BERT} {M}odel},\n  author = "Doe, J. and {Roe}, R.",\n  year = 2019,\n  month = jun,\n}',
    );
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ type: 'article', citationKey: 'key1', line: 1, warnings: [] });
    expect(Object.fromEntries([...entries[0]!.fields].map(([name, field]) => [name, field]))).toEqual({
      title: { value: 'The {BERT} {M}odel', line: 2 },
      author: { value: 'Doe, J. and {Roe}, R.', line: 3 },
      year: { value: '2019', line: 4 },
      month: { value: 'June', line: 5 },
    });
  });

  test('expands @string macros (case-insensitively) and joins parts with #', () => {
    expect(
      fields('@string{ACL = "Association for " # "Computational Linguistics"}\n@STRING(proc = {Proc. of })\n@misc{k, booktitle = Proc # "the 57th " # acl # {, } # 2019}'),
    ).toEqual([{ booktitle: 'Proc. of the 57th Association for Computational Linguistics, 2019' }]);
  });

  test('keeps a quote inside braces, and a backslashed quote, inside a quoted value', () => {
    expect(fields('@misc{k, title = "A {"quoted"} word by M\\"uller"}')).toEqual([{ title: 'A {"quoted"} word by M\\"uller' }]);
  });

  test('skips comments, @comment, @preamble and text between entries, and reads entries in parentheses', () => {
    const text = [
      '% A line comment {with braces}',
      'Free text {with an e-mail, ada@example.org}, and @ signs.',
      '@comment{jabref-meta: databaseType:bibtex;}',
      '@preamble{ "\\newcommand{\\noopsort}[1]{}" }',
      '@misc(paren, title = {In (parentheses)})',
      '@misc{braced, title = {In braces}}',
    ].join('\n');
    const { entries, problems } = readBibtexEntries(text);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.citationKey, entry.line, entry.fields.get('title')?.value])).toEqual([
      ['paren', 5, 'In (parentheses)'],
      ['braced', 6, 'In braces'],
    ]);
  });

  test('accepts keys with URL characters, entries without a key and entries without fields', () => {
    const { entries } = readBibtexEntries('@misc{https://doi.org/10.48550/arxiv.1706.03762, title = {A}}\n@misc{title = {B}}\n@misc{alone}');
    expect(entries.map((entry) => [entry.citationKey, entry.fields.get('title')?.value])).toEqual([
      ['https://doi.org/10.48550/arxiv.1706.03762', 'A'],
      ['', 'B'],
      ['alone', undefined],
    ]);
  });

  test('reads CRLF files, a byte order mark and old Mac line ends with the same line numbers', () => {
    const unix = '% header\n@misc{a,\n  title = {A}\n}\n\n@misc{b,\n  title = {B}\n}\n';
    const read = (text: string) => readBibtexEntries(text).entries.map((entry) => [entry.citationKey, entry.line, entry.fields.get('title')]);
    expect(read(`\uFEFF${unix.replace(/\n/g, '\r\n')}`)).toEqual(read(unix));
    expect(read(unix.replace(/\n/g, '\r'))).toEqual(read(unix));
    expect(read(unix)).toEqual([
      ['a', 2, { value: 'A', line: 3 }],
      ['b', 6, { value: 'B', line: 7 }],
    ]);
  });

  test('warns about an undefined macro and a repeated field, and keeps the entry', () => {
    const [entry] = readBibtexEntries('@misc{k, journal = nosuchmacro, title = {First}, Title = {Second}}').entries;
    expect(entry!.fields.get('journal')?.value).toBe('');
    expect(entry!.fields.get('title')?.value).toBe('First');
    expect(entry!.warnings).toEqual([
      'The macro "nosuchmacro" in "journal" is not defined by any @string; it was left empty.',
      'The field "title" appears twice; the first one is used.',
    ]);
  });

  describe('an entry with a syntax error is left out, reported at its line, and the rest is read', () => {
    // Each broken entry follows a good one on line 1, so its lines count from 2.
    test.each<[string, string, number, string]>([
      ['a missing "="', '@misc{bad,\n  title {A}\n}', 2, 'In the entry "bad": expected "=" after the field name "title", found "{A}".'],
      ['a missing comma', '@misc{bad,\n  title = {A}\n  year = 2001\n}', 3, 'In the entry "bad": expected "," after the value of "title", found "year = 2001".'],
      ['a missing value', '@misc{bad,\n  title = ,\n}', 2, 'In the entry "bad": expected a value for "title" (in braces, in quotes, a number or a macro), found ",".'],
      ['an unterminated quote', '@misc{bad,\n  title = "A {B}\n}', 2, 'In the entry "bad": the quoted value starting on line 3 is not closed.'],
      ['a missing comma after the key', '@misc{bad title = {A}}', 1, 'In the @misc entry on line 2: expected "," after the citation key "bad", found "title = {A}".'],
      ['a broken @string', '@string{x = }', 1, 'In the @string entry on line 2: expected a value for "x" (in braces, in quotes, a number or a macro), found the end of the entry.'],
    ])('%s', (_, broken, line, message) => {
      const { entries, problems } = readBibtexEntries(`@misc{before, title = {B}}\n${broken}\n@misc{after, title = {A}}`);
      expect(entries.map((entry) => entry.citationKey)).toEqual(['before', 'after']);
      expect(problems).toEqual([{ line: line + 1, message }]);
    });
  });

  describe('braces that do not balance fail the whole file, naming the line', () => {
    test('an entry still open at the end of the file', () => {
      const error = importError('@misc{ok, title = {A}}\n\n@misc{open,\n  title = {Unclosed\n}\n');
      expect(error.line).toBe(3);
      expect(error.message).toBe('Line 3: the entry "@misc{open" is not closed properly: it is still open at the end of the file (a "}" is missing).');
    });

    test('an entry still open when the next one starts', () => {
      const error = importError('@misc{open,\n  title = {Unclosed,\n  year = 2001\n}\n@article{next, title = {B}}');
      expect(error.line).toBe(1);
      expect(error.message).toBe('Line 1: the entry "@misc{open" is not closed properly: a "}" is missing before line 5, where the next entry starts.');
    });

    test('an entry closed too early, leaving a stray brace', () => {
      const error = importError('@misc{early,\n  title = {A}},\n  year = 2001\n}\n');
      expect(error.line).toBe(4);
      expect(error.message).toBe('Line 4: a "}" closes nothing. An entry above probably has one "}" too many and ends before its last fields.');
    });

    test('a stray brace in a parenthesised entry', () => {
      expect(importError('@misc(paren, title = {A}})').message).toBe(
        'Line 1: the entry "@misc(paren" is not closed properly: a "}" on line 1 closes nothing.',
      );
    });
  });
});
