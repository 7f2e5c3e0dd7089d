import { arxivIdOfDoi, doiOfLandingUrl, firstArxivId, firstDoi } from './identifiers';

describe('firstDoi', () => {
  test.each<[(string | undefined)[], string | undefined]>([
    [['10.1103/PhysRevD.99.012345 10.1000/182'], '10.1103/physrevd.99.012345'],
    [['https://hal.science/jpa-00235190', 'jpa-00235190', '10.1051/jphysrad:01955001606044400'], '10.1051/jphysrad:01955001606044400'],
    [['https://doi.org/10.1177/23998083221081530'], '10.1177/23998083221081530'],
    [[undefined, 'doi: 10.3390/ani10122390'], '10.3390/ani10122390'],
    [['https://pdfs.semanticscholar.org/a0a8/584707f198e2f9ec698e3839368b6c7b6565.pdf'], undefined],
    [[], undefined],
  ])('%j → %j', (values, doi) => {
    expect(firstDoi(values)).toBe(doi);
  });
});

describe('doiOfLandingUrl', () => {
  test.each<[string | undefined, string | undefined]>([
    ['https://doi.org/10.1177/23998083221081530', '10.1177/23998083221081530'],
    ['https://dx.doi.org/10.1000/182', '10.1000/182'],
    ['https://www.science.org/doi/10.1126/science.abc1234', '10.1126/science.abc1234'],
    ['https://dl.acm.org/doi/abs/10.1145/3600006.3613165', '10.1145/3600006.3613165'],
    ['https://onlinelibrary.wiley.com/doi/full/10.1002/anie.201915678?af=R', '10.1002/anie.201915678'],
    ['https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3', undefined],
    ['https://doi.org/', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (href, doi) => {
    expect(doiOfLandingUrl(href)).toBe(doi);
  });
});

describe('arxivIdOfDoi', () => {
  test.each<[string | undefined, { id: string } | null]>([
    ['10.48550/arxiv.1706.03762', { id: '1706.03762' }],
    ['10.48550/arXiv.hep-th/9901001', { id: 'hep-th/9901001' }],
    ['10.1101/2020.03.22.002386', null],
    [undefined, null],
  ])('%s → %j', (doi, id) => {
    expect(arxivIdOfDoi(doi)).toEqual(id);
  });
});

describe('firstArxivId', () => {
  test.each<[(string | undefined)[], { id: string; version?: string } | null]>([
    [['https://aclanthology.org/x.pdf', 'https://arxiv.org/pdf/2106.09608v2'], { id: '2106.09608', version: 'v2' }],
    [[undefined, 'arXiv:cond-mat/0702002'], { id: 'cond-mat/0702002' }],
    [['1706.03762'], { id: '1706.03762' }],
    [['jpa-00235190', 'https://hal.science/jpa-00235190', '10.1101/2020.03.22.002386'], null],
  ])('%j → %j', (values, id) => {
    expect(firstArxivId(values)).toEqual(id);
  });
});
