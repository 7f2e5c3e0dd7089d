/** Reads the syntax of a BibTeX file: entries, fields, `@string` macros and `#` concatenation, with line numbers for every problem. */
import { ImportError } from './import-error';

/**
 * One field as written: its value with macros expanded and parts joined, the LaTeX not yet decoded.
 *
 * @example
 * const title: RawField = { value: '{BERT}: Pre-training of Deep {T}ransformers', line: 3 };
 */
export interface RawField {
  value: string;
  line: number;
}

/**
 * One entry as written in the file.
 *
 * @example
 * const entry: RawEntry = { type: 'misc', citationKey: 'k', line: 1, fields: new Map([['title', { value: 'A', line: 1 }]]), warnings: [] };
 */
export interface RawEntry {
  /** Lower case, e.g. `misc`. */
  type: string;
  citationKey: string;
  line: number;
  /** By lower-case field name, in file order. */
  fields: Map<string, RawField>;
  /** What the reader noticed but could work around, e.g. an undefined macro. */
  warnings: string[];
}

/**
 * A part of the file that could not be read, and why.
 *
 * @example
 * const problem: BibtexProblem = { line: 12, message: 'In the entry "bad": expected "=" after the field name "title", found "{A}".' };
 */
export interface BibtexProblem {
  line: number;
  message: string;
}

/** BibTeX's predefined macros: the months, which styles expand to their names. */
const MONTH_MACROS: ReadonlyMap<string, string> = new Map(
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
    (month) => [month.slice(0, 3).toLowerCase(), month],
  ),
);

/**
 * Where one part of a file read in parts begins: the macros the parts before it defined, and its first line.
 *
 * @example
 * const part: BibtexPart = { macros: bibtexMacros(), firstLine: 120 };
 */
export interface BibtexPart {
  macros: Map<string, string>;
  firstLine: number;
}

/**
 * The macros every file starts with, BibTeX's month names, in a map of its own that `@string` may add to.
 *
 * @example
 * bibtexMacros().get('jun'); // 'June'
 */
export function bibtexMacros(): Map<string, string> {
  return new Map(MONTH_MACROS);
}

/** The start of an entry: `@`, its type, and the delimiter that opens its body. */
const ENTRY_START = /@[ \t]*([A-Za-z][\w-]*)\s*([{(])/y;
/**
 * A line that begins an entry, which cannot be inside a field of the entry before.
 *
 * @example
 * ENTRY_LINE.test('@misc{vaswani2017attention,'); // true
 */
export const ENTRY_LINE = /^[ \t]*@[ \t]*[A-Za-z][\w-]*\s*[{(]/;
/** Characters BibTeX allows in field and macro names. */
const NAME = /[^\s"#%'(),={}]+/y;
const CITATION_KEY = /[^\s,{}()]*/y;

/**
 * The entries of a BibTeX file with field values in raw LaTeX.
 *
 * Text outside entries is a comment, as in BibTeX; `@comment` and `@preamble` are skipped and
 * `@string` macros are defined for the entries after them. An entry with a syntax error (a missing `=` or
 * comma, an unterminated string) is left out and reported in `problems`, since its braces still say where
 * it ends. Braces that do not balance leave no way to tell where entries end, so they fail the whole file
 * with an `ImportError` naming the line.
 *
 * A file read in parts (a stream, entry by entry) passes each part the same `macros`, so an `@string` applies
 * to the parts after it, and the line the part starts on, so every line number is the file's.
 *
 * @example
 * const { entries, problems } = readBibtexEntries('@string{nips = "NeurIPS"}\n@misc{k, title = {A} # nips}');
 * // entries[0].fields.get('title') → { value: 'ANeurIPS', line: 2 }; problems → []
 */
export function readBibtexEntries(
  text: string,
  { macros, firstLine }: BibtexPart = { macros: bibtexMacros(), firstLine: 1 },
): { entries: RawEntry[]; problems: BibtexProblem[] } {
  const source = new Source(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), firstLine);
  const entries: RawEntry[] = [];
  const problems: BibtexProblem[] = [];
  for (const block of findBlocks(source)) {
    if (block.type === 'preamble') continue;
    try {
      if (block.type === 'string') defineMacros(new EntryParser(source, block, macros), macros);
      else entries.push(new EntryParser(source, block, macros).entry());
    } catch (error) {
      if (!(error instanceof EntrySyntaxError)) throw error;
      problems.push({ line: error.line, message: error.message });
    }
  }
  return { entries, problems };
}

/** The text with its line numbers. */
class Source {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    private readonly firstLine: number,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** The 1-based line of the character at `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + this.firstLine;
  }
}

/** An entry's place in the file: its body lies strictly between `open` and `close`. */
interface Block {
  type: string;
  start: number;
  open: number;
  close: number;
}

function findBlocks(source: Source): Block[] {
  const { text } = source;
  const blocks: Block[] = [];
  let position = 0;
  let commentDepth = 0;
  while (position < text.length) {
    const at = text.indexOf('@', position);
    commentDepth = checkComment(source, position, at === -1 ? text.length : at, commentDepth);
    if (at === -1) break;
    ENTRY_START.lastIndex = at;
    const start = ENTRY_START.exec(text);
    if (!start) {
      // An `@` not followed by `type{` is comment text (an e-mail address, say), as BibTeX would treat it after a warning.
      position = at + 1;
      continue;
    }
    const type = start[1]!.toLowerCase();
    const open = ENTRY_START.lastIndex - 1;
    if (type === 'comment') {
      position = commentEnd(text, open);
    } else {
      const close = closingDelimiter(source, at, open);
      blocks.push({ type, start: at, open, close });
      position = close + 1;
    }
    commentDepth = 0;
  }
  return blocks;
}

/**
 * Text between entries is free, but a `}` closing nothing means an entry above ended early and lost fields.
 * Returns the brace depth at `to`, as comment text may go on after an `@` that starts no entry.
 */
function checkComment(source: Source, from: number, to: number, depthAtStart: number): number {
  let depth = depthAtStart;
  for (let i = from; i < to; i++) {
    const character = source.text[i];
    if (character === '{') depth++;
    else if (character === '}' && --depth < 0) {
      throw new ImportError(
        `Line ${source.lineOf(i)}: a "}" closes nothing. An entry above probably has one "}" too many and ends before its last fields.`,
        { line: source.lineOf(i) },
      );
    }
  }
  return depth;
}

/** `@comment{…}` skips its braces when they balance; otherwise, as in BibTeX, only the word itself is special. */
function commentEnd(text: string, open: number): number {
  const closer = text[open] === '{' ? '}' : ')';
  let depth = 0;
  for (let i = open + 1; i < text.length && depth >= 0; i++) {
    const character = text[i];
    if (character === closer && depth === 0) return i + 1;
    if (character === '{') depth++;
    else if (character === '}') depth--;
    else if (character === '\n' && ENTRY_LINE.test(text.slice(i + 1, i + 200))) break;
  }
  const lineEnd = text.indexOf('\n', open);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

/**
 * The index of the delimiter that closes the entry opened at `open`. Braces are counted as BibTeX counts
 * them; a line starting a new entry while braces are still open means this one was never closed.
 */
function closingDelimiter(source: Source, start: number, open: number): number {
  const { text } = source;
  const parenthesised = text[open] === '(';
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const character = text[i];
    if (character === '{') depth++;
    else if (character === '}') {
      if (depth === 0) {
        if (!parenthesised) return i;
        throw unclosed(source, start, `a "}" on line ${source.lineOf(i)} closes nothing`);
      }
      depth--;
    } else if (character === ')' && parenthesised && depth === 0) return i;
    else if (character === '\n' && ENTRY_LINE.test(text.slice(i + 1, i + 200))) {
      throw unclosed(source, start, `a "}" is missing before line ${source.lineOf(i + 1)}, where the next entry starts`);
    }
  }
  throw unclosed(source, start, `it is still open at the end of the file (a "}" is missing)`);
}

function unclosed(source: Source, start: number, reason: string): ImportError {
  const line = source.lineOf(start);
  const opening = /^@[^\n,]*/.exec(source.text.slice(start))?.[0] ?? '@';
  return new ImportError(`Line ${line}: the entry "${opening.trim()}" is not closed properly: ${reason}.`, { line });
}

/** A syntax error inside one entry; the entry is skipped and the rest of the file read. */
class EntrySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Reads the body of one entry, between its delimiters. */
class EntryParser {
  private position: number;
  private readonly end: number;
  readonly warnings: string[] = [];

  constructor(
    private readonly source: Source,
    private readonly block: Block,
    private readonly macros: ReadonlyMap<string, string>,
  ) {
    this.position = block.open + 1;
    this.end = block.close;
  }

  entry(): RawEntry {
    this.skipSpace();
    CITATION_KEY.lastIndex = this.position;
    const key = CITATION_KEY.exec(this.source.text)![0];
    const keyEnd = this.position + key.length;
    // `@misc{title = …}` has no key: what looked like one is the first field's name.
    const hasKey = !/^\s*=/.test(this.source.text.slice(keyEnd, this.end));
    if (hasKey) {
      this.position = keyEnd;
      this.skipSpace();
      if (!this.atEnd()) this.expect(',', `after the citation key "${key}"`);
    }
    const fields = new Map<string, RawField>();
    for (const field of this.fields()) {
      if (fields.has(field.name)) this.warnings.push(`The field "${field.name}" appears twice; the first one is used.`);
      else fields.set(field.name, { value: field.value, line: field.line });
    }
    return {
      type: this.block.type,
      citationKey: hasKey ? key : '',
      line: this.source.lineOf(this.block.start),
      fields,
      warnings: this.warnings,
    };
  }

  /** `name = value` pairs separated by commas, a trailing comma allowed. */
  *fields(): Generator<{ name: string; value: string; line: number }> {
    for (;;) {
      this.skipSpace();
      if (this.atEnd()) return;
      const line = this.line();
      const name = this.name('a field name');
      this.skipSpace();
      this.expect('=', `after the field name "${name}"`);
      const value = this.value(name);
      yield { name: name.toLowerCase(), value, line };
      this.skipSpace();
      if (this.atEnd()) return;
      this.expect(',', `after the value of "${name}"`);
    }
  }

  /** Parts joined by `#`: `{braced}`, `"quoted"`, a number, or a macro name. */
  private value(field: string): string {
    let value = '';
    for (;;) {
      this.skipSpace();
      value += this.valuePart(field);
      this.skipSpace();
      if (this.peek() !== '#') return value;
      this.position++;
    }
  }

  private valuePart(field: string): string {
    const character = this.peek();
    if (character === '{') return this.delimited('}');
    if (character === '"') return this.delimited('"');
    const digits = /^\d+/.exec(this.rest())?.[0];
    if (digits !== undefined) {
      this.position += digits.length;
      return digits;
    }
    if (character !== undefined && /[^\s"#%'(),={}\d]/.test(character)) {
      const macro = this.name('a macro name');
      const expansion = this.macros.get(macro.toLowerCase());
      if (expansion !== undefined) return expansion;
      this.warnings.push(`The macro "${macro}" in "${field}" is not defined by any @string; it was left empty.`);
      return '';
    }
    throw this.error(`expected a value for "${field}" (in braces, in quotes, a number or a macro), found ${this.found()}`);
  }

  /**
   * The text up to `closer` at brace depth zero, after the opening delimiter. Braces count even after a
   * backslash, as in BibTeX; a quote after a backslash (`"M\\"uller"`) does not end a quoted value.
   */
  private delimited(closer: '}' | '"'): string {
    const line = this.line();
    const start = ++this.position;
    let depth = 0;
    for (; this.position < this.end; this.position++) {
      const character = this.source.text[this.position];
      if (character === closer && depth === 0 && (closer === '}' || this.source.text[this.position - 1] !== '\\')) {
        return this.source.text.slice(start, this.position++);
      }
      if (character === '{') depth++;
      else if (character === '}' && --depth < 0) break;
    }
    throw this.error(`the ${closer === '"' ? 'quoted ' : ''}value starting on line ${line} is not closed`, line);
  }

  private name(what: string): string {
    NAME.lastIndex = this.position;
    const name = NAME.exec(this.source.text)?.[0];
    if (name === undefined || this.position + name.length > this.end) throw this.error(`expected ${what}, found ${this.found()}`);
    this.position += name.length;
    return name;
  }

  private expect(character: string, where: string): void {
    if (this.peek() !== character) throw this.error(`expected "${character}" ${where}, found ${this.found()}`);
    this.position++;
  }

  private skipSpace(): void {
    while (this.position < this.end && /\s/.test(this.source.text[this.position]!)) this.position++;
  }

  private atEnd(): boolean {
    return this.position >= this.end;
  }

  private peek(): string | undefined {
    return this.atEnd() ? undefined : this.source.text[this.position];
  }

  private rest(): string {
    return this.source.text.slice(this.position, this.end);
  }

  private line(): number {
    return this.source.lineOf(this.position);
  }

  private found(): string {
    if (this.atEnd()) return 'the end of the entry';
    const excerpt = this.rest().split('\n')[0]!.slice(0, 20);
    return `"${excerpt}"`;
  }

  private error(message: string, line = this.line()): EntrySyntaxError {
    const key = /^\s*([^\s,{}()=]+)\s*,/.exec(this.source.text.slice(this.block.open + 1, this.end))?.[1];
    const entry = key ? `the entry "${key}"` : `the @${this.block.type} entry on line ${this.source.lineOf(this.block.start)}`;
    return new EntrySyntaxError(`In ${entry}: ${message}.`, line);
  }
}

function defineMacros(parser: EntryParser, macros: Map<string, string>): void {
  for (const { name, value } of parser.fields()) macros.set(name, value);
}
