import { useState } from 'react';
import type { AuditEventsQuery, AuditEventsQueryVariables } from '../../api/operations.generated';
import { actionLabel, AUDIT_ACTIONS } from '../../model/audit';
import { Pager } from '../../shell/Pager';
import { useQuery } from '../../state/useQuery';
import { AUDIT } from './admin-api';
import { AuditRow } from './AuditRow';

const LIMIT = 25;

/** The council's audit trail, newest first: who did what, when, to which records. */
export function AuditSection({ councilId, reload }: { councilId: string; reload: number }) {
  const [action, setAction] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    `audit:${councilId}:${action}:${offset}`,
    AUDIT,
    { c: councilId, a: action || null, o: offset, l: LIMIT },
    reload,
  );
  const items = q.data?.auditEvents.items ?? [];
  return (
    <section className="admin-section" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      <p className="muted">
        Every change to this council’s data, its users’ roles and its settings is recorded here and
        can never be edited or deleted. Times are UTC.
      </p>
      <div className="table-tools">
        <label>
          Action{' '}
          <select
            value={action}
            onChange={(e) => {
              setAction(e.target.value);
              setOffset(0);
            }}
            data-testid="audit-action"
          >
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {q.status === 'error' && (
        <p role="alert" className="form-error">
          Could not load the audit trail: {q.error.message}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table audit-table" data-testid="audit-table">
          <caption className="visually-hidden">Audit events, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Operation</th>
              <th scope="col">Records</th>
              <th scope="col">Changes (before → after)</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <AuditRow key={e.id} event={e} />
            ))}
            {q.data && items.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  Nothing recorded{action ? ` for ${actionLabel(action).toLowerCase()}` : ''}.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {q.data && (
        <Pager
          label="Pages of the audit trail"
          offset={offset}
          count={items.length}
          total={q.data.auditEvents.total}
          limit={LIMIT}
          onOffset={setOffset}
        />
      )}
    </section>
  );
}
