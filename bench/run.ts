import 'reflect-metadata';
import { analyticsBenchmark } from './analytics.bench';
import { batchTiesBenchmark } from './batch-ties.bench';
import { browserMapBenchmark } from './browser-map.bench';
import { concurrentTieBenchmark } from './concurrent-tie.bench';
import { importBenchmark } from './import.bench';
import { Benchmark, Figures, progress, timed } from './benchmark';

/**
 * `npm run bench`: runs each benchmark in order and prints a report. Add a benchmark by
 * appending its module here (analytics, browser, ...). Sizes can be lowered for a quick
 * run with BENCH_PEOPLE, BENCH_TIES, BENCH_SAMPLE and BENCH_API_SAMPLE.
 */
const BENCHMARKS: Benchmark[] = [
  batchTiesBenchmark,
  importBenchmark,
  concurrentTieBenchmark,
  analyticsBenchmark,
  browserMapBenchmark,
].filter(
  (b) =>
    !process.env.BENCH_ONLY || b.name.toLowerCase().includes(process.env.BENCH_ONLY.toLowerCase()),
);

function report(name: string, figures: Figures, ms: number): string {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  const lines = Object.entries(figures).map(
    ([key, value]) =>
      `  ${key.padEnd(width)}  ${typeof value === 'number' ? value.toLocaleString('en-GB') : value}`,
  );
  return [`== ${name} (${(ms / 1000).toFixed(1)} s)`, ...lines, ''].join('\n');
}

async function main(): Promise<void> {
  let failed = 0;
  const sections: string[] = [];
  for (const benchmark of BENCHMARKS) {
    progress(`running: ${benchmark.name}`);
    try {
      const { ms, result } = await timed(() => benchmark.run());
      sections.push(report(benchmark.name, result, ms));
    } catch (error) {
      failed += 1;
      sections.push(`== ${benchmark.name}\n  FAILED: ${(error as Error).message}\n`);
    }
  }
  process.stdout.write(`\nInterweave benchmarks, ${new Date().toISOString()}\n\n`);
  process.stdout.write(sections.join('\n'));
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
