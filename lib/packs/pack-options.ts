/** Reads the command line of `npm run pack`, which builds a catalogue pack from arXiv's metadata snapshot. */
import { parseArgs } from 'node:util';
import { isoDate } from '../page/text';

/**
 * Which papers a pack keeps: those with at least one of `categories`, dated from `since` to `until` (inclusive).
 *
 * @example
 * const filter: PaperFilter = { categories: ['cs.CL', 'cs.LG'], since: '2022-01-01', until: '2024-12-31' };
 */
export interface PaperFilter {
  /** arXiv categories (`cs.CL`) or whole archives (`cs`, every `cs.*` category). */
  categories: string[];
  /** `YYYY-MM-DD`. */
  since: string;
  /** `YYYY-MM-DD`, when the pack ends. */
  until?: string;
}

/**
 * What to build: the snapshot file to read, the papers to keep, the pack's name, and the file to write (else stdout).
 *
 * @example
 * const options: PackOptions = { input: 'arxiv-metadata-oai-snapshot.json', categories: ['cs.CL'], since: '2022-01-01', name: 'NLP' };
 */
export interface PackOptions extends PaperFilter {
  input: string;
  name: string;
  out?: string;
}

/** How to call the builder, shown with `--help` and after a mistake. */
export const PACK_USAGE = `Usage: npm run pack -- --categories cs.CL,cs.LG --since 2022-01-01 [--until 2024-12-31]
                        [--name "My pack"] [--out pack.jsonl] arxiv-metadata-oai-snapshot.json

Reads arXiv's metadata snapshot (JSON Lines, as on Kaggle) and writes a Sidenote catalogue pack of the papers
with at least one of the categories, first submitted (v1) from --since to --until, both included.

  --categories  arXiv categories separated by commas; an archive alone (cs, math) stands for all its categories
  --since       the first day, YYYY-MM-DD
  --until       the last day, YYYY-MM-DD (default: no end)
  --name        the pack's name, shown when it is imported (default: made from the categories and dates)
  --out         the file to write (default: standard output); a summary goes to standard error
`;

/** An arXiv category (`cs.CL`, `cond-mat.stat-mech`) or an archive (`cs`, `hep-th`). */
const CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

/**
 * The options of a command line (without `node` and the script); throws an Error that says what is wrong.
 *
 * @example
 * parsePackOptions(['--categories', 'cs.CL,cs.LG', '--since', '2022-01-01', 'snapshot.json']);
 * // { input: 'snapshot.json', categories: ['cs.CL', 'cs.LG'], since: '2022-01-01', name: 'arXiv cs.CL, cs.LG since 2022-01-01' }
 */
export function parsePackOptions(args: string[]): PackOptions {
  const { values, positionals } = parseArgs({
    args,
    options: {
      categories: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      name: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    throw new Error(`Give one arXiv metadata file to read (arxiv-metadata-oai-snapshot.json); ${positionals.length} were given.`);
  }
  const categories = (values.categories ?? '').split(',').map((category) => category.trim()).filter(Boolean);
  if (categories.length === 0) throw new Error('Give the categories to keep, e.g. --categories cs.CL,cs.LG.');
  const badCategory = categories.find((category) => !CATEGORY.test(category));
  if (badCategory !== undefined) throw new Error(`--categories: "${badCategory}" is not an arXiv category such as cs.CL or an archive such as cs.`);
  const since = day('--since', values.since);
  if (since === undefined) throw new Error('Give the first day to keep, e.g. --since 2022-01-01.');
  const until = day('--until', values.until);
  if (until !== undefined && until < since) throw new Error(`--until ${until} is before --since ${since}.`);
  const name = values.name?.trim() || `arXiv ${categories.join(', ')} since ${since}${until ? ` until ${until}` : ''}`;
  return {
    input: positionals[0]!,
    categories,
    since,
    ...(until !== undefined && { until }),
    name,
    ...(values.out !== undefined && { out: values.out }),
  };
}

function day(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isoDate(value) === value) return value;
  throw new Error(`${option} ${value} is not a day written YYYY-MM-DD.`);
}
