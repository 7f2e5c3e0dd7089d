/** Tests for the library settings: export buttons, the import preview, backup and sync. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { LibraryOptions, type LibraryOptionsProps } from './LibraryOptions';
import { HTML_TITLE } from './testPapers';

function renderLibrary(overrides: Partial<LibraryOptionsProps> = {}) {
  const props: LibraryOptionsProps = {
    onExport: vi.fn(),
    onImportFile: vi.fn(),
    preview: null,
    onConfirmImport: vi.fn(),
    onCancelImport: vi.fn(),
    importError: null,
    importDone: null,
    backupTakenAt: null,
    onRestoreBackup: vi.fn(),
    sync: { enabled: true, summary: 'Last synced a minute ago.' },
    onSyncChange: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<LibraryOptions {...props} />) };
}

test('each export format has its button', () => {
  const { props } = renderLibrary();
  for (const format of ['BibTeX', 'CSL-JSON', 'CSV', 'JSON'] as const) {
    fireEvent.click(screen.getByRole('button', { name: `Export ${format}` }));
    expect(props.onExport).toHaveBeenLastCalledWith(format);
  }
});

test('a chosen file goes to the import', () => {
  const { props } = renderLibrary();
  const file = new File(['{}'], 'library.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Import bookmarks'), { target: { files: [file] } });
  expect(props.onImportFile).toHaveBeenCalledExactlyOnceWith(file);
});

test('the preview says what will happen, with reasons for rejections, before anything is written', () => {
  const { props } = renderLibrary({
    preview: {
      fileName: 'refs.bib',
      added: ['New paper', HTML_TITLE],
      updated: [{ title: 'Old paper', changes: 'tags added: nlp' }],
      unchanged: 4,
      rejected: [{ entry: 'line 12 (@misc{broken)', reason: 'no title' }],
    },
  });
  const preview = screen.getByRole('region', { name: 'Import preview: refs.bib' });
  expect(within(preview).getByText('2 new, 1 updated, 4 unchanged, 1 rejected.')).toBeTruthy();
  expect(within(preview).getByText(HTML_TITLE)).toBeTruthy();
  expect(within(preview).getByText('line 12 (@misc{broken): no title')).toBeTruthy();
  expect(props.onConfirmImport).not.toHaveBeenCalled();
  fireEvent.click(within(preview).getByRole('button', { name: 'Import 3 bookmarks' }));
  expect(props.onConfirmImport).toHaveBeenCalledOnce();
  fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
  expect(props.onCancelImport).toHaveBeenCalledOnce();
});

test('a malformed file is announced as an alert', () => {
  renderLibrary({ importError: 'refs.bib, line 3: unbalanced braces' });
  expect(screen.getByRole('alert').textContent).toBe('refs.bib, line 3: unbalanced braces');
});

test('the backup can be restored once there is one', () => {
  renderLibrary();
  expect(screen.queryByRole('button', { name: 'Restore backup' })).toBeNull();
  const { props } = renderLibrary({ backupTakenAt: '27 Nov 2026, 08:00' });
  fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
  expect(props.onRestoreBackup).toHaveBeenCalledOnce();
});

test('sync can be switched off, and its status is described', () => {
  const { props } = renderLibrary();
  const toggle = screen.getByRole('checkbox', { name: 'Sync bookmarks across my devices' });
  expect((toggle as HTMLInputElement).checked).toBe(true);
  expect(screen.getByText(/Last synced a minute ago\./)).toBeTruthy();
  fireEvent.click(toggle);
  expect(props.onSyncChange).toHaveBeenCalledExactlyOnceWith(false);
});
