import { loadMigrations, migrationsDir, splitStatements } from '../../../graph/migrator';
import { repoGraphDir } from '../../../graph/local-neo4j';

describe('migration files', () => {
  it('splits statements on line-ending semicolons and drops comments', () => {
    const source =
      '// why\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nMERGE (x:X {name: "a;b"});\n';
    expect(splitStatements(source)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'MERGE (x:X {name: "a;b"})',
    ]);
  });

  it('loads the committed migrations in version order, each with statements', () => {
    const migrations = loadMigrations(migrationsDir(repoGraphDir()));
    expect(migrations.length).toBeGreaterThan(0);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const m of migrations) expect(m.statements.length).toBeGreaterThan(0);
  });

  it('puts a uniqueness constraint on the id of every label the app stores', () => {
    const text = loadMigrations(migrationsDir(repoGraphDir()))
      .flatMap((m) => m.statements)
      .join('\n');
    for (const label of [
      'Council',
      'Organisation',
      'Team',
      'Person',
      'Tie',
      'Wave',
      'LearningNote',
      'Blueprint',
    ]) {
      expect(text).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n.id IS UNIQUE`));
    }
  });
});
