import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { Browser, chromium } from 'playwright-core';
import { createApp } from '../api/bootstrap/create-app';
import { seedDemo } from '../seed/demo-seed';
import { generateScale } from '../seed/generator/scale';
import { loadCouncil } from '../seed/seed.repository';
import { Benchmark, envCount, Figures, progress, timed } from './benchmark';
import { BENCH_APP_OPTIONS, openBenchEnv } from './bench-env';
import { signInServiceAccount } from '../api/bootstrap/service-account';

/**
 * Browser map benchmark: time from navigation to a drawn map (the canvas's data-ready="true",
 * set once the union of the timeline's moments is laid out and painted) for a large synthetic
 * council and for the largest seed council. The in-run reference is the same page's
 * networkSnapshot GraphQL fetch alone (same query text and variables as the map's first fetch),
 * timed in the page; ratio = draw / fetch. Debian Chromium, headless, software GL.
 */

// Keep in step with ui/src/model/snapshot.ts SNAPSHOT_QUERY (the UI is not part of this build).
const SNAPSHOT_QUERY = `query Snapshot($councilId: ID!, $asOf: String, $wave: ID, $level: NetworkLevel!, $filter: SnapshotFilterInput) {
  networkSnapshot(councilId: $councilId, asOf: $asOf, wave: $wave, level: $level, filter: $filter) {
    asOf level excludedTies convention
    nodes { id kind label teamId teamTypeId organisationId organisationTypeId sectorId professionId neighbourhoodId blendedRole size internalTies }
    edges { id source target typeId directed count strength integrationLevel tieIds }
  }
}`;

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number) => Math.round(n);

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

interface MapFigures {
  /** In-page marks of the last run: all snapshots fetched, layout done (ms since navigation). */
  marks: Record<string, number>;
  drawMs: number[];
  fetchMs: number[];
  nodes: number;
  edges: number;
  renderer: string;
}

async function measure(
  browser: Browser,
  cookie: string,
  url: string,
  councilId: string,
  wave: string,
): Promise<MapFigures> {
  const drawMs: number[] = [];
  const fetchMs: number[] = [];
  let nodes = 0;
  let edges = 0;
  let renderer = '';
  let marks: Record<string, number> = {};
  // Signed in, as every user of the map is: the session cookie of the run's own admin.
  const context = await browser.newContext();
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name, value, url }]);
  for (let run = 0; run < RUNS; run += 1) {
    // Reference: the page's first networkSnapshot fetch alone, from a page of the same origin.
    const ref = await context.newPage();
    await ref.goto(`${url}/health`);
    fetchMs.push(
      await ref.evaluate(
        async ({ query, variables }) => {
          const t0 = performance.now();
          const res = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          });
          await res.json();
          return performance.now() - t0;
        },
        { query: SNAPSHOT_QUERY, variables: { councilId, wave, level: 'PEOPLE', filter: null } },
      ),
    );
    await ref.close();
    // Navigation → drawn map, in a fresh page each time (positions are laid out anew).
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const { ms } = await timed(async () => {
      await page.goto(
        `${url}/?council=${encodeURIComponent(councilId)}&wave=${encodeURIComponent(wave)}`,
      );
      await page
        .locator('[data-testid="network-canvas"][data-ready="true"]')
        .waitFor({ timeout: 300_000 });
    });
    drawMs.push(ms);
    const canvas = page.getByTestId('network-canvas');
    nodes = Number(await canvas.getAttribute('data-node-count'));
    edges = Number(await canvas.getAttribute('data-edge-count'));
    renderer = (await canvas.getAttribute('data-renderer')) ?? '';
    marks = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
      ),
    );
    await page.close();
  }
  await context.close();
  return { drawMs, fetchMs, nodes, edges, renderer, marks };
}

function figures(prefix: string, m: MapFigures): Figures {
  const draw = median(m.drawMs);
  const fetchRef = median(m.fetchMs);
  return {
    [`${prefix}: nodes / edges drawn`]: `${m.nodes} / ${m.edges}`,
    [`${prefix}: renderer`]: m.renderer,
    [`${prefix}: draw ms (median of ${RUNS})`]: round(draw),
    [`${prefix}: draw ms (first, cold)`]: round(m.drawMs[0]),
    [`${prefix}: snapshot fetch ms (median)`]: round(fetchRef),
    [`${prefix}: ratio draw / fetch`]: Math.round((draw / fetchRef) * 10) / 10,
    [`${prefix}: in page, all moments fetched at ms`]: m.marks['iw:snapshots-fetched'] ?? '',
    [`${prefix}: in page, layout done at ms`]: m.marks['iw:layout-done'] ?? '',
  };
}

export const browserMapBenchmark: Benchmark = {
  name: 'browser map (navigation → drawn map)',
  async run(): Promise<Figures> {
    const people = envCount('BENCH_MAP_PEOPLE', 2000);
    const ties = envCount('BENCH_MAP_TIES', 20000);
    const env = await openBenchEnv();
    let app: NestExpressApplication | null = null;
    let browser: Browser | null = null;
    const data = generateScale({ people, ties, councilId: `bench-map-${people}-${ties}` });
    try {
      progress('browser map: loading the demo seed and the scale council');
      await seedDemo(env.db);
      await loadCouncil(env.db, data);
      app = await createApp(env.db.connection, BENCH_APP_OPTIONS);
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      const url = `http://127.0.0.1:${port}`;
      browser = await launch();
      const cookie = await signInServiceAccount(app, `${url}/graphql`, 'bench-map');
      progress(`browser map: ${people} people / ${ties} ties`);
      const scale = await measure(
        browser,
        cookie,
        url,
        data.council.id,
        data.waves[data.waves.length - 1].id,
      );
      progress('browser map: tamebridge (largest seed council)');
      const seed = await measure(browser, cookie, url, 'tamebridge', 'tamebridge-wave-review');
      return {
        ...figures(`scale ${people}/${ties}`, scale),
        ...figures('tamebridge review', seed),
      };
    } finally {
      await browser?.close();
      await app?.close();
      await env
        .gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, {
          c: data.council.id,
        })
        .catch(() => undefined);
      await env.close();
    }
  },
};

export default browserMapBenchmark;
