import type { ReactNode } from 'react';

/** The centred card the sign-in and reset pages share. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <section className="auth-card" aria-labelledby="auth-title">
        <p className="auth-brand">Interweave</p>
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </main>
  );
}
