import { decodeLatex, decodeVerbatim, encodeLatex } from './latex';

describe('decodeLatex', () => {
  test.each<[string, string]>([
    ['G{\\"o}del', 'Gödel'],
    ['M\\"uller', 'Müller'],
    ['M\\"{u}ller', 'Müller'],
    ["\\'{e}t\\'e", 'été'],
    ['{\\O}rsted', 'Ørsted'],
    ['Stra{\\ss}e', 'Straße'],
    ['Stra\\ss e', 'Straße'],
    ['Espa\\~{n}a, \\~N', 'España, Ñ'],
    ['Ji{\\v{r}}{\\\'\\i}', 'Jiří'],
    ['\\v c \\u{g} \\H{o} \\c{c} \\k{a} \\r{a} \\={a} \\.{z}', 'č ğ ő ç ą å ā ż'],
    ['{\\AE}sir {\\oe}uvre {\\l}{\\L} {\\aa}', 'Æsir œuvre łŁ å'],
    ['R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\}', 'R&D 50% $5 #1 a_b {x}'],
    ['\\textbackslash{}n \\textbraceleft{}x\\textbraceright{} \\textasciitilde{} \\textasciicircum{}', '\\n {x} ~ ^'],
    ['pages 1--2, a---b', 'pages 1–2, a—b'],
    ['``quoted\'\'', '“quoted”'],
    ['a-{}-b', 'a--b'],
    ['non~breaking', 'non breaking'],
    ['{\\em emphasis} and \\textbf{bold}', 'emphasis and bold'],
    ['{BERT}: {P}re-training', 'BERT: Pre-training'],
    ['Sorting in $O(n \\log n)$ time', 'Sorting in $O(n \\log n)$ time'],
    ['$x_{\\mathrm{max}}$ and $$\\sum_i$$', '$x_{\\mathrm{max}}$ and $$\\sum_i$$'],
    ['costs \\$5 and $ alone', 'costs $5 and $ alone'],
    ['\\LaTeX{} and \\cite{x}', '\\LaTeX{} and \\cite{x}'],
    ['  spread \n over\tlines  ', 'spread over lines'],
    ['u\\"{}', 'u"'],
  ])('%s → %s', (raw, text) => {
    expect(decodeLatex(raw)).toBe(text);
  });

  test('keeps line breaks when asked, for notes', () => {
    expect(decodeLatex('First.\n\nSecond \\& last.\n', 'keep')).toBe('First.\n\nSecond & last.');
  });

  test('gives precomposed characters (NFC), so decoded names compare equal to typed ones', () => {
    expect(decodeLatex('\\"u')).toBe('\u00fc');
  });
});

describe('decodeVerbatim', () => {
  test('drops braces and escapes but keeps URL characters', () => {
    expect(decodeVerbatim('{https://example.org/a\\_b?x=1\\&y=2%20#top}')).toBe('https://example.org/a_b?x=1&y=2%20#top');
  });
});

describe('encodeLatex', () => {
  test.each<[string, string]>([
    ['R&D at 50% for $5 #1 a_b', 'R\\&D at 50\\% for \\$5 \\#1 a\\_b'],
    ['{braces} \\back ~tilde ^caret', '\\textbraceleft{}braces\\textbraceright{} \\textbackslash{}back \\textasciitilde{}tilde \\textasciicircum{}caret'],
    ['Sorting in $O(n \\log n)$ time', 'Sorting in $O(n \\log n)$ time'],
    ['unbalanced $\\{$ math', 'unbalanced \\$\\textbackslash{}\\textbraceleft{}\\$ math'],
    ['a--b---c ``q\'\'', 'a-{}-b-{}-{}-c `{}`q\'{}\''],
    ['Gödel, Ørsted, 李华', 'Gödel, Ørsted, 李华'],
    ['line\n@misc{not an entry', 'line\n{@}misc\\textbraceleft{}not an entry'],
  ])('%j → %j', (text, latex) => {
    expect(encodeLatex(text)).toBe(latex);
  });

  test.each([
    'R&D: 50% of $x_1$ -- {fast} \\ ~ ^ # _',
    'Sorting in $O(n \\log n)$ time, $$\\sum$$ and a lone $ sign',
    '``Quoted\'\' -- and --- dashes',
    'Müller, Ñ, Ørsted, 李华, Ελληνικά',
    'a \\$ b $ c',
    '$ {unbalanced $ }',
  ])('decodeLatex reads back what encodeLatex writes: %j', (text) => {
    expect(decodeLatex(encodeLatex(text))).toBe(text);
  });
});
