import { effect } from '@preact/signals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SendMessage } from '../messaging/protocol';
import { libraryProtocol } from '../../tests/support/protocol';
import { createPackImportModel } from './pack-import-model';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../tests/fixtures/packs', name), 'utf8');

/** An arXiv metadata record in the snapshot's layout, about a subject the bundled catalogue does not have. */
function arxivLine(n: number): string {
  return JSON.stringify({
    id: `2511.${String(90_000 + n).padStart(5, '0')}`,
    authors: 'Quinn Lattice, Ada Lovelace',
    title: `Zebrafish lattice surface codes ${n}`,
    categories: 'quant-ph',
    abstract: `  We decode zebrafish lattice surface codes with syndrome extraction, variant ${n}.\n`,
    versions: [{ version: 'v1', created: 'Wed, 1 May 2024 10:00:00 GMT' }],
    update_date: '2024-05-02',
    authors_parsed: [['Lattice', 'Quinn', ''], ['Lovelace', 'Ada', '']],
  });
}

/**
 * A file of `count` records that streams in 16 KB chunks, as browsers stream a file from disk (happy-dom's File
 * streams in one chunk).
 */
function arxivFile(count: number, name = 'zebrafish.jsonl'): File {
  const bytes = new TextEncoder().encode(Array.from({ length: count }, (_, i) => arxivLine(i)).join('\n'));
  const file = new File([bytes], name);
  let offset = 0;
  const stream = () =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, (offset += 16 * 1024)));
      },
    });
  return Object.assign(file, { stream });
}

function setUp(send?: (real: SendMessage) => SendMessage) {
  const protocol = libraryProtocol();
  const model = createPackImportModel({ send: send ? send(protocol.send) : protocol.send });
  const percents: number[] = [];
  effect(() => {
    const progress = model.progress.value;
    if (progress) percents.push(progress.percent);
  });
  return { model, library: protocol.library, percents };
}

test('imports an arXiv metadata pack with progress to 100%, and its papers are found', async () => {
  const { model, library, percents } = setUp();
  await model.importFile(arxivFile(1_200));

  expect(model.error.value).toBeNull();
  expect(model.result.value).toBe('Imported 1,200 papers from zebrafish.jsonl.');
  expect(percents.at(-1)).toBe(100);
  expect(percents.some((percent) => percent > 0 && percent < 100)).toBe(true);
  expect(model.packs.value.map((pack) => [pack.name, pack.papers])).toEqual([
    ['Pre-trained language models (bundled)', 119],
    ['zebrafish', 1_200],
  ]);
  expect((await library.search('zebrafish lattice', 5))[0]?.total).toBe(1_200);
});

test.each([
  ['a Sidenote pack, named by its header', 'sidenote-pack.jsonl'],
  ['arXiv metadata with LaTeX in names and titles', 'arxiv-metadata.jsonl'],
  ['a BibTeX file', 'references.bib'],
])('imports %s', async (_, name) => {
  const { model } = setUp();
  await model.importFile(new File([fixture(name)], name));
  expect(model.error.value).toBeNull();
  expect(model.result.value).toMatch(/^Imported \d+ papers from /);
  expect(model.packs.value).toHaveLength(2);
});

test('a bad line stops the import with its line number, and nothing is added', async () => {
  const { model, library } = setUp();
  const lines = Array.from({ length: 800 }, (_, i) => arxivLine(i));
  lines[650] = '{"id": "2405.00650", "title": ';
  await model.importFile(new File([lines.join('\n')], 'broken.jsonl'));

  expect(model.error.value).toMatch(/^broken\.jsonl was not imported: line 651, field "\(line\)": is not valid JSON.*Nothing was added\. Fix that line/);
  expect(model.packs.value.map((pack) => pack.name)).toEqual(['Pre-trained language models (bundled)']);
  expect(await library.search('zebrafish', 5)).toEqual([]);
});

test('with "Skip bad lines" the good lines are imported and the bad ones reported', async () => {
  const { model } = setUp();
  model.skipBadLines.value = true;
  const lines = Array.from({ length: 10 }, (_, i) => arxivLine(i));
  lines[3] = 'not json';
  lines[7] = JSON.stringify({ ...JSON.parse(arxivLine(7)), id: 'nonsense' });
  await model.importFile(new File([lines.join('\n')], 'mixed.jsonl'));

  expect(model.result.value).toMatch(/^Imported 8 papers from mixed\.jsonl\. Skipped 2 bad lines: line 4, .*; line 8, field "id"/);
  expect(model.packs.value.at(-1)).toMatchObject({ papers: 8, skipped: 2 });
});

test('Cancel stops the import and removes what was stored', async () => {
  const { model, library } = setUp();
  const done = model.importFile(arxivFile(3_000));
  await new Promise<void>((resolve) => effect(() => void ((model.progress.value?.papers ?? 0) > 0 && resolve())));
  model.cancel();
  await done;

  expect(model.error.value).toBeNull();
  expect(model.result.value).toBe('Import of zebrafish.jsonl cancelled. Nothing was added.');
  expect(model.packs.value).toHaveLength(1);
  expect(await library.search('zebrafish', 5)).toEqual([]);
});

test('a write refused midway (a full disk) leaves the catalogue as it was', async () => {
  let batches = 0;
  const { model, library } = setUp((real) =>
    ((type: string, data: unknown) => {
      if (type === 'addPackPapers' && ++batches === 2) return Promise.reject(new Error('QuotaExceededError: the disk is full'));
      return (real as (type: string, data: unknown) => Promise<unknown>)(type, data);
    }) as SendMessage,
  );
  await model.importFile(arxivFile(1_200));

  expect(model.error.value).toBe('zebrafish.jsonl was not imported: QuotaExceededError: the disk is full. Nothing was added. Your disk is full: free some space and try again.');
  expect(model.packs.value).toHaveLength(1);
  expect(await library.search('zebrafish', 5)).toEqual([]);
});

test('a file in no pack format is refused before anything is stored', async () => {
  const { model } = setUp();
  await model.importFile(new File(['Hello, world'], 'notes.txt'));
  expect(model.error.value).toMatch(/^notes\.txt was not imported: notes\.txt is not a catalogue pack/);
  expect(model.packs.value).toHaveLength(1);
});

test('a worker stopped while it stores a batch is asked again, and the pack ends up whole with nothing twice', async () => {
  const stopsOn = new Set(['addPackPapers#2', 'finishPackImport#1']);
  const calls = new Map<string, number>();
  const { model, library } = setUp((real) =>
    (async (type: string, data: unknown) => {
      const answer = await (real as (type: string, data: unknown) => Promise<unknown>)(type, data);
      calls.set(type, (calls.get(type) ?? 0) + 1);
      // The work was done, then the worker stopped before its answer got out.
      if (stopsOn.delete(`${type}#${calls.get(type)}`)) {
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      }
      return answer;
    }) as SendMessage,
  );
  await model.importFile(arxivFile(1_200));

  expect(model.error.value).toBeNull();
  expect(model.packs.value.at(-1)).toMatchObject({ name: 'zebrafish', papers: 1_200 });
  expect((await library.search('zebrafish lattice', 5))[0]?.total).toBe(1_200);
});

test('the next batch is read while the worker stores one, and only one batch is sent at a time', async () => {
  const file = arxivFile(1_600);
  let bytesRead = 0;
  const stream = file.stream.bind(file);
  const counted = Object.assign(file, {
    stream: () =>
      stream().pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, out) {
            bytesRead += chunk.byteLength;
            out.enqueue(chunk);
          },
        }),
      ),
  });
  const readWhileStoring: number[] = [];
  let storing = 0;
  let mostStoring = 0;
  const { model } = setUp((real) =>
    (async (type: string, data: unknown) => {
      if (type !== 'addPackPapers') return (real as (type: string, data: unknown) => Promise<unknown>)(type, data);
      mostStoring = Math.max(mostStoring, ++storing);
      const before = bytesRead;
      // A worker that takes a while to store the batch.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const answer = await (real as (type: string, data: unknown) => Promise<unknown>)(type, data);
      readWhileStoring.push(bytesRead - before);
      storing -= 1;
      return answer;
    }) as SendMessage,
  );
  await model.importFile(counted);

  expect(model.result.value).toBe('Imported 1,600 papers from zebrafish.jsonl.');
  expect(mostStoring).toBe(1);
  // The second batch's lines (500 papers a batch) came in while the first was stored, give or take a 16 KB chunk.
  const secondBatchBytes = Array.from({ length: 500 }, (_, i) => arxivLine(500 + i).length + 1).reduce((sum, bytes) => sum + bytes);
  expect(readWhileStoring[0]).toBeGreaterThan(secondBatchBytes - 16 * 1024);
});

test('a pack being removed shows as removing until it is gone', async () => {
  const { model } = setUp();
  await model.importFile(arxivFile(600));
  const pack = model.packs.value.at(-1)!;
  const states: string[] = [];
  effect(() => void states.push(model.packs.value.find((row) => row.id === pack.id)?.state ?? 'gone'));
  await model.remove(pack.id);
  expect(states).toEqual(['ready', 'removing', 'gone']);
});
