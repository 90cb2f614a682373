import type { KeyboardEvent } from 'react';
import type { ViewId } from '../model/types';
import { VIEWS } from '../model/types';

export const VIEW_NAMES: Record<ViewId, string> = {
  map: 'Map',
  changes: 'Changes',
  evolution: 'Evolution',
  missing: 'Missing connections',
  compare: 'Compare',
  table: 'Table',
  notes: 'Notes',
};

/** The view tabs (WAI-ARIA tabs: arrow keys move between tabs). */
export function ViewTabs({ view, onView }: { view: ViewId; onView: (v: ViewId) => void }) {
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = VIEWS.indexOf(view);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % VIEWS.length;
    if (e.key === 'ArrowLeft') next = (i - 1 + VIEWS.length) % VIEWS.length;
    if (next === null) return;
    e.preventDefault();
    onView(VIEWS[next]);
    document.getElementById(`tab-${VIEWS[next]}`)?.focus();
  };
  return (
    <nav className="view-tabs" role="tablist" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v}
          id={`tab-${v}`}
          type="button"
          role="tab"
          aria-selected={v === view}
          aria-controls="view-panel"
          tabIndex={v === view ? 0 : -1}
          data-testid={`tab-${v}`}
          onClick={() => onView(v)}
          onKeyDown={onKey}
        >
          {VIEW_NAMES[v]}
        </button>
      ))}
    </nav>
  );
}
