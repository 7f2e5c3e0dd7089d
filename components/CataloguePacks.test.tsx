/** Tests for the catalogue packs section of the options page. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { CataloguePacks, type CataloguePacksProps } from './CataloguePacks';

const packs: CataloguePacksProps['packs'] = [
  { id: 'bundled', name: 'Pre-trained language models (bundled)', state: 'ready', papers: 119, bytes: 210_000, importedAt: Date.UTC(2026, 10, 1) },
  { id: 'pack-a', name: 'cs.CL since 2022', state: 'ready', papers: 10_000, bytes: 15_400_000, importedAt: Date.UTC(2026, 10, 20) },
];

function renderPacks(props: Partial<CataloguePacksProps> = {}) {
  const handlers = { onSkipBadLinesChange: vi.fn(), onImportFile: vi.fn(), onCancelImport: vi.fn(), onRemove: vi.fn() };
  render(<CataloguePacks packs={packs} progress={null} skipBadLines={false} result={null} error={null} {...handlers} {...props} />);
  return handlers;
}

test('lists each pack with its papers and size, and removes one only once confirmed', () => {
  const { onRemove } = renderPacks();
  const row = screen.getByRole('row', { name: /cs\.CL since 2022/ });
  expect(within(row).getByRole('cell', { name: '10,000' })).toBeTruthy();
  expect(within(row).getByRole('cell', { name: '14.7 MB' })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Remove cs.CL since 2022' }));
  expect(onRemove).not.toHaveBeenCalled();
  fireEvent.click(within(row).getByRole('button', { name: 'Remove 10,000 papers' }));
  expect(onRemove).toHaveBeenCalledExactlyOnceWith('pack-a');
});

test('hands the chosen file to the import and the skip choice to its setting', () => {
  const { onImportFile, onSkipBadLinesChange } = renderPacks();
  fireEvent.click(screen.getByRole('checkbox', { name: /Skip bad lines/ }));
  expect(onSkipBadLinesChange).toHaveBeenCalledWith(true);
  const file = new File(['{}'], 'pack.jsonl');
  fireEvent.change(screen.getByLabelText('Import catalogue pack'), { target: { files: [file] } });
  expect(onImportFile).toHaveBeenCalledExactlyOnceWith(file);
});

test('shows a running import as a progress bar with papers per second, and Cancel stops it', () => {
  const { onCancelImport } = renderPacks({ progress: { fileName: 'big.jsonl', percent: 42, papers: 4_200, papersPerSecond: 2_100, phase: 'reading' } });
  const bar = screen.getByRole('progressbar', { name: 'Importing big.jsonl' });
  expect(bar.getAttribute('aria-valuenow')).toBe('42');
  expect(screen.getByText('42% · 4,200 papers · 2,100 papers/s')).toBeTruthy();
  expect((screen.getByLabelText('Import catalogue pack') as HTMLInputElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(onCancelImport).toHaveBeenCalledOnce();
});

test('announces a failed import as an alert', () => {
  renderPacks({ error: 'broken.jsonl was not imported: line 3, field "id": is not an arXiv id: "x". Nothing was added.' });
  expect(screen.getByRole('alert').textContent).toContain('line 3');
});

test('once the file is read, says the papers are being indexed, which cannot be cancelled', () => {
  renderPacks({ progress: { fileName: 'big.jsonl', percent: 100, papers: 10_000, papersPerSecond: 2_100, phase: 'indexing' } });
  expect(screen.getByRole('progressbar', { name: 'Importing big.jsonl' }).getAttribute('aria-valuetext')).toBe('Indexing 10,000 papers');
  expect(screen.getByText('Indexing 10,000 papers… The pack appears when this is done.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
});

test('a pack being removed says so and offers no second Remove', () => {
  renderPacks({ packs: [packs[0]!, { ...packs[1]!, state: 'removing' }] });
  const row = screen.getByRole('row', { name: /cs\.CL since 2022 \(removing…\)/ });
  expect(within(row).queryByRole('button')).toBeNull();
});
