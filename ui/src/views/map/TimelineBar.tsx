import { useEffect, useState } from 'react';
import { learningNotesText } from '../../model/note-words';
import type { TimelineStep } from '../../model/timeline';

const PLAY_MS = 1200;

interface Props {
  steps: TimelineStep[];
  index: number;
  onStep: (index: number) => void;
  /** Learning notes per record id: an intervention's count shows on its marker. */
  noteCounts?: Map<string, number> | null;
}

/**
 * The timeline: waves and interventions marked, a slider over the steps and a play button
 * that moves one step every 1.2 s (the map fades ties in and out; positions stay put).
 */
export function TimelineBar({ steps, index, onStep, noteCounts }: Props) {
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
  const stepNotes = (step?.interventionIds ?? []).reduce(
    (sum, id) => sum + (noteCounts?.get(id) ?? 0),
    0,
  );
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
          {steps.map((s, i) => {
            if (s.kind !== 'wave' && s.kind !== 'intervention') return null;
            const notes = (s.interventionIds ?? []).reduce(
              (sum, id) => sum + (noteCounts?.get(id) ?? 0),
              0,
            );
            const noted = notes ? `: ${learningNotesText(notes)}` : '';
            return (
              <span
                key={s.date}
                // The first and last labels hang inwards from their marks: centred, they
                // were cut at the track's ends (on a phone, half of "Baseline" was gone).
                className={`mark mark-${s.kind}${i === 0 ? ' mark-first' : i === steps.length - 1 ? ' mark-last' : ''}`}
                style={{ left: at(i) }}
                title={`${s.label} (${s.date})${noted}`}
                data-notes={s.kind === 'intervention' ? notes : undefined}
              >
                {s.kind === 'wave' ? s.label : '◆'}
                {notes > 0 && <sup className="mark-notes">{notes}</sup>}
              </span>
            );
          })}
        </div>
      </div>
      <span className="timeline-now" data-testid="timeline-now" aria-live="polite">
        {step
          ? `${step.kind === 'wave' ? `${step.label}, ` : step.kind === 'intervention' ? `${step.label}, ` : ''}${step.date}`
          : ''}
        {stepNotes > 0 && ` (${learningNotesText(stepNotes)})`}
      </span>
    </div>
  );
}
