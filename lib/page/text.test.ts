import { httpsUrlsIn, normalizeWhitespace } from './text';

describe('normalizeWhitespace', () => {
  test.each<[string, string]>([
    ['Attention Is All You Need', 'Attention Is All You Need'],
    ['  World models improve\na learning agent\n', 'World models improve a learning agent'],
    ['tabs\tand\r\nCRLF', 'tabs and CRLF'],
    ['no\u00a0break\u00a0spaces', 'no break spaces'],
    [' \n\t ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});

describe('httpsUrlsIn', () => {
  test.each<[string, string[]]>([
    ['Resources are available at https://github.com/ymcui/LERT', ['https://github.com/ymcui/LERT']],
    ['Code: https://github.com/microsoft/MPNet.', ['https://github.com/microsoft/MPNet']],
    ['see https://github.com/a/b, https://github.com/c/d; and more', ['https://github.com/a/b', 'https://github.com/c/d']],
    ['(code at https://github.com/awslabs/mlm-scoring)', ['https://github.com/awslabs/mlm-scoring']],
    ['available at \\url{https://github.com/Helsinki-NLP/lm-vs-mt}.', ['https://github.com/Helsinki-NLP/lm-vs-mt']],
    ['[https://github.com/a/b]', ['https://github.com/a/b']],
    ['https://en.wikipedia.org/wiki/Mercury_(planet)', ['https://en.wikipedia.org/wiki/Mercury_(planet)']],
    ['"https://split.to/gte4ps"', ['https://split.to/gte4ps']],
    ['https://github.com/whittle-org/whittle/ is where', ['https://github.com/whittle-org/whittle/']],
    ['https://huggingface.co/x?y=1#z!', ['https://huggingface.co/x?y=1#z']],
    ['twice: https://github.com/a/b and https://github.com/a/b.', ['https://github.com/a/b']],
    ['HTTPS://GitHub.com/A/B', ['HTTPS://GitHub.com/A/B']],
    ['only http://example.org/old here', []],
    ['a bare https:// scheme', []],
    ['https://localhost/x', []],
    ['no urls at all', []],
  ])('%j → %j', (text, urls) => {
    expect(httpsUrlsIn(text)).toEqual(urls);
  });
});
