import { toggleCouncil } from '../../model/comparison';
import type { Council } from '../../model/types';

export const MAX_COUNCILS = 8;

interface Props {
  councils: readonly Council[];
  picked: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Checkboxes for the councils to compare (the API compares up to eight at once). */
export function CouncilPicker({ councils, picked, onChange }: Props) {
  const all = councils.map((c) => c.id);
  const full = picked.length >= MAX_COUNCILS;
  return (
    <fieldset className="iw-checks" data-testid="council-checks">
      <legend>Councils to compare (up to {MAX_COUNCILS})</legend>
      {councils.map((c) => {
        const checked = picked.includes(c.id);
        return (
          <label key={c.id}>
            <input
              type="checkbox"
              value={c.id}
              checked={checked}
              disabled={!checked && full}
              onChange={() => onChange(toggleCouncil(picked, c.id, all))}
            />{' '}
            {c.name}
          </label>
        );
      })}
    </fieldset>
  );
}
