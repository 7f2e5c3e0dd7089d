/** Tests for renaming a tag across the library. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { TagRename } from './TagRename';

test('renames the chosen tag and says on how many bookmarks', async () => {
  const onRename = vi.fn(async () => 3);
  render(<TagRename tags={[{ tag: 'toread', count: 3 }, { tag: 'nlp', count: 1 }]} onRename={onRename} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'Tag to rename' }), { target: { value: 'toread' } });
  fireEvent.input(screen.getByRole('textbox', { name: 'New name' }), { target: { value: 'To Read' } });
  fireEvent.submit(screen.getByRole('button', { name: 'Rename tag' }).closest('form')!);
  expect(onRename).toHaveBeenCalledExactlyOnceWith('toread', 'To Read');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Renamed “toread” to “to read” on 3 bookmarks.'));
});

test('offers nothing when the library has no tags', () => {
  const { container } = render(<TagRename tags={[]} onRename={vi.fn()} />);
  expect(container.innerHTML).toBe('');
});
