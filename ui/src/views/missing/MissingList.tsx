import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isListKey, itemKey, KIND_LABELS, nextIndex, pairText } from '../../model/missing-list';
import type { MissingItem } from '../../model/types';

interface Props {
  items: readonly MissingItem[];
  selectedRank: number | null;
  onSelect: (item: MissingItem | null) => void;
}

/**
 * The ranked list as a single-select listbox: arrows, Home/End and Page keys move and select
 * (the map highlights the pair as you go), Escape clears; click selects too.
 */
export function MissingList({ items, selectedRank, onSelect }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = items.findIndex((i) => i.rank === selectedRank);
  const [active, setActive] = useState(selectedIndex);
  const current = selectedIndex >= 0 ? selectedIndex : Math.min(active, items.length - 1);

  useEffect(() => {
    if (current < 0) return;
    const el = listRef.current?.querySelector(`#missing-${itemKey(items[current])}`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [current, items]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key === 'Escape') {
      onSelect(null);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (current >= 0) onSelect(items[current]);
      return;
    }
    if (!isListKey(e.key)) return;
    e.preventDefault();
    const next = nextIndex(current, items.length, e.key);
    if (next < 0) return;
    setActive(next);
    onSelect(items[next]);
  };

  if (items.length === 0) {
    return (
      <p data-testid="missing-empty">Nothing of the chosen kinds is missing at this moment.</p>
    );
  }
  return (
    <ul
      ref={listRef}
      className="iw-missing-list"
      role="listbox"
      tabIndex={0}
      aria-label="Missing connections, most worth acting on first"
      aria-activedescendant={current >= 0 ? `missing-${itemKey(items[current])}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="missing-list"
    >
      {items.map((item, i) => {
        const selected = item.rank === selectedRank;
        return (
          <li
            key={itemKey(item)}
            id={`missing-${itemKey(item)}`}
            role="option"
            aria-selected={selected}
            className={`iw-missing-item${i === current ? ' active' : ''}`}
            data-testid="missing-item"
            data-rank={item.rank}
            data-kind={item.kind}
            onClick={() => {
              setActive(i);
              onSelect(item);
            }}
          >
            <span className="iw-rank">#{item.rank}</span>
            <span className={`iw-badge iw-badge-${item.kind.toLowerCase()}`}>
              {KIND_LABELS[item.kind]}
            </span>
            <span className="iw-pair">{pairText(item)}</span>
            {item.neighbourhoodName && (
              <span className="iw-muted"> · {item.neighbourhoodName}</span>
            )}
            <span className="iw-reason">{item.reason}</span>
          </li>
        );
      })}
    </ul>
  );
}
