/**
 * On a phone the details sit below the map, out of sight: tapping a node seemed to do nothing.
 * This bar (shown only on narrow screens, by CSS) stays at the bottom of the screen while a
 * node is selected, names it, and takes the user to its details.
 */
export function SelectedSummary({
  title,
  line,
}: {
  title: string;
  /** One line about it (its team, or its kind). */
  line?: string;
}) {
  const show = () => {
    const panel = document.querySelector<HTMLElement>('[data-testid="detail-panel"]');
    if (!panel) return;
    panel.scrollIntoView({ block: 'start' });
    // Focus moves with the view, so a screen reader starts reading at the details.
    panel.tabIndex = -1;
    panel.focus({ preventScroll: true });
  };
  return (
    <div className="selected-summary" data-testid="selected-summary" role="status">
      <span>
        <strong>{title}</strong>
        {line ? ` · ${line}` : ''}
      </span>
      <button type="button" data-testid="show-details" onClick={show}>
        Details ↓
      </button>
    </div>
  );
}
