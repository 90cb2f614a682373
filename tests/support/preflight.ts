import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NEO4J_VERSION } from '../../graph/local-neo4j';
import {
  chromiumPath,
  MachineProbe,
  planPreflight,
  PYTHON_MODULES,
  testPython,
} from './preflight-plan';

/**
 * `npm run preflight`, the first step of `npm test` and of .ci/run: finds the browser, the
 * Python modules, Java and Maven the test layers need; installs Debian's packages when it runs
 * as root with apt-get, otherwise stops at once with one line saying what to run.
 * `--dry-run` prints the decision and changes nothing.
 */

const REPO = join(__dirname, '..', '..');

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function runs(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 15_000 });
  return { ok: !result.error && result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function javaFound(): boolean {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = runs(java, ['-version']);
  const major = Number(/version "(\d+)/.exec(probe.output)?.[1] ?? 0);
  return probe.ok && major >= 17;
}

/** Which of the modules the interpreter cannot find (without importing them: it is fast). */
function missingModules(python: string): string[] | null {
  const script =
    'import importlib.util, sys\nprint(",".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))';
  const probe = spawnSync(python, ['-c', script, ...PYTHON_MODULES.map((m) => m.module)], {
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (probe.error || probe.status !== 0) return null;
  return probe.stdout.trim().split(',').filter(Boolean);
}

export function probeMachine(env: NodeJS.ProcessEnv = process.env): MachineProbe {
  const chromium = chromiumPath(env);
  const python = testPython(env);
  const modules = missingModules(python);
  const localNeo4j = !env.NEO4J_URI;
  const jars = existsSync(join(REPO, 'graph', '.neo4j', 'lib', `neo4j-${NEO4J_VERSION}.jar`));
  return {
    chromium: { path: chromium, explicit: Boolean(env.CHROMIUM_PATH), found: executable(chromium) },
    python: {
      path: python,
      explicit: Boolean(env.INTERWEAVE_PYTHON),
      found: modules !== null,
      missingModules: modules ?? [],
    },
    java: { needed: localNeo4j, found: localNeo4j ? javaFound() : true },
    maven: {
      needed: localNeo4j && !jars,
      found: localNeo4j && !jars ? runs('mvn', ['-v']).ok : true,
    },
    root: process.getuid?.() === 0,
    apt: runs('apt-get', ['--version']).ok,
  };
}

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { encoding: 'utf8', env });
    if (result.error || result.status !== 0) {
      const tail = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-3).join(' | ');
      throw new Error(`apt-get ${args.join(' ')} failed (${tail})`);
    }
  }
}

function main(): void {
  const dryRun = process.argv.includes('--dry-run');
  const plan = planPreflight(probeMachine());
  if (dryRun) {
    console.log(JSON.stringify(plan));
    return;
  }
  switch (plan.action) {
    case 'ready':
      return;
    case 'stop':
      console.error(plan.message);
      process.exit(1);
      return;
    case 'install': {
      console.log(
        `npm test needs ${plan.reasons.join(', ')}: installing ${plan.packages.join(' ')} with apt-get...`,
      );
      aptInstall(plan.packages);
      const after = planPreflight(probeMachine());
      if (after.action !== 'ready') {
        throw new Error(
          `still missing after apt-get install ${plan.packages.join(' ')}: ${JSON.stringify(after)}`,
        );
      }
      console.log('Installed; the test layers have what they need.');
      return;
    }
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`npm test preflight: ${(error as Error).message}`);
    process.exit(1);
  }
}
