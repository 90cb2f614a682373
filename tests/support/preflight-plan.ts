/**
 * What `npm test` needs from the machine, and what to do when something is missing: a pure
 * decision from what was found (tests/support/preflight.ts probes and acts on it).
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Debian's interpreter: the one `apt-get install python3-*` installs modules for. */
export const DEFAULT_PYTHON = '/usr/bin/python3';

type Env = Record<string, string | undefined>;

/** The browser the browser tests drive (Debian's Chromium unless CHROMIUM_PATH says otherwise). */
export function chromiumPath(env: Env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** The Python that tests and benchmarks run (python-igraph, networkx). */
export function testPython(env: Env): string {
  return env.INTERWEAVE_PYTHON || DEFAULT_PYTHON;
}

/** Python modules the round-trip tests and the analytics benchmark import. */
export const PYTHON_MODULES = [
  { module: 'igraph', debian: 'python3-igraph', pip: 'igraph' },
  { module: 'networkx', debian: 'python3-networkx', pip: 'networkx' },
] as const;

export interface MachineProbe {
  chromium: { path: string; explicit: boolean; found: boolean };
  python: { path: string; explicit: boolean; found: boolean; missingModules: string[] };
  /** Java 17+ and Maven matter only for the local Neo4j (NEO4J_URI unset); Maven only
   * while the Neo4j jars are not downloaded yet. */
  java: { needed: boolean; found: boolean };
  maven: { needed: boolean; found: boolean };
  root: boolean;
  apt: boolean;
}

export type PreflightPlan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; reasons: string[] }
  | { action: 'stop'; message: string };

export function planPreflight(probe: MachineProbe): PreflightPlan {
  const packages: string[] = [];
  const reasons: string[] = [];
  // Things apt cannot fix: a path the user chose that is wrong.
  const fixByHand: string[] = [];

  if (!probe.chromium.found) {
    if (probe.chromium.explicit) {
      fixByHand.push(`CHROMIUM_PATH=${probe.chromium.path} is not an executable: fix or unset it`);
    } else {
      packages.push('chromium');
      reasons.push(`Chromium (${probe.chromium.path})`);
    }
  }

  const py = probe.python;
  const missing = PYTHON_MODULES.filter((m) => !py.found || py.missingModules.includes(m.module));
  if (missing.length > 0) {
    if (py.explicit) {
      fixByHand.push(
        py.found
          ? `INTERWEAVE_PYTHON=${py.path} lacks ${missing.map((m) => m.module).join(', ')}: run ${py.path} -m pip install ${missing.map((m) => m.pip).join(' ')}`
          : `INTERWEAVE_PYTHON=${py.path} is not a Python: fix or unset it`,
      );
    } else {
      if (!py.found) packages.push('python3');
      packages.push(...missing.map((m) => m.debian));
      reasons.push(`Python modules ${missing.map((m) => m.module).join(', ')} (${py.path})`);
    }
  }

  if (probe.java.needed && !probe.java.found) {
    packages.push('openjdk-17-jre-headless');
    reasons.push('Java 17+ (for the local Neo4j)');
  }
  if (probe.maven.needed && !probe.maven.found) {
    packages.push('maven');
    reasons.push('Maven (to download the Neo4j jars once)');
  }

  const canInstall = probe.root && probe.apt;
  if (fixByHand.length === 0 && packages.length === 0) return { action: 'ready' };
  if (fixByHand.length === 0 && canInstall) return { action: 'install', packages, reasons };

  const lines = [...fixByHand];
  if (packages.length > 0) {
    const apt = `${probe.root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
    lines.push(
      probe.apt
        ? `npm test needs ${reasons.join(', ')}: run ${apt}, then npm test again`
        : `npm test needs ${reasons.join(', ')}: install them (on Debian: ${apt}), then npm test again`,
    );
  }
  return { action: 'stop', message: lines.join('; ') };
}
