/** The error an import raises for a file it cannot read at all, so the options page can show one clear alert. */

/**
 * Where in the file the problem is: a line for BibTeX, a JSON path for a backup.
 *
 * @example
 * const where: ImportErrorLocation = { line: 12 };
 */
export interface ImportErrorLocation {
  line?: number;
  path?: string;
}

/**
 * A file that cannot be imported; the message names the problem in words a reader can act on.
 *
 * @example
 * throw new ImportError('bookmarks[3].tags must be a list of strings', { path: 'bookmarks[3].tags' });
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly line: number | undefined;
  readonly path: string | undefined;

  constructor(message: string, location: ImportErrorLocation = {}) {
    super(message);
    this.line = location.line;
    this.path = location.path;
  }
}
