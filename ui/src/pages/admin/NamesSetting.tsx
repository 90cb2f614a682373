import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { bumpDataVersion } from '../../state/useDataVersion';
import { setNamesVisible } from './admin-api';

/** The council's one privacy switch, with what it does and what it never does. */
export function NamesSetting(p: { councilId: string; namesVisible: boolean; onSaved: () => void }) {
  const id = useId();
  const [saved, setSaved] = useState(p.namesVisible);
  const [checked, setChecked] = useState(p.namesVisible);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const save = () => {
    setBusy(true);
    setSaid(null);
    setNamesVisible(p.councilId, checked)
      .then(() => {
        // Every cached map of this council carries labels chosen under the old setting.
        bumpDataVersion(p.councilId);
        setSaved(checked);
        p.onSaved();
        setSaid({
          ok: true,
          text: checked
            ? 'Saved: members now see display names.'
            : 'Saved: everyone now sees pseudonyms only.',
        });
      })
      .catch((e: unknown) =>
        setSaid({ ok: false, text: e instanceof ApiError ? e.message : String(e) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <section className="admin-section" aria-labelledby={`${id}-t`} data-testid="names-setting">
      <h2 id={`${id}-t`}>Names of people</h2>
      <p id={`${id}-help`}>
        People on the map are <strong>pseudonymous by default</strong>: everyone sees a pseudonym
        such as “Person 0042”. When names are visible to members, this council’s viewers, editors
        and admins see each person’s display name and role title instead — on the map, in lists,
        searches, notes and exports. <strong>Researchers never see names</strong>, whatever this
        setting says, and nobody outside the council ever does.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-help`}
          onChange={(e) => setChecked(e.target.checked)}
          data-testid="names-visible"
        />{' '}
        Names visible to members of this council
      </label>{' '}
      <button
        type="button"
        disabled={busy || checked === saved}
        onClick={save}
        data-testid="save-names"
      >
        {busy ? 'Saving…' : 'Save setting'}
      </button>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} className={said.ok ? 'form-done' : 'form-error'}>
          {said.text}
        </p>
      )}
    </section>
  );
}
