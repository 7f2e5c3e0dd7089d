/** Tests for the options page: the detection checkbox and the hidden sites. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { OptionsApp, type OptionsAppProps } from './OptionsApp';

function renderOptions(overrides: Partial<OptionsAppProps> = {}) {
  const props: OptionsAppProps = {
    scholarlyDetection: false,
    onScholarlyDetectionChange: vi.fn(),
    hiddenSites: [],
    onShowOnSite: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<OptionsApp {...props} />) };
}

const detection = () => screen.getByRole('checkbox', { name: 'Find papers on other scholarly sites' });

test('the detection checkbox shows the permission state and reports a change', () => {
  const { props } = renderOptions();
  expect((detection() as HTMLInputElement).checked).toBe(false);
  fireEvent.click(detection());
  expect(props.onScholarlyDetectionChange).toHaveBeenCalledExactlyOnceWith(true);
});

test('the checkbox waits, disabled, until the permission state is known', () => {
  renderOptions({ scholarlyDetection: null });
  expect((detection() as HTMLInputElement).disabled).toBe(true);
});

test('each hidden site can be shown again', () => {
  const { props } = renderOptions({ hiddenSites: ['huggingface.co', 'openreview.net'] });
  fireEvent.click(screen.getByRole('button', { name: 'Show Sidenote on openreview.net' }));
  expect(props.onShowOnSite).toHaveBeenCalledExactlyOnceWith('openreview.net');
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
});

test('no hidden site says so', () => {
  renderOptions();
  expect(screen.getByText(/^None\./)).toBeTruthy();
});
