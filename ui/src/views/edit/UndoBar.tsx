import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useDataVersion } from '../../state/useDataVersion';
import { forgetEdit, useLastEdit } from '../../state/undoStore';

/**
 * "Undo" for the last edit made in this tab: it writes the reverse through the API (so the
 * audit keeps both), refreshes the map, and says what happened; a refusal (say, a note now
 * refers to the tie) is shown in words and the edit stays.
 */
export function UndoBar({ councilId }: { councilId: string }) {
  const edit = useLastEdit(councilId);
  const [, bump] = useDataVersion(councilId);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean; n: number } | null>(null);
  // What became of an undo is said until the next edit.
  const said = outcome && (!edit || edit.n === outcome.n) ? outcome : null;
  if (!edit && !said) return null;
  const undo = () => {
    if (!edit) return;
    setBusy(true);
    setOutcome(null);
    edit
      .undo()
      .then(() => {
        forgetEdit(edit);
        bump();
        setOutcome({ text: `Undone: ${edit.label}.`, failed: false, n: edit.n });
      })
      .catch((err: unknown) => {
        const why = err instanceof ApiError ? err.message : 'the API could not be reached';
        setOutcome({ text: `Could not undo: ${why}`, failed: true, n: edit.n });
      })
      .finally(() => setBusy(false));
  };
  return (
    <div className="undo-bar" data-testid="undo-bar">
      {edit && (
        <>
          <span>Last edit: {edit.label}.</span>{' '}
          <button type="button" data-testid="undo" onClick={undo} disabled={busy}>
            {busy ? 'Undoing…' : 'Undo'}
          </button>
        </>
      )}
      {said && (
        <p
          role={said.failed ? 'alert' : 'status'}
          className={said.failed ? 'form-error' : 'form-done'}
          data-testid="undo-outcome"
        >
          {said.text}
        </p>
      )}
    </div>
  );
}
