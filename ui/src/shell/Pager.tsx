import { pageLabel } from '../model/audit';

/** Previous / next for an offset-paginated list, with "1–50 of 230". */
export function Pager(p: {
  offset: number;
  count: number;
  total: number;
  limit: number;
  onOffset: (offset: number) => void;
  label: string;
}) {
  return (
    <nav className="pager" aria-label={p.label}>
      <button
        type="button"
        disabled={p.offset === 0}
        onClick={() => p.onOffset(Math.max(0, p.offset - p.limit))}
      >
        ← Previous
      </button>
      <span role="status" data-testid="pager-label">
        {pageLabel(p.offset, p.count, p.total)}
      </span>
      <button
        type="button"
        disabled={p.offset + p.count >= p.total}
        onClick={() => p.onOffset(p.offset + p.limit)}
      >
        Next →
      </button>
    </nav>
  );
}
