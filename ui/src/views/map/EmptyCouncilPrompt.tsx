import { Link } from '../../shell/Link';
import { importUrl } from '../../model/routes';

/** A council with nothing on its map yet (e.g. just created): say so, and offer the import. */
export function EmptyCouncilPrompt({
  councilId,
  canEdit,
}: {
  councilId: string;
  canEdit: boolean;
}) {
  return (
    <div className="empty-council" role="status" data-testid="empty-council">
      <p>
        <strong>This council has no people, teams or organisations yet.</strong>
      </p>
      {canEdit ? (
        <p>
          Bring your data in from a spreadsheet:{' '}
          <Link
            href={importUrl(councilId)}
            className="button-link primary"
            data-testid="import-prompt"
          >
            Import a spreadsheet
          </Link>{' '}
          or add records one by one with the Add buttons.
        </p>
      ) : (
        <p>An editor of the council can import a spreadsheet or add records.</p>
      )}
    </div>
  );
}
