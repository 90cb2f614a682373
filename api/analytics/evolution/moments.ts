import { addDays } from '../../common/temporal';
import { WaveRow } from '../context/analytics-context.repository';

export interface Moment {
  date: string;
  label: string;
  waveId: string | null;
}

export const MAX_MOMENTS = 60;

/** First days of quarters or months from `from` to `to` inclusive (at most MAX_MOMENTS). */
export function calendarMoments(from: string, to: string, monthsPerStep: 1 | 3): Moment[] {
  const start = new Date(`${from}T00:00:00Z`);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  if (monthsPerStep === 3) month -= month % 3;
  const moments: Moment[] = [];
  for (;;) {
    const date = `${year}-${String(month + 1).padStart(2, '0')}-01`;
    if (date > to || moments.length >= MAX_MOMENTS) break;
    if (date >= from.slice(0, 8) + '01') {
      const label =
        monthsPerStep === 3 ? `${year} Q${Math.floor(month / 3) + 1}` : date.slice(0, 7);
      moments.push({ date, label, waveId: null });
    }
    month += monthsPerStep;
    if (month >= 12) {
      month -= 12;
      year += 1;
    }
  }
  return moments;
}

export function waveMoments(waves: WaveRow[]): Moment[] {
  return waves.map((w) => ({ date: w.date, label: w.label, waveId: w.id }));
}

/** Default span for calendar steps: from a year before the first wave to the last wave. */
export function defaultSpan(waves: WaveRow[], today: string): { from: string; to: string } {
  if (waves.length === 0) return { from: addDays(today, -730), to: today };
  return { from: waves[0].date, to: waves[waves.length - 1].date };
}
