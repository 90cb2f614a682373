import { HealthBadge } from './HealthBadge';

export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
      <h1>Interweave</h1>
      <p>
        Who works with whom as health and social care integrate, and how that changes over time.
      </p>
      <HealthBadge />
    </main>
  );
}
