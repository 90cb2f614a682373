import type { ReactNode } from 'react';
import { useSession } from '../state/session';
import { appUrl } from '../state/useRoute';
import { Link } from './Link';
import { UnreachableBanner } from './ApiBanner';
import { UserMenu } from './UserMenu';

/** The frame of the pages beside the map (tokens, admin): title, way back, user menu. */
export function PageShell(p: { title: string; back?: string; children: ReactNode }) {
  const { me } = useSession();
  return (
    <div className="app page">
      <header className="app-header">
        <p className="app-title">
          <Link href={p.back ?? appUrl()} data-testid="back-to-map">
            Interweave <span className="muted">← back to the map</span>
          </Link>
        </p>
        <div className="header-actions">{me && <UserMenu me={me} />}</div>
      </header>
      <UnreachableBanner />
      <main className="page-main">
        <h1>{p.title}</h1>
        {p.children}
      </main>
    </div>
  );
}
