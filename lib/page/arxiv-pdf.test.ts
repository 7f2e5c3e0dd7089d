import { pdfArxivId } from './arxiv-pdf';

describe('pdfArxivId', () => {
  test.each<[string, { id: string; version?: string } | null]>([
    ['https://arxiv.org/pdf/2106.09608', { id: '2106.09608' }],
    ['https://arxiv.org/pdf/2106.09608v2', { id: '2106.09608', version: 'v2' }],
    ['https://arxiv.org/pdf/2106.09608v2.pdf', { id: '2106.09608', version: 'v2' }],
    ['https://arxiv.org/pdf/2106.09608.pdf', { id: '2106.09608' }],
    ['https://arxiv.org/pdf/2106.09608#page=3', { id: '2106.09608' }],
    ['https://www.arxiv.org/pdf/1706.03762v7', { id: '1706.03762', version: 'v7' }],
    ['https://export.arxiv.org/pdf/1706.03762', { id: '1706.03762' }],
    ['https://arxiv.org/pdf/hep-th/9901001', { id: 'hep-th/9901001' }],
    ['https://arxiv.org/pdf/math.CA/0611800v1.pdf', { id: 'math/0611800', version: 'v1' }],
    ['https://arxiv.org/abs/2106.09608', null],
    ['https://arxiv.org/html/2106.09608v2', null],
    ['https://arxiv.org/pdf/2313.12345', null],
    ['https://arxiv.org/pdf/', null],
    ['https://example.org/pdf/2106.09608', null],
    ['https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3.full.pdf', null],
  ])('%s → %j', (href, id) => {
    expect(pdfArxivId(new URL(href))).toEqual(id);
  });
});
