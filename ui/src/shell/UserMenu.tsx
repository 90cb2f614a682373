import { useEffect, useId, useRef, useState } from 'react';
import { roleLines, type Me } from '../model/access';
import { signOut } from '../state/session';
import { Link } from './Link';

/**
 * The signed-in user: a button with their name that opens a small panel (a disclosure, not an
 * ARIA menu, so every item is an ordinary link or button): roles, API tokens, sign out.
 */
export function UserMenu({ me }: { me: Me }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector('button')?.focus();
      }
    };
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const leave = (everywhere: boolean) => {
    setError(null);
    signOut(everywhere).catch((e: unknown) => setError(`Could not sign out: ${String(e)}`));
  };

  return (
    <div className="user-menu" ref={root}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        data-testid="user-menu"
      >
        <span aria-hidden="true">●</span> {me.name} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={`${id}-panel`} className="user-menu-panel" data-testid="user-menu-panel">
          <p className="user-menu-who">
            <strong>{me.name}</strong>
            <br />
            <span className="muted">{me.email}</span>
          </p>
          <h2 className="user-menu-heading">Your roles</h2>
          <ul className="user-menu-roles" data-testid="user-roles">
            {roleLines(me).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {roleLines(me).length === 0 && <li className="muted">No council roles yet</li>}
          </ul>
          <ul className="user-menu-actions">
            <li>
              <Link href="/account" onClick={() => setOpen(false)} data-testid="menu-account">
                Change password
              </Link>
            </li>
            <li>
              <Link href="/tokens" onClick={() => setOpen(false)} data-testid="menu-tokens">
                API tokens
              </Link>
            </li>
            <li>
              <button type="button" onClick={() => leave(false)} data-testid="sign-out">
                Sign out
              </button>
            </li>
            <li>
              <button type="button" onClick={() => leave(true)} data-testid="sign-out-everywhere">
                Sign out everywhere
              </button>
            </li>
          </ul>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
