import { useEffect, useState } from 'react';
import type { TimelineStep } from '../../model/timeline';

const PLAY_MS = 1200;

interface Props {
  steps: TimelineStep[];
  index: number;
  onStep: (index: number) => void;
}

/**
 * The timeline: waves and interventions marked, a slider over the steps and a play button
 * that moves one step every 1.2 s (the map fades ties in and out; positions stay put).
 */
export function TimelineBar({ steps, index, onStep }: Props) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const t = setTimeout(() => {
      if (index >= steps.length - 1) setPlaying(false);
      else onStep(index + 1);
    }, PLAY_MS);
    return () => clearTimeout(t);
  }, [playing, index, steps.length, onStep]);
  if (steps.length === 0) return null;
  // Marks sit where the slider's thumb stops for their step.
  const at = (i: number) => `${(i / Math.max(1, steps.length - 1)) * 100}%`;
  const step = steps[Math.max(0, index)];
  return (
    <div className="timeline" data-testid="timeline">
      <button
        type="button"
        data-testid="play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && index >= steps.length - 1) onStep(0);
          setPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <div className="timeline-track">
        <input
          type="range"
          min={0}
          max={steps.length - 1}
          step={1}
          value={Math.max(0, index)}
          data-testid="time-slider"
          aria-label="Moment"
          aria-valuetext={step ? `${step.label} (${step.date})` : undefined}
          onChange={(e) => onStep(Number(e.target.value))}
        />
        <div className="timeline-marks" aria-hidden="true">
          {steps.map((s, i) =>
            s.kind === 'wave' || s.kind === 'intervention' ? (
              <span
                key={s.date}
                className={`mark mark-${s.kind}`}
                style={{ left: at(i) }}
                title={`${s.label} (${s.date})`}
              >
                {s.kind === 'wave' ? s.label : '◆'}
              </span>
            ) : null,
          )}
        </div>
      </div>
      <span className="timeline-now" data-testid="timeline-now" aria-live="polite">
        {step
          ? `${step.kind === 'wave' ? `${step.label}, ` : step.kind === 'intervention' ? `${step.label}, ` : ''}${step.date}`
          : ''}
      </span>
    </div>
  );
}
