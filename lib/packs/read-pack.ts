/** Tells which format a catalogue pack is in and reads it with that format's reader. */
import { ENTRY_LINE } from '../exchange/bibtex-syntax';
import { readArxivMetadata } from './arxiv-metadata';
import { readBibtexPack } from './bibtex-pack';
import { isJsonObject, parseJson } from './json-lines';
import type { PackItem } from './pack-item';
import { withoutRepeatedPapers } from './repeated-papers';
import { readSidenotePack } from './sidenote-pack';

export type { PackItem } from './pack-item';

/**
 * The formats a pack may be in.
 *
 * @example
 * const format: PackFormat = detectPackFormat('arxiv-metadata-oai-snapshot.json', firstChunk); // 'arxiv-metadata'
 */
export type PackFormat = 'arxiv-metadata' | 'sidenote' | 'bibtex';

const FORMATS_ACCEPTED =
  'A pack is one of: a Sidenote pack (JSON Lines of records with "arxivId", "title", "authors", …, as `npm run pack` ' +
  'writes them), arXiv\'s metadata snapshot (JSON Lines of records with "id", "authors", "versions", …, as on Kaggle), ' +
  'or a BibTeX file (.bib).';

/**
 * The format of a pack, from its file name and its first chunk of text, which should hold the first line: `.bib` and
 * `.bibtex` files, and text that starts with an entry such as `@article{`, are BibTeX; JSON Lines whose first line is
 * a pack header or a record with `arxivId` are a Sidenote pack; a record with `id` and an `authors` string or
 * `versions` is arXiv's metadata snapshot. When the chunk cuts the first line short, its field names decide.
 * Anything else throws an Error that says what the file starts with and which formats are accepted.
 *
 * @example
 * detectPackFormat('nlp.jsonl', '{"sidenotePack": 1, "name": "NLP"}\n'); // 'sidenote'
 * detectPackFormat('refs.txt', '\n@article{vaswani2017,');               // 'bibtex'
 * detectPackFormat('notes.txt', 'Hello');
 * // throws Error('notes.txt is not a catalogue pack: its first line is neither JSON nor a BibTeX entry. A pack is one of: …')
 */
export function detectPackFormat(fileName: string, firstChunk: string): PackFormat {
  if (/\.bib(?:tex)?$/i.test(fileName)) return 'bibtex';
  const lines = firstChunk.replace(/^\uFEFF/, '').split('\n');
  const index = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('%'));
  const firstLine = lines[index];
  if (firstLine === undefined) throw new Error(`${fileName} is not a catalogue pack: it is empty. ${FORMATS_ACCEPTED}`);
  if (ENTRY_LINE.test(firstLine)) return 'bibtex';
  const shape = recordShape(firstLine, index === lines.length - 1);
  if (shape?.fields.has('sidenotePack') || shape?.fields.has('arxivId')) return 'sidenote';
  if (shape?.fields.has('id') && (shape.authorsIsString || shape.versionsIsList)) return 'arxiv-metadata';
  const start = shape ? 'its first record has neither "arxivId" nor "id" with "authors"' : 'its first line is neither JSON nor a BibTeX entry';
  throw new Error(`${fileName} is not a catalogue pack: ${start}. ${FORMATS_ACCEPTED}`);
}

/**
 * The papers and problems of a pack in `format`, each paper once: a later record of a paper already read is a problem.
 *
 * @example
 * const format = detectPackFormat(file.name, await file.slice(0, 65536).text());
 * for await (const item of readPack(file.stream().pipeThrough(new TextDecoderStream()), format)) …
 */
export function readPack(chunks: AsyncIterable<string>, format: PackFormat): AsyncGenerator<PackItem> {
  switch (format) {
    case 'arxiv-metadata':
      return withoutRepeatedPapers(readArxivMetadata(chunks), 'id');
    case 'sidenote':
      return readSidenotePack(chunks);
    case 'bibtex':
      return readBibtexPack(chunks);
  }
}

/** What the first record says about its format. */
interface RecordShape {
  fields: Set<string>;
  authorsIsString: boolean;
  versionsIsList: boolean;
}

function recordShape(line: string, isCut: boolean): RecordShape | undefined {
  const parsed = parseJson(line);
  if ('value' in parsed) {
    const record = parsed.value;
    if (!isJsonObject(record)) return undefined;
    return {
      fields: new Set(Object.keys(record)),
      authorsIsString: typeof record.authors === 'string',
      versionsIsList: Array.isArray(record.versions),
    };
  }
  if (!isCut || !line.trimStart().startsWith('{')) return undefined;
  // A line the chunk cut short is no JSON, but the names of the fields before the cut still tell the format.
  return {
    fields: new Set(Array.from(line.matchAll(/(?<!\\)"([\w-]+)"\s*:/g), (match) => match[1]!)),
    authorsIsString: /(?<!\\)"authors"\s*:\s*"/.test(line),
    versionsIsList: /(?<!\\)"versions"\s*:\s*\[/.test(line),
  };
}
