import { arxivAbsUrl, arxivIdFromUrl, monthOfArxivId, parseArxivId, type ArxivId } from './arxiv-id';

describe('parseArxivId', () => {
  test.each<[string, ArxivId | null]>([
    // New-style ids: four-digit numbers until 1412, five from 1501.
    ['0704.0001', { id: '0704.0001' }],
    ['1412.9999', { id: '1412.9999' }],
    ['1501.00001', { id: '1501.00001' }],
    ['1706.03762', { id: '1706.03762' }],
    ['2501.11120v1', { id: '2501.11120', version: 'v1' }],
    ['2106.09608v12', { id: '2106.09608', version: 'v12' }],
    ['1706.03762.pdf', { id: '1706.03762' }],
    ['1706.03762v5.pdf', { id: '1706.03762', version: 'v5' }],
    ['1706.03762#S3', { id: '1706.03762' }],
    ['1706.03762v2?context=cs', { id: '1706.03762', version: 'v2' }],
    ['arXiv:1706.03762', { id: '1706.03762' }],
    ['ARXIV:1706.03762v3', { id: '1706.03762', version: 'v3' }],
    ['arxiv: 2106.09608', { id: '2106.09608' }],
    ['  \n 1706.03762\t', { id: '1706.03762' }],
    // Old-style ids, with and without subject class; the class is not part of the id.
    ['hep-th/9901001', { id: 'hep-th/9901001' }],
    ['hep-th/9108001', { id: 'hep-th/9108001' }],
    ['math/0703999', { id: 'math/0703999' }],
    ['math.CA/0611800', { id: 'math/0611800' }],
    ['solv-int/9901001v1', { id: 'solv-int/9901001', version: 'v1' }],
    ['cond-mat.str-el/0101001', { id: 'cond-mat/0101001' }],
    ['arXiv:quant-ph/0201082v2', { id: 'quant-ph/0201082', version: 'v2' }],
    ['astro-ph/0501001.pdf', { id: 'astro-ph/0501001' }],
    // URLs are accepted too, with or without a scheme.
    ['https://arxiv.org/abs/1706.03762v7', { id: '1706.03762', version: 'v7' }],
    ['arxiv.org/abs/1706.03762', { id: '1706.03762' }],
    // Invalid: impossible months, wrong digit counts, unknown archives, junk.
    ['2313.12345', null],
    ['1700.03762', null],
    ['0703.0001', null],
    ['1706.3762', null],
    ['1706.037621', null],
    ['1501.0001', null],
    ['1412.00001', null],
    ['2501.00000', null],
    ['1706.03762v0', null],
    ['1706.03762v', null],
    ['hep-xx/9901001', null],
    ['hep-th/990100', null],
    ['hep-th/99010011', null],
    ['hep-th/9013001', null],
    ['hep-th/9107001', null],
    ['hep-th/0704001', null],
    ['HEP-TH/9901001', null],
    ['', null],
    ['   ', null],
    ['attention is all you need', null],
    ['arXiv:', null],
    ['1706.03762 extra', null],
    ['doi:10.48550/arXiv.1706.03762', null],
  ])('%j → %j', (input, expected) => {
    expect(parseArxivId(input)).toEqual(expected);
  });
});

describe('arxivIdFromUrl', () => {
  test.each<[string, ArxivId | null]>([
    ['https://arxiv.org/abs/1706.03762', { id: '1706.03762' }],
    ['https://arxiv.org/abs/1706.03762v7', { id: '1706.03762', version: 'v7' }],
    ['http://arxiv.org/abs/1706.03762?context=cs.LG#comments', { id: '1706.03762' }],
    ['https://www.arxiv.org/abs/2106.09608v2', { id: '2106.09608', version: 'v2' }],
    ['https://export.arxiv.org/abs/2106.09608', { id: '2106.09608' }],
    ['https://arxiv.org/abs/hep-th/9901001v2', { id: 'hep-th/9901001', version: 'v2' }],
    ['https://arxiv.org/abs/math.CA/0611800', { id: 'math/0611800' }],
    ['https://arxiv.org/pdf/1706.03762', { id: '1706.03762' }],
    ['https://arxiv.org/pdf/1706.03762v5', { id: '1706.03762', version: 'v5' }],
    ['https://arxiv.org/pdf/1706.03762.pdf', { id: '1706.03762' }],
    ['https://arxiv.org/pdf/1706.03762v5.pdf', { id: '1706.03762', version: 'v5' }],
    ['https://export.arxiv.org/pdf/hep-th/9901001v1.pdf', { id: 'hep-th/9901001', version: 'v1' }],
    ['https://arxiv.org/html/2501.11120v1', { id: '2501.11120', version: 'v1' }],
    ['https://arxiv.org/html/2501.11120v1/', { id: '2501.11120', version: 'v1' }],
    ['https://arxiv.org/html/2501.11120v1/S2.html#S2.SS1', { id: '2501.11120', version: 'v1' }],
    ['https://ar5iv.labs.arxiv.org/html/2310.08560', { id: '2310.08560' }],
    ['https://ar5iv.org/abs/1706.03762', { id: '1706.03762' }],
    ['https://ar5iv.org/html/hep-th/9901001', { id: 'hep-th/9901001' }],
    ['https://www.alphaxiv.org/abs/2501.11120v1', { id: '2501.11120', version: 'v1' }],
    ['https://alphaxiv.org/overview/2501.11120', { id: '2501.11120' }],
    ['https://huggingface.co/papers/2310.08560', { id: '2310.08560' }],
    ['https://HuggingFace.co/papers/2310.08560#community', { id: '2310.08560' }],
    // Not an arXiv-family page, or not a page about one paper.
    ['https://example.org/abs/1706.03762', null],
    ['https://arxiv.org.evil.example/abs/1706.03762', null],
    ['https://scholar.google.com/scholar?q=1706.03762', null],
    ['https://arxiv.org/list/cs.CL/recent', null],
    ['https://arxiv.org/abs/', null],
    ['https://arxiv.org/abs/2313.12345', null],
    ['https://arxiv.org/search/?query=1706.03762', null],
    ['https://huggingface.co/abs/2310.08560', null],
    ['https://ar5iv.labs.arxiv.org/pdf/2310.08560', null],
    ['ftp://arxiv.org/abs/1706.03762', null],
    ['1706.03762', null],
    ['not a url', null],
  ])('%s → %j', (url, expected) => {
    expect(arxivIdFromUrl(url)).toEqual(expected);
  });

  test('accepts URL objects', () => {
    expect(arxivIdFromUrl(new URL('https://arxiv.org/abs/2106.09608v2'))).toEqual({ id: '2106.09608', version: 'v2' });
  });
});

describe('monthOfArxivId', () => {
  test.each<[string, string | undefined]>([
    ['0704.0001', '2007-04'],
    ['1706.03762', '2017-06'],
    ['2501.11120v1', '2025-01'],
    ['hep-th/9901001', '1999-01'],
    ['hep-th/9108001', '1991-08'],
    ['math/0611800', '2006-11'],
    ['cond-mat.str-el/0101001', '2001-01'],
    ['2313.12345', undefined],
    ['', undefined],
  ])('%s → %s', (id, month) => {
    expect(monthOfArxivId(id)).toBe(month);
  });
});

describe('arxivAbsUrl', () => {
  test.each<[string, string | undefined, string]>([
    ['1706.03762', undefined, 'https://arxiv.org/abs/1706.03762'],
    ['2106.09608', 'v2', 'https://arxiv.org/abs/2106.09608v2'],
    ['hep-th/9901001', 'v1', 'https://arxiv.org/abs/hep-th/9901001v1'],
  ])('%s %s → %s', (id, version, url) => {
    expect(arxivAbsUrl(id, version)).toBe(url);
  });

  test('round-trips through arxivIdFromUrl', () => {
    expect(arxivIdFromUrl(arxivAbsUrl('hep-th/9901001', 'v3'))).toEqual({ id: 'hep-th/9901001', version: 'v3' });
  });
});
