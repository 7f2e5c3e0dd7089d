/** Tests for the panel settings and the typed confirmation of deleting everything. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { DeleteAllData } from './DeleteAllData';
import { PanelOptions, type PanelOptionsProps } from './PanelOptions';

function renderPanelOptions() {
  const props: PanelOptionsProps = {
    siteKinds: [
      { name: 'arXiv', enabled: true },
      { name: 'OpenReview', enabled: false },
    ],
    onSiteKindChange: vi.fn(),
    position: 'beside',
    onPositionChange: vi.fn(),
    startCollapsed: false,
    onStartCollapsedChange: vi.fn(),
    bookmarkedFirst: true,
    onBookmarkedFirstChange: vi.fn(),
    relatedCount: 5,
    relatedCountChoices: [3, 5, 8, 10],
    onRelatedCountChange: vi.fn(),
    theme: 'system',
    onThemeChange: vi.fn(),
  };
  render(<PanelOptions {...props} />);
  return props;
}

test('every setting is a named control that reports its change', () => {
  const props = renderPanelOptions();
  const openreview = screen.getByRole('checkbox', { name: 'OpenReview' }) as HTMLInputElement;
  expect(openreview.checked).toBe(false);
  fireEvent.click(openreview);
  expect(props.onSiteKindChange).toHaveBeenCalledExactlyOnceWith('OpenReview', true);
  fireEvent.click(screen.getByRole('radio', { name: 'Floating at the edge of the window' }));
  expect(props.onPositionChange).toHaveBeenCalledExactlyOnceWith('floating');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Start collapsed' }));
  expect(props.onStartCollapsedChange).toHaveBeenCalledExactlyOnceWith(true);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Among equally related papers, list bookmarked ones first' }));
  expect(props.onBookmarkedFirstChange).toHaveBeenCalledExactlyOnceWith(false);
  fireEvent.change(screen.getByRole('combobox', { name: 'Related papers shown' }), { target: { value: '8' } });
  expect(props.onRelatedCountChange).toHaveBeenCalledExactlyOnceWith(8);
  fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'dark' } });
  expect(props.onThemeChange).toHaveBeenCalledExactlyOnceWith('dark');
});

test('deleting everything needs the confirmation typed exactly', async () => {
  const onDelete = vi.fn(async () => undefined);
  render(<DeleteAllData onDelete={onDelete} />);
  const button = screen.getByRole('button', { name: 'Delete all Sidenote data' }) as HTMLButtonElement;
  const field = screen.getByRole('textbox', { name: 'Type DELETE to confirm' });
  fireEvent.input(field, { target: { value: 'delete' } });
  expect(button.disabled).toBe(true);
  fireEvent.input(field, { target: { value: 'DELETE' } });
  expect(button.disabled).toBe(false);
  fireEvent.click(button);
  expect(onDelete).toHaveBeenCalledOnce();
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All Sidenote data on this browser was deleted.'));
});
