import { GROUPING_LABELS, type Grouping } from '../../model/comparison-minimap';
import { MATRIX_MODE_LABELS, MATRIX_MODES, type MatrixMode } from '../../model/heatmap';
import type { Step } from './useEvolution';

export const EVOLUTION_GROUPINGS: readonly Grouping[] = [
  'TEAM_TYPE',
  'PROFESSION',
  'SECTOR',
  'ORGANISATION_TYPE',
  'NEIGHBOURHOOD',
];

const STEPS: { value: Step; label: string }[] = [
  { value: 'WAVES', label: 'Waves' },
  { value: 'QUARTERS', label: 'Quarters' },
];

interface Props {
  step: Step;
  grouping: Grouping;
  mode: MatrixMode;
  onStep: (s: Step) => void;
  onGrouping: (g: Grouping) => void;
  onMode: (m: MatrixMode) => void;
}

/** Step (waves / quarters), grouping, and which number the matrix and lines show. */
export function EvolutionControls(p: Props) {
  return (
    <div className="iw-controls">
      <fieldset className="iw-segmented" data-testid="step-picker">
        <legend>Moments</legend>
        {STEPS.map((s) => (
          <label key={s.value} className={p.step === s.value ? 'active' : undefined}>
            <input
              type="radio"
              name="evolution-step"
              value={s.value}
              checked={p.step === s.value}
              onChange={() => p.onStep(s.value)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <label>
        Groups by{' '}
        <select
          data-testid="grouping-picker"
          value={p.grouping}
          onChange={(e) => p.onGrouping(e.target.value as Grouping)}
        >
          {EVOLUTION_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {GROUPING_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="iw-segmented" data-testid="matrix-mode">
        <legend>Show</legend>
        {MATRIX_MODES.map((m) => (
          <label key={m} className={p.mode === m ? 'active' : undefined}>
            <input
              type="radio"
              name="evolution-mode"
              value={m}
              checked={p.mode === m}
              onChange={() => p.onMode(m)}
            />
            {MATRIX_MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
