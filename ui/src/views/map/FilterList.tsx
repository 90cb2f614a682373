import type { Term } from '../../state/useVocabularies';

/** A checkbox group; nothing ticked means "all". */
export function FilterList(p: {
  title: string;
  terms: Term[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const toggle = (id: string) =>
    p.onChange(p.chosen.includes(id) ? p.chosen.filter((c) => c !== id) : [...p.chosen, id]);
  return (
    <fieldset className="filter-list">
      <legend>{p.title} (none ticked: all)</legend>
      {p.terms.map((t) => (
        <label key={t.id}>
          <input type="checkbox" checked={p.chosen.includes(t.id)} onChange={() => toggle(t.id)} />{' '}
          {t.name}
        </label>
      ))}
    </fieldset>
  );
}
