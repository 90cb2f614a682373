import { useCallback, useState } from 'react';
import type { TieDraft } from './EditLauncher';

/**
 * A new tie begun from where the user is (the selected node, a missing connection, a drag
 * between two actors on the map); each one opens the tie form afresh.
 */
export function useTieDraft(): [TieDraft | null, (d: Omit<TieDraft, 'n'>) => void] {
  const [draft, setDraft] = useState<TieDraft | null>(null);
  const begin = useCallback(
    (d: Omit<TieDraft, 'n'>) => setDraft((old) => ({ ...d, n: (old?.n ?? 0) + 1 })),
    [],
  );
  return [draft, begin];
}
