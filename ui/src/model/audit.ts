/** The audit trail as the admin page shows it. Pure. */
import type { AuditEventsQuery } from '../api/operations.generated';

/** One audit event as the admin page lists it (AUDIT in pages/admin/admin-api.ts). */
export type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];
export type FieldChange = AuditEvent['changes'][number];

/** The actions the API records (auditEvents' `action` filter). */
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'SESSIONS_REVOKED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET_LINK',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'USER_CREATED',
  'USER_DISABLED',
  'USER_ENABLED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'TOKEN_EXPORT',
  'PERSON_DATA_READ',
  'SETTINGS_CHANGED',
] as const;

/** "ROLE_GRANTED" → "Role granted". */
export function actionLabel(action: string): string {
  const words = action.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A before/after value (JSON text) for reading: strings bare, absent as "—", long ones cut. */
export function formatValue(json: string | null, max = 80): string {
  if (json === null || json === undefined) return '—';
  let text: string;
  try {
    const value: unknown = JSON.parse(json);
    text = value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    text = json;
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** At most `max` ids, and how many more there are (batches touch thousands). */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** "51–100 of 230" for an offset page. */
export function pageLabel(offset: number, count: number, total: number): string {
  if (total === 0 || count === 0) return `0 of ${total}`;
  return `${offset + 1}–${offset + count} of ${total}`;
}
