import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromiumPath,
  MachineProbe,
  planPreflight,
  testPython,
} from '../../support/preflight-plan';

/** A machine with everything: each test takes something away. */
function machine(change: (m: MachineProbe) => void = () => undefined): MachineProbe {
  const m: MachineProbe = {
    chromium: { path: '/usr/bin/chromium', explicit: false, found: true },
    python: { path: '/usr/bin/python3', explicit: false, found: true, missingModules: [] },
    java: { needed: true, found: true },
    maven: { needed: false, found: false },
    root: true,
    apt: true,
  };
  change(m);
  return m;
}

const fresh = (m: MachineProbe) => {
  m.chromium.found = false;
  m.python.missingModules = ['igraph', 'networkx'];
  m.maven = { needed: true, found: false };
};

describe('npm test preflight: what to do with what the machine has', () => {
  it('does nothing when everything is there', () => {
    expect(planPreflight(machine())).toEqual({ action: 'ready' });
  });

  it("installs Debian's packages on a fresh machine when root with apt-get", () => {
    expect(planPreflight(machine(fresh))).toEqual({
      action: 'install',
      packages: ['chromium', 'python3-igraph', 'python3-networkx', 'maven'],
      reasons: [
        'Chromium (/usr/bin/chromium)',
        'Python modules igraph, networkx (/usr/bin/python3)',
        'Maven (to download the Neo4j jars once)',
      ],
    });
  });

  it('installs python3 itself with the modules when Debian has no python3', () => {
    const plan = planPreflight(machine((m) => (m.python.found = false)));
    expect(plan).toMatchObject({
      action: 'install',
      packages: ['python3', 'python3-igraph', 'python3-networkx'],
    });
  });

  it('asks for Java only for the local Neo4j, and Maven only while the jars are missing', () => {
    expect(planPreflight(machine((m) => (m.java.found = false)))).toMatchObject({
      action: 'install',
      packages: ['openjdk-17-jre-headless'],
    });
    // NEO4J_URI set: neither is needed.
    const remote = machine((m) => {
      m.java = { needed: false, found: false };
      m.maven = { needed: false, found: false };
    });
    expect(planPreflight(remote)).toEqual({ action: 'ready' });
  });

  it('stops with one line naming the sudo command when not root', () => {
    const plan = planPreflight(machine((m) => (fresh(m), (m.root = false))));
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Chromium (/usr/bin/chromium), Python modules igraph, networkx (/usr/bin/python3), Maven (to download the Neo4j jars once): run sudo apt-get install -y chromium python3-igraph python3-networkx maven, then npm test again',
    });
    expect(plan.action === 'stop' && plan.message).not.toContain('\n');
  });

  it('stops with what to install when there is no apt-get, even as root', () => {
    const plan = planPreflight(machine((m) => ((m.chromium.found = false), (m.apt = false))));
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs Chromium (/usr/bin/chromium): install them (on Debian: apt-get install -y chromium), then npm test again',
    });
  });

  it('never installs over a path the user chose; says how to fix it instead', () => {
    const wrongBrowser = machine((m) => {
      m.chromium = { path: '/opt/chrome/chrome', explicit: true, found: false };
      m.python.missingModules = ['networkx'];
    });
    expect(planPreflight(wrongBrowser)).toEqual({
      action: 'stop',
      message:
        'CHROMIUM_PATH=/opt/chrome/chrome is not an executable: fix or unset it; npm test needs Python modules networkx (/usr/bin/python3): run apt-get install -y python3-networkx, then npm test again',
    });
    const venv = machine((m) => {
      m.python = {
        path: '/venv/bin/python',
        explicit: true,
        found: true,
        missingModules: ['igraph'],
      };
    });
    expect(planPreflight(venv)).toEqual({
      action: 'stop',
      message:
        'INTERWEAVE_PYTHON=/venv/bin/python lacks igraph: run /venv/bin/python -m pip install igraph',
    });
    const noPython = machine((m) => {
      m.python = { path: '/venv/bin/python', explicit: true, found: false, missingModules: [] };
    });
    expect(planPreflight(noPython)).toMatchObject({
      action: 'stop',
      message: 'INTERWEAVE_PYTHON=/venv/bin/python is not a Python: fix or unset it',
    });
  });

  it("uses Debian's Chromium and python3 unless CHROMIUM_PATH / INTERWEAVE_PYTHON say otherwise", () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/x/chrome' })).toBe('/x/chrome');
    expect(testPython({})).toBe('/usr/bin/python3');
    expect(testPython({ INTERWEAVE_PYTHON: '/venv/bin/python' })).toBe('/venv/bin/python');
  });

  it('is the one place that decides: npm test and .ci/run both run it', () => {
    const root = join(__dirname, '..', '..', '..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.test).toMatch(/^npm run preflight && /);
    expect(pkg.scripts.preflight).toContain('tests/support/preflight.ts');
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    expect(ci).toContain('npm run preflight');
    expect(ci).not.toMatch(/apt-get install/);
  });
});
