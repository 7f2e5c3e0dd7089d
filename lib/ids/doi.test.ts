import { normalizeDoi } from './doi';

describe('normalizeDoi', () => {
  test.each<[string, string | null]>([
    ['10.1000/182', '10.1000/182'],
    ['10.48550/arXiv.1706.03762', '10.48550/arxiv.1706.03762'],
    ['  10.1103/PhysRevLett.116.061102 ', '10.1103/physrevlett.116.061102'],
    ['10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0', '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0'],
    ['10.1000.10/123456', '10.1000.10/123456'],
    ['doi:10.1101/2020.03.22.002386', '10.1101/2020.03.22.002386'],
    ['DOI: 10.1101/2020.03.22.002386', '10.1101/2020.03.22.002386'],
    ['https://doi.org/10.18653/v1/2021.naacl-main.208', '10.18653/v1/2021.naacl-main.208'],
    ['http://doi.org/10.18653/v1/2021.naacl-main.208', '10.18653/v1/2021.naacl-main.208'],
    ['https://dx.doi.org/10.1051/jphysrad:01955001606044400', '10.1051/jphysrad:01955001606044400'],
    ['doi.org/10.1000/182', '10.1000/182'],
    ['https://doi.org/10.1103%2FPhysRevLett.116.061102', '10.1103/physrevlett.116.061102'],
    ['10.1002%2Fanie.201915678', '10.1002/anie.201915678'],
    ['https%3A%2F%2Fdoi.org%2F10.1000%2F182', '10.1000/182'],
    ['10.1000/100%', '10.1000/100%'],
    ['', null],
    ['doi:', null],
    ['https://doi.org/', null],
    ['10.1000', null],
    ['10.1000/', null],
    ['10.123/abc', null],
    ['11.1000/182', null],
    ['1706.03762', null],
    ['https://example.org/10.1000/182', null],
    ['10.1000/has space', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDoi(input)).toBe(expected);
  });
});
