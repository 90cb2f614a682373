interface Props {
  groups: readonly string[];
  chosen: readonly string[];
  labelOf: (group: string) => string;
  onChange: (chosen: string[]) => void;
}

/** Checkboxes choosing the groups whose pairwise ties the line chart follows. */
export function GroupPicker({ groups, chosen, labelOf, onChange }: Props) {
  const toggle = (g: string) =>
    onChange(
      chosen.includes(g)
        ? chosen.filter((c) => c !== g)
        : groups.filter((x) => x === g || chosen.includes(x)),
    );
  return (
    <fieldset className="iw-checks" data-testid="group-picker">
      <legend>Groups to follow (a line per pair)</legend>
      {groups.map((g) => (
        <label key={g}>
          <input
            type="checkbox"
            checked={chosen.includes(g)}
            onChange={() => toggle(g)}
            value={g}
          />{' '}
          {labelOf(g)}
        </label>
      ))}
    </fieldset>
  );
}
