import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import {
  timelineSteps,
  unionOf,
  type Intervention,
  type TimelineStep,
  type UnionNetwork,
} from '../model/timeline';
import type { Level, Wave } from '../model/types';
import type { MapFilters } from '../model/url-state';
import { useApiReconnects } from './apiStatus';
import { fetchSnapshot, pooled } from './snapshotStore';

/** Beyond this many elements the timeline keeps to waves (each step is one large fetch). */
export const COARSE_TIMELINE_ELEMENTS = 3000;

export interface TimelineArgs {
  councilId: string;
  level: Level;
  filters: MapFilters;
  waves: Wave[];
  interventions: Intervention[];
  /** Dates that must be steps: the current moment, and the diff's other moment. */
  dates: string[];
  /** Bumped after writes so snapshots are fetched again. */
  version: number;
  /** False until the waves are known (a wave moment has no date before). */
  enabled: boolean;
}

export interface TimelineState {
  status: 'loading' | 'ok' | 'error';
  steps: TimelineStep[];
  /**
   * The union of the council, level and filters asked for, or null while it is on its way:
   * never another council's or level's network (a view would draw it under the wrong name).
   */
  union: UnionNetwork | null;
  /** What `union` is the network of (council, level, filters): the map's layout key. */
  unionKey: string | null;
  loaded: number;
  total: number;
  error: ApiError | null;
}

interface Settled {
  key: string;
  base: string;
  /** Council, level and filters: what the union is of (a new data version keeps it). */
  identity: string;
  steps: TimelineStep[];
  union: UnionNetwork | null;
  error: ApiError | null;
}

/**
 * The network at every timeline step and their union. The first date's snapshot is fetched
 * first: when it is large, the timeline keeps to waves so the map still draws quickly.
 */
export function useNetworkTimeline(args: TimelineArgs): TimelineState {
  const { councilId, level, filters, waves, interventions, dates, version, enabled } = args;
  const [settled, setSettled] = useState<Settled | null>(null);
  // A fetch that failed is tried again once the API answers after an outage.
  const reconnects = useApiReconnects();
  const identity = JSON.stringify([councilId, level, filters]);
  const base = JSON.stringify([councilId, level, filters, waves, interventions, version]);
  // Moving to a moment that is already a step needs no fetch: keep the settled key.
  const covered =
    settled !== null &&
    settled.base === base &&
    !settled.error &&
    dates.every((d) => settled.steps.some((s) => s.date === d));
  const retry = settled?.error ? reconnects : 0;
  const key = !enabled ? '' : covered ? settled.key : `${base}|${dates.join(',')}|${retry}`;
  const [progress, setProgress] = useState<{ key: string; loaded: number; total: number }>({
    key: '',
    loaded: 0,
    total: 0,
  });

  useEffect(() => {
    if (!key) return;
    let live = true;
    const request = (s: TimelineStep) =>
      fetchSnapshot({
        councilId,
        level,
        filters,
        ...(s.waveId ? { wave: s.waveId } : { asOf: s.date }),
      });
    const run = async () => {
      // Waves and the current moment first, in parallel; then, unless the network is large,
      // the interventions and quarters in between (cached fetches are shared).
      const addDates = (steps: TimelineStep[]) => {
        let out = steps;
        for (const d of dates) {
          if (!out.some((s) => s.date === d))
            out = [...out, { date: d, label: d, kind: 'moment' as const }];
        }
        return out.sort((a, b) => a.date.localeCompare(b.date));
      };
      const coarseSteps = addDates(timelineSteps(waves, [], dates[0] ?? null, true));
      let loaded = 0;
      const fetchAll = (steps: TimelineStep[], total: number) =>
        pooled(
          steps.map((s) => async () => {
            const snapshot = await request(s);
            loaded += 1;
            if (live) setProgress({ key, loaded: Math.min(loaded, total), total });
            return { date: s.date, snapshot };
          }),
          6,
        );
      if (live) setProgress({ key, loaded, total: coarseSteps.length });
      const coarse = await fetchAll(coarseSteps, coarseSteps.length);
      const current = coarse.find((c) => c.date === dates[0])?.snapshot;
      const large =
        !!current && current.nodes.length + current.edges.length > COARSE_TIMELINE_ELEMENTS;
      const steps = large
        ? coarseSteps
        : addDates(timelineSteps(waves, interventions, dates[0] ?? null));
      const snaps = large ? coarse : await fetchAll(steps, steps.length);
      performance.mark('iw:snapshots-fetched');
      if (live) setSettled({ key, base, identity, steps, union: unionOf(snaps), error: null });
    };
    run().catch((e: unknown) => {
      const error = e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN');
      // The last network is kept only if it is of the same council, level and filters.
      const same = (s: Settled | null) => s?.identity === identity;
      if (live)
        setSettled((s) => ({
          key,
          base,
          identity,
          steps: same(s) ? s!.steps : [],
          union: same(s) ? s!.union : null,
          error,
        }));
    });
    return () => {
      live = false;
    };
    // key stands for every argument.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return useMemo(() => {
    const done = settled?.key === key;
    const p = progress.key === key ? progress : { loaded: 0, total: 0 };
    // While another council, level or filter loads, the old network is not shown as this one.
    const current = settled?.identity === identity ? settled : null;
    return {
      status: done ? (settled.error ? 'error' : 'ok') : 'loading',
      steps: current?.steps ?? [],
      union: current?.union ?? null,
      unionKey: current?.union ? identity : null,
      loaded: p.loaded,
      total: p.total,
      error: done ? settled.error : null,
    };
  }, [settled, progress, key, identity]);
}
