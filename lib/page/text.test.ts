import {
  abstractText, httpsUrlsIn, isoDate, normalizeWhitespace, personName, readableText, safePageText, textLines, withoutAbstractHeading,
  withoutDescendants,
} from './text';

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

/** The first element of `html`, parsed in a document of its own. */
function element(html: string): Element {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return body.firstElementChild ?? body;
}

describe('textLines', () => {
  test.each<[string, string[]]>([
    ['<span>Ashish Vaswani<br>Google Brain<br><tt>avaswani@google.com</tt></span>', ['Ashish Vaswani', 'Google Brain', 'avaswani@google.com']],
    ['<div><p>First</p><p>Second</p></div>', ['First', 'Second']],
    ['<span>James Chua\n<br class="ltx_break">Owain Evans</span>', ['James Chua', 'Owain Evans']],
    ['<span>Jan Betley \u2003Xuchan Bao</span>', ['Jan Betley \u2003Xuchan Bao']],
    ['<div>Shown<script>hidden()</script><style>.x{}</style></div>', ['Shown']],
    ['<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>', ['A B', 'C']],
    ['<div><br><br></div>', []],
  ])('%j → %j', (html, lines) => {
    expect(textLines(element(html))).toEqual(lines);
  });

  test('writes MathML as the TeX in its alttext, and never reads its annotation', () => {
    const math =
      '<p>Costs <math alttext="O(n^{2})"><semantics><mrow><mi>O</mi></mrow>' +
      '<annotation encoding="application/x-tex">O(n^{2})</annotation></semantics></math> time</p>';
    expect(textLines(element(math))).toEqual(['Costs $O(n^{2})$ time']);
  });
});

describe('readableText', () => {
  test('puts spaces between paragraphs and line breaks', () => {
    expect(readableText(element('<div><p>First.</p><p>Second.</p>Third<br>line</div>'))).toBe('First. Second. Third line');
  });

  test('leaves out the descendants matching `omit`, without changing the page', () => {
    const title = element('<h1>A title<span class="note"><sup>1</sup>Thanks</span></h1>');
    expect(readableText(title, '.note')).toBe('A title');
    expect(title.querySelector('.note')).not.toBeNull();
  });
});

describe('withoutDescendants', () => {
  test('gives a copy without the matching descendants', () => {
    const name = element('<span>Jan Betley<sup>1</sup></span>');
    expect(withoutDescendants(name, 'sup').textContent).toBe('Jan Betley');
    expect(name.textContent).toBe('Jan Betley1');
  });
});

describe('abstractText', () => {
  test.each<[string, string]>([
    ['<div><h6 class="ltx_title">Abstract</h6><p>We study X.</p></div>', 'We study X.'],
    ['<div><h2>ABSTRACT</h2><p>We study X.</p></div>', 'We study X.'],
    ['<div><h5>Abstract:</h5><span>We study X.</span></div>', 'We study X.'],
    ['<div><h3>Background</h3><p>We study X.</p></div>', 'Background We study X.'],
    ['<div><p>Abstract: We study X.</p></div>', 'We study X.'],
    ['<div><p>Cats meow<sup><a href="#ref-1">1</a>,<a href="#ref-2">2</a></sup>.</p></div>', 'Cats meow.'],
    // A superscript without in-page links may be an exponent: kept, as its digits.
    ['<div><p>About 10<sup>6</sup> cats.</p></div>', 'About 106 cats.'],
  ])('%j → %j', (html, text) => {
    expect(abstractText(element(html))).toBe(text);
  });

  test('leaves out the descendants matching `omit`', () => {
    expect(abstractText(element('<div><p>We study X.<span class="ltx_note">1 A footnote.</span></p></div>'), '.ltx_note')).toBe(
      'We study X.',
    );
  });
});

describe('withoutAbstractHeading', () => {
  test.each<[string, string]>([
    ['Abstract: We study X.', 'We study X.'],
    ['Abstract. We study X.', 'We study X.'],
    ['Abstract — We study X.', 'We study X.'],
    ['ABSTRACT We study X.', 'We study X.'],
    ['ABSTRACT: We study X.', 'We study X.'],
    ['Abstract Meaning Representation (AMR) is a graph.', 'Abstract Meaning Representation (AMR) is a graph.'],
    ['Abstract reasoning is hard.', 'Abstract reasoning is hard.'],
    ['ABSTRACTIONS are useful.', 'ABSTRACTIONS are useful.'],
    ['We study X.', 'We study X.'],
  ])('%j → %j', (text, expected) => {
    expect(withoutAbstractHeading(text)).toBe(expected);
  });
});

describe('personName', () => {
  test.each<[string, string]>([
    ['Vaswani, Ashish', 'Ashish Vaswani'],
    ['Smith Jr, John', 'John Smith Jr'],
    ['de la Cruz, María José', 'María José de la Cruz'],
    ['Teven Le Scao', 'Teven Le Scao'],
    ['ATLAS Collaboration', 'ATLAS Collaboration'],
    ['Plato,', 'Plato'],
  ])('%j → %j', (name, expected) => {
    expect(personName(name)).toBe(expected);
  });
});

describe('isoDate', () => {
  test.each<[string, string | undefined]>([
    ['2017/06/12', '2017-06-12'],
    ['2021/6', '2021-06'],
    ['2020-03-27', '2020-03-27'],
    ['2020-03-27T09:00:00Z', '2020-03-27'],
    ['2006-11', '2006-11'],
    ['4 April 2022', '2022-04-04'],
    ['12 Jun 2017', '2017-06-12'],
    ['1 December 2020', '2020-12-01'],
    ['Oct 12, 2023', '2023-10-12'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['June 2021', '2021-06'],
    ['1955', undefined],
    ['Mar 5', undefined],
    ['2021/13/01', undefined],
    ['2023-02-30', undefined],
    ['31 Ju 2020', undefined],
    ['Smarch 4, 2020', undefined],
    ['', undefined],
  ])('%j → %j', (text, date) => {
    expect(isoDate(text)).toBe(date);
  });
});

describe('safePageText', () => {
  test('replaces lone surrogates, keeps pairs, and drops bidi controls', () => {
    expect(safePageText('a\ud800b\udc00c\ud83d\ude00', 100)).toBe('a\ufffdb\ufffdc\ud83d\ude00');
    expect(safePageText('Attention \u202Egnp.exe\u2066x\u2069', 100)).toBe('Attention gnp.exex');
  });

  test('cuts long text to the limit with an ellipsis, never between the halves of a pair', () => {
    expect(safePageText('x'.repeat(1_000_000), 2_000)).toBe(`${'x'.repeat(1_999)}…`);
    expect(safePageText(`${'x'.repeat(8)}\ud83d\ude00yy`, 10)).toBe(`${'x'.repeat(8)}…`);
    expect(safePageText('short', 5)).toBe('short');
  });
});
