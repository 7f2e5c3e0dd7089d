/** Cuts a stream of decoded text chunks into numbered lines, so big files are read without holding their whole text. */

/**
 * One line of a file, without its line break.
 *
 * @example
 * const first: NumberedLine = { line: 1, text: '{"sidenotePack": 1, "name": "NLP"}' };
 */
export interface NumberedLine {
  /** 1-based. */
  line: number;
  text: string;
}

/**
 * The lines of the text the chunks make up, wherever the chunks were cut. Lines end at `\n` or `\r\n`; a last line
 * without a line break is still a line, and a byte order mark at the very start is not text.
 *
 * @example
 * for await (const { line, text } of readLines(createReadStream(path).setEncoding('utf8'))) console.log(line, text);
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  // The start of a line cut by chunk boundaries, kept in parts: joining at every chunk would copy a long line over and over.
  let pending: string[] = [];
  let line = 0;
  let atStart = true;
  for await (const chunk of chunks) {
    let text = chunk;
    if (atStart && text !== '') {
      text = text.replace(/^\uFEFF/, '');
      atStart = false;
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      pending.push(text.slice(start, end));
      yield { line: ++line, text: withoutCarriageReturn(pending.join('')) };
      pending = [];
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  if (pending.length > 0) yield { line: ++line, text: withoutCarriageReturn(pending.join('')) };
}

function withoutCarriageReturn(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
