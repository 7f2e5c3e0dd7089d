/** `npm run pack`: streams arXiv's metadata snapshot into a Sidenote catalogue pack (see PACK_USAGE). */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { readArxivMetadata } from './arxiv-metadata';
import { buildPack, describeSummary, packHeader } from './build-pack';
import { PACK_USAGE, parsePackOptions, type PackOptions } from './pack-options';

async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(PACK_USAGE);
    return;
  }
  let options: PackOptions;
  try {
    options = parsePackOptions(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${PACK_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const input = createReadStream(options.input).setEncoding('utf8');
  // A missing input fails here, before an output file is made or a header written.
  await once(input, 'open');
  const output = options.out === undefined ? process.stdout : createWriteStream(options.out);
  const summary = await buildPack(readArxivMetadata(input), options, packHeader(options), (line) => writeLine(output, line));
  if (output !== process.stdout) {
    output.end();
    await finished(output);
  }
  process.stderr.write(describeSummary(summary, options));
}

/** Waits when the output's buffer is full, so a slow disk or pipe never makes the whole pack pile up in memory. */
async function writeLine(output: Writable, line: string): Promise<void> {
  if (!output.write(`${line}\n`)) await once(output, 'drain');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
