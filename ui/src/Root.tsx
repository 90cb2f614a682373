import { App } from './App';
import { AccountPage } from './pages/account/AccountPage';
import { AdminPage } from './pages/admin/AdminPage';
import { ImportPage } from './pages/import/ImportPage';
import { ResetPasswordPage } from './pages/signin/ResetPasswordPage';
import { SignInPage } from './pages/signin/SignInPage';
import { TokensPage } from './pages/tokens/TokensPage';
import { ApiBanner, UnreachableBanner } from './shell/ApiBanner';
import { refreshMe, useSession } from './state/session';
import type { Route } from './model/routes';
import { useRoute } from './state/useRoute';
import './app.css';
import './shell/account.css';

/** Pages by path. Everything but sign-in and reset needs a session (see api/client.ts). */
export function Root() {
  const route = useRoute();
  if (route === 'signin') return <SignInPage />;
  if (route === 'reset-password') return <ResetPasswordPage />;
  return <SignedIn route={route} />;
}

function SignedIn({ route }: { route: Exclude<Route, 'signin' | 'reset-password'> }) {
  const session = useSession();
  if (!session.me) {
    return (
      <div className="app">
        <UnreachableBanner />
        {session.status === 'error' ? (
          <div className="page-main">
            <ApiBanner error={session.error} />
            <button type="button" onClick={refreshMe}>
              Try again
            </button>
          </div>
        ) : (
          <p role="status" className="loading page-main">
            Checking your sign-in…
          </p>
        )}
      </div>
    );
  }
  switch (route) {
    case 'tokens':
      return <TokensPage />;
    case 'admin':
      return <AdminPage />;
    case 'account':
      return <AccountPage />;
    case 'import':
      return <ImportPage />;
    case 'app':
      return <App />;
  }
}
