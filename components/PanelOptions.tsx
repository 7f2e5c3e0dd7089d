/** The options page's panel section: which sites show it, where it goes, how it starts, how many entries, its theme. */
import type { PanelPosition, PanelTheme } from '../lib/settings';
import './theme.css';
import './options.css';

/** Props of {@link PanelOptions}. */
export interface PanelOptionsProps {
  siteKinds: { name: string; enabled: boolean }[];
  onSiteKindChange: (name: string, enabled: boolean) => void;
  position: PanelPosition;
  onPositionChange: (position: PanelPosition) => void;
  startCollapsed: boolean;
  onStartCollapsedChange: (collapsed: boolean) => void;
  bookmarkedFirst: boolean;
  onBookmarkedFirstChange: (first: boolean) => void;
  relatedCount: number;
  relatedCountChoices: readonly number[];
  onRelatedCountChange: (count: number) => void;
  theme: PanelTheme;
  onThemeChange: (theme: PanelTheme) => void;
}

const POSITIONS: Record<PanelPosition, string> = {
  beside: 'Beside the paper, where the site has room',
  floating: 'Floating at the edge of the window',
};

const THEMES: Record<PanelTheme, string> = { system: 'Match the page', light: 'Light', dark: 'Dark' };

/** A checkbox per site kind, then the panel's position, start state, number of entries and theme. */
export function PanelOptions(props: PanelOptionsProps) {
  return (
    <section aria-labelledby="sn-panel-options">
      <h2 id="sn-panel-options">Panel</h2>
      <fieldset class="sn-options__fieldset">
        <legend>Show the panel on</legend>
        {props.siteKinds.map(({ name, enabled }) => (
          <label key={name} class="sn-options__check sn-options__check--plain">
            <input type="checkbox" checked={enabled} onChange={(event) => props.onSiteKindChange(name, event.currentTarget.checked)} />
            {name}
          </label>
        ))}
      </fieldset>
      <fieldset class="sn-options__fieldset">
        <legend>Position</legend>
        {(Object.keys(POSITIONS) as PanelPosition[]).map((position) => (
          <label key={position} class="sn-options__check sn-options__check--plain">
            <input
              type="radio"
              name="sn-position"
              checked={props.position === position}
              onChange={() => props.onPositionChange(position)}
            />
            {POSITIONS[position]}
          </label>
        ))}
      </fieldset>
      <label class="sn-options__check sn-options__check--plain">
        <input type="checkbox" checked={props.startCollapsed} onChange={(event) => props.onStartCollapsedChange(event.currentTarget.checked)} />
        Start collapsed
      </label>
      <label class="sn-options__check sn-options__check--plain">
        <input type="checkbox" checked={props.bookmarkedFirst} onChange={(event) => props.onBookmarkedFirstChange(event.currentTarget.checked)} />
        Among equally related papers, list bookmarked ones first
      </label>
      <p class="sn-options__row">
        <label>
          Related papers shown{' '}
          <select value={String(props.relatedCount)} onChange={(event) => props.onRelatedCountChange(Number(event.currentTarget.value))}>
            {props.relatedCountChoices.map((count) => (
              <option key={count} value={String(count)}>
                {count}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p class="sn-options__row">
        <label>
          Theme{' '}
          <select value={props.theme} onChange={(event) => props.onThemeChange(event.currentTarget.value as PanelTheme)}>
            {(Object.keys(THEMES) as PanelTheme[]).map((theme) => (
              <option key={theme} value={theme}>
                {THEMES[theme]}
              </option>
            ))}
          </select>
        </label>
      </p>
    </section>
  );
}
