import { useId, useState } from 'react';

export interface PickerOption {
  value: string;
  label: string;
  /** What tells namesakes apart, e.g. "District nursing North, Community nurse". */
  detail?: string;
}

interface Props {
  /** The text box's id, for the field's <label>. */
  id: string;
  value: string;
  options: PickerOption[];
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy?: string;
  /** Carried by a hidden input holding the value: what scripts and tests read. */
  dataField: string;
  autoFocus?: boolean;
}

/** How many matches are listed: enough to choose from, few enough to read. */
const SHOWN = 20;

/** "label — detail", as listed and as shown once chosen. */
export function optionText(o: PickerOption): string {
  return o.detail ? `${o.label} — ${o.detail}` : o.label;
}

/**
 * A type-ahead (the ARIA 1.2 combobox pattern): typing lists the options whose name, team or
 * profession contain the text; arrow keys move, Enter or a click chooses, Escape closes.
 * With hundreds of people a plain drop-down is unusable, and namesakes need their detail.
 */
export function SearchPicker(p: Props) {
  const listId = useId();
  const chosen = p.options.find((o) => o.value === p.value);
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const needle = (text ?? '').trim().toLowerCase();
  const matches = open
    ? p.options.filter((o) => optionText(o).toLowerCase().includes(needle)).slice(0, SHOWN)
    : [];
  const choose = (o: PickerOption) => {
    p.onChange(o.value);
    setText(null);
  };
  return (
    <div className="search-picker">
      <input type="hidden" data-field={p.dataField} value={p.value} />
      <input
        id={p.id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-invalid={p.invalid || undefined}
        aria-describedby={p.describedBy}
        data-picker={p.dataField}
        autoFocus={p.autoFocus}
        placeholder="Type a name, team or profession"
        title={chosen ? optionText(chosen) : undefined}
        value={text ?? (chosen ? optionText(chosen) : '')}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onBlur={() => setText(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            if (!open) setText('');
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => Math.max(0, Math.min(matches.length - 1, a + step)));
          } else if (e.key === 'Enter' && open && matches[active]) choose(matches[active]);
          else if (e.key === 'Escape' && open) setText(null);
          else return;
          e.preventDefault();
        }}
      />
      {open && matches.length > 0 && (
        <ul id={listId} role="listbox" className="search-picker-list">
          {matches.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${i}`}
              data-value={o.value}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // Before the text box's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              {o.label}
              {o.detail && <span className="muted"> — {o.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {open && matches.length === 0 && (
        <p className="muted" role="status">
          No one matches “{text}”.
        </p>
      )}
    </div>
  );
}
