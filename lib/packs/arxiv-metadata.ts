/** Reads arXiv's public metadata snapshot (JSON Lines, Kaggle's `arxiv-metadata-oai-snapshot.json`) as papers. */
import { readCatalogueRecord, type RecordProblem, type RecordResult } from '../catalogue/record';
import { decodeLatex } from '../exchange/latex';
import { normalizeDoi } from '../ids/doi';
import { httpsUrlsIn, isoDate } from '../page/text';
import { isJsonObject, readJsonLines } from './json-lines';
import { recordItems, type PackItem } from './pack-item';

type Report = (field: string, message: string) => void;

/**
 * The papers of a snapshot stream, and a problem item for every record that cannot be one.
 * Papers repeated in the file are all yielded: the snapshot has one record per paper, and the pack builder reads its
 * two million records without keeping every key (`readPack` drops repeats for imports).
 *
 * @example
 * for await (const item of readArxivMetadata(createReadStream(path).setEncoding('utf8'))) {
 *   if ('paper' in item) keep(item.paper);
 *   else console.warn(describeProblem(item.problem)); // 'line 12, field "id": is not an arXiv id: "foo"'
 * }
 */
export async function* readArxivMetadata(chunks: AsyncIterable<string>): AsyncGenerator<PackItem> {
  for await (const item of readJsonLines(chunks)) {
    if ('problem' in item) yield item;
    else yield* recordItems(readArxivMetadataRecord(item.value, item.line), item.line);
  }
}

/**
 * One parsed snapshot record as a paper. It is made a catalogue record and checked by `readCatalogueRecord`, so a
 * paper from the snapshot is exactly what the same paper reads as from a Sidenote pack, DOI aside; problems name
 * the snapshot's own fields. Title and names are LaTeX (`M\"uller`) and are decoded; the abstract keeps its LaTeX,
 * as arXiv shows it, since decoding would also break the `~` of URLs in it.
 *
 * @example
 * readArxivMetadataRecord({ id: '0704.0001', title: 'Calculation of prompt diphoton production', authors: 'C. Bal\\\'azs',
 *   abstract: '  A fully differential calculation…', categories: 'hep-ph',
 *   versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }] }, 1);
 * // { paper: { key: '0704.0001', arxivId: '0704.0001', authors: ['C. Balázs'], date: '2007-04-02', categories: ['hep-ph'], … } }
 */
export function readArxivMetadataRecord(raw: unknown, line: number): RecordResult {
  if (!isJsonObject(raw)) return { problems: [{ line, field: '(record)', message: 'is not a JSON object' }] };
  const problems: RecordProblem[] = [];
  const report: Report = (field, message) => problems.push({ line, field, message });
  if (raw.id === undefined || raw.id === null) report('id', 'is missing: every record needs its arXiv id');
  const authors = authorsOf(raw, report);
  const categories = categoriesOf(raw.categories, report);
  const date = dateOf(raw, report);
  const abstract = raw.abstract ?? '';
  const result = readCatalogueRecord(
    {
      arxivId: raw.id ?? null,
      title: typeof raw.title === 'string' ? decodeLatex(raw.title) : raw.title,
      authors,
      abstract,
      published: date ?? null,
      categories,
      links: typeof abstract === 'string' ? httpsUrlsIn(abstract) : [],
    },
    line,
  );
  // Only fields passed on as they are can be wrong; the id is the one the snapshot names differently.
  for (const problem of result.problems ?? []) problems.push({ ...problem, field: problem.field === 'arxivId' ? 'id' : problem.field });
  if (problems.length > 0 || !result.paper) return { problems };
  // An invalid DOI says nothing about the paper, which is still worth having without it.
  const doi = typeof raw.doi === 'string' ? normalizeDoi(raw.doi) : null;
  return { paper: { ...result.paper, ...(doi !== null && { doi }) } };
}

/** Names from `authors_parsed` (`[last, first, suffix]`), which needs no guessing, else from the `authors` string. */
function authorsOf(record: Record<string, unknown>, report: Report): string[] {
  const parsed = record.authors_parsed;
  if (parsed !== undefined && parsed !== null) {
    if (!Array.isArray(parsed) || !parsed.every(isNameParts)) {
      report('authors_parsed', 'must be a list of [last, first, suffix] lists of strings');
      return [];
    }
    if (parsed.length > 0) return parsed.map(nameOfParts).filter(Boolean);
  }
  const authors = record.authors;
  if (authors === undefined || authors === null) return [];
  if (typeof authors !== 'string') {
    report('authors', 'must be one string of names separated by commas and "and"');
    return [];
  }
  return splitAuthors(authors);
}

function isNameParts(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === 'string');
}

/** `First Last Suffix`; a fourth part, which some records have, is an affiliation and not part of the name. */
function nameOfParts([last, first = '', suffix = '']: string[]): string {
  return decodeLatex([first, last, suffix].join(' '));
}

/**
 * The names of an `authors` string such as `C. Bal\'azs (Michigan State U.), E. L. Berger and P. Nadolsky`:
 * affiliations in parentheses (which may hold commas) dropped, split at commas and `and`.
 */
function splitAuthors(authors: string): string[] {
  let text = decodeLatex(authors);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

function categoriesOf(categories: unknown, report: Report): string[] {
  if (categories === undefined || categories === null) return [];
  if (typeof categories === 'string') return categories.split(/\s+/).filter(Boolean);
  report('categories', 'must be one string of arXiv categories separated by spaces, e.g. "cs.CL cs.LG"');
  return [];
}

/**
 * The paper's date: the first version's submission (a paper dates from its v1, which is how arXiv and the catalogue
 * date it), else `update_date`. Undefined when neither is given, so the catalogue's month-of-id fallback applies.
 */
function dateOf(record: Record<string, unknown>, report: Report): string | undefined {
  const versions = record.versions;
  if (versions !== undefined && versions !== null) {
    if (!Array.isArray(versions) || !versions.every(isVersion)) {
      report('versions', 'must be a list of {"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"} objects');
      return undefined;
    }
    const first = versions.find((version) => version.version === 'v1') ?? versions[0];
    if (first !== undefined) {
      const value = dayOfCreated(first.created);
      if (value !== undefined) return value;
      report('versions', `has a date that is not like "Mon, 2 Apr 2007 19:18:42 GMT": ${JSON.stringify(first.created)}`);
      return undefined;
    }
  }
  const updated = record.update_date;
  if (updated === undefined || updated === null) return undefined;
  const value = typeof updated === 'string' ? isoDate(updated) : undefined;
  if (value?.length === 'YYYY-MM-DD'.length) return value;
  report('update_date', `is not a YYYY-MM-DD date: ${JSON.stringify(updated)}`);
  return undefined;
}

function isVersion(value: unknown): value is { version?: unknown; created: string } {
  return isJsonObject(value) && typeof value.created === 'string';
}

/** `YYYY-MM-DD` of an RFC 2822 time as the snapshot writes it, `Mon, 2 Apr 2007 19:18:42 GMT`. */
function dayOfCreated(created: string): string | undefined {
  const day = /^(?:[A-Za-z]{3},\s*)?(\d{1,2} [A-Za-z]{3} \d{4})\b/.exec(created.trim())?.[1];
  const date = day === undefined ? undefined : isoDate(day);
  return date?.length === 'YYYY-MM-DD'.length ? date : undefined;
}
