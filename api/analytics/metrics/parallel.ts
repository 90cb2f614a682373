// Helpers for spreading per-source work (betweenness, and any other sum over sources) across
// worker threads: each worker gets a source list, returns its raw Float64Array (transferable),
// and the caller adds them up before normalising once.

/** Splits 0..n-1 into `parts` interleaved source lists of near-equal expected cost. */
export function splitSources(n: number, parts: number): Int32Array[] {
  const k = Math.max(1, Math.min(parts, n));
  const out: Int32Array[] = [];
  for (let p = 0; p < k; p++) {
    const list = new Int32Array(Math.ceil((n - p) / k));
    for (let i = 0, v = p; v < n; v += k) list[i++] = v;
    out.push(list);
  }
  return out;
}

/** Element-wise sum of per-worker contributions. */
export function sumContributions(parts: readonly Float64Array[], length: number): Float64Array {
  const out = new Float64Array(length);
  for (const part of parts) for (let i = 0; i < length; i++) out[i] += part[i];
  return out;
}
