/** `npm run bench:corpus -- <size>`: writes the benchmark corpus of `size` records to `.bench/corpus-<size>.jsonl`. */
import { generateCorpus } from './corpus';
import { corpusPath, displayPath, writeCorpus } from './corpus-file';
import { bundledSeedPapers } from './papers';

const size = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(size) || size <= 0) {
  console.error(`usage: npm run bench:corpus -- <size>   (a positive whole number of papers, got ${process.argv[2]})`);
  process.exit(2);
}

const started = performance.now();
const path = corpusPath(size);
const written = await writeCorpus(generateCorpus(bundledSeedPapers(), size), path);
const seconds = (performance.now() - started) / 1000;

console.log(`path    ${displayPath(path)}`);
console.log(`size    ${(written.bytes / 2 ** 20).toFixed(1)} MB`);
console.log(`papers  ${written.records.toLocaleString('en-US')}`);
console.log(`sha256  ${written.sha256}`);
console.log(`time    ${seconds.toFixed(1)} s`);
