import { useState } from 'react';

/** Copies `text`; says so in a live region. Falls back to selecting `fallbackId`'s text. */
export function CopyButton(p: {
  text: string;
  label: string;
  fallbackId?: string;
  testId?: string;
}) {
  const [said, setSaid] = useState('');
  const copy = () => {
    const done = () => setSaid('Copied.');
    const fallback = () => {
      const el = p.fallbackId ? document.getElementById(p.fallbackId) : null;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      setSaid('Selected: press Ctrl+C (⌘C) to copy.');
    };
    if (navigator.clipboard) navigator.clipboard.writeText(p.text).then(done, fallback);
    else fallback();
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={copy} data-testid={p.testId}>
        {p.label}
      </button>{' '}
      <span role="status" className="muted">
        {said}
      </span>
    </span>
  );
}
