import { CSV_COLUMNS, toCsv } from './csv';
import { attention, bare, godel, testBookmark, tricky } from './test-bookmarks';

/** A minimal RFC 4180 reader, to check that what `toCsv` writes reads back as the intended cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted && character === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && character === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += character;
    }
  }
  return rows;
}

describe('toCsv', () => {
  test('starts with a byte order mark and the header row, and ends every row with CRLF', () => {
    const csv = toCsv([]);
    expect(csv).toBe('\uFEFFkey,title,authors,year,date,arxiv_id,doi,url,tags,note,read,created_at,updated_at\r\n');
  });

  test('writes one row per bookmark with lists joined by "; " and ISO 8601 times', () => {
    const [, row] = readCsv(toCsv([attention]).slice(1));
    expect(Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row![i]]))).toEqual({
      key: '1706.03762',
      title: 'Attention Is All You Need',
      authors: 'Ashish Vaswani; Noam Shazeer; Niki Parmar',
      year: '2017',
      date: '2017-06-12',
      arxiv_id: '1706.03762',
      doi: '',
      url: 'https://arxiv.org/abs/1706.03762',
      tags: 'transformers; to read',
      note: 'Section 3.2: scaled dot-product attention.\nRead twice.',
      read: 'true',
      created_at: '2026-01-02T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    });
  });

  test('quotes exactly the fields with a comma, quote or line break, doubling quotes', () => {
    const csv = toCsv([tricky]);
    expect(csv).toContain(',"R&D at 50% off: {curly} braces, a_b, $5 ~ ^ # \\ and $O(n \\log n)$ sorting -- “quoted”",');
    expect(csv).toContain(',"A note with ""quotes"", commas, 50% and a line break\n= not a formula",');
    expect(csv).toContain('\r\ntitle:r-d-at-50-off-curly-braces-a-b-5-and-o-n-log-n-sorting-quoted,');
  });

  test('keeps UTF-8 text and empty cells for unknown fields', () => {
    const rows = readCsv(toCsv([godel, bare]).slice(1));
    expect(rows[1]).toEqual([
      'doi:10.1007/bf01700692', godel.paper.title, 'Kurt Gödel', '1931', '1931-12', '', '10.1007/bf01700692',
      'https://doi.org/10.1007/bf01700692', 'logic; incompleteness', '', 'false', '2026-01-04T00:00:00.000Z', '2026-01-01T00:00:00.000Z',
    ]);
    expect(rows[2]).toEqual(['title:untitled-draft', 'Untitled Draft', '', '', '', '', '', '', '', '', 'false', '2026-01-06T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });

  test.each(['=HYPERLINK("http://evil.example")', '+1+2', '-2+3', '@SUM(A1)', '\tindented', '\rreturn'])(
    'makes a cell starting like a formula inert: %j',
    (text) => {
      const hostile = testBookmark({ key: 'title:x', title: text }, { note: text, tags: [text.toLowerCase()] });
      const [, row] = readCsv(toCsv([hostile]).slice(1));
      expect([row![1], row![8], row![9]]).toEqual([`'${text}`, `'${text.toLowerCase()}`, `'${text}`]);
    },
  );
});
