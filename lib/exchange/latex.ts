/** Turns the LaTeX inside BibTeX fields into plain Unicode text, and plain text into LaTeX that reads back the same. */

/** Combining marks of the accent commands written with a symbol (`\"u`), and the character each stands for alone (`\~{}`). */
const SYMBOL_ACCENTS: Readonly<Record<string, { mark: string; alone: string }>> = {
  "'": { mark: '\u0301', alone: "'" },
  '`': { mark: '\u0300', alone: '`' },
  '^': { mark: '\u0302', alone: '^' },
  '"': { mark: '\u0308', alone: '"' },
  '~': { mark: '\u0303', alone: '~' },
  '=': { mark: '\u0304', alone: '=' },
  '.': { mark: '\u0307', alone: '.' },
};

/** Combining marks of the accent commands written with a letter (`\v{c}`, `\c c`). */
const LETTER_ACCENTS: Readonly<Record<string, string>> = {
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A', d: '\u0323', b: '\u0331',
};

/** Commands that stand for one character: letters Latin-1 lacks an accent for (`\ss`, `\o`) and text symbols. */
const CHARACTER_COMMANDS: Readonly<Record<string, string>> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł',
  i: 'ı', j: 'ȷ', dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ', dj: 'đ', DJ: 'Đ',
  textbackslash: '\\', textbraceleft: '{', textbraceright: '}', textasciitilde: '~', textasciicircum: '^',
  textunderscore: '_', textdollar: '$', textless: '<', textgreater: '>', textbar: '|',
  textendash: '–', textemdash: '—', textquoteleft: '‘', textquoteright: '’', textquotedblleft: '“',
  textquotedblright: '”', textquotesingle: "'", textasciigrave: '`', guillemotleft: '«', guillemotright: '»',
  ldots: '…', dots: '…', textellipsis: '…', textbullet: '•', textperiodcentered: '·', textdegree: '°',
  S: '§', textsection: '§', P: '¶', textparagraph: '¶', dag: '†', ddag: '‡', copyright: '©', textcopyright: '©',
  textregistered: '®', texttrademark: '™', pounds: '£', textsterling: '£', euro: '€', texteuro: '€',
  textexclamdown: '¡', textquestiondown: '¿',
};

/** Font and box commands: their argument (or the rest of their group) is the text, the command itself is styling. */
const STYLING_COMMANDS = new Set([
  'emph', 'textit', 'textbf', 'textsc', 'texttt', 'textrm', 'textsf', 'textsl', 'textup', 'textmd', 'textnormal',
  'em', 'it', 'bf', 'sc', 'tt', 'rm', 'sf', 'sl', 'itshape', 'bfseries', 'scshape', 'upshape', 'slshape',
  'mdseries', 'normalfont', 'rmfamily', 'sffamily', 'ttfamily', 'mbox', 'hbox', 'text', 'url', 'nolinkurl',
  'protect', 'relax',
]);

/** Characters a backslash turns back into themselves. */
const ESCAPED_CHARACTERS = new Set(['&', '%', '$', '#', '_', '{', '}']);

/** Control symbols that are spacing or hyphenation hints: what each leaves in plain text. */
const SPACING_COMMANDS: Readonly<Record<string, string>> = {
  ' ': ' ', '\\': ' ', ',': ' ', ';': ' ', ':': ' ', '!': '', '-': '', '/': '', '@': '',
};

/**
 * TeX's ligatures of ASCII punctuation, longest first. The writer breaks them up with `{}` so text
 * that merely contains `--` reads back unchanged instead of as a dash.
 */
const LIGATURES: readonly (readonly [string, string])[] = [
  ['---', '—'],
  ['--', '–'],
  ['``', '“'],
  ["''", '”'],
];

/** How `\` and the other characters special to LaTeX are written so that they print as themselves. */
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts braces even after a backslash, so `\{` alone would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * `collapse` makes every whitespace run one space (titles, names); `keep` keeps line breaks (notes).
 *
 * @example
 * decodeLatex('First.\n\nSecond.', 'keep' satisfies Whitespace); // 'First.\n\nSecond.'
 */
export type Whitespace = 'collapse' | 'keep';

/**
 * Plain Unicode text from the LaTeX of a BibTeX field: accents and special letters decoded, escapes
 * undone, protective braces and styling commands dropped, `--` and `---` made dashes, math (`$…$`) kept
 * exactly as written. Commands it does not know are kept verbatim rather than guessed at.
 *
 * @example
 * decodeLatex('G{\\"o}del, Escher, Bach \\& {\\O}rsted');  // 'Gödel, Escher, Bach & Ørsted'
 * decodeLatex("Sorting in $O(n \\log n)$ --- \\'{e}t\\'{e}"); // 'Sorting in $O(n \\log n)$ — été'
 * decodeLatex('Stra{\\ss}e, \\~{n}, \\v c, \\emph{Caf\\`e}');  // 'Straße, ñ, č, Cafè'
 */
export function decodeLatex(raw: string, whitespace: Whitespace = 'collapse'): string {
  const text = decodeRange(raw).normalize('NFC');
  return whitespace === 'collapse' ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/**
 * The value of a field BibTeX tools treat as verbatim (`url`, `doi`, `eprint`): braces dropped and
 * backslash escapes of special characters undone, nothing else touched.
 *
 * @example
 * decodeVerbatim('{https://example.org/a\\_b?x=1\\&y=2}'); // 'https://example.org/a_b?x=1&y=2'
 */
export function decodeVerbatim(raw: string): string {
  return raw
    .replace(/[{}]/g, '')
    .replace(/\\([&%$#_~^])/g, '$1')
    .trim();
}

/**
 * LaTeX for plain text: the characters special to LaTeX escaped, ligatures broken, non-ASCII kept as
 * UTF-8, and math segments (`$…$` that LaTeX can typeset) kept as written so formulas still typeset.
 * `decodeLatex` reads the result back to the same text.
 *
 * @example
 * encodeLatex('R&D: 50% of $x_1$ -- {fast}'); // 'R\\&D: 50\\% of $x_1$ -{}- \\textbraceleft{}fast\\textbraceright{}'
 * encodeLatex('Müller_2');                  // 'Müller\\_2'
 */
export function encodeLatex(text: string): string {
  let encoded = '';
  let position = 0;
  while (position < text.length) {
    const dollar = text.indexOf('$', position);
    encoded += escapeText(text.slice(position, dollar === -1 ? text.length : dollar));
    if (dollar === -1) break;
    const end = mathEnd(text, dollar);
    const isMath = end !== undefined && isWritableMath(text.slice(dollar, end));
    encoded += isMath ? text.slice(dollar, end) : TEXT_ESCAPES.$;
    position = isMath ? end : dollar + 1;
  }
  // A line starting with `@` inside a field looks like a new entry to readers that recover from broken files.
  return encoded.replace(/(^|\n)([ \t]*)@/g, '$1$2{@}');
}

function escapeText(text: string): string {
  // A character doubled into a ligature (the first characters of LIGATURES) is followed by `{}`.
  return text.replace(/[\\{}&%#_~^]|([-`'])(?=\1)/g, (special) => TEXT_ESCAPES[special] ?? `${special}{}`);
}

/**
 * The index just after the math segment starting at `start` (`$…$` or `$$…$$`), or undefined when it is
 * not closed. Shared by reader and writer so both agree on what counts as math.
 */
function mathEnd(text: string, start: number): number | undefined {
  const delimiter = text.startsWith('$$', start) ? '$$' : '$';
  for (let i = start + delimiter.length; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(delimiter, i)) return i + delimiter.length;
  }
  return undefined;
}

/**
 * Math is written as it is only when LaTeX can typeset it inside a BibTeX field: braces balanced (or the field
 * breaks) and no bare `#`, `%` or `&` (errors in math); other dollar pairs are text such as prices.
 */
function isWritableMath(segment: string): boolean {
  let depth = 0;
  for (let i = 0; i < segment.length; i++) {
    const character = segment[i];
    // BibTeX counts `\{` as a brace too; only the other escapes make a character harmless.
    if (character === '\\' && segment[i + 1] !== '{' && segment[i + 1] !== '}') i++;
    else if (character === '#' || character === '%' || character === '&') return false;
    else if (character === '{') depth++;
    else if (character === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The index of the `}` closing the group opened at `open`, or the end of the text when it never closes. */
function groupEnd(raw: string, open: number): number {
  let depth = 0;
  for (let i = open; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '{') depth++;
    else if (raw[i] === '}' && --depth === 0) return i;
  }
  return raw.length;
}

function skipSpaces(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && /\s/.test(raw[i]!)) i++;
  return i;
}

/** Characters that mean more than themselves in LaTeX text; everything between them is copied as it is. */
const DECODE_SPECIALS = /[\\{}$~\-`']/g;

function decodeRange(raw: string): string {
  let text = '';
  let i = 0;
  while (i < raw.length) {
    DECODE_SPECIALS.lastIndex = i;
    const special = DECODE_SPECIALS.exec(raw)?.index ?? raw.length;
    text += raw.slice(i, special);
    i = special;
    if (i === raw.length) break;
    const character = raw[i]!;
    const end = character === '$' ? mathEnd(raw, i) : undefined;
    if (end !== undefined) {
      text += raw.slice(i, end);
      i = end;
    } else if (character === '\\') {
      const [decoded, next] = decodeCommand(raw, i);
      text += decoded;
      i = next;
    } else if (character === '{' || character === '}') {
      i++;
    } else if (character === '~') {
      text += ' ';
      i++;
    } else {
      const ligature = LIGATURES.find(([sequence]) => raw.startsWith(sequence, i));
      text += ligature ? ligature[1] : character;
      i += ligature ? ligature[0].length : 1;
    }
  }
  return text;
}

const COMMAND_NAME = /[A-Za-z]+/y;

/** Decodes the command starting with the backslash at `start`; returns its text and the index after it. */
function decodeCommand(raw: string, start: number): [string, number] {
  const symbol = raw[start + 1];
  if (symbol === undefined) return ['\\', start + 1];
  COMMAND_NAME.lastIndex = start + 1;
  const name = COMMAND_NAME.exec(raw)?.[0];
  if (name === undefined) {
    const accent = SYMBOL_ACCENTS[symbol];
    if (accent) return applyAccent(raw, start + 2, accent.mark, accent.alone);
    if (ESCAPED_CHARACTERS.has(symbol)) return [symbol, start + 2];
    const spacing = SPACING_COMMANDS[symbol];
    return [spacing ?? raw.slice(start, start + 2), start + 2];
  }
  const after = start + 1 + name.length;
  const letterAccent = LETTER_ACCENTS[name];
  if (letterAccent) return applyAccent(raw, after, letterAccent, '');
  const character = CHARACTER_COMMANDS[name] ?? (STYLING_COMMANDS.has(name) ? '' : undefined);
  // TeX swallows the spaces after a control word (`\ss e` is `ße`).
  if (character !== undefined) return [character, skipSpaces(raw, after)];
  let end = after;
  while (raw[end] === '{') end = groupEnd(raw, end) + 1;
  return [raw.slice(start, end), end];
}

/** Puts the combining `mark` on the first character of the accent's argument (`{u}`, `u`, `\i`). */
function applyAccent(raw: string, from: number, mark: string, alone: string): [string, number] {
  const at = skipSpaces(raw, from);
  let base: string;
  let next: number;
  if (raw[at] === '{') {
    const end = groupEnd(raw, at);
    base = decodeRange(raw.slice(at + 1, end));
    next = end + 1;
  } else if (raw[at] === '\\') {
    [base, next] = decodeCommand(raw, at);
  } else if (at < raw.length && raw[at] !== '}') {
    base = raw[at]!;
    next = at + 1;
  } else {
    return [alone, at];
  }
  if (base === '') return [alone, next];
  // Accents go on a dotted i or j; LaTeX needs the dotless `\i` only so the dot does not collide with the accent.
  const [first, ...rest] = Array.from(base.replace(/^ı/, 'i').replace(/^ȷ/, 'j'));
  return [`${first}${mark}${rest.join('')}`, next];
}
