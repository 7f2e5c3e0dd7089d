/** Reads a BibTeX file as papers entry by entry, so a file of any size is read without holding its whole text. */
import { parsedEntry } from '../exchange/bibtex-reader';
import { bibtexMacros, ENTRY_LINE, readBibtexEntries, type BibtexPart, type RawEntry } from '../exchange/bibtex-syntax';
import { ImportError } from '../exchange/import-error';
import { httpsUrlsIn } from '../page/text';
import { readLines } from './lines';
import { problemItem, type PackItem } from './pack-item';
import { withoutRepeatedPapers } from './repeated-papers';

/**
 * The papers of a BibTeX stream, read as `parseBibtex` reads a file (ids, DOI, date, categories), with the links in
 * their abstracts. The stream is cut before every line that starts an entry, which BibTeX rules out inside a field,
 * and each part is read on its own with the `@string` macros of the parts before. An entry that cannot be read (a
 * syntax error, braces that do not balance) or has no title is a problem item at its line, and the rest of the file is
 * still read; an entry without any id is kept under its DOI or title (`title:attention-is-all-you-need`).
 *
 * @example
 * for await (const item of readBibtexPack(createReadStream('refs.bib').setEncoding('utf8'))) …
 * // { line: 3, paper: { key: '1706.03762', title: 'Attention Is All You Need', … } }
 * // { line: 9, problem: { line: 9, field: '(entry)', message: 'the entry "@misc{bad" is not closed properly: …' } }
 */
export function readBibtexPack(chunks: AsyncIterable<string>): AsyncGenerator<PackItem> {
  return withoutRepeatedPapers(readEntries(chunks), '(entry)');
}

async function* readEntries(chunks: AsyncIterable<string>): AsyncGenerator<PackItem> {
  const macros = bibtexMacros();
  let lines: string[] = [];
  let firstLine = 1;
  let anything = false;
  for await (const { line, text } of readLines(chunks)) {
    if (ENTRY_LINE.test(text) && lines.length > 0) {
      const items = partItems(lines.join('\n'), { macros, firstLine }, text);
      anything ||= items.length > 0;
      yield* items;
      lines = [];
      firstLine = line;
    }
    lines.push(text);
  }
  const items = partItems(lines.join('\n'), { macros, firstLine });
  yield* items;
  if (!anything && items.length === 0) {
    yield problemItem(1, '(file)', 'holds no BibTeX entries: no line like "@article{key, title = {…}}" was found');
  }
}

/**
 * The items of one part of the file, in file order. A part whose braces do not balance is read again with the line
 * that starts the next part, `nextEntryLine`, so that the problem says the "}" is missing before that line, not at the
 * end of the file, which the part's end is not.
 */
function partItems(text: string, part: BibtexPart, nextEntryLine?: string): PackItem[] {
  const read = readPart(text, part);
  if (read instanceof ImportError) {
    const reread = nextEntryLine === undefined ? read : readPart(`${text}\n${nextEntryLine}`, part);
    const error = reread instanceof ImportError ? reread : read;
    // describeProblem names the line already.
    return [problemItem(error.line ?? part.firstLine, '(entry)', error.message.replace(/^Line \d+: /, ''))];
  }
  const problems = read.problems.map((problem) => problemItem(problem.line, '(entry)', problem.message));
  return [...problems, ...read.entries.map(entryItem)].sort((a, b) => a.line - b.line);
}

/** The part's entries, or the ImportError for braces that do not balance, which leave the whole part unreadable. */
function readPart(text: string, part: BibtexPart): ReturnType<typeof readBibtexEntries> | ImportError {
  try {
    return readBibtexEntries(text, part);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

function entryItem(entry: RawEntry): PackItem {
  const { paper, citationKey, type } = parsedEntry(entry);
  if (!paper.title) {
    return problemItem(entry.line, 'title', `is missing from the entry ${citationKey ? `"${citationKey}"` : `@${type}`}; a paper needs one`);
  }
  return { line: entry.line, paper: { ...paper, links: httpsUrlsIn(paper.abstract) } };
}
