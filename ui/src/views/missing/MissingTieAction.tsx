import type { UnionNetwork } from '../../model/timeline';
import type { MissingItem } from '../../model/types';
import type { TieDraft } from '../edit/EditLauncher';

const ACTOR_KINDS = new Set(['PERSON', 'TEAM', 'ORGANISATION']);

/**
 * "Add this tie" for the missing connection chosen: opens the new-tie form with its two
 * ends (and the tie type the blueprint expects) filled in. Shown only when both ends are
 * actors (a profession or sector pair is no tie anyone can record; fragility has one end).
 */
export function MissingTieAction(p: {
  item: MissingItem;
  union: UnionNetwork | null;
  onAdd: (draft: Omit<TieDraft, 'n'>) => void;
}) {
  const actor = (id: string | null) => {
    if (!id) return null;
    // A blueprint gap is a pair of teams, whatever level the map is at.
    if (p.item.kind === 'BLUEPRINT_GAP') return `TEAM:${id}`;
    const n = p.union?.nodes.find((x) => x.id === id);
    return n && ACTOR_KINDS.has(n.kind) ? `${n.kind}:${n.id}` : null;
  };
  const from = actor(p.item.fromId);
  const to = actor(p.item.toId);
  if (!from || !to) return null;
  return (
    <button
      type="button"
      data-testid="add-missing-tie"
      onClick={() => p.onAdd({ from, to, typeId: p.item.tieTypeId ?? undefined })}
    >
      Add this tie: {p.item.fromLabel} – {p.item.toLabel}
    </button>
  );
}
