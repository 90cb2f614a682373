import { actionLabel, firstOf, formatValue, type AuditEvent } from '../../model/audit';
import { shortDateTime } from '../../model/tokens';

const MAX_IDS = 3;
const MAX_CHANGES = 6;

/** One audit event; batches show their first records and changes, and how many more. */
export function AuditRow({ event: e }: { event: AuditEvent }) {
  const ids = firstOf(e.entityIds, MAX_IDS);
  const changes = firstOf(e.changes, MAX_CHANGES);
  const several = new Set(e.changes.map((c) => c.entityId)).size > 1;
  return (
    <tr data-testid="audit-row" data-action={e.action}>
      <td>
        <time dateTime={e.at}>{shortDateTime(e.at)}</time>
      </td>
      <td>
        {e.actor}
        {e.viaToken && <small className="muted"> via token “{e.viaToken}”</small>}
      </td>
      <td>{actionLabel(e.action)}</td>
      <td>
        <code>{e.operation}</code>
      </td>
      <td>
        {e.entityKind && <span>{e.entityKind} </span>}
        {ids.shown.map((id) => (
          <code key={id} className="id">
            {id}
          </code>
        ))}
        {ids.more > 0 && <span className="muted"> and {ids.more} more</span>}
        {e.reason && <div className="muted">Why: {e.reason}</div>}
      </td>
      <td>
        {changes.shown.length > 0 && (
          <ul className="changes">
            {changes.shown.map((c, i) => (
              <li key={`${c.entityId}:${c.field}:${i}`}>
                {several && <code className="id">{c.entityId}</code>} <strong>{c.field}</strong>:{' '}
                <span className="before">{formatValue(c.before)}</span> →{' '}
                <span className="after">{formatValue(c.after)}</span>
              </li>
            ))}
          </ul>
        )}
        {changes.more > 0 && <span className="muted">and {changes.more} more changes</span>}
      </td>
    </tr>
  );
}
